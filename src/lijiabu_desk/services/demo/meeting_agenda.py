"""The demo's joint meetings in the form the app records them now, written after the rest so
that the random stream (and the rest of the demo) stays as it was: each meeting's topics become
agenda rows (the first about a land or neighbour case of the time, when there is one), its
decisions the first topic's decision, its items that topic's items, and each meeting its
number and title."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import select, update

from lijiabu_desk.models import Dispute, JointMeeting, MeetingActionItem, MeetingTopic
from lijiabu_desk.models.enums import DisputeCategory
from lijiabu_desk.services.demo.context import Context
from lijiabu_desk.services.numbering import format_number

PREFIX = "安李联"
CATEGORIES = (DisputeCategory.LAND_BOUNDARY, DisputeCategory.NEIGHBOUR, DisputeCategory.HOUSE_SITE)


def record_agendas(ctx: Context) -> None:
    ctx.flush()
    session = ctx.session
    meetings = session.execute(
        select(
            JointMeeting.id, JointMeeting.held_on, JointMeeting.topics, JointMeeting.decisions
        ).order_by(JointMeeting.held_on, JointMeeting.id)
    ).all()
    cases = session.execute(
        select(Dispute.id, Dispute.received_at)
        .where(Dispute.category.in_(CATEGORIES))
        .order_by(Dispute.received_at)
    ).all()
    per_year: dict[int, int] = {}
    for meeting_id, held_on, topics, decisions in meetings:
        earlier = [case_id for case_id, received in cases if received.date() <= held_on]
        first_topic = 0
        for position, title in enumerate(t for t in topics.split("；") if t):
            topic_id = ctx.add(
                MeetingTopic, ctx.stamp(held_on),
                meeting_id=meeting_id, position=position + 1, title=title,
                dispute_id=earlier[-1] if position == 0 and earlier else None,
                decision=decisions if position == 0 else "",
            )  # fmt: skip
            first_topic = first_topic or topic_id
        ctx.flush()
        seq = per_year[held_on.year] = per_year.get(held_on.year, 0) + 1
        session.execute(
            update(JointMeeting)
            .where(JointMeeting.id == meeting_id)
            .values(
                number=format_number(PREFIX, held_on.year, seq),
                title=f"李家堡镇矛盾纠纷联席会议（{held_on.month}月）",
                convener="李家堡镇综治中心",
                updated_at=datetime.combine(held_on, time(17, 0)),
            )
        )
        if first_topic:
            session.execute(
                update(MeetingActionItem)
                .where(MeetingActionItem.meeting_id == meeting_id)
                .values(topic_id=first_topic, updated_at=datetime.combine(held_on, time(17, 0)))
            )
