"""联席会议事项: action items decided at joint meetings and not yet done, overdue first, then by
their time limit; an item without a time limit comes last."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import JointMeeting, MeetingActionItem
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.queues.common import ROW_LIMIT, Queue, QueueRow, RecordKind, run_queue

MEETING_ITEMS_OPEN = "meeting_items_open"


def _open() -> tuple[ColumnElement[bool], ...]:
    return (
        MeetingActionItem.deleted_at.is_(None),
        MeetingActionItem.done_on.is_(None),
        JointMeeting.deleted_at.is_(None),
    )


def count_meeting_items_open(session: Session, today: date) -> int:
    stmt = (
        select(func.count(MeetingActionItem.id))
        .join(JointMeeting, JointMeeting.id == MeetingActionItem.meeting_id)
        .where(*_open())
    )
    return int(session.scalar(stmt) or 0)


def due_words(due: date | None, today: date) -> str:
    if due is None:
        return "未定期限"
    days = (due - today).days
    if days < 0:
        return f"逾期{-days}天"
    return "今天到期" if days == 0 else f"还有{days}天"


def _short(text: str, limit: int = 40) -> str:
    """The item's first line for a list row; a longer one ends in "…" (the list says so)."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def list_meeting_items_open(session: Session, today: date, limit: int) -> list[QueueRow]:
    found = session.execute(
        select(MeetingActionItem, JointMeeting.held_on, JointMeeting.title, JointMeeting.place)
        .join(JointMeeting, JointMeeting.id == MeetingActionItem.meeting_id)
        .where(*_open())
        .order_by(
            MeetingActionItem.due_on.is_(None), MeetingActionItem.due_on, MeetingActionItem.id
        )
        .limit(limit)
    )
    rows = []
    for item, held_on, title, place in found:
        owner = "".join(p for p in (item.owner, item.owner_person) if p)
        rows.append(
            QueueRow(
                kind=RecordKind.MEETING,
                record_id=item.meeting_id,
                name=owner or "（未定责任单位）",
                village="",
                address=f"{held_on:%Y-%m-%d} {title or place}",
                phone="",
                due_on=item.due_on,
                reason=f"{due_words(item.due_on, today)}：{_short(item.text)}",
            )
        )
    return rows


def meeting_items_open(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """Joint-meeting action items not yet done."""
    return run_queue(
        ctx,
        MEETING_ITEMS_OPEN,
        today,
        count_meeting_items_open,
        list_meeting_items_open,
        rows=rows,
        limit=limit,
    )
