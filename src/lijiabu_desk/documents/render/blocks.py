"""Building blocks shared by the forms: section headings and bordered tables."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from lijiabu_desk.documents.data import LabelledValue
from lijiabu_desk.documents.render.layout import FRAME_WIDTH
from lijiabu_desk.documents.render.text import Styles, cell, para, paras

GRID_LINE = 0.6
CELL_PADDING = 4.0
LABEL_WIDTH_MM = 28.0


def heading(text: str, styles: Styles) -> Flowable:
    """A 黑体 section heading kept with the paragraph after it."""
    return para(text, styles.heading, styles.fonts)


def section(title: str, text: str, styles: Styles, empty: str = "") -> list[Flowable]:
    """A heading and its text, one paragraph per line; ``empty`` stands in for no text."""
    body = paras(text, styles.body, styles.fonts) or paras(empty, styles.body, styles.fonts)
    return [heading(title, styles), *body]


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
    head: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float], styles: Styles
) -> Table:
    """A bordered table with a 黑体 head row repeated on every page; long cells wrap."""
    fonts = styles.fonts
    scale = FRAME_WIDTH / (sum(widths_mm) * mm)  # the widths are proportions of the frame
    data = [[cell(text, styles.cell_head, fonts) for text in head]]
    data += [[cell(text, styles.cell, fonts) for text in row] for row in rows]
    return Table(
        data,
        colWidths=[w * mm * scale for w in widths_mm],
        repeatRows=1,
        style=_grid_style(styles),
        hAlign="CENTER",
    )
