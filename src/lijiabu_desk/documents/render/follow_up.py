"""回访记录: a visit to see whether an agreement is being kept."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lijiabu_desk.documents.data import FollowUpDocument, LabelledValue
from lijiabu_desk.documents.render.blocks import field_table, section
from lijiabu_desk.documents.render.layout import title_block
from lijiabu_desk.documents.render.signatures import closing
from lijiabu_desk.documents.render.text import Styles


def follow_up_story(document: FollowUpDocument, styles: Styles) -> list[Flowable]:
    """The flowables of a follow-up record, top to bottom."""
    story: list[Flowable] = title_block(document.header, styles)
    fields = (
        LabelledValue("案件编号", document.case_number),
        LabelledValue("协议编号", document.agreement_number),
        LabelledValue("应回访日期", document.due),
        LabelledValue("回访日期", document.visited_on),
        LabelledValue("回访人", document.visitor),
        LabelledValue("被回访人", document.visited_person),
        LabelledValue("回访方式", document.method),
        LabelledValue("履行情况", document.performance),
        LabelledValue("当事人满意度", document.satisfaction),
    )
    story.append(field_table(fields, styles))
    story.append(Spacer(1, 3 * mm))
    story += section("一、协议主要内容", document.agreement_summary, styles)
    story += section("二、回访情况", document.findings, styles)
    story += section("三、矛盾隐患/异常情况", document.warning_signs, styles, empty="无")
    if document.reminder.strip():
        story += section("四、告知事项", document.reminder, styles)
    closing(story, document.signatories, styles)
    return story
