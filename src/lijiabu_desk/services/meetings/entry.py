"""联席会议: a joint meeting as recorded — when, where, who convened it, the units and persons
who attended, the topics (each with the dispute it is about, if any, and the decision) and the
action items decided (what, which unit and person, by when). Saving replaces the whole record
as the form holds it; an item already done keeps its done date and note."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from lijiabu_desk.models import (
    Dispute,
    JointMeeting,
    MeetingActionItem,
    MeetingAttendee,
    MeetingTopic,
)
from lijiabu_desk.models.enums import DocumentKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import optional_date
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.numbering import allocate
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import check_not_future, parse_date, require_text

#: The units that usually sit at the table (offered in the form; any other may be typed).
UNITS = ("镇政府", "综治中心", "派出所", "司法所", "人民法庭", "村委会")


@dataclass(frozen=True)
class AttendeeInput:
    unit: str
    name: str
    title: str = ""


@dataclass(frozen=True)
class ItemInput:
    text: str
    owner: str = ""  # the unit
    owner_person: str = ""
    due_on: str = ""  # as typed
    note: str = ""
    item_id: int | None = None  # an item already saved (keeps its done date)


@dataclass(frozen=True)
class TopicInput:
    title: str
    decision: str = ""
    dispute_id: int | None = None
    items: tuple[ItemInput, ...] = ()


@dataclass(frozen=True)
class MeetingInput:
    held_on: str
    place: str
    title: str = ""
    convener: str = ""
    attendees: tuple[AttendeeInput, ...] = ()
    topics: tuple[TopicInput, ...] = ()
    other_items: tuple[ItemInput, ...] = field(default=())  # not under a topic


def load_meeting(session: Session, meeting_id: int) -> JointMeeting:
    meeting = session.get(JointMeeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise NotFoundError("找不到这次联席会议的记录，可能已被注销。")
    return meeting


def _item(
    data: ItemInput, where: str, earliest: date, kept: dict[int, MeetingActionItem]
) -> MeetingActionItem:
    text = require_text(data.text, field="items", label=f"{where}的事项", max_length=2000)
    due = optional_date(data.due_on, field="items", label=f"{where}的完成期限")
    if due is not None and due < earliest:
        raise ValidationError(f"{where}的完成期限早于会议日期，请核对。", "items")
    old = kept.get(data.item_id) if data.item_id is not None else None
    return MeetingActionItem(
        text=text,
        owner=column_text("meeting_action_items", "owner", data.owner.strip()),
        owner_person=column_text("meeting_action_items", "owner_person", data.owner_person.strip()),
        due_on=due,
        note=data.note.strip(),
        done_on=old.done_on if old is not None else None,
    )


def save_meeting(ctx: ServiceContext, data: MeetingInput, meeting_id: int | None = None) -> int:
    held = (
        parse_date(data.held_on, field="held_on", label="会议日期")
        if (data.held_on.strip())
        else ctx.today()
    )
    check_not_future(held, today=ctx.today(), field="held_on", label="会议日期")
    place = require_text(data.place, field="place", label="会议地点", max_length=200)
    if not [a for a in data.attendees if a.unit.strip()]:
        raise ValidationError("请填写参会单位和人员。", "attendees")
    if not [t for t in data.topics if t.title.strip()]:
        raise ValidationError("请至少写一个议题。", "topics")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        if meeting_id is None:
            meeting = JointMeeting(held_on=held)
            session.add(meeting)
            kept: dict[int, MeetingActionItem] = {}
        else:
            meeting = load_meeting(session, meeting_id)
            kept = {i.id: i for i in meeting.action_items if i.deleted_at is None}
        meeting.held_on, meeting.place = held, place
        if meeting.number is None:  # the minutes' number, given once when first recorded
            meeting.number = allocate(session, DocumentKind.MEETING_MINUTES, held.year).text
        meeting.title = column_text("joint_meetings", "title", data.title.strip())
        meeting.convener = column_text("joint_meetings", "convener", data.convener.strip())
        attendees = [
            MeetingAttendee(
                organisation=column_text("meeting_attendees", "organisation", a.unit.strip()),
                name=column_text("meeting_attendees", "name", a.name.strip()),
                title=column_text("meeting_attendees", "title", a.title.strip()),
            )
            for a in data.attendees
            if a.unit.strip() or a.name.strip()
        ]
        topics: list[MeetingTopic] = []
        items: list[MeetingActionItem] = []
        for position, t in enumerate((t for t in data.topics if t.title.strip()), start=1):
            if t.dispute_id is not None:
                dispute = session.get(Dispute, t.dispute_id)
                if dispute is None or dispute.deleted_at is not None:
                    raise ValidationError(f"议题{position}关联的纠纷不存在，请重新选择。", "topics")
            topic = MeetingTopic(
                position=position,
                title=column_text("meeting_topics", "title", t.title.strip()),
                dispute_id=t.dispute_id,
                decision=t.decision.strip(),
            )
            topics.append(topic)
            for item in t.items:
                if item.text.strip():
                    made = _item(item, f"议题{position}", held, kept)
                    made.topic = topic
                    items.append(made)
        for item in data.other_items:
            if item.text.strip():
                items.append(_item(item, "其他事项", held, kept))
        # The old rows go first: a topic keeps its place (a unique position) in the new list.
        meeting.attendees, meeting.agenda, meeting.action_items = [], [], []
        session.flush()
        meeting.attendees, meeting.agenda, meeting.action_items = attendees, topics, items
        session.flush()
        return meeting.id
