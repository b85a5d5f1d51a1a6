"""Building blocks shared by the forms: section headings and bordered tables."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from lijiabu_desk.documents.data import LabelledValue
from lijiabu_desk.documents.render.layout import FRAME_WIDTH
from lijiabu_desk.documents.render.text import Styles, cell, para, paras

GRID_LINE = 0.6
CELL_PADDING = 4.0
LABEL_WIDTH_MM = 28.0
MIN_LINES_WITH_HEADING = 2  # a heading at a page's foot takes at least this many lines with it


def heading(text: str, styles: Styles) -> Flowable:
    """A 黑体 section heading kept with the paragraph after it."""
    return para(text, styles.heading, styles.fonts)


class HeadedText(KeepTogether):
    """A heading and the paragraph under it. Kept together when they fit in what is left of
    the page; when they do not, the heading goes with the paragraph's first lines (at least
    :data:`MIN_LINES_WITH_HEADING`) and the rest flows on, rather than the whole paragraph
    moving on and leaving the page's foot blank. Only when not even that fits do both move."""

    def __init__(self, head: Flowable, body: Paragraph) -> None:
        head.keepWithNext = 0  # kept here; ReportLab must not group them again
        super().__init__([head, body])

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        head, body = self._content
        _, head_height = head.wrap(aW, aH)
        head_height += head.getSpaceBefore() + head.getSpaceAfter()
        _, body_height = body.wrap(aW, aH)
        room = aH - head_height - body.getSpaceBefore()
        if head_height + body_height + body.getSpaceBefore() <= aH:
            return [head, body]
        if room >= MIN_LINES_WITH_HEADING * body.style.leading:
            parts = body.split(aW, room)
            if len(parts) == 2:
                return [head, *parts]
        return super().split(aW, aH)


def section(title: str, text: str, styles: Styles, empty: str = "") -> list[Flowable]:
    """A heading and its text, one paragraph per line; ``empty`` stands in for no text.

    The heading and the first paragraph are a :class:`HeadedText`: a long paragraph is split
    at the foot of a page rather than moved whole with its heading."""
    body = paras(text, styles.body, styles.fonts) or paras(empty, styles.body, styles.fonts)
    if not body:
        return [heading(title, styles)]
    return [HeadedText(heading(title, styles), body[0]), *body[1:]]


def labelled(label: str, text: str, styles: Styles) -> list[Flowable]:
    """``label：text`` with the label in 黑体; later lines of ``text`` become paragraphs."""
    lines = [line.strip() for line in text.splitlines() if line.strip()] or [""]
    fonts = styles.fonts
    first = para([(label + "：", fonts.title), (lines[0], fonts.body)], styles.body, fonts)
    return [first, *(para(line, styles.body, fonts) for line in lines[1:])]


def _grid_style(styles: Styles, extra: Sequence[tuple[object, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), styles.fonts.body),  # never Table's Helvetica
            ("GRID", (0, 0), (-1, -1), GRID_LINE, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
            *extra,
        ]
    )


def field_table(fields: Sequence[LabelledValue], styles: Styles, pairs_per_row: int = 1) -> Table:
    """Label/value cells, ``pairs_per_row`` pairs across; a lone last pair spans the row."""
    fonts = styles.fonts
    label_width = LABEL_WIDTH_MM * mm
    value_width = FRAME_WIDTH / pairs_per_row - label_width
    rows: list[list[object]] = []
    spans: list[tuple[object, ...]] = []
    for start in range(0, len(fields), pairs_per_row):
        chunk = fields[start : start + pairs_per_row]
        row: list[object] = []
        for field in chunk:
            row += [
                cell(field.label, styles.cell_label, fonts),
                cell(field.value, styles.cell, fonts),
            ]
        if len(chunk) < pairs_per_row:
            r = len(rows)
            spans.append(("SPAN", (len(row) - 1, r), (2 * pairs_per_row - 1, r)))
            row += [""] * (2 * (pairs_per_row - len(chunk)))
        rows.append(row)
    widths = [label_width, value_width] * pairs_per_row
    return Table(rows, colWidths=widths, style=_grid_style(styles, spans), hAlign="CENTER")


def data_table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    styles: Styles,
    groups: Sequence[int] = (),
) -> Table:
    """A bordered table with a 黑体 head row repeated on every page; long cells wrap.

    ``groups`` (sizes, in order) joins the first column's cells of each group of body rows
    into one cell (the side "甲方（共2人）" over its parties), and a group is never split
    across pages."""
    fonts = styles.fonts
    scale = FRAME_WIDTH / (sum(widths_mm) * mm)  # the widths are proportions of the frame
    data = [[cell(text, styles.cell_head, fonts) for text in head]]
    data += [[cell(text, styles.cell, fonts) for text in row] for row in rows]
    extra: list[tuple[object, ...]] = []
    first = 1
    for size in groups:
        if size > 1:
            last = first + size - 1
            extra += [("SPAN", (0, first), (0, last)), ("NOSPLIT", (0, first), (-1, last))]
        first += size
    return Table(
        data,
        colWidths=[w * mm * scale for w in widths_mm],
        repeatRows=1,
        style=_grid_style(styles, extra),
        hAlign="CENTER",
    )
