"""What every work queue returns: its count and, when asked, the rows that open its records.

One row type for all queues, so that the start page and a printed visit list lay them out alike:
the kind of record and its id (what opening it needs), a name, where (village and address), a
masked phone, the date that makes it due and a short reason in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.validation import mask_phone

#: How many rows a queue list returns unless told otherwise (the lists' page size).
ROW_LIMIT = 200


class RecordKind(StrEnum):
    """Which page a row opens."""

    PERSON = "person"
    HOUSEHOLD = "household"
    DISPUTE = "dispute"
    CALL = "call"
    MEETING = "meeting"


@dataclass(frozen=True)
class QueueRow:
    kind: RecordKind
    record_id: int  # the person's, household's, case's or call's id
    name: str  # the person, the household's head, the case's parties, the caller
    village: str
    address: str
    phone: str  # masked (PIPL), as every list shows it; "" when none is known
    due_on: date | None  # the date that puts the row in the queue (None: never done)
    reason: str  # a short sentence part: "已过期", "从未走访", "还剩3天" …
    household_id: int | None = None  # the household a person row belongs to
    label: str = ""  # the case number of a case row


@dataclass(frozen=True)
class Queue:
    key: str
    count: int
    rows: tuple[QueueRow, ...] = ()  # empty unless rows were asked for


#: A queue's count on an open read session at a fixed day.
Counter = Callable[[Session, date], int]
#: A queue's rows (at most ``limit``) on an open read session at a fixed day.
Lister = Callable[[Session, date, int], list[QueueRow]]


def run_queue(
    ctx: ServiceContext,
    key: str,
    today: date,
    counter: Counter,
    lister: Lister,
    *,
    rows: bool,
    limit: int,
) -> Queue:
    """Count (and list, when ``rows``) in one read session: every role may read queues."""
    with ctx.read() as session:
        count = counter(session, today)
        found = tuple(lister(session, today, max(limit, 0))) if rows else ()
    return Queue(key, count, found)


def masked(*phones: str | None) -> str:
    """The first phone given, masked; "" when none."""
    for phone in phones:
        if phone:
            return mask_phone(phone)
    return ""


def place(village: str | None, group: str | None, house_no: str | None) -> str:
    """A household's address as the register's lists write it: 河湾村一社12号."""
    return f"{village or ''}{group or ''}{house_no or ''}"


def day_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
