"""矛盾纠纷受理登记表."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lijiabu_desk.documents.data import IntakeDocument, LabelledValue, PartyDetails
from lijiabu_desk.documents.render.blocks import data_table, field_table, heading, labelled, section
from lijiabu_desk.documents.render.layout import title_block
from lijiabu_desk.documents.render.sides import group_by_side
from lijiabu_desk.documents.render.signatures import closing
from lijiabu_desk.documents.render.text import Styles

PARTY_HEAD = ("当事人", "姓名", "性别", "出生日期", "身份证号码", "联系电话", "住址")
_SIDE = re.compile(r"^\s*(\S+?方)")
PARTY_WIDTHS_MM = (14.0, 17.0, 10.5, 24.0, 37.0, 23.5, 30.0)  # sums to the frame's 156 mm


def _particulars(p: PartyDetails) -> tuple[str, ...]:
    name = p.name
    if p.guardian:
        relation = f"，{p.guardian_relation}" if p.guardian_relation else ""
        name += f"\n（监护人：{p.guardian}{relation}）"
    return (name, p.sex, p.birth, p.id_number, p.phone, p.address)


def _side_cell(side: str, count: int) -> str:
    """The side over its parties in the narrow first column: "甲方", or "甲方" over "共2人"."""
    return f"{side}\n共{count}人" if count > 1 else side


def _demand_side(demand: LabelledValue) -> str:
    """ "甲方 马建国" → "甲方": the demands follow the parties' order of sides."""
    match = _SIDE.match(demand.label)
    return match.group(1) if match else ""


def intake_story(document: IntakeDocument, styles: Styles) -> list[Flowable]:
    """The flowables of an intake register sheet, top to bottom."""
    story: list[Flowable] = title_block(document.header, styles)
    story.append(field_table(document.fields, styles, pairs_per_row=2))
    story.append(Spacer(1, 3 * mm))
    story.append(heading("当事人基本情况", styles))
    groups = group_by_side(document.parties, lambda p: p.side)
    rows: list[tuple[str, ...]] = [
        (_side_cell(side, len(group)) if n == 0 else "", *_particulars(p))
        for side, group in groups
        for n, p in enumerate(group)
    ] or [("",) * len(PARTY_HEAD)]
    sizes = [len(group) for _, group in groups]
    story.append(data_table(PARTY_HEAD, rows, PARTY_WIDTHS_MM, styles, sizes))
    story.append(heading("当事人请求", styles))
    for _, demands in group_by_side(document.demands, _demand_side):
        for demand in demands:
            story += labelled(demand.label, demand.value, styles)
    story += section("纠纷简要情况", document.facts, styles)
    story += section("受理意见", document.opinion, styles)
    closing(story, document.signatories, styles)
    return story
