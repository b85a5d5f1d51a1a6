"""The demo township: reproducible, valid, coherent in its dates, and never mixed with real data."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Date, DateTime

from lijiabu_desk.models import Base
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    CallKind,
    DisputeStatus,
    Relation,
    ResidentStatus,
)
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.demo import DemoSummary, build_demo_township, vocab
from lijiabu_desk.services.errors import ValidationError

TODAY = date(2026, 3, 15)
HOUSEHOLDS = 40
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

#: Columns that hold planned dates (deadlines, due dates, expiry): these may lie after today.
PLANNED = {
    ("disputes", "deadline"),
    ("follow_ups", "due_on"),
    ("agreement_terms", "due_on"),
    ("agreements", "performance_deadline"),
    ("meeting_action_items", "due_on"),
    ("persons", "id_expiry_date"),
}


def build(path: Path, seed: int = 0, households: int = HOUSEHOLDS) -> DemoSummary:
    database = open_database(path)
    try:
        with database.sessions.begin() as session:
            return build_demo_township(session, households=households, seed=seed, today=TODAY)
    finally:
        database.close()


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        result: dict[str, list[tuple[object, ...]]] = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            if "id" in columns:
                rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
            else:
                rows = sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            result[table] = rows
        return result
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "a.sqlite3"
    summary = build(path)
    yield path, summary


@pytest.fixture
def rows(demo: tuple[Path, DemoSummary]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(demo[0])
    yield connection
    connection.close()


def reference_check(first17: str) -> str:
    """ISO 7064 MOD 11-2 from its definition: weight of position i (from the right, the check
    character being position 1) is 2**(i-1) mod 11, and the weighted sum of all 18 is 1 mod 11."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (1 - total) % 11
    return "X" if value == 10 else str(value)


# -- reproducibility -------------------------------------------------------------------------


def test_same_seed_gives_identical_databases(
    demo: tuple[Path, DemoSummary], tmp_path: Path
) -> None:
    path, summary = demo
    again = build(tmp_path / "b.sqlite3")
    assert again == summary
    first, second = dump(path), dump(tmp_path / "b.sqlite3")
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table


def test_another_seed_gives_other_data(demo: tuple[Path, DemoSummary], tmp_path: Path) -> None:
    build(tmp_path / "c.sqlite3", seed=1)
    first, other = dump(demo[0]), dump(tmp_path / "c.sqlite3")
    assert first["persons"] != other["persons"]
    assert first["disputes"] != other["disputes"]


def test_summary_counts_match_the_tables(demo: tuple[Path, DemoSummary], rows) -> None:
    _, summary = demo
    assert summary.counts["households"] == HOUSEHOLDS
    for table, count in summary.counts.items():
        assert rows.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
    assert summary.total == sum(summary.counts.values())


def test_every_record_has_a_random_v4_uid(rows) -> None:
    for table in Base.metadata.sorted_tables:
        if "uid" not in table.c:
            continue
        for (uid,) in rows.execute(f'SELECT uid FROM "{table.name}"'):
            assert UUID4.match(uid), (table.name, uid)


# -- people ----------------------------------------------------------------------------------


def test_identity_numbers_are_valid_and_match_the_person(rows) -> None:
    people = rows.execute("SELECT id_number, birth_date, sex FROM persons").fetchall()
    assert len(people) > HOUSEHOLDS
    numbers = [p[0] for p in people]
    assert len(set(numbers)) == len(numbers)
    for number, birth, sex in people:
        assert re.fullmatch(r"[0-9]{17}[0-9X]", number), number
        assert number[17] == reference_check(number[:17]), number
        assert number[6:14] == birth.replace("-", ""), (number, birth)
        assert int(number[16]) % 2 == (1 if sex == "male" else 0), (number, sex)


def test_residents_are_from_anding_and_outsiders_from_elsewhere(rows) -> None:
    areas = rows.execute(
        "SELECT substr(id_number, 1, 6), household_id IS NULL, origin FROM persons"
    ).fetchall()
    assert {area for area, outsider, _ in areas if not outsider} == {"621102"}
    assert any(outsider and origin.startswith("宁夏") for _, outsider, origin in areas) or any(
        outsider and origin.startswith("青海") for _, outsider, origin in areas
    )


