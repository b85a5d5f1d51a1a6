"""A year's statistics report (issue #15) on a township with ten years of records.

Data (self-contained, built once into ``bench/.cache/statistics-<seed>-<schema head>.sqlite3``,
under a temporary name until complete): a migrated database filled through SQLAlchemy Core
(no audit, one transaction a table) with a station, six officers, 30 villages of 1,000
households, one person each, and ten years (2016–2025) of records: ~1,200 cases a year (sittings,
agreements with terms, ~3 % supplements, follow-up visits, failures, referrals, 1 % retired),
6,000 calls a year, 25,000 home visits a year (a fifth installing the app), 500 ID renewals a
year, ~1.6 contact cards a household and 60 outreach events a year. ~140 MiB; ~30 s to build.

* **Subject**: ``build_report(ctx, year(2025))`` — every figure and series of the year, as the
  statistics screen, the PDF and the .xlsx read it (one read session).
* **Baseline**: one bare SQL aggregate per table through ``sqlite3`` on the same file, on the same
  year: cases by category, sittings, agreements signed, the terms' amounts, referrals, follow-up
  visits by state, calls by kind, home visits, app installs on visits, renewals delivered, cards
  issued, live households, outreach events.

Target (issue): under 500 ms and within 3× the baseline. Medians of ``--repeats`` interleaved
runs (subject and baseline alternate). Also printed: the report's parts timed alone, and the
card figure's bare equivalent (households whose latest card by the year's end is missing or
out of date, the work queue's rule written as SQL, as ``bench_queues`` does): no per-table
aggregate does that per-household work, so the ratio is shown a second time with it added to
the baseline. Reports, never gates: exits 0 when a target is missed. ``--profile``: cProfile.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / ".cache"
os.environ.setdefault("LIJIABU_SETTINGS_DIR", str(CACHE_DIR / "settings"))

from sqlalchemy import insert  # noqa: E402

from lijiabu_desk import models as m  # noqa: E402
from lijiabu_desk.db.engine import create_engine_for  # noqa: E402
from lijiabu_desk.db.migrate import head_revision  # noqa: E402
from lijiabu_desk.models import enums as e  # noqa: E402
from lijiabu_desk.services.actor import SETUP_ACTOR  # noqa: E402
from lijiabu_desk.services.context import ServiceContext  # noqa: E402
from lijiabu_desk.services.database import open_database  # noqa: E402
from lijiabu_desk.services.statistics import build_report, year  # noqa: E402

SEED = 15
YEARS = range(2016, 2026)
REPORT_YEAR = 2025
VILLAGES, HOMES_PER_VILLAGE = 30, 1_000
CASES, CALLS, VISITS, RENEWALS, EVENTS = 1_200, 6_000, 25_000, 500, 60  # a year
TARGET_MS, RATIO_LIMIT = 500.0, 3.0
NOW = datetime(2026, 6, 1, 9, 0)
DUTY, CHIEF = "0932-8123456", "13909320001"
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how the ORM stores a time: the bare queries compare with it

BARE = {
    "disputes": "SELECT category, count(*) FROM disputes WHERE deleted_at IS NULL "
    "AND received_at >= :t0 AND received_at < :t1 GROUP BY category",
    "mediation_sessions": "SELECT count(*) FROM mediation_sessions WHERE deleted_at IS NULL "
    "AND held_at >= :t0 AND held_at < :t1",
    "agreements": "SELECT form, count(*) FROM agreements WHERE deleted_at IS NULL "
    "AND status = 'signed' AND signed_on BETWEEN :d0 AND :d1 GROUP BY form",
    "agreement_terms": "SELECT sum(t.amount_fen) FROM agreement_terms t JOIN agreements a "
    "ON a.id = t.agreement_id WHERE a.signed_on BETWEEN :d0 AND :d1",
    "referrals": "SELECT count(*) FROM referrals WHERE deleted_at IS NULL "
    "AND referred_on BETWEEN :d0 AND :d1",
    "follow_ups": "SELECT visited_on IS NULL, count(*) FROM follow_ups WHERE deleted_at IS NULL "
    "AND due_on BETWEEN :d0 AND :d1 GROUP BY 1",
    "service_calls": "SELECT kind, count(*) FROM service_calls WHERE deleted_at IS NULL "
    "AND received_at >= :t0 AND received_at < :t1 GROUP BY kind",
    "home_visits": "SELECT count(*) FROM home_visits WHERE deleted_at IS NULL "
    "AND visit_date BETWEEN :d0 AND :d1",
    "home_visit_people": "SELECT count(*) FROM home_visit_people p JOIN home_visits v "
    "ON v.id = p.visit_id WHERE p.app_installed = 1 AND v.visit_date BETWEEN :d0 AND :d1",
    "id_renewals": "SELECT count(*) FROM id_renewals WHERE deleted_at IS NULL "
    "AND delivered_on BETWEEN :d0 AND :d1",
    "contact_cards": "SELECT count(*) FROM contact_cards WHERE deleted_at IS NULL "
    "AND issued_on BETWEEN :d0 AND :d1",
    "households": "SELECT count(*) FROM households WHERE deleted_at IS NULL",
    "outreach_events": "SELECT count(*), sum(people_reached) FROM outreach_events "
    "WHERE deleted_at IS NULL AND held_on BETWEEN :d0 AND :d1",
}


def cache_path() -> Path:
    return CACHE_DIR / f"statistics-s{SEED}-{head_revision()}.sqlite3"


# --- the data ---------------------------------------------------------------------------------


def _moment(rng: random.Random, y: int) -> datetime:
    start = datetime(y, 1, 1, 7, 0)
    return start + timedelta(days=rng.randrange(365), minutes=rng.randrange(14 * 60))


Rows = dict[Any, list[dict[str, Any]]]


def _table(columns: str, values: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Rows for a Core insert: ``columns`` names each tuple's values, in order."""
    names = columns.split()
    return [dict(zip(names, v, strict=True)) for v in values]


