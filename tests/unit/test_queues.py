"""All the work queues together: ``queue_counts`` on a small post with something in every queue
and something just outside it; stable keys and Chinese labels; every role may read them; and
counting loads no records (its cost does not grow with the register)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from lijiabu_desk.models import Base
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.queues import QUEUE_LABELS, QUEUES, queue_counts
from tests.conftest import FakeClock
from tests.queue_setup import TODAY, Town, fill_every_queue, make_town

KEYS = [
    "id_cards_due",
    "disputes_due",
    "follow_ups_due",
    "judicial_windows",
    "open_calls",
    "households_not_visited",
    "households_without_card",
    "elders_alone_unvisited",
    "meeting_items_open",
]


@pytest.fixture
def desk(db: Database, clock: FakeClock) -> ServiceContext:
    assert clock.now.date() == TODAY
    return ServiceContext(db, SETUP_ACTOR, clock)


@pytest.fixture
def town(desk: ServiceContext) -> Town:
    town = make_town(desk)
    fill_every_queue(desk, town, 1)
    return town


def test_every_queue_counts_its_one_record_inside_and_not_the_one_outside(desk, town) -> None:
    counts = queue_counts(desk, TODAY)
    assert counts == {
        "id_cards_due": 1,
        "disputes_due": 1,
        "follow_ups_due": 1,
        "judicial_windows": 1,
        "open_calls": 1,
        "households_not_visited": 1,  # HW0004, last visited 400 days ago
        "households_without_card": 1,
        "elders_alone_unvisited": 1,
        "meeting_items_open": 1,
    }


def test_the_counts_are_each_queues_own(desk, town) -> None:
    counts = queue_counts(desk, TODAY)
    for key, queue in QUEUES.items():
        found = queue(desk, TODAY, rows=True)
        assert (found.key, found.count, len(found.rows)) == (key, counts[key], counts[key])


def test_keys_are_stable_and_every_queue_has_a_chinese_label() -> None:
    assert list(QUEUE_LABELS) == KEYS and list(QUEUES) == KEYS
    for label in QUEUE_LABELS.values():
        assert label and not label.isascii()


@pytest.mark.parametrize("role", list(AccountRole))
def test_every_role_reads_the_queues(db, desk, town, role: AccountRole) -> None:
    ctx = ServiceContext(db, Actor(f"user_{role.value}", role), desk.clock)
    assert queue_counts(ctx, TODAY) == queue_counts(desk, TODAY)
    assert QUEUES["id_cards_due"](ctx, TODAY, rows=True).rows


@contextmanager
def _loads() -> Iterator[list[object]]:
    """Every ORM object loaded while the block runs."""
    loaded: list[object] = []

    def note(target: object, _context: object) -> None:
        loaded.append(target)

    event.listen(Base, "load", note, propagate=True)
    try:
        yield loaded
    finally:
        event.remove(Base, "load", note)


def test_counting_loads_no_more_records_when_the_register_grows(desk, town) -> None:
    """Only the cards' rule reads a household and its officer per village; nothing grows with
    the people, households, cases or calls."""
    with _loads() as before:
        small = queue_counts(desk, TODAY)
    for first in range(100, 1100, 100):
        fill_every_queue(desk, town, first)
    with _loads() as after:
        large = queue_counts(desk, TODAY)
    assert large == {key: n * 11 for key, n in small.items()}
    assert len(after) == len(before) <= 6
