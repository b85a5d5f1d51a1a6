"""Joint meetings as the window shows them: the list, one meeting's form filled from the record,
the topics and items on a case's page, and an action item marked done (or not)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from lijiabu_desk.models import JointMeeting, MeetingActionItem, MeetingTopic
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.meetings.entry import (
    AttendeeInput,
    ItemInput,
    MeetingInput,
    TopicInput,
    load_meeting,
)
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import check_not_future, parse_date


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: date
    title: str
    place: str
    units: str
    topics: int
    open_items: int
    overdue_items: int
    number: str


@dataclass(frozen=True)
class ItemLine:
    id: int
    meeting_id: int
    held_on: date
    topic: str
    text: str
    owner: str
    due_on: date | None
    done_on: date | None
    note: str

    def status(self, today: date) -> str:
        if self.done_on is not None:
            return "已完成"
        if self.due_on is not None and self.due_on < today:
            return "逾期"
        return "未完成"


def _items_line(item: MeetingActionItem, held_on: date) -> ItemLine:
    owner = "".join(part for part in (item.owner, item.owner_person) if part)
    topic = item.topic.title if item.topic is not None else "其他事项"
    return ItemLine(
        item.id, item.meeting_id, held_on, topic, item.text, owner, item.due_on, item.done_on,
        item.note,
    )  # fmt: skip


def list_meetings(ctx: ServiceContext) -> list[MeetingRow]:
    today = ctx.today()
    with ctx.read() as session:
        meetings = session.scalars(
            select(JointMeeting)
            .where(JointMeeting.deleted_at.is_(None))
            .options(
                selectinload(JointMeeting.attendees),
                selectinload(JointMeeting.agenda),
                selectinload(JointMeeting.action_items),
            )
            .order_by(JointMeeting.held_on.desc(), JointMeeting.id.desc())
        ).all()
        rows = []
        for m in meetings:
            items = [i for i in m.action_items if i.deleted_at is None and i.done_on is None]
            overdue = [i for i in items if i.due_on is not None and i.due_on < today]
            units = "、".join(dict.fromkeys(a.organisation for a in m.attendees if a.organisation))
            rows.append(
                MeetingRow(
                    m.id,
                    m.held_on,
                    m.title or m.place,
                    m.place,
                    units,
                    len([t for t in m.agenda if t.deleted_at is None]),
                    len(items),
                    len(overdue),
                    m.number or "",
                )
            )
        return rows


def load_meeting_form(ctx: ServiceContext, meeting_id: int) -> tuple[MeetingInput, list[ItemLine]]:
    """The form as saved, and every action item with its state (for marking them done)."""
    with ctx.read() as session:
        m = load_meeting(session, meeting_id)
        items = [i for i in m.action_items if i.deleted_at is None]

        def as_input(i: MeetingActionItem) -> ItemInput:
            due = i.due_on.isoformat() if i.due_on else ""
            return ItemInput(i.text, i.owner, i.owner_person, due, i.note, i.id)

        topics = tuple(
            TopicInput(
                t.title,
                t.decision,
                t.dispute_id,
                tuple(as_input(i) for i in items if i.topic_id == t.id),
            )
            for t in m.agenda
            if t.deleted_at is None
        )
        data = MeetingInput(
            held_on=m.held_on.isoformat(),
            place=m.place,
            title=m.title,
            convener=m.convener,
            attendees=tuple(
                AttendeeInput(a.organisation, a.name, a.title)
                for a in m.attendees
                if a.deleted_at is None
            ),
            topics=topics,
            other_items=tuple(as_input(i) for i in items if i.topic_id is None),
        )
        return data, [_items_line(i, m.held_on) for i in items]


@dataclass(frozen=True)
class CaseTopic:
    """A topic about a case, as its page shows it."""

    meeting_id: int
    held_on: date
    meeting: str
    title: str
    decision: str
    items: tuple[ItemLine, ...]


def meetings_for_dispute(ctx: ServiceContext, dispute_id: int) -> list[CaseTopic]:
    """The topics about this case (with their meeting) and their action items."""
    with ctx.read() as session:
        topics = session.scalars(
            select(MeetingTopic)
            .join(JointMeeting, JointMeeting.id == MeetingTopic.meeting_id)
            .where(
                MeetingTopic.dispute_id == dispute_id,
                MeetingTopic.deleted_at.is_(None),
                JointMeeting.deleted_at.is_(None),
            )
            .options(selectinload(MeetingTopic.meeting))
            .order_by(JointMeeting.held_on)
        ).all()
        found = []
        for topic in topics:
            items = session.scalars(
                select(MeetingActionItem).where(
                    MeetingActionItem.topic_id == topic.id, MeetingActionItem.deleted_at.is_(None)
                )
            ).all()
            m = topic.meeting
            found.append(
                CaseTopic(
                    m.id,
                    m.held_on,
                    m.title or m.place,
                    topic.title,
                    topic.decision,
                    tuple(_items_line(i, m.held_on) for i in items),
                )
            )
        return found


def mark_item_done(ctx: ServiceContext, item_id: int, done_on: str = "", note: str = "") -> None:
    """An action item carried out on ``done_on`` (today when empty); ``reopen_item`` takes it
    back."""
    day = parse_date(done_on, field="done_on", label="完成日期") if done_on.strip() else ctx.today()
    check_not_future(day, today=ctx.today(), field="done_on", label="完成日期")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        item = session.get(MeetingActionItem, item_id)
        if item is None or item.deleted_at is not None:
            raise NotFoundError("找不到这个会议事项。")
        if day < item.meeting.held_on:
            raise ValidationError("完成日期不能早于会议日期。", "done_on")
        item.done_on = day
        if note.strip():
            item.note = note.strip()


def reopen_item(ctx: ServiceContext, item_id: int) -> None:
    with ctx.write(Permission.EDIT_RECORDS) as session:
        item = session.get(MeetingActionItem, item_id)
        if item is None or item.deleted_at is not None:
            raise NotFoundError("找不到这个会议事项。")
        item.done_on = None