def _people(rng: random.Random) -> Rows:
    homes = range(1, VILLAGES * HOMES_PER_VILLAGE + 1)
    cards = []
    for h in homes:
        officer = 1 + (1 + (h - 1) % VILLAGES) % 6
        for n in range(rng.choice((0, 1, 2, 2, 3))):
            stale = n == 0 and rng.random() < 0.5  # the oldest card, half the time out of date
            phone = "1" if stale else f"1390932{officer:04d}"
            day = _moment(rng, rng.choice(YEARS)).date()
            cards.append((h, officer, day, f"6200{officer:02d}", phone, DUTY, CHIEF, "96110"))
    officers = [(i, f"民警{i}", f"6200{i:02d}", f"1390932{i:04d}", e.OfficerRole.CHIEF if i == 1
                 else e.OfficerRole.OFFICER) for i in range(1, 7)]  # fmt: skip
    return {
        m.Station: _table("id name duty_phone chief_phone", [(1, "李家堡派出所", DUTY, CHIEF)]),
        m.Officer: _table("id name badge_no phone role", officers),
        m.Village: _table(
            "id name responsible_officer_id",
            [(v, f"第{v}村", 1 + v % 6) for v in range(1, VILLAGES + 1)],
        ),
        m.Household: _table(
            "id household_no village_id", [(h, f"H{h:06d}", 1 + (h - 1) % VILLAGES) for h in homes]
        ),
        m.Person: _table(
            "id name household_id relation", [(h, f"户主{h}", h, e.Relation.HEAD) for h in homes]
        ),
        m.ContactCard: _table(
            "household_id officer_id issued_on printed_badge_no printed_officer_phone "
            "printed_duty_phone printed_chief_phone printed_anti_fraud_phone",
            cards,
        ),
    }


