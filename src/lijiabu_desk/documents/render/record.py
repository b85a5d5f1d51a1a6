"""调解记录: one sitting of a mediation."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lijiabu_desk.documents.data import LabelledValue, MediationRecordDocument, Participant
from lijiabu_desk.documents.render.blocks import data_table, field_table, heading, section
from lijiabu_desk.documents.render.layout import title_block
from lijiabu_desk.documents.render.sides import PARTY_SUFFIX, group_by_side
from lijiabu_desk.documents.render.signatures import closing
from lijiabu_desk.documents.render.text import Styles, para

READ_AND_CONFIRMED = "以上记录已阅，无误。"
PARTICIPANT_WIDTHS_MM = (30.0, 36.0, 90.0)  # 角色 / 姓名 / 单位


def participant_rows(participants: Sequence[Participant]) -> list[tuple[str, str, str]]:
    """The parties first, grouped by side ("甲方当事人" …, in side order), then everyone else
    (the panel, the recorder) in the order they were entered."""
    parties = [p for p in participants if p.side]
    others = [p for p in participants if not p.side]
    rows = [
        (f"{side}{PARTY_SUFFIX}", p.name, p.organisation)
        for side, group in group_by_side(parties, lambda p: p.side)
        for p in group
    ]
    return rows + [(p.role, p.name, p.organisation) for p in others]


def record_story(document: MediationRecordDocument, styles: Styles) -> list[Flowable]:
    """The flowables of a mediation record, top to bottom."""
    story: list[Flowable] = title_block(document.header, styles)
    fields = (
        LabelledValue("案件编号", document.case_number),
        LabelledValue("纠纷类别", document.category),
        LabelledValue("时间", document.held_at),
        LabelledValue("地点", document.place),
    )
    story.append(field_table(fields, styles, pairs_per_row=2))
    story.append(Spacer(1, 3 * mm))
    story.append(heading("参加人员", styles))
    rows = participant_rows(document.participants) or [("", "", "")]
    story.append(data_table(("角色", "姓名", "单位"), rows, PARTICIPANT_WIDTHS_MM, styles))
    story += section("一、当事人陈述", document.statements, styles)
    story += section("二、调查核实情况", document.findings, styles)
    story += section("三、调解结果", document.outcome, styles)
    # The parties read the record and sign under this line (their boxes follow it).
    story.append(para(READ_AND_CONFIRMED, styles.body, styles.fonts))
    closing(story, document.signatories, styles)
    return story
