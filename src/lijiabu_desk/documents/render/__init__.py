"""PDF renderers: one printable dataclass in, A4 PDF bytes out.

``render`` picks the layout from the dataclass's type. The fonts are found and registered once
per process unless a :class:`FontSet` is passed in.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from lijiabu_desk.documents.data import (
    AgreementDocument,
    ClosingReportDocument,
    FollowUpDocument,
    IntakeDocument,
    MediationRecordDocument,
    PrintableDocument,
)
from lijiabu_desk.documents.fonts import FontSet, default_fonts
from lijiabu_desk.documents.render.agreement import agreement_story
from lijiabu_desk.documents.render.closing_report import closing_report_story
from lijiabu_desk.documents.render.follow_up import follow_up_story
from lijiabu_desk.documents.render.intake import intake_story
from lijiabu_desk.documents.render.layout import build_fitted
from lijiabu_desk.documents.render.record import record_story
from lijiabu_desk.documents.render.text import Styles, make_styles

__all__ = ["render"]


def render(document: PrintableDocument, fonts: FontSet | None = None) -> bytes:
    """The PDF of ``document`` on A4 pages, with its fonts embedded."""
    if not isinstance(document, PrintableDocument):
        raise TypeError(f"no renderer for {type(document).__name__}")
    fonts = default_fonts() if fonts is None else fonts
    return build_fitted(
        lambda styles: _story(document, styles), make_styles(fonts), document.header, fonts
    )


def _story(document: PrintableDocument, styles: Styles) -> list[Flowable]:
    story: list[Flowable]
    match document:
        case AgreementDocument():
            story = agreement_story(document, styles)
        case MediationRecordDocument():
            story = record_story(document, styles)
        case FollowUpDocument():
            story = follow_up_story(document, styles)
        case IntakeDocument():
            story = intake_story(document, styles)
        case ClosingReportDocument():
            story = closing_report_story(document, styles)
        case _:
            raise TypeError(f"no renderer for {type(document).__name__}")
    return story