def test_each_household_has_exactly_one_active_head(rows) -> None:
    counts = rows.execute(
        "SELECT h.id, (SELECT count(*) FROM persons p WHERE p.household_id = h.id"
        " AND p.relation = ? AND p.status = ?) FROM households h",
        (Relation.HEAD.value, ResidentStatus.ACTIVE.value),
    ).fetchall()
    assert len(counts) == HOUSEHOLDS
    assert all(count == 1 for _, count in counts)


def test_id_cards_follow_the_validity_rule(rows) -> None:
    cards = rows.execute(
        "SELECT birth_date, id_issue_date, id_expiry_date, id_long_term FROM persons"
        " WHERE id_issue_date IS NOT NULL"
    ).fetchall()
    for birth, issued, expiry, long_term in cards:
        b, i = date.fromisoformat(birth), date.fromisoformat(issued)
        age = i.year - b.year - ((i.month, i.day) < (b.month, b.day))
        assert b <= i <= TODAY
        if age >= 46:
            assert long_term and expiry is None
        else:
            years = 5 if age < 16 else 10 if age <= 25 else 20
            assert not long_term
            assert date.fromisoformat(expiry).year - i.year == years
    assert any(e and e < TODAY.isoformat() for _, _, e, _ in cards)  # some have lapsed


def test_left_residents_have_a_date_and_a_reason(rows) -> None:
    left = rows.execute(
        "SELECT status, left_on, left_reason, birth_date FROM persons WHERE status != 'active'"
    ).fetchall()
    assert {status for status, *_ in left} == {"moved_away", "deceased"}
    for _, left_on, reason, birth in left:
        assert left_on and reason and birth <= left_on


def test_phones_are_plain_mobile_numbers(rows) -> None:
    for (phone,) in rows.execute("SELECT phone FROM persons WHERE phone != ''"):
        assert re.fullmatch(r"1(3[0-9]|5[0-35-9]|7[3678]|8[0-9]|9[189])[0-9]{8}", phone), phone


# -- cases -----------------------------------------------------------------------------------


def test_every_state_kind_and_form_appears(rows) -> None:
    statuses = {s for (s,) in rows.execute("SELECT DISTINCT status FROM disputes")}
    assert statuses == {s.value for s in DisputeStatus}
    kinds = {k for (k,) in rows.execute("SELECT DISTINCT kind FROM agreements")}
    assert kinds == {k.value for k in AgreementKind}
    forms = {f for (f,) in rows.execute("SELECT DISTINCT form FROM agreements")}
    assert forms == {f.value for f in AgreementForm}
    calls = {k for (k,) in rows.execute("SELECT DISTINCT kind FROM service_calls")}
    assert calls == {k.value for k in CallKind}


def test_agreements_are_numbered_only_when_written_and_signed(rows) -> None:
    for form, status, number, signed_on in rows.execute(
        "SELECT form, status, number, signed_on FROM agreements"
    ):
        if form == "written" and status == "signed":
            assert number and signed_on
        else:
            assert number is None
        assert (status == "signed") == (signed_on is not None)


def test_case_steps_follow_each_other(rows) -> None:
    late_sessions = rows.execute(
        "SELECT count(*) FROM mediation_sessions s JOIN disputes d ON d.id = s.dispute_id"
        " WHERE s.held_at < d.received_at"
    ).fetchone()[0]
    assert late_sessions == 0
    early_signing = rows.execute(
        "SELECT count(*) FROM agreements a JOIN mediation_sessions s ON s.dispute_id ="
        " a.dispute_id WHERE a.signed_on < date(s.held_at)"
    ).fetchone()[0]
    assert early_signing == 0
    early_visits = rows.execute(
        "SELECT count(*) FROM follow_ups f JOIN agreements a ON a.id = f.agreement_id"
        " WHERE f.visited_on IS NOT NULL AND (a.signed_on IS NULL OR f.visited_on <= a.signed_on"
        " OR f.due_on <= a.signed_on)"
    ).fetchone()[0]
    assert early_visits == 0
    referred = rows.execute(
        "SELECT count(*) FROM disputes d WHERE d.status = 'referred'"
        " AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.dispute_id = d.id)"
    ).fetchone()[0]
    assert referred == 0


