"""The start page's counts (issue #14): counted by hand on a small register, and read through
indexes, never by walking every person."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event

from lijiabu_desk.models import Household, Person, Village
from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.overview import load_overview
from lijiabu_desk.services.queue_labels import QUEUE_LABELS
from lijiabu_desk.services.queues import COUNTERS, QUEUES

TODAY = date(2026, 11, 28)


def register(ctx: ServiceContext) -> None:
    """Two households (one retired) and seven people:

    in household A: 甲 (active, card expired), 乙 (active, card due in 30 days), 丙 (moved away,
    card expired: not counted as due), 丁 (active, retired record: not counted at all);
    in household B: 戊 (active, card valid for years);
    without a household: 己 (active, card due in 60 days), 庚 (deceased, no card).
    """
    with ctx.write() as s:
        village = Village(name="河湾村")
        a = Household(household_no="HW0001", village=village)
        b = Household(household_no="HW0002", village=village)
        gone = Household(household_no="HW0003", village=village, deleted_at=datetime(2026, 1, 1))
        active = ResidentStatus.ACTIVE
        s.add_all([village, a, b, gone])
        s.add_all(
            [
                Person(name="甲", household=a, status=active, id_expiry_date=date(2026, 10, 1)),
                Person(name="乙", household=a, status=active, id_expiry_date=date(2026, 12, 28)),
                Person(
                    name="丙",
                    household=a,
                    status=ResidentStatus.MOVED_AWAY,
                    id_expiry_date=date(2026, 1, 1),
                ),
                Person(
                    name="丁",
                    household=a,
                    status=active,
                    id_expiry_date=date(2026, 1, 1),
                    deleted_at=datetime(2026, 2, 1),
                ),
                Person(name="戊", household=b, status=active, id_expiry_date=date(2040, 1, 1)),
                Person(name="己", status=active, id_expiry_date=date(2027, 1, 27)),
                Person(name="庚", status=ResidentStatus.DECEASED),
            ]
        )


def test_the_overview_counts_by_hand(ctx: ServiceContext) -> None:
    register(ctx)
    with ctx.read() as session:
        shown = load_overview(session, today=TODAY)
    assert shown.villages == 1
    assert shown.households == 2  # HW0003 retired
    assert shown.residents == 3  # 甲 乙 戊: active, in a household, not retired
    assert shown.outsiders == 2  # 己 庚: without a household, whatever their status
    assert shown.id_cards_expiring == 3  # 甲 expired, 乙 and 己 within 92 days


def test_no_count_walks_the_register(ctx: ServiceContext) -> None:
    """Every statement the overview runs, asked of SQLite's planner: no person count reads the
    rows of every resident. ``SCAN persons`` reads them all, and so does a search through the
    people list's index (status, deleted_at), which holds every resident, unless the index
    alone answers (COVERING); the few people without a household or with a card running out
    are found through their own indexes."""
    register(ctx)
    statements: list[tuple[str, Any]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:
        statements.append((statement, parameters))

    engine = ctx.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with ctx.read() as session:
            load_overview(session, today=TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    counts = [(sql, args) for sql, args in statements if "count(" in sql.lower()]
    assert len(counts) >= 13  # each of the overview's counts was seen
    plans: dict[str, list[str]] = {}
    with ctx.db.engine.connect() as conn:
        for sql, args in counts:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", args).fetchall()
            plans[sql] = [row[3] for row in rows]
    person_counts = {sql: plan for sql, plan in plans.items() if "FROM persons" in sql}
    assert len(person_counts) == 4  # in the register, without a household (twice), cards
    for sql, plan in person_counts.items():
        assert not any(step.startswith("SCAN persons") for step in plan), (sql, plan)
        walks = [s for s in plan if "ix_persons_list_order" in s and "COVERING" not in s]
        assert not walks, (sql, plan)
        assert any("INDEX" in step for step in plan), (sql, plan)


def test_the_start_page_labels_name_every_queue() -> None:
    """The labels the start page lays out before anything is counted, and the queues that
    count: the same keys in the same order."""
    assert list(QUEUE_LABELS) == list(QUEUES) == list(COUNTERS)
