"""矛盾纠纷受理登记表."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lijiabu_desk.documents.data import IntakeDocument
from lijiabu_desk.documents.render.blocks import data_table, field_table, heading, labelled, section
from lijiabu_desk.documents.render.layout import title_block
from lijiabu_desk.documents.render.signatures import closing
from lijiabu_desk.documents.render.text import Styles

PARTY_HEAD = ("当事人", "姓名", "性别", "出生日期", "身份证号码", "联系电话", "住址")
PARTY_WIDTHS_MM = (14.0, 17.0, 10.5, 24.0, 37.0, 23.5, 30.0)  # sums to the frame's 156 mm


def intake_story(document: IntakeDocument, styles: Styles) -> list[Flowable]:
    """The flowables of an intake register sheet, top to bottom."""
    story: list[Flowable] = title_block(document.header, styles)
    story.append(field_table(document.fields, styles, pairs_per_row=2))
    story.append(Spacer(1, 3 * mm))
    story.append(heading("当事人基本情况", styles))
    rows = [
        (p.side, p.name, p.sex, p.birth, p.id_number, p.phone, p.address) for p in document.parties
    ] or [("",) * len(PARTY_HEAD)]
    story.append(data_table(PARTY_HEAD, rows, PARTY_WIDTHS_MM, styles))
    story.append(heading("当事人请求", styles))
    for demand in document.demands:
        story += labelled(demand.label, demand.value, styles)
    story += section("纠纷简要情况", document.facts, styles)
    story += section("受理意见", document.opinion, styles)
    closing(story, document.signatories, styles)
    return story
