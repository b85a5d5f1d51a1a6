"""矛盾纠纷排查化解及服务工作统计表: the period's figures and charts on A4 portrait pages.

The county's dispute table comes first, one row per category (every category, zero rows too)
and a totals row in 黑体 under a heavier rule; then the other dispute figures, the follow-up
visits, the calls by kind with their medians, the 五小 tally and the rest of the service work,
each a bordered table, and the four charts under their captions. The counting rules close the
report in small type, above the lines for the people who draw it up and check it.

Charts are matplotlib figures drawn at their printed size and embedded as PNG at
``charts.PRINT_DPI`` (300): ReportLab cannot place a vector PDF or SVG without a library we do
not ship (pdfrw, svglib), and at 300 dpi the charts' 8.5-pt type prints as sharp as a laser
printer resolves it, for about 60–110 KB a chart (see ``CHART_DPI``). Every text outside the
charts is drawn by the project's CJK paragraphs and layout, so every glyph comes from an
embedded TrueType font; pages carry the running header and "第 N 页 共 M 页".
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from lijiabu_desk.documents.charts import (
    CHART_NAMES,
    PRINT_DPI,
    ChartName,
    chart_png,
    chart_title,
)
from lijiabu_desk.documents.data import Header
from lijiabu_desk.documents.fonts import FontSet, default_fonts
from lijiabu_desk.documents.render.blocks import CELL_PADDING, GRID_LINE, heading
from lijiabu_desk.documents.render.layout import FRAME_WIDTH, SpacedTitle, build_fitted
from lijiabu_desk.documents.render.text import (
    SMALL_SIZE,
    Styles,
    cell,
    make_styles,
    para,
)
from lijiabu_desk.documents.statistics_data import (
    CallLine,
    DisputeLine,
    FigureGroup,
    StatisticsDocument,
)

CHART_DPI = PRINT_DPI
CHART_HEIGHT_MM: dict[ChartName, float] = {
    "cases": 60.0,
    "success": 46.0,
    "calls": 46.0,
    "response": 46.0,
}
TITLE_SIZE = 18.0
HEAD_SHADE = colors.Color(0.9, 0.9, 0.9)  # the head row: light enough for any laser printer
TOTAL_RULE = 1.2  # the rule over a totals row

DISPUTE_HEADS = ("纠纷类别", "排查", "受理", "调处", "成功", "成功率", "涉及金额（元）")
DISPUTE_WIDTHS_MM = (36.0, 16.0, 16.0, 16.0, 16.0, 20.0, 36.0)  # 156 mm, the frame
CALL_HEADS = ("求助类别", "求助", "已到达", "已办结", "未办结",
              "到达用时中位数（分钟）", "办结用时中位数（分钟）")  # fmt: skip
CALL_WIDTHS_MM = (28.0, 16.0, 16.0, 16.0, 16.0, 32.0, 32.0)
PAIR_WIDTHS_MM = (52.0, 26.0, 52.0, 26.0)  # two label/value pairs a row
SIGN_BLANK = "_" * 12


class _Cells:
    """The cell styles of the report's tables: labels left, numbers right, totals in 黑体."""

    def __init__(self, styles: Styles) -> None:
        self.fonts = styles.fonts
        self.head = styles.cell_head
        self.label = styles.cell
        self.number = ParagraphStyle("number", parent=styles.cell, alignment=TA_RIGHT)
        hei = styles.fonts.title
        self.total_label = ParagraphStyle("total_label", parent=styles.cell, fontName=hei)
        self.total_number = ParagraphStyle("total_number", parent=self.number, fontName=hei)
        self.group_title = ParagraphStyle("group_title", parent=styles.cell, fontName=hei)
        self.note = ParagraphStyle(
            "note", parent=styles.plain, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.5
        )
        self.info = ParagraphStyle("info", parent=styles.plain, alignment=TA_CENTER)
        self.caption = ParagraphStyle(
            "caption", parent=styles.cell, fontName=hei, alignment=TA_CENTER, spaceBefore=4
        )


def _widths(widths_mm: Sequence[float]) -> list[float]:
    scale = FRAME_WIDTH / (sum(widths_mm) * mm)
    return [w * mm * scale for w in widths_mm]


def _style(fonts: FontSet, extra: Sequence[tuple[object, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.body),  # never Table's Helvetica
            ("GRID", (0, 0), (-1, -1), GRID_LINE, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING - 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
            *extra,
        ]
    )


def _numbers_table(
    heads: Sequence[str],
    rows: Sequence[Sequence[str]],
    total: Sequence[str],
    widths_mm: Sequence[float],
    st: _Cells,
) -> Table:
    """A head row, one row per line (label, then numbers) and the totals row."""
    fonts = st.fonts
    data: list[list[object]] = [[cell(text, st.head, fonts) for text in heads]]
    for row in rows:
        data.append([cell(row[0], st.label, fonts)] + [cell(v, st.number, fonts) for v in row[1:]])
    data.append(
        [cell(total[0], st.total_label, fonts)]
        + [cell(v, st.total_number, fonts) for v in total[1:]]
    )
    extra = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE),
        ("LINEABOVE", (0, -1), (-1, -1), TOTAL_RULE, colors.black),
    ]
    return Table(
        data,
        colWidths=_widths(widths_mm),
        repeatRows=1,
        style=_style(fonts, extra),
        hAlign="CENTER",
    )


