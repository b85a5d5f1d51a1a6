"""Printing: build a form's data from the database, render it, and audit the print.

One entry point for the window and the command line (``lijiabu-desk print KIND ID``): the same
checks, the same data, the same PDF.

Who prints what: a role that may see full ID numbers prints them; a role that may not (辅警)
prints working forms and draft agreements with ID numbers and phones masked as on screen, and
may not print a finalised or signed agreement, a legal form that must carry full numbers. Every
print is audited with whether its numbers were masked.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import TypeVar

from sqlalchemy.orm import Session

from lijiabu_desk.documents.fonts import FontsMissingError, default_fonts, missing_glyphs
from lijiabu_desk.models.base import RecordMixin
from lijiabu_desk.models.enums import AgreementStatus
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ServiceError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.printing.registry import (
    FORM_KINDS,
    PRINT_KIND_LABELS,
    FormKind,
    PrintKind,
    prints_masked,
)
from lijiabu_desk.services.station import current_station

__all__ = [
    "FORM_KINDS",
    "PRINT_KIND_LABELS",
    "FormKind",
    "PrintKind",
    "PrintedForm",
    "build_document",
    "print_form",
    "prints_masked",
]

R = TypeVar("R", bound=RecordMixin)


@dataclass(frozen=True)
class PrintedForm:
    pdf: bytes
    title: str  # "人民调解协议书 （2026）安李人调字第3号"
    missing_glyphs: frozenset[str]  # characters printed as boxes: tell the officer
    masked: bool = False  # ID numbers and phones printed masked (a role without full numbers)


def _get(session: Session, model: type[R], record_id: int, what: str) -> R:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFoundError(f"找不到编号（ID）为 {record_id} 的{what}。")
    return record


def build_document(ctx: ServiceContext, kind: PrintKind, record_id: int) -> object:
    """The form's data, as it will print (no rendering, no audit)."""
    with ctx.read(Permission.PRINT) as session:
        return _build(ctx, session, FORM_KINDS[kind], record_id)


def _build(ctx: ServiceContext, session: Session, form: FormKind, record_id: int) -> object:
    record = _get(session, form.record, record_id, form.record_words)
    if form.check is not None:
        form.check(ctx, form.key, record)
    return form.build(record, current_station(session), ctx.today(), prints_masked(ctx))


def _text_of(value: object) -> str:
    """All the text a form prints, gathered from its (nested) dataclasses."""
    if isinstance(value, str):
        return value
    if is_dataclass(value):
        return "".join(_text_of(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, tuple):
        return "".join(_text_of(item) for item in value)
    return ""


def print_form(ctx: ServiceContext, kind: PrintKind, record_id: int) -> PrintedForm:
    """Build, render and audit one form. Every print is recorded, with the record it came from
    and whether its ID numbers and phones were masked."""
    form = FORM_KINDS[kind]
    document = build_document(ctx, kind, record_id)
    try:
        fonts = default_fonts()
    except FontsMissingError as exc:
        raise ServiceError(str(exc)) from exc
    pdf = form.render(document, fonts)
    title = form.title(document)
    with ctx.write(Permission.PRINT) as session:
        record = session.get(form.record, record_id)
        details: dict[str, object] = {
            "form": kind.value,
            "title": title,
            "masked_numbers": prints_masked(ctx),
        }
        status = getattr(record, "status", None)
        if isinstance(status, AgreementStatus):  # the trail says which state was printed
            details["agreement_status"] = status.value
        final = isinstance(status, AgreementStatus) and status is not AgreementStatus.DRAFT
        action = Action.PRINT_SIGNED if final else Action.PRINT
        record_event(session, ctx.actor, action, record=record, details=details)
    glyphs = frozenset(missing_glyphs(_text_of(document), fonts))
    return PrintedForm(pdf, title, glyphs, masked=prints_masked(ctx))
