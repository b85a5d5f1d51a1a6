"""The A4 page: margins, the title block, page numbers, the running header and the draft mark.

Every string drawn straight on the canvas goes through :func:`draw_runs`, so it uses the embedded
CJK fonts with per-character fallback; the canvas starts in the body font so that ReportLab never
writes its default (non-embedded) Helvetica into a page.

A draft cannot pass for a final. Every form that goes through :func:`build_pdf` with a
:class:`Header` whose ``draft`` is set gets, on every page, a large light-grey 草稿 across the
page's diagonal, drawn before anything else so that the text lies over it; its title reads
"…（草稿）" and its number is printed nowhere: not in the title block, not in the running
header, not in the PDF's metadata. A new form gets this by setting ``Header.draft``.

No wasted paper: a form whose last page would hold only a few lines (the last clause and the
signatures) is laid out once more a little tighter (:func:`build_fitted`) and printed that way
when it then takes a page less.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
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
DRAFT_WORD = "草稿"
DRAFT_MARK_SIZE = 180.0  # points: each character about 63 mm high
DRAFT_MARK_SPACING = 0.3  # in ems, between the mark's characters
DRAFT_MARK_GREY = 0.82  # fill grey (1 is white): plainly there, and black text over it reads

COMPACT_LEADING = 0.85  # the leading of the compact layout, as a share of the usual one
NEARLY_EMPTY = 0.35  # a last page used less than this is worth a compact layout

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


def printed_title(header: Header) -> str:
    """The title as printed: a draft's says so ("人民调解协议书（草稿）") unless it already does."""
    if header.draft and DRAFT_WORD not in header.title:
        return f"{header.title}（{DRAFT_WORD}）"
    return header.title


def printed_number(header: Header) -> str:
    """The number as printed: a draft's is never printed, whatever the data holds."""
    return "" if header.draft else header.number


def title_block(header: Header, styles: Styles) -> list[Flowable]:
    """Issuer line, title, and the number right-aligned under it."""
    fonts = styles.fonts
    block: list[Flowable] = []
    if header.issuer:
        block.append(para(header.issuer, styles.issuer, fonts))
        block.append(Spacer(1, 2 * mm))
    block.append(SpacedTitle(printed_title(header), fonts))
    if printed_number(header):
        block.append(para(printed_number(header), styles.number, fonts))
    block.append(Spacer(1, 4 * mm))
    return block


def document_title(header: Header) -> str:
    """The PDF's metadata title and the running header: the title followed by its number."""
    return " ".join(part for part in (printed_title(header), printed_number(header)) if part)


def draw_draft_mark(canvas: Canvas, fonts: FontSet) -> None:
    """草稿 in 黑体, large and light grey, centred on the page along its diagonal.

    Drawn first on the page, so every line of the form prints over it and stays readable.
    """
    canvas.saveState()
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
    canvas.setFillGray(DRAFT_MARK_GREY)
    size = DRAFT_MARK_SIZE
    baseline = -size * 0.35  # the characters' middle on the diagonal
    space = size * DRAFT_MARK_SPACING
    draw_runs(
        canvas, 0, baseline, DRAFT_WORD, with_primary(fonts, fonts.title), size, "centre", space
    )
    canvas.restoreState()


def _paged_canvas(fonts: FontSet, header: Header) -> type[Canvas]:
    """A canvas class that holds every page back until the total number of pages is known,
    and starts every page of a draft with the draft mark."""

    running = document_title(header)

    class PagedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []
            self._begin_page()

        def _begin_page(self) -> None:
            if header.draft:
                draw_draft_mark(self, fonts)

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()
            self._begin_page()

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
    return _build(story, header, fonts)[0]


def compact_styles(styles: Styles) -> Styles:
    """``styles`` a little tighter: 15% less leading (17 pt instead of 20 for 12-pt text) and half
    the space over headings; the type size stays."""
    tight = {}
    for field in fields(styles):
        style = getattr(styles, field.name)
        if isinstance(style, ParagraphStyle):
            style = ParagraphStyle(
                f"{style.name}_compact",
                parent=style,
                leading=style.leading * COMPACT_LEADING,
                spaceBefore=style.spaceBefore / 2,
            )
        tight[field.name] = style
    return Styles(**tight)


def build_fitted(
    make_story: Callable[[Styles], Sequence[Flowable]],
    styles: Styles,
    header: Header,
    fonts: FontSet,
) -> bytes:
    """No wasted paper: the form laid out with ``styles``; but if its last page is mostly
    blank (a clause and the signatures, say, under :data:`NEARLY_EMPTY` of the page), it is
    laid out again with :func:`compact_styles`, and that is kept if it takes fewer pages."""
    pdf, pages, fill = _build(make_story(styles), header, fonts)
    if pages > 1 and fill < NEARLY_EMPTY:
        tight, tight_pages, _ = _build(make_story(compact_styles(styles)), header, fonts)
        if tight_pages < pages:
            return tight
    return pdf


def _build(story: Sequence[Flowable], header: Header, fonts: FontSet) -> tuple[bytes, int, float]:
    """The PDF, its number of pages, and how much of the last page's frame is used (0–1)."""
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
        subject=printed_title(header),
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
    last = doc.frame
    fill = (last._y2 - last._y) / last._height if last is not None else 1.0
    return out.getvalue(), doc.page, fill