def _dispute_row(line: DisputeLine) -> list[str]:
    return [line.label, line.found, line.taken, line.mediated, line.succeeded,
            line.success_rate, line.amount]  # fmt: skip


def _call_row(line: CallLine) -> list[str]:
    return [line.label, line.received, line.responded, line.completed, line.open,
            line.median_response, line.median_completion]  # fmt: skip


def _group_table(group: FigureGroup, st: _Cells) -> Table:
    """The group's title across the top, then two label/value pairs a row."""
    fonts = st.fonts
    data: list[list[object]] = [[cell(group.title, st.group_title, fonts), "", "", ""]]
    lines = list(group.lines)
    for start in range(0, len(lines), 2):
        row: list[object] = []
        for line in lines[start : start + 2]:
            row += [cell(line.label, st.label, fonts), cell(line.value, st.number, fonts)]
        data.append(row + [""] * (4 - len(row)))
    extra = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE)]
    return Table(
        data, colWidths=_widths(PAIR_WIDTHS_MM), style=_style(fonts, extra), hAlign="CENTER"
    )


def chart_pngs(document: StatisticsDocument, dpi: int = CHART_DPI) -> dict[ChartName, bytes]:
    """Each chart drawn once at its printed size (the frame's width), whatever the layout."""
    width_mm = FRAME_WIDTH / mm
    return {
        name: chart_png(document.charts, name, width_mm, CHART_HEIGHT_MM[name], dpi)
        for name in CHART_NAMES
    }


def _chart(document: StatisticsDocument, name: ChartName, png: bytes, st: _Cells) -> Flowable:
    """The chart under its caption, kept together, the full width of the frame."""
    image = Image(io.BytesIO(png), width=FRAME_WIDTH, height=CHART_HEIGHT_MM[name] * mm)
    caption = para(chart_title(document.charts, name), st.caption, st.fonts)
    return KeepTogether([caption, Spacer(1, 1 * mm), image, Spacer(1, 3 * mm)])


def _gap(height_mm: float = 3.0) -> Spacer:
    return Spacer(1, height_mm * mm)


def statistics_story(
    document: StatisticsDocument, styles: Styles, pngs: dict[ChartName, bytes]
) -> list[Flowable]:
    st = _Cells(styles)
    fonts = styles.fonts
    info = f"统计期间：{document.period}　　范围：{document.village}"
    story: list[Flowable] = []
    if document.station:
        story += [para(document.station, styles.issuer, fonts), _gap(1)]
    story += [SpacedTitle(document.title, fonts, TITLE_SIZE), para(info, st.info, fonts), _gap()]
    story += [
        heading("一、矛盾纠纷排查化解", styles),
        _numbers_table(
            DISPUTE_HEADS,
            [_dispute_row(line) for line in document.disputes],
            _dispute_row(document.dispute_total),
            DISPUTE_WIDTHS_MM,
            st,
        ),
        _gap(),
        _group_table(document.dispute_more, st),
        _gap(),
        _chart(document, "cases", pngs["cases"], st),
        _chart(document, "success", pngs["success"], st),
        heading("二、回访", styles),
        _group_table(document.follow_ups, st),
        _gap(),
        heading("三、服务求助", styles),
        _numbers_table(
            CALL_HEADS,
            [_call_row(line) for line in document.calls],
            _call_row(document.call_total),
            CALL_WIDTHS_MM,
            st,
        ),
        _gap(),
        _group_table(document.aims, st),
        _gap(),
        _chart(document, "calls", pngs["calls"], st),
        _chart(document, "response", pngs["response"], st),
        heading("四、其他服务工作", styles),
        _group_table(document.service, st),
        _gap(),
        heading("说明", styles),
    ]
    story += [para(f"{n}. {note}", st.note, fonts) for n, note in enumerate(document.notes, 1)]
    sign = f"制表人：{SIGN_BLANK}　　审核人：{SIGN_BLANK}　　制表日期：{document.made_on}"
    story += [_gap(8), para(sign, styles.plain, fonts)]
    return story


def render_statistics(document: StatisticsDocument, fonts: FontSet | None = None) -> bytes:
    """The report as A4 PDF bytes with its fonts embedded and its charts at ``CHART_DPI``."""
    fonts = default_fonts() if fonts is None else fonts
    header = Header(issuer=document.station, title=document.running_title, number="")
    pngs = chart_pngs(document)
    return build_fitted(
        lambda styles: statistics_story(document, styles, pngs), make_styles(fonts), header, fonts
    )
