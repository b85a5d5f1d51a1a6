"""会议纪要: the minutes of a 联席会议 on A4, from :class:`MinutesData`.

Top to bottom: the issuer, the title and the number; 时间, 地点, 召集人; the attending units and
persons in a two-column table; one section per topic (一、二、三 …) with the linked dispute, the
decision (议定意见) and a table of its action items; the items under no topic (其他事项); the
closing sentence; the recorder's and approver's signature lines; the countersign table (会签),
one bordered row per attending unit for its representative to sign in; the issuer over the date
with room for a seal; and the optional 抄送 line.

The forms' shared blocks are reused: the title block, the running header and the page numbers
"第 N 页 共 M 页", the bordered tables with their head row repeated on every page, the Chinese
paragraphs (no line starts with closing punctuation), the signature lines and the seal block.
A unit's name can be 14 characters and more ("安定区人民法院李家堡人民法庭"): as a label before a
signature line it would squeeze the line or shrink under 9 pt, so the units sign in a table.

Page breaks. ReportLab never splits a table row, so an action item is never cut across two
pages. A heading is never left alone at a page's foot: before each one a :class:`_Room` starts a
new page unless the heading fits together with what it introduces (a topic's dispute line and
the first two lines of its decision; a table's head and first row). Headings here do not use
``keepWithNext``: ReportLab would keep the heading with the whole decision and push a long one
onto the next page, leaving a gap. The closing sentence, the recorder's lines and the whole
countersign table are kept on one page by the forms' shared rule
(:func:`~lijiabu_desk.documents.render.signatures.keep_with_text`), so no page holds signatures
without text; a table taller than a page splits between rows, and the date is the countersign
table's last (borderless) row, never parted from the last unit's row.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from lijiabu_desk.documents.data import Header, Signatory
from lijiabu_desk.documents.fonts import FontSet, default_fonts
from lijiabu_desk.documents.minutes_data import (
    MinutesActionItem,
    MinutesData,
    MinutesTopic,
    closing_sentence,
)
from lijiabu_desk.documents.render.blocks import CELL_PADDING, GRID_LINE, data_table, labelled
from lijiabu_desk.documents.render.layout import FRAME_WIDTH, build_pdf, title_block
from lijiabu_desk.documents.render.signatures import SealBlock, keep_with_text, signature_rows
from lijiabu_desk.documents.render.text import (
    BODY_LEADING,
    Styles,
    blank,
    cell,
    make_styles,
    para,
)

__all__ = [
    "ATTENDANCE_HEADING",
    "COUNTERSIGN_HEADING",
    "ITEM_HEAD",
    "render_minutes",
]

ATTENDANCE_HEADING = "参会单位及人员"
COUNTERSIGN_HEADING = "参会单位会签："
ATTENDANCE_HEAD = ("参会单位", "参会人员")
ATTENDANCE_WIDTHS_MM = (56.0, 100.0)  # a 14-character court's name on one line
# Millimetres (proportions of the 156 mm frame), each cell with 2.8 mm of padding: a date
# "2026年12月31日" is 26 mm at 10.5 pt, so 完成期限 and 状态 (which may carry the day it was
# done) each take 29 mm; a three-character name fits 责任人, "序号" fits 11 mm.
ITEM_HEAD = ("序号", "事项", "责任单位", "责任人", "完成期限", "状态")
ITEM_WIDTHS_MM = (11.0, 44.0, 27.0, 16.0, 29.0, 29.0)
COUNTERSIGN_HEAD = ("参会单位", "参会代表签名")
COUNTERSIGN_WIDTHS_MM = (56.0, 100.0)
SIGN_ROW_PADDING_MM = 4.0  # above and below a unit's name: a row about 13 mm high to sign in
DECISION_LEAD_LINES = 2  # lines of a decision that must fit under its topic's heading
TABLE_GAP_MM = 2.0
SIGNATURES_GAP_MM = 6.0
COPY_TO_GAP_MM = 6.0
COPY_TO_RULE = 0.8


def _widths(widths_mm: Sequence[float]) -> list[float]:
    return [w * mm for w in widths_mm]


class _Room(CondPageBreak):
    """A new page unless ``parts`` fit in what is left of this one.

    Each part is a flowable, or (flowable, most height counted) for one that may split, such as
    a long paragraph of which only the first lines must follow its heading. The height is
    measured when the page is laid out, at the frame's width.
    """

    def __init__(self, *parts: Flowable | tuple[Flowable, float]) -> None:
        super().__init__(0)
        self.parts = parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        needed = 0.0
        for part in self.parts:
            flowable, cap = part if isinstance(part, tuple) else (part, None)
            _, height = flowable.wrap(availWidth, 10_000)
            needed += min(height, cap) if cap is not None else height
            needed += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        self.height = needed
        return super().wrap(availWidth, availHeight)


def _heading_style(styles: Styles) -> ParagraphStyle:
    """The 黑体 section heading without ``keepWithNext`` (see the module docstring)."""
    return ParagraphStyle("minutes_heading", parent=styles.heading, keepWithNext=0)


def _meeting_lines(data: MinutesData, styles: Styles) -> list[Flowable]:
    fonts = styles.fonts
    lines = (
        ("时　间：", data.held_text),
        ("地　点：", blank(data.place, 30)),
        ("召集人：", blank(data.convener, 16)),
    )
    return [
        para([(label, fonts.title), (value, fonts.body)], styles.plain, fonts)
        for label, value in lines
    ]


def _attendance(data: MinutesData, styles: Styles, heading: ParagraphStyle) -> list[Flowable]:
    fonts = styles.fonts
    title = para(f"{ATTENDANCE_HEADING}（{data.attendance_summary}）", heading, fonts)
    rows = [
        [unit, "、".join(person.printed for person in people)] for unit, people in data.attendance
    ] or [["\u3000", "\u3000"]]
    table = data_table(ATTENDANCE_HEAD, rows, ATTENDANCE_WIDTHS_MM, styles)
    first = data_table(ATTENDANCE_HEAD, rows[:1], ATTENDANCE_WIDTHS_MM, styles)
    return [_Room(title, first), title, table, Spacer(1, TABLE_GAP_MM * mm)]


def _item_rows(items: Sequence[MinutesActionItem]) -> list[list[str]]:
    return [
        [
            str(n),
            item.item_text,
            item.owner_unit.strip() or "\u3000",
            item.owner_person.strip() or "\u3000",
            item.due_text,
            item.status_text or "\u3000",
        ]
        for n, item in enumerate(items, start=1)
    ]


def _items(items: Sequence[MinutesActionItem], styles: Styles) -> list[Flowable]:
    """落实事项： and its table, which starts on a page where its head and first row fit."""
    fonts = styles.fonts
    if not items:
        return [para([("落实事项：", fonts.title), ("无。", fonts.body)], styles.body, fonts)]
    label = para([("落实事项：", fonts.title)], styles.body, fonts)
    rows = _item_rows(items)
    first = data_table(ITEM_HEAD, rows[:1], ITEM_WIDTHS_MM, styles)
    table = data_table(ITEM_HEAD, rows, ITEM_WIDTHS_MM, styles)
    return [_Room(label, first), label, table, Spacer(1, TABLE_GAP_MM * mm)]


def _topic(topic: MinutesTopic, styles: Styles, heading: ParagraphStyle) -> list[Flowable]:
    fonts = styles.fonts
    title = para(topic.heading, heading, fonts)
    lead: list[Flowable] = []
    if topic.case_number.strip():
        lead += labelled("涉及纠纷", topic.case_number.strip(), styles)
    decision = labelled("议定意见", blank(topic.decision, 40), styles)
    room = _Room(title, *lead, (decision[0], DECISION_LEAD_LINES * BODY_LEADING))
    return [room, title, *lead, *decision, *_items(topic.items, styles)]


def _other_items(data: MinutesData, styles: Styles, heading: ParagraphStyle) -> list[Flowable]:
    if not data.other_items:
        return []
    fonts = styles.fonts
    title = para(data.other_heading, heading, fonts)
    rows = _item_rows(data.other_items)
    first = data_table(ITEM_HEAD, rows[:1], ITEM_WIDTHS_MM, styles)
    table = data_table(ITEM_HEAD, rows, ITEM_WIDTHS_MM, styles)
    return [_Room(title, first), title, table, Spacer(1, TABLE_GAP_MM * mm)]


def _grid(styles: Styles, last: int) -> TableStyle:
    """Bordered cells down to row ``last``, padded like the forms' other tables."""
    pad = CELL_PADDING
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.fonts.body),  # never Table's Helvetica
        ("GRID", (0, 0), (-1, last), GRID_LINE, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, last), pad),
        ("RIGHTPADDING", (0, 0), (-1, last), pad),
        ("TOPPADDING", (0, 0), (-1, 0), pad),
        ("BOTTOMPADDING", (0, 0), (-1, 0), pad + 1),
        ("TOPPADDING", (0, 1), (-1, last), SIGN_ROW_PADDING_MM * mm),
        ("BOTTOMPADDING", (0, 1), (-1, last), SIGN_ROW_PADDING_MM * mm),
    ]
    return TableStyle(commands)


