"""结案报告: a case from intake to its end on one or two pages, with room for the approval."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lijiabu_desk.documents.data import ClosingReportDocument
from lijiabu_desk.documents.render.blocks import field_table, section
from lijiabu_desk.documents.render.layout import title_block
from lijiabu_desk.documents.render.signatures import closing
from lijiabu_desk.documents.render.text import Styles


def closing_report_story(document: ClosingReportDocument, styles: Styles) -> list[Flowable]:
    """The flowables of a closing report, top to bottom."""
    story: list[Flowable] = title_block(document.header, styles)
    story.append(field_table(document.fields, styles, pairs_per_row=2))
    story.append(Spacer(1, 3 * mm))
    story += section("一、纠纷简要情况", document.facts, styles)
    story += section("二、调解经过", document.process, styles, empty="未调解")
    story += section("三、处理结果", document.outcome, styles)
    story += section("四、履行及回访情况", document.performance, styles, empty="无")
    story += section("五、结案意见", document.opinion, styles)
    closing(story, document.signatories, styles)
    return story
