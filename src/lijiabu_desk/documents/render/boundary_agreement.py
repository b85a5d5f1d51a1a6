"""地界协议书: the agreed field boundary on A4, with the sketch and the photos as annexes.

The agreement reuses the mediation forms' blocks: the title block with the number, bordered
tables, the Chinese paragraphs (no line starts with closing punctuation), the signature boxes
with a square for the fingerprint, and the page numbers "第 N 页 共 M 页" with the title and
number running on every later page. The sketch is always an annex page of its own
(:mod:`.boundary_annexes`): the agreement's text and signatures take two pages or more, and a
whole page gives the sketch the most detailed scale its scale bar can state.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from lijiabu_desk.documents.boundary_data import (
    BLANK_DATE,
    BoundaryAgreementData,
    clauses,
    no_title_note,
    preamble,
)
from lijiabu_desk.documents.data import Header, LabelledValue, Signatory
from lijiabu_desk.documents.fonts import FontSet, default_fonts
from lijiabu_desk.documents.render.agreement import birth_phrase
from lijiabu_desk.documents.render.blocks import data_table, field_table, heading, labelled
from lijiabu_desk.documents.render.boundary_annexes import photo_annex, sketch_annex
from lijiabu_desk.documents.render.layout import build_pdf, title_block
from lijiabu_desk.documents.render.signatures import closing
from lijiabu_desk.documents.render.text import Styles, blank, make_styles, para
from lijiabu_desk.documents.scales import format_metres
from lijiabu_desk.documents.visit_list_data import day_text

__all__ = ["WITNESS_HEADING", "render_boundary_agreement"]

# Column widths in millimetres (proportions of the 156 mm frame). An 18-character ID number is
# 33 mm at 10.5 pt, an 11-digit phone 20 mm; each cell has 2.8 mm of padding.
PARTY_HEAD = ("当事人", "姓名", "性别", "民族", "出生日期或年龄", "身份证号码", "联系电话")
PARTY_WIDTHS_MM = (14.0, 20.0, 12.0, 12.0, 29.0, 40.0, 29.0)
MEASURE_HEAD = ("序号", "起点", "终点", "方向", "距离（米）", "备注")
MEASURE_WIDTHS_MM = (12.0, 24.0, 24.0, 26.0, 22.0, 48.0)
MARKER_HEAD = ("序号", "标志种类", "数量", "设置位置")
MARKER_WIDTHS_MM = (12.0, 30.0, 16.0, 98.0)
BLANK_MEASURE_ROWS = 4  # a draft without measurements: rows to fill in the field
BLANK_MARKER_ROWS = 2
TABLE_GAP_MM = 2.0
# An empty cell holds an ideographic space: one line high, room to write in by hand (an empty
# paragraph has no height, and a row of them would be too thin for a pen).
EMPTY_CELL = "\u3000"
MEASURE_START_MM = 45.0  # heading, reference point, table head and two rows
# Over the witnesses' lines: the chief and the village head sign as witnesses to the parties'
# line, not as deciders of it.
WITNESS_HEADING = "见证人："


def _table(
    head: tuple[str, ...], rows: list[list[str]], widths: tuple[float, ...], styles: Styles
) -> Table:
    filled = [[value.strip() or EMPTY_CELL for value in row] for row in rows]
    return data_table(head, filled, widths, styles)


def _parties_table(data: BoundaryAgreementData, styles: Styles) -> Table:
    """Two rows per party: the particulars, then the address across the row; never split."""
    rows: list[list[str]] = []
    for party in data.printed_parties:
        birth = birth_phrase(party.birth) if party.birth.strip() else ""
        rows.append(
            [
                party.side,
                party.name,
                party.sex,
                party.ethnicity,
                birth,
                party.id_number,
                party.phone,
            ]
        )
        rows.append(["", "住址", party.address, "", "", "", ""])
    table = _table(PARTY_HEAD, rows, PARTY_WIDTHS_MM, styles)
    spans: list[tuple[object, ...]] = []
    for first in range(1, len(rows) + 1, 2):
        spans += [
            ("SPAN", (0, first), (0, first + 1)),
            ("SPAN", (2, first + 1), (-1, first + 1)),
            ("NOSPLIT", (0, first), (-1, first + 1)),
        ]
    table.setStyle(spans)
    return table


def _parcel(data: BoundaryAgreementData, styles: Styles) -> list[Flowable]:
    measured = day_text(data.measured_on) if data.measured_on else ""
    pairs = (
        LabelledValue("地块名称", data.parcel_name),
        LabelledValue("土地类型", data.land_type),
        LabelledValue("所在村社", data.place),
        LabelledValue("面积（亩）", data.area_mu),
        LabelledValue("承包经营权证", data.certificate_no),
        LabelledValue("丈量日期", measured),
    )
    wide = [LabelledValue("坐落位置", data.location)]
    if data.case_number.strip():
        wide.append(LabelledValue("关联纠纷", data.case_number))
    return [field_table(pairs, styles, pairs_per_row=2), field_table(wide, styles)]


def _four_sides(data: BoundaryAgreementData, styles: Styles) -> Table:
    sides = data.sides
    fields = (
        LabelledValue("东至", sides.east),
        LabelledValue("南至", sides.south),
        LabelledValue("西至", sides.west),
        LabelledValue("北至", sides.north),
    )
    return field_table(fields, styles, pairs_per_row=2)


def _measurements(data: BoundaryAgreementData, styles: Styles) -> list[Flowable]:
    rows = [
        [str(n), m.from_point, m.to_point, m.direction, format_metres(m.distance_m), m.note]
        for n, m in enumerate(data.measurements, start=1)
    ] or [[""] * len(MEASURE_HEAD) for _ in range(BLANK_MEASURE_ROWS)]
    how = (
        "沿地块四周逐段丈量，最后一段量回起点，围成闭合地块。"
        if data.closed_parcel
        else "从基准点起沿界线逐段丈量。"
    )
    if data.sketch is not None:
        how += "地界示意图依据上表绘制，见附图。"
    fonts = styles.fonts
    reference = labelled(f"{data.both}认可的基准点", blank(data.reference_point, 30), styles)
    return [
        *reference,
        _table(MEASURE_HEAD, rows, MEASURE_WIDTHS_MM, styles),
        Spacer(1, TABLE_GAP_MM * mm),
        para([("丈量方式：", fonts.title), (how, fonts.body)], styles.body, fonts),
    ]


def _markers(data: BoundaryAgreementData, styles: Styles) -> Table:
    rows = [
        [str(n), m.kind, str(m.count), m.where] for n, m in enumerate(data.markers, start=1)
    ] or [[""] * len(MARKER_HEAD) for _ in range(BLANK_MARKER_ROWS)]
    return _table(MARKER_HEAD, rows, MARKER_WIDTHS_MM, styles)


def _signatories(data: BoundaryAgreementData) -> tuple[Signatory, ...]:
    parties = tuple(Signatory(p.side, p.name, True) for p in data.printed_parties)
    witnesses = tuple(Signatory(w.role.strip(), w.name, False) for w in data.printed_witnesses)
    return parties + witnesses


def agreement_story(data: BoundaryAgreementData, styles: Styles) -> list[Flowable]:
    """The agreement's flowables, top to bottom, up to the signatures and the date."""
    fonts = styles.fonts
    gap = Spacer(1, TABLE_GAP_MM * mm)
    story: list[Flowable] = title_block(_header(data), styles)
    story += [heading("一、当事人基本情况", styles), _parties_table(data, styles), gap]
    story.append(para(preamble(data), styles.body, fonts))
    story.append(
        para([("特别说明：", fonts.title), (no_title_note(data), fonts.body)], styles.body, fonts)
    )
    story += [heading("二、地块基本情况", styles), *_parcel(data, styles), gap]
    story += [heading("三、地块四至", styles), _four_sides(data, styles), gap]
    # The table may run over a page; its heading, the reference point and its first rows may not
    # be left at a page's foot without it.
    story.append(CondPageBreak(MEASURE_START_MM * mm))
    story += [heading("四、基准点和丈量记录", styles), *_measurements(data, styles)]
    story.append(heading("五、约定的界线", styles))
    line = blank(data.agreed_line, 60)
    if data.sketch is not None:
        line += "（界线位置见附图《地界示意图》）"
    story.append(para(line, styles.body, fonts))
    story += [heading("六、界线标志", styles), _markers(data, styles), gap]
    story.append(heading("七、地上作物、附着物和费用承担", styles))
    story += labelled("地上作物及附着物", blank(data.crops, 40), styles)
    story += labelled("费用承担", blank(data.costs, 40), styles)
    story.append(heading("八、其他约定", styles))
    story += [
        para(f"{n}．{text}", styles.body, fonts) for n, text in enumerate(clauses(data), start=1)
    ]
    signed = day_text(data.signed_on) if data.signed_on else BLANK_DATE
    closing(story, _signatories(data), styles, None, signed, tail_heading=WITNESS_HEADING)
    return story


def _header(data: BoundaryAgreementData) -> Header:
    return Header(data.station_name.strip(), data.title, data.printed_number, draft=data.is_draft)


def render_boundary_agreement(data: BoundaryAgreementData, fonts: FontSet | None = None) -> bytes:
    """The 地界协议书 as A4 PDF bytes with its fonts embedded: the agreement, then the annex
    附图：地界示意图 (when there is a sketch), then 附件：现场照片 two to a page (when there are
    photos).

    ``fonts`` defaults to :func:`default_fonts` (which raises ``FontsMissingError`` with a
    sentence saying what to install when no Chinese font can be embedded).
    """
    fonts = default_fonts() if fonts is None else fonts
    styles = make_styles(fonts)
    story = agreement_story(data, styles)
    story += sketch_annex(data, styles)
    story += photo_annex(data.photos, styles)
    return build_pdf(story, _header(data), fonts)