def _copy_to(text: str, styles: Styles) -> Table:
    """抄送：…, between two rules across the page, as GB/T 9704 prints it."""
    fonts = styles.fonts
    line = para([("抄送：", fonts.title), (text.strip(), fonts.body)], styles.plain, fonts)
    table = Table([[line]], colWidths=[FRAME_WIDTH])
    table.setStyle(_no_padding(styles, vertical=2 * mm))
    table.setStyle([("LINEABOVE", (0, 0), (-1, 0), COPY_TO_RULE, colors.black)])
    table.setStyle([("LINEBELOW", (0, -1), (-1, -1), COPY_TO_RULE, colors.black)])
    return table


def _no_padding(styles: Styles, vertical: float = 0.0) -> TableStyle:
    commands: list[tuple[object, ...]] = [("FONTNAME", (0, 0), (-1, -1), styles.fonts.body)]
    commands += [(side, (0, 0), (-1, -1), 0) for side in ("LEFTPADDING", "RIGHTPADDING")]
    commands += [(side, (0, 0), (-1, -1), vertical) for side in ("TOPPADDING", "BOTTOMPADDING")]
    return TableStyle(commands)


def _tail(data: MinutesData, styles: Styles) -> list[Flowable]:
    """The issuer over the date with room for the seal, and the 抄送 line when there is one."""
    tail: list[Flowable] = [SealBlock(data.issuer.strip(), data.signed_text, styles)]
    if data.copy_to.strip():
        tail += [Spacer(1, COPY_TO_GAP_MM * mm), _copy_to(data.copy_to, styles)]
    return tail