def _cases(rng: random.Random) -> Rows:
    cases, sittings, agreements, terms, visits, referrals = [], [], [], [], [], []
    categories, sources = list(e.DisputeCategory), list(e.DisputeSource)
    for y in YEARS:
        for seq in range(1, CASES + 1):
            case_id, received = len(cases) + 1, _moment(rng, y)
            village = None if rng.random() < 0.1 else rng.randint(1, VILLAGES)
            place = e.PlaceKind.VILLAGE if village else e.PlaceKind.MARKET
            fate = rng.random()  # < .75 settled, < .87 failed, the rest open or referred
            failed = "分歧大" if 0.75 <= fate < 0.87 else ""
            retired = NOW if rng.random() < 0.01 else None
            cases.append((case_id, f"（{y}）安李纠字第{seq}号", y, seq, rng.choice(categories),
                          rng.choice(sources), place, village, received, received.date(),
                          rng.random() < 0.05, rng.random() < 0.02, failed, retired))  # fmt: skip
            last = received
            for _ in range(0 if fate > 0.95 else rng.randint(1, 3)):
                last += timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 5))
                sittings.append((case_id, last))
            if fate < 0.75:
                signed = (last + timedelta(days=rng.randint(0, 10))).date()
                form = e.AgreementForm.ORAL if rng.random() < 0.25 else e.AgreementForm.WRITTEN
                first = len(agreements) + 1
                for n, supplement in enumerate((None, first) if rng.random() < 0.03 else (None,)):
                    agreement_id = len(agreements) + 1
                    agreements.append((agreement_id, case_id, form, signed + timedelta(30 * n),
                                       supplement))  # fmt: skip
                    for position in range(1, rng.randint(1, 3) + 1):
                        amount = rng.randint(100, 500_000) * 100 if rng.random() < 0.6 else None
                        terms.append((agreement_id, position, amount))
                for due in (15, 45):
                    made = signed + timedelta(due + rng.randint(-3, 10))
                    visits.append(
                        (first, signed + timedelta(due), made if rng.random() < 0.9 else None)
                    )
            elif fate < 0.9 and rng.random() < 0.5:
                referrals.append((case_id, (last + timedelta(days=3)).date()))
    peoples, signed_status = e.AgreementKind.PEOPLES_MEDIATION, e.AgreementStatus.SIGNED
    return {
        m.Dispute: _table(
            "id case_no year seq category source place_kind village_id received_at deadline "
            "prevented_crime prevented_petition failure_reason deleted_at",
            cases,
        ),
        m.MediationSession: _table("dispute_id held_at", sittings),
        m.Agreement: _table(
            "id dispute_id form signed_on supplements_id kind status",
            [(*a, peoples, signed_status) for a in agreements],
        ),
        m.AgreementTerm: _table(
            "agreement_id position amount_fen text", [(*t, "条款") for t in terms]
        ),
        m.FollowUp: _table("agreement_id due_on visited_on", visits),
        m.Referral: _table(
            "dispute_id referred_on target receiver",
            [(*r, e.ReferralTarget.COURT, "安定区人民法院") for r in referrals],
        ),
    }


def _service(rng: random.Random) -> Rows:
    calls, visits, people, renewals, events = [], [], [], [], []
    homes = VILLAGES * HOMES_PER_VILLAGE
    kinds, aims = list(e.CallKind), [*e.FiveSmallAim, None]
    for y in YEARS:
        for _ in range(CALLS):
            received = _moment(rng, y)
            arrived = received + timedelta(minutes=rng.randint(5, 90))
            arrived = arrived if rng.random() < 0.8 else None
            done = (arrived or received) + timedelta(minutes=rng.randint(10, 300))
            calls.append((received, rng.choice(kinds), rng.choice(aims), rng.randint(1, VILLAGES),
                          arrived, done if rng.random() < 0.95 else None,
                          NOW if rng.random() < 0.005 else None))  # fmt: skip
        for _ in range(VISITS):
            visit_id, home, app = len(visits) + 1, rng.randint(1, homes), rng.random() < 0.2
            visits.append((visit_id, home, _moment(rng, y).date(), app))
            if app:
                people.append((visit_id, home, True))
        for _ in range(RENEWALS):
            photo = _moment(rng, y).date()
            delivered = photo + timedelta(days=rng.randint(20, 40))
            renewals.append((rng.randint(1, homes), photo, delivered))
        for _ in range(EVENTS):
            events.append((_moment(rng, y).date(), "集市", rng.randint(20, 400),
                           rng.randint(0, 40), rng.choice([None, 1, 2, 3])))  # fmt: skip
    return {
        m.ServiceCall: _table(
            "received_at kind aim village_id arrived_at completed_at deleted_at", calls
        ),
        m.HomeVisit: _table("id household_id visit_date anti_fraud_app_installed", visits),
        m.HomeVisitPerson: _table("visit_id person_id app_installed", people),
        m.IdRenewal: _table("person_id photo_taken_on delivered_on", renewals),
        m.OutreachEvent: _table("held_on place people_reached apps_installed village_id", events),
    }


