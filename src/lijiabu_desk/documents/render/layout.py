"""The A4 page: margins, the title block, page numbers and the running header.

Every string drawn straight on the canvas goes through :func:`draw_runs`, so it uses the embedded
CJK fonts with per-character fallback; the canvas starts in the body font so that ReportLab never
writes its default (non-embedded) Helvetica into a page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from lijiabu_desk.documents.data import Header
from lijiabu_desk.documents.fonts import FontSet, glyph_runs
from lijiabu_desk.documents.render.text import Styles, para, with_primary

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP_MM = 25.0
MARGIN_BOTTOM_MM = 25.0
MARGIN_LEFT_MM = 28.0  # the binding side, as in official documents
MARGIN_RIGHT_MM = 26.0
HEADER_BASELINE_MM = 15.0  # running header, measured down from the top edge
FOOTER_BASELINE_MM = 13.0  # page numbers, measured up from the bottom edge
FRAME_WIDTH = PAGE_WIDTH - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * mm

TITLE_SIZE = 22.0
TITLE_LETTER_SPACING = 0.35  # in ems, between the characters of the title
RUNNING_SIZE = 9.0
CREATOR = "李家堡警务台账"

Align = Literal["left", "centre", "right"]


def text_width(text: str, fonts: FontSet, size: float, char_space: float = 0.0) -> float:
    """Width of ``text`` drawn with per-character fallback; ``fonts.body`` is tried first."""
    width = sum(stringWidth(chunk, name, size) for name, chunk in glyph_runs(text, fonts))
    return width + char_space * max(len(text) - 1, 0)


def draw_runs(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    fonts: FontSet,
    size: float,
    align: Align = "left",
    char_space: float = 0.0,
) -> float:
    """Draw one line at baseline ``y``, anchored at ``x`` by ``align``; returns its width."""
    width = text_width(text, fonts, size, char_space)
    start = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    obj = canvas.beginText(start, y)
    obj.setCharSpace(char_space)
    for name, chunk in glyph_runs(text, fonts):
        obj.setFont(name, size)
        obj.textOut(chunk)
    canvas.drawText(obj)
    return width


class SpacedTitle(Flowable):
    """The form's title: large, centred, letter-spaced, shrunk if it would not fit the line."""

    def __init__(self, text: str, fonts: FontSet, size: float = TITLE_SIZE) -> None:
        super().__init__()
        self.text = text
        self.fonts = with_primary(fonts, fonts.title)
        self.size = size

    def _fit(self, avail_width: float) -> tuple[float, float]:
        size = self.size
        while size > 10:
            space = size * TITLE_LETTER_SPACING
            if text_width(self.text, self.fonts, size, space) <= avail_width:
                return size, space
            size -= 1
        return size, 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.avail_width = availWidth
        self.fitted = self._fit(availWidth)
        return availWidth, self.fitted[0] * 1.6

    def draw(self) -> None:
        size, space = self.fitted
        draw_runs(
            self.canv,
            self.avail_width / 2,
            size * 0.45,
            self.text,
            self.fonts,
            size,
            "centre",
            space,
        )


def title_block(header: Header, styles: Styles) -> list[Flowable]:
    """Issuer line, title, and the number right-aligned under it."""
    fonts = styles.fonts
    block: list[Flowable] = []
    if header.issuer:
        block.append(para(header.issuer, styles.issuer, fonts))
        block.append(Spacer(1, 2 * mm))
    block.append(SpacedTitle(header.title, fonts))
    if header.number:
        block.append(para(header.number, styles.number, fonts))
    block.append(Spacer(1, 4 * mm))
    return block


def document_title(header: Header) -> str:
    """The PDF's metadata title: the form's title followed by its number."""
    return " ".join(part for part in (header.title, header.number) if part)


def _paged_canvas(fonts: FontSet, header: Header) -> type[Canvas]:
    """A canvas class that holds every page back until the total number of pages is known."""

    running = " ".join(part for part in (header.title, header.number) if part)

    class PagedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            left = MARGIN_LEFT_MM * mm
            right = PAGE_WIDTH - MARGIN_RIGHT_MM * mm
            if number > 1 and running:
                y = PAGE_HEIGHT - HEADER_BASELINE_MM * mm
                draw_runs(self, right, y, running, fonts, RUNNING_SIZE, "right")
                self.setLineWidth(0.4)
                self.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
            footer = f"第 {number} 页 共 {total} 页"
            y = FOOTER_BASELINE_MM * mm
            draw_runs(self, PAGE_WIDTH / 2, y, footer, fonts, RUNNING_SIZE, "centre")
            self.restoreState()

    return PagedCanvas


def build_pdf(story: Sequence[Flowable], header: Header, fonts: FontSet) -> bytes:
    """Lay ``story`` out on A4 pages and return the PDF."""
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_LEFT_MM * mm,
        rightMargin=MARGIN_RIGHT_MM * mm,
        topMargin=MARGIN_TOP_MM * mm,
        bottomMargin=MARGIN_BOTTOM_MM * mm,
        title=document_title(header),
        author=header.issuer,
        subject=header.title,
        creator=CREATOR,
        lang="zh-CN",
        initialFontName=fonts.body,
        initialFontSize=12,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    doc.build(list(story), canvasmaker=_paged_canvas(fonts, header))
    return out.getvalue()