def _countersign(data: MinutesData, styles: Styles) -> Table:
    """One bordered row per attending unit, tall enough to sign in, head repeated on each page;
    the date and 抄送 are its last, borderless row, never parted from the last unit's row."""
    fonts = styles.fonts
    rows: list[list[object]] = [[cell(text, styles.cell_head, fonts) for text in COUNTERSIGN_HEAD]]
    rows += [[cell(unit, styles.cell, fonts), ""] for unit in data.units]
    last = len(rows) - 1
    rows.append([_tail(data, styles), ""])
    table = Table(rows, colWidths=_widths(COUNTERSIGN_WIDTHS_MM), repeatRows=1, hAlign="CENTER")
    table.setStyle(_grid(styles, last))
    table.setStyle(
        [
            ("SPAN", (0, last + 1), (-1, last + 1)),
            ("LEFTPADDING", (0, last + 1), (-1, last + 1), 0),
            ("RIGHTPADDING", (0, last + 1), (-1, last + 1), 0),
            ("TOPPADDING", (0, last + 1), (-1, last + 1), SIGNATURES_GAP_MM * mm),
            ("BOTTOMPADDING", (0, last + 1), (-1, last + 1), 0),
            ("NOSPLIT", (0, last), (-1, last + 1)),
        ]
    )
    return table


def _closing(data: MinutesData, styles: Styles, heading: ParagraphStyle) -> list[Flowable]:
    """The closing sentence, the recorder's and approver's lines, then the units' countersign
    table ending with the date (or, without units, the date straight away).

    All of it is kept on one page with the closing sentence (:func:`keep_with_text`): neither
    is left on a page without the other.
    """
    fonts = styles.fonts
    officials = (
        Signatory("记录人", data.recorder.strip(), False),
        Signatory(data.approver_label.strip() or "审核人", data.approver.strip(), False),
    )
    sentence = para(closing_sentence(data), styles.body, fonts)
    gap = Spacer(1, SIGNATURES_GAP_MM * mm)
    lines = signature_rows(officials, styles)
    if data.units:
        title = para(COUNTERSIGN_HEADING, heading, fonts)
        rest: list[Flowable] = [title, _countersign(data, styles)]
    else:
        rest = _tail(data, styles)
    return [keep_with_text([sentence], [gap, *lines, *rest])]


def minutes_story(data: MinutesData, styles: Styles) -> list[Flowable]:
    """The minutes' flowables, top to bottom."""
    heading = _heading_style(styles)
    story: list[Flowable] = title_block(_header(data), styles)
    story += _meeting_lines(data, styles)
    story.append(Spacer(1, TABLE_GAP_MM * mm))
    story += _attendance(data, styles, heading)
    for topic in data.topics:
        story += _topic(topic, styles, heading)
    story += _other_items(data, styles, heading)
    story += _closing(data, styles, heading)
    return story


def _header(data: MinutesData) -> Header:
    return Header(data.issuer.strip(), data.printed_title, data.printed_number, data.is_draft)


def render_minutes(data: MinutesData, fonts: FontSet | None = None) -> bytes:
    """The 会议纪要 as A4 PDF bytes with its fonts embedded.

    ``fonts`` defaults to :func:`default_fonts` (which raises ``FontsMissingError`` with a
    sentence saying what to install when no Chinese font can be embedded).
    """
    fonts = default_fonts() if fonts is None else fonts
    styles = make_styles(fonts)
    return build_pdf(minutes_story(data, styles), _header(data), fonts)