def statistics_db() -> Path:
    """The cached database, built first when missing."""
    path = cache_path()
    if path.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    building = CACHE_DIR / f"building-{path.name}"
    for leftover in CACHE_DIR.glob(f"{building.name}*"):
        leftover.unlink()
    print(f"building ten years of records into {path.name} (about half a minute) ...")
    started = time.perf_counter()
    open_database(building).close()  # migrated to the head
    rng = random.Random(SEED)
    rows = {**_people(rng), **_cases(rng), **_service(rng)}  # in the order of the foreign keys
    engine = create_engine_for(building)
    with engine.begin() as conn:  # Core inserts: column defaults (uid, times) filled, no audit
        for model, batch in rows.items():
            if batch:
                conn.execute(insert(model.__table__), batch)
    engine.dispose()
    with closing(sqlite3.connect(building)) as conn:  # no ANALYZE: the app never runs one
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    building.replace(path)
    for stale in CACHE_DIR.glob("statistics-*.sqlite3*"):
        if not stale.name.startswith(path.name):
            stale.unlink()
    print(f"  built in {time.perf_counter() - started:.0f} s: {[len(r) for r in rows.values()]}")
    return path


# --- the measurement --------------------------------------------------------------------------


def bare(conn: sqlite3.Connection, args: dict[str, str]) -> list[Any]:
    return [conn.execute(sql, args).fetchall() for sql in BARE.values()]


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


# The card figure's rule written as SQL (as bench_queues does for the work queue), with the day:
# a fairer baseline for that one figure than counting the households.
BARE_WITHOUT_CARD = """
    WITH chief AS (SELECT id FROM officers WHERE role = 'chief' AND active = 1
        AND deleted_at IS NULL ORDER BY id LIMIT 1),
    expected AS (SELECT v.id AS village_id, o.id AS officer_id, o.badge_no, o.phone
        FROM villages v JOIN officers o ON o.id = coalesce((SELECT r.id FROM officers r
            WHERE r.id = v.responsible_officer_id AND r.active = 1 AND r.deleted_at IS NULL),
            (SELECT id FROM chief))),
    station AS (SELECT duty_phone, chief_phone, anti_fraud_phone FROM stations
        WHERE deleted_at IS NULL ORDER BY id LIMIT 1)
    SELECT count(*) FROM households h
    LEFT JOIN contact_cards c ON c.id = (SELECT c2.id FROM contact_cards c2
        WHERE c2.household_id = h.id AND c2.deleted_at IS NULL AND c2.issued_on <= :d1
        ORDER BY c2.issued_on DESC, c2.id DESC LIMIT 1)
    LEFT JOIN expected e ON e.village_id = h.village_id LEFT JOIN station s
    WHERE h.deleted_at IS NULL AND NOT coalesce(c.officer_id = e.officer_id
        AND c.printed_badge_no = e.badge_no AND c.printed_officer_phone = e.phone
        AND c.printed_duty_phone = s.duty_phone AND c.printed_chief_phone = s.chief_phone
        AND c.printed_anti_fraud_phone = s.anti_fraud_phone, 0)"""


