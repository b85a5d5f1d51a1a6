"""The day's work queues (issue #12): what must not be forgotten today, each with a count and a
list that opens its records.

Each queue is one function ``queue(ctx, today, *, rows=False, limit=200) -> Queue`` over a
fixed ``today``, so that it can be tested at a fixed date and used by the statistics; the
start page asks ``queue_counts`` for every count at once, in one read session, as plain SQL
counts that load no records. Keys are stable English words (scripts and the county's overview
read them, e.g. ``lijiabu-desk queues --json``); ``QUEUE_LABELS`` holds the Chinese (in
``services.queue_labels``, which the start page imports without the queries).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.queue_labels import QUEUE_LABELS  # each queue's label, in order
from lijiabu_desk.services.queues import calls, cards, cases, households, meetings, people
from lijiabu_desk.services.queues.calls import OPEN_CALLS, open_calls
from lijiabu_desk.services.queues.cards import HOUSEHOLDS_WITHOUT_CARD, households_without_card
from lijiabu_desk.services.queues.cases import (
    DISPUTES_DUE,
    FOLLOW_UPS_DUE,
    JUDICIAL_WINDOWS,
    disputes_due,
    follow_ups_due,
    judicial_windows,
)
from lijiabu_desk.services.queues.common import ROW_LIMIT, Counter, Queue, QueueRow, RecordKind
from lijiabu_desk.services.queues.households import (
    ELDERS_ALONE_UNVISITED,
    HOUSEHOLDS_NOT_VISITED,
    elders_alone_unvisited,
    households_not_visited,
)
from lijiabu_desk.services.queues.meetings import MEETING_ITEMS_OPEN, meeting_items_open
from lijiabu_desk.services.queues.people import ID_CARDS_DUE, id_cards_due

__all__ = [
    "COUNTERS",
    "QUEUES",
    "QUEUE_LABELS",
    "ROW_LIMIT",
    "Queue",
    "QueueRow",
    "RecordKind",
    "queue_counts",
]

QueueFunction = Callable[..., Queue]

#: Each queue's function (``(ctx, today, *, rows=False, limit=ROW_LIMIT) -> Queue``).
QUEUES: dict[str, QueueFunction] = {
    ID_CARDS_DUE: id_cards_due,
    DISPUTES_DUE: disputes_due,
    FOLLOW_UPS_DUE: follow_ups_due,
    JUDICIAL_WINDOWS: judicial_windows,
    OPEN_CALLS: open_calls,
    HOUSEHOLDS_NOT_VISITED: households_not_visited,
    HOUSEHOLDS_WITHOUT_CARD: households_without_card,
    ELDERS_ALONE_UNVISITED: elders_alone_unvisited,
    MEETING_ITEMS_OPEN: meeting_items_open,
}

#: Each queue's count on an open session: what ``queue_counts`` runs.
COUNTERS: dict[str, Counter] = {
    ID_CARDS_DUE: people.count_id_cards_due,
    DISPUTES_DUE: cases.count_disputes_due,
    FOLLOW_UPS_DUE: cases.count_follow_ups_due,
    JUDICIAL_WINDOWS: cases.count_judicial_windows,
    OPEN_CALLS: calls.count_open_calls,
    HOUSEHOLDS_NOT_VISITED: households.count_households_not_visited,
    HOUSEHOLDS_WITHOUT_CARD: cards.count_households_without_card,
    ELDERS_ALONE_UNVISITED: households.count_elders_alone_unvisited,
    MEETING_ITEMS_OPEN: meetings.count_meeting_items_open,
}


def queue_counts(ctx: ServiceContext, today: date) -> dict[str, int]:
    """Every queue's count at ``today``, keyed and ordered as ``QUEUE_LABELS``."""
    with ctx.read() as session:
        return {key: COUNTERS[key](session, today) for key in QUEUE_LABELS}