def test_failed_cases_name_the_routes_left_and_some_parties_want_confirmation(rows) -> None:
    failed = rows.execute(
        "SELECT failure_reason, open_routes FROM disputes WHERE status = 'failed'"
    ).fetchall()
    assert failed and all(reason and routes for reason, routes in failed)
    wanted = rows.execute(
        "SELECT DISTINCT kind, form FROM agreements WHERE judicial_confirmation"
    ).fetchall()
    assert wanted == [("peoples_mediation", "written")]


def test_boundary_agreements_have_measurements_and_witnesses(rows) -> None:
    agreements = rows.execute(
        "SELECT b.id, d.category FROM boundary_agreements b JOIN disputes d ON d.id = b.dispute_id"
    ).fetchall()
    assert agreements
    for agreement_id, category in agreements:
        assert category == "land_boundary"
        for table in ("boundary_measurements", "boundary_markers", "boundary_parties"):
            count = rows.execute(
                f"SELECT count(*) FROM {table} WHERE agreement_id = ?", (agreement_id,)
            ).fetchone()[0]
            assert count > 0, table
        roles = {r for (r,) in rows.execute(
            "SELECT role FROM boundary_witnesses WHERE agreement_id = ?", (agreement_id,)
        )}  # fmt: skip
        assert "派出所所长" in roles


def test_nobody_takes_part_before_being_born(rows) -> None:
    checks = (
        "SELECT count(*) FROM service_calls c JOIN persons p ON p.id = c.caller_id"
        " WHERE p.birth_date > date(c.received_at)",
        "SELECT count(*) FROM dispute_parties x JOIN disputes d ON d.id = x.dispute_id"
        " JOIN persons p ON p.id = x.person_id"
        " WHERE p.birth_date > date(d.received_at, '-18 years')",
        "SELECT count(*) FROM follow_ups f JOIN persons p ON p.id = f.visited_person_id"
        " WHERE p.birth_date > f.due_on",
    )
    for sql in checks:
        assert rows.execute(sql).fetchone()[0] == 0, sql


def test_nothing_happens_after_today(rows) -> None:
    today = TODAY.isoformat()
    for table in Base.metadata.sorted_tables:
        for column in table.c:
            if not isinstance(column.type, Date | DateTime) or (table.name, column.name) in PLANNED:
                continue
            latest = rows.execute(
                f'SELECT max(substr("{column.name}", 1, 10)) FROM "{table.name}"'
            ).fetchone()[0]
            assert latest is None or latest <= today, (table.name, column.name, latest)


# -- safety ----------------------------------------------------------------------------------


def test_refuses_a_database_that_already_has_households(demo: tuple[Path, DemoSummary]) -> None:
    database = open_database(demo[0])
    try:
        with pytest.raises(ValidationError, match="户"), database.sessions.begin() as session:
            build_demo_township(session, households=5, seed=3, today=TODAY)
    finally:
        database.close()
    assert len(dump(demo[0])["households"]) == HOUSEHOLDS


def test_refuses_a_silly_household_count(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        build(tmp_path / "d.sqlite3", households=0)


def test_a_single_household_still_makes_a_whole_demo(tmp_path: Path) -> None:
    summary = build(tmp_path / "e.sqlite3", households=1)
    assert summary.counts["households"] == 1
    assert summary.counts["disputes"] >= len(DisputeStatus)


@pytest.mark.parametrize("kind", [*vocab.CASES, "police"])
def test_the_party_who_pays_is_not_the_one_demanding_payment(kind: str) -> None:
    """A reviewer reads the demands beside the terms: whoever the agreement makes pay did not
    ask to be paid (甲方 is {a}, 乙方 {b})."""
    text = vocab.POLICE_CASE if kind == "police" else vocab.CASES[kind]
    for term, carries_amount in text.terms:
        if not carries_amount:
            continue
        payer = 0 if term.startswith("{a}") else 1 if term.startswith("{b}") else None
        assert payer is not None, term
        assert not text.demands[payer].startswith("要求"), (kind, term, text.demands[payer])