def _parts(session: Any, period: Any) -> dict[str, Callable[[], object]]:
    """The report's parts, timed alone on one session (a breakdown, not the measurement)."""
    from lijiabu_desk.services.statistics import calls, cards, disputes, field_work, follow_ups

    return {
        "disputes (4 queries)": lambda: disputes.tally_disputes(session, period, None),
        "calls (medians too)": lambda: calls.call_table_from(
            calls.tally_calls(session, period, None)
        ),
        "follow-ups": lambda: follow_ups.follow_ups_in(session, period, None),
        "field work incl. cards": lambda: field_work.service_work_in(session, period, None),
        "  of it: without a card": lambda: cards.without_card_count(session, period.end, None),
    }


def run(repeats: int = 15) -> list[str]:
    print(f"statistics — a year's report ({REPORT_YEAR}) on ten years of records")
    path = statistics_db()
    period = year(REPORT_YEAR)
    args = {
        "t0": period.first_moment.strftime(STAMP),
        "t1": period.after_moment.strftime(STAMP),
        "d0": period.start.isoformat(),
        "d1": period.end.isoformat(),
    }
    db = open_database(path)
    ctx = ServiceContext(db, SETUP_ACTOR, lambda: NOW)
    times: dict[str, list[float]] = {"report": [], "bare": [], "bare card": []}
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            report = build_report(ctx, period)  # warm up both, and check them once
            cases = sum(n for _, n in bare(conn, args)[0])
            if report.disputes.total.found != cases:
                print(f"  NOTE: bare cases {cases} differ from {report.disputes.total.found}")
            card = conn.execute(BARE_WITHOUT_CARD, args).fetchone()[0]
            if report.service.without_card != card:
                print(f"  NOTE: bare without-card {card} differs from the report's")
            for _ in range(repeats):  # interleaved
                times["report"].append(timed(lambda: build_report(ctx, period)))
                times["bare"].append(timed(lambda: bare(conn, args)))
                times["bare card"].append(
                    timed(lambda: conn.execute(BARE_WITHOUT_CARD, args).fetchall())
                )
                with ctx.read() as session:
                    for name, part in _parts(session, period).items():
                        times.setdefault(name, []).append(timed(part))
    finally:
        db.close()
    ms = {name: 1000 * statistics.median(values) for name, values in times.items()}
    total = report.disputes.total
    print(f"  {len(BARE)} bare aggregates; median of {repeats} interleaved runs")
    print(
        f"  the year: {total.found} cases found, {total.mediated} mediated, "
        f"{total.succeeded} succeeded, {report.calls.total.received} calls, "
        f"{report.service.visits} visits, {report.service.without_card} households without a card"
    )
    p95 = 1000 * sorted(times["report"])[int(0.95 * (repeats - 1))]
    print(f"  build_report (p95 {p95:.1f} ms)      {ms['report']:8.1f} ms")
    for name in _parts(None, period):
        print(f"    {name:<30} {ms[name]:8.1f} ms")
    print(f"  bare aggregates (sqlite3)         {ms['bare']:8.1f} ms")
    card, with_card = ms["bare card"], ms["report"] / (ms["bare"] + ms["bare card"])
    print(f"  bare without-card (sqlite3)       {card:8.1f} ms, ratio with it {with_card:.2f}")
    ratio = ms["report"] / ms["bare"]
    ok = ms["report"] < TARGET_MS and ratio <= RATIO_LIMIT
    return [
        f"statistics year report: {ms['report']:.1f} ms vs bare {ms['bare']:.1f} ms "
        f"(<{TARGET_MS:g} ms) ratio={ratio:.2f} (≤{RATIO_LIMIT:g}×) {'OK' if ok else 'OVER'}"
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--rebuild", action="store_true", help="discard the cached data first")
    parser.add_argument("--profile", action="store_true", help="cProfile one build_report")
    options = parser.parse_args()
    if options.rebuild:
        cache_path().unlink(missing_ok=True)
    if options.profile:
        import cProfile

        ctx = ServiceContext(open_database(statistics_db()), SETUP_ACTOR, lambda: NOW)
        build_report(ctx, year(REPORT_YEAR))
        cProfile.runctx("build_report(ctx, year(REPORT_YEAR))", globals(), locals(), sort="cumtime")
        return
    for line in run(options.repeats):
        print(line)


if __name__ == "__main__":
    main()
