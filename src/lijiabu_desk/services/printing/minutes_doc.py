"""The printed 会议纪要 of a joint meeting from its record: attendance by unit, each topic with
its case number, decision and action items (their state at printing), the other items, and the
countersign table. The minutes carry the number the meeting was given when recorded."""

from __future__ import annotations

from datetime import date

from lijiabu_desk.documents.minutes_data import (
    MinutesActionItem,
    MinutesAttendee,
    MinutesData,
    MinutesTopic,
)
from lijiabu_desk.models import JointMeeting, MeetingActionItem, Station

TITLE = "矛盾纠纷联席会议纪要"


def _status(item: MeetingActionItem, today: date) -> str:
    if item.done_on is not None:
        return "已完成"
    return "逾期" if item.due_on is not None and item.due_on < today else "未完成"


def _item(item: MeetingActionItem, today: date) -> MinutesActionItem:
    return MinutesActionItem(
        item.text, item.owner, item.owner_person, item.due_on, _status(item, today),
        item.done_on, item.note,
    )  # fmt: skip


def minutes_document(
    m: JointMeeting, station: Station | None, today: date, _masked: bool
) -> MinutesData:
    items = [i for i in m.action_items if i.deleted_at is None]
    topics = [t for t in m.agenda if t.deleted_at is None]
    return MinutesData(
        issuer=(f"{station.county_bureau}{station.name}" if station else ""),
        title=m.title or TITLE,
        number=m.number or "",
        held_on=m.held_on,
        place=m.place,
        convener=m.convener,
        attendees=tuple(
            MinutesAttendee(a.organisation, a.name, a.title)
            for a in m.attendees
            if a.deleted_at is None
        ),
        topics=tuple(
            MinutesTopic(
                number,
                t.title,
                t.dispute.case_no if t.dispute is not None else "",
                t.decision,
                tuple(_item(i, today) for i in items if i.topic_id == t.id),
            )
            for number, t in enumerate(topics, start=1)
        ),
        other_items=tuple(_item(i, today) for i in items if i.topic_id is None),
        signed_on=m.held_on,
    )
