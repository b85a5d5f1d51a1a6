"""The start page's work queues (issue #12): every queue's count at once, and the queues' lists.

Data: the cached township (``township.township_db()``: 30,000 households, ~127,000 people, with
the demo's visits, cards, calls and cases), on the bench's fixed day, which is the demo's today.

Targets (issue): the start page with all queue counts loads in < 300 ms and within 3× the bare
SQL counts; a queue list opens in < 200 ms.

* **Counts**: ``queue_counts(ctx, today)`` — what the start page asks for (one read session,
  eight counts). Baseline: the eight bare ``SELECT count(*)`` through ``sqlite3`` on the same
  file with the same conditions written by hand; the card queue's "current" rule (the village's
  responsible officer, else the chief; the numbers printed on the latest card) is written as SQL
  there, where the service judges a few dozen groups with ``cards.who.card_state``. The bare
  counts are checked once against the service's (a NOTE is printed if they differ). Limit 3×.
* **The ID list** (the one printed as a visit list): ``id_cards_due(ctx, today, rows=True)`` —
  its count and first 200 rows, what opening the list costs. Baseline: the bare count and the
  bare SELECT of the same 200 rows with the same joins. Target < 200 ms; the ratio limit is the
  bench's own 5×, as for the people list's scroll block (200 ``Person`` objects through the ORM).
* **Every list**: each queue with ``rows=True`` (limit 200), printed; the slowest is held to the
  200 ms target (no ratio: most have no single bare equivalent worth writing twice).

Medians of ``--repeats`` interleaved runs (subject and baseline alternate, so that load elsewhere
hits both alike).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from township import (
    bare_connection,
    bench_clock,
    median,
    open_township,
    time_call,
    township_db,
    verdict,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.queues import QUEUES, ROW_LIMIT, queue_counts
from lijiabu_desk.services.queues.people import id_cards_due

TARGET_COUNTS_MS = 300.0
TARGET_LIST_MS = 200.0
COUNTS_RATIO_LIMIT = 3.0
LIST_RATIO_LIMIT = 5.0  # the bench's own bound, as bench_people_list's scroll block

# The card queue's rule in SQL: each village's expected officer and the station's numbers.
EXPECTED_CARD = """
    WITH chief AS (
        SELECT id FROM officers
        WHERE role = 'chief' AND active = 1 AND deleted_at IS NULL ORDER BY id LIMIT 1),
    expected AS (
        SELECT v.id AS village_id, o.id AS officer_id, o.badge_no, o.phone
        FROM villages v JOIN officers o ON o.id = coalesce(
            (SELECT r.id FROM officers r WHERE r.id = v.responsible_officer_id
                AND r.active = 1 AND r.deleted_at IS NULL),
            (SELECT id FROM chief))),
    station AS (
        SELECT duty_phone, chief_phone, anti_fraud_phone FROM stations
        WHERE deleted_at IS NULL ORDER BY id LIMIT 1)"""

BARE_COUNTS = {
    "id_cards_due": """
        SELECT count(*) FROM persons WHERE deleted_at IS NULL AND +status = 'active'
        AND id_long_term = 0 AND id_expiry_date <= :horizon""",
    "disputes_due": """
        SELECT count(*) FROM disputes WHERE deleted_at IS NULL
        AND status IN ('registered', 'mediating') AND deadline <= :warn""",
    "follow_ups_due": """
        SELECT count(*) FROM disputes d WHERE d.deleted_at IS NULL AND d.status != 'closed'
        AND EXISTS (SELECT 1 FROM follow_ups f JOIN agreements a ON a.id = f.agreement_id
            WHERE a.dispute_id = d.id AND f.deleted_at IS NULL AND f.visited_on IS NULL
            AND f.due_on <= :today)""",
    "judicial_windows": """
        SELECT count(*) FROM agreements a JOIN disputes d ON d.id = a.dispute_id
        WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL AND a.kind = 'peoples_mediation'
        AND a.judicial_confirmation = 1 AND a.signed_on BETWEEN :signed_from AND :signed_to""",
    "open_calls": """
        SELECT count(*) FROM service_calls WHERE deleted_at IS NULL AND completed_at IS NULL""",
    "households_not_visited": """
        SELECT count(*) FROM households h WHERE h.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM home_visits v WHERE v.household_id = h.id
            AND v.deleted_at IS NULL AND v.visit_date BETWEEN :year_start AND :today)""",
    "households_without_card": EXPECTED_CARD
    + """
        SELECT count(*) FROM households h
        LEFT JOIN contact_cards c ON c.id = (
            SELECT c2.id FROM contact_cards c2 WHERE c2.household_id = h.id
            AND c2.deleted_at IS NULL ORDER BY c2.issued_on DESC, c2.id DESC LIMIT 1)
        LEFT JOIN expected e ON e.village_id = h.village_id
        LEFT JOIN station s
        WHERE h.deleted_at IS NULL AND NOT coalesce(
            c.officer_id = e.officer_id AND c.printed_badge_no = e.badge_no
            AND c.printed_officer_phone = e.phone AND c.printed_duty_phone = s.duty_phone
            AND c.printed_chief_phone = s.chief_phone
            AND c.printed_anti_fraud_phone = s.anti_fraud_phone, 0)""",
    "elders_alone_unvisited": """
        SELECT count(*) FROM households h WHERE h.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM household_tags t WHERE t.household_id = h.id
            AND t.deleted_at IS NULL AND t.tag IN ('空巢老人', '独居'))
        AND NOT EXISTS (SELECT 1 FROM home_visits v WHERE v.household_id = h.id
            AND v.deleted_at IS NULL AND v.visit_date BETWEEN :elder_since AND :today)""",
}

BARE_ID_ROWS = """
    SELECT p.id, p.name, p.phone, p.id_expiry_date, p.id_long_term, p.needs_home_service,
           p.home_service_reason, p.household_id, p.address, h.phone, h.phone2,
           h.household_no, h.house_no, v.name, g.name
    FROM persons p
    LEFT JOIN households h ON h.id = p.household_id
    LEFT JOIN villages v ON v.id = h.village_id
    LEFT JOIN village_groups g ON g.id = h.group_id
    WHERE p.deleted_at IS NULL AND +p.status = 'active' AND p.id_long_term = 0
      AND p.id_expiry_date <= :horizon
    ORDER BY p.needs_home_service DESC, p.id_expiry_date, p.id LIMIT :limit"""


def parameters(today: date) -> dict[str, object]:
    closes_today = today - timedelta(days=30)
    return {
        "today": today.isoformat(),
        "horizon": (today + timedelta(days=92)).isoformat(),
        "warn": (today + timedelta(days=5)).isoformat(),
        "signed_from": closes_today.isoformat(),
        "signed_to": (closes_today + timedelta(days=7)).isoformat(),
        "year_start": date(today.year, 1, 1).isoformat(),
        "elder_since": (today - timedelta(days=30)).isoformat(),
        "limit": ROW_LIMIT,
    }


def bare_counts(conn: sqlite3.Connection, args: dict[str, object]) -> dict[str, int]:
    return {key: conn.execute(sql, args).fetchone()[0] for key, sql in BARE_COUNTS.items()}


def bare_id_list(conn: sqlite3.Connection, args: dict[str, object]) -> tuple[int, list[int]]:
    count = conn.execute(BARE_COUNTS["id_cards_due"], args).fetchone()[0]
    return count, [row[0] for row in conn.execute(BARE_ID_ROWS, args)]


def run(repeats: int = 15) -> list[str]:
    print("work queues — the start page's counts and the queue lists")
    today = bench_clock().date()
    args = parameters(today)
    db, ctx = open_township()
    times: dict[str, list[float]] = {"counts": [], "bare counts": [], "id": [], "bare id": []}
    lists: dict[str, list[float]] = {key: [] for key in QUEUES}
    try:
        with closing(bare_connection(township_db())) as conn:
            counts = queue_counts(ctx, today)  # warm up, and check the baselines once
            if bare_counts(conn, args) != counts:
                print(f"  NOTE: bare counts {bare_counts(conn, args)} differ from {counts}")
            queue = id_cards_due(ctx, today, rows=True)
            if bare_id_list(conn, args) != (queue.count, [r.record_id for r in queue.rows]):
                print("  NOTE: the bare ID list differs from id_cards_due's rows")
            for _ in range(repeats):  # interleaved
                times["counts"].append(time_call(lambda: queue_counts(ctx, today), 1))
                times["bare counts"].append(time_call(lambda: bare_counts(conn, args), 1))
                times["id"].append(time_call(lambda: _id_list(ctx, today), 1))
                times["bare id"].append(time_call(lambda: bare_id_list(conn, args), 1))
                for key, queue_of in QUEUES.items():
                    lists[key].append(time_call(lambda q=queue_of: q(ctx, today, rows=True), 1))
    finally:
        db.close()
    ms = {k: 1000 * median(v) for k, v in times.items()}
    list_ms = {k: 1000 * median(v) for k, v in lists.items()}
    print(f"  day {today}; median of {repeats} interleaved runs")
    for key, count in counts.items():
        print(f"    {key:<26} {count:>7,}   list (count + {ROW_LIMIT} rows) {list_ms[key]:7.1f} ms")
    print(f"  queue_counts (all eight)       {ms['counts']:7.1f} ms")
    print(f"  bare counts (sqlite3)          {ms['bare counts']:7.1f} ms")
    print(f"  id_cards_due list              {ms['id']:7.1f} ms")
    print(f"  bare count + {ROW_LIMIT} rows (sqlite3) {ms['bare id']:7.1f} ms")
    slowest = max(list_ms, key=lambda k: list_ms[k])
    ok = list_ms[slowest] < TARGET_LIST_MS
    return [
        verdict(
            "work queue counts (start page)",
            f"{ms['counts']:.1f} ms vs bare {ms['bare counts']:.1f} ms",
            f"<{TARGET_COUNTS_MS:g} ms",
            ms["counts"] / ms["bare counts"],
            COUNTS_RATIO_LIMIT,
            ms["counts"] < TARGET_COUNTS_MS,
        ),
        verdict(
            f"work queue list id_cards_due ({ROW_LIMIT} rows)",
            f"{ms['id']:.1f} ms vs bare {ms['bare id']:.1f} ms",
            f"<{TARGET_LIST_MS:g} ms, ratio: bench's own bound",
            ms["id"] / ms["bare id"],
            LIST_RATIO_LIMIT,
            ms["id"] < TARGET_LIST_MS,
        ),
        f"work queue lists, slowest ({slowest}): {list_ms[slowest]:.1f} ms "
        f"(<{TARGET_LIST_MS:g} ms) {'OK' if ok else 'OVER'}",
    ]


def _id_list(ctx: ServiceContext, today: date) -> int:
    return len(id_cards_due(ctx, today, rows=True).rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15, help="timed runs (median)")
    args = parser.parse_args()
    lines = run(args.repeats)
    print()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
