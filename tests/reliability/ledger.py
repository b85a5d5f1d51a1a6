"""The model of what a worker acknowledged, and the checks of a file after a kill.

The rule is "no acknowledged save lost": the file must hold exactly the acknowledged saves, plus
possibly the one save that was in flight (committed, but killed before its ACK was printed). That
save must then be there whole, and the model adopts it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from lijiabu_desk.db.migrate import MigrationResult
from lijiabu_desk.models import (
    AuditEntry,
    Dispute,
    DisputeParty,
    DocumentCounter,
    HomeVisit,
    Household,
    Officer,
    Person,
    Village,
)
from lijiabu_desk.models.enums import DocumentKind
from lijiabu_desk.services.audit import verify_chain
from lijiabu_desk.services.database import open_database
from tests.reliability.harness import RoundLog


@dataclass
class State:
    """What the file must hold. Persons: uid -> (household uid, phone, deleted_at ISO)."""

    persons: dict[str, tuple[str | None, str, str | None]] = field(default_factory=dict)
    households: set[str] = field(default_factory=set)
    disputes: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    visits: dict[str, str] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)

    def copy(self) -> State:
        return State(
            dict(self.persons),
            set(self.households),
            dict(self.disputes),
            dict(self.visits),
            set(self.places),
        )

    def apply(self, kind: str, uid: str, value: str) -> None:
        if kind == "seed":
            self.places |= {uid, *value.split(",")}
        elif kind == "household":
            self.households.add(uid)
            for member in value.split(","):
                person, _, phone = member.partition("=")
                self.persons[person] = (uid, phone, None)
        elif kind == "dispute":
            case_no, _, parties = value.partition(";")
            self.disputes[uid] = (case_no, frozenset(parties.split(",")))
        elif kind == "visit":
            self.visits[uid] = value
        elif kind in ("phone", "retire"):
            assert uid in self.persons, f"{kind} of a person never saved: {uid}"
            household, phone, deleted = self.persons[uid]
            if kind == "phone":
                self.persons[uid] = (household, value, deleted)
            else:
                self.persons[uid] = (household, phone, value)
        else:
            raise AssertionError(f"unknown kind of save: {kind}")

    def uids(self) -> set[str]:
        return {*self.persons, *self.households, *self.disputes, *self.visits, *self.places}


def observe(session: Session) -> State:
    state = State()
    home = aliased(Household)
    rows = session.execute(
        select(Person.uid, home.uid, Person.phone, Person.deleted_at).outerjoin(
            home, Person.household_id == home.id
        )
    )
    for uid, household, phone, deleted in rows:
        state.persons[uid] = (household, phone, deleted.isoformat() if deleted else None)
    state.households = set(session.scalars(select(Household.uid)))
    parties: dict[str, set[str]] = {}
    for dispute, person in session.execute(
        select(Dispute.uid, Person.uid)
        .join(DisputeParty, DisputeParty.dispute_id == Dispute.id)
        .join(Person, DisputeParty.person_id == Person.id)
    ):
        parties.setdefault(dispute, set()).add(person)
    for uid, case_no in session.execute(select(Dispute.uid, Dispute.case_no)):
        state.disputes[uid] = (case_no, frozenset(parties.get(uid, ())))
    visits = select(HomeVisit.uid, home.uid).join(home, HomeVisit.household_id == home.id)
    state.visits = {uid: household for uid, household in session.execute(visits)}
    state.places = {*session.scalars(select(Village.uid)), *session.scalars(select(Officer.uid))}
    return state


def describe_difference(expected: State, found: State) -> str:
    out = []
    for name in ("persons", "households", "disputes", "visits", "places"):
        want, got = getattr(expected, name), getattr(found, name)
        if isinstance(want, dict):
            lost = [(k, v) for k, v in want.items() if got.get(k) != v]
            extra = [(k, v) for k, v in got.items() if k not in want]
        else:
            lost, extra = sorted(want - got), sorted(got - want)
        if lost or extra:
            out.append(f"{name}: expected but not found {lost[:5]}; unexpected {extra[:5]}")
    return "\n".join(out)


@dataclass
class Ledger:
    state: State = field(default_factory=State)
    acked: int = 0
    in_flight_kept: int = 0
    in_flight_lost: int = 0

    def settle(self, log: RoundLog, found: State) -> None:
        """Acknowledged saves must all be there; the one in flight may or may not be."""
        for ack in log.acks:
            self.state.apply(*ack)
        self.acked += len(log.acks)
        if found == self.state:
            self.in_flight_lost += log.pending is not None
            return
        if log.pending is not None:
            candidate = self.state.copy()
            candidate.apply(*log.pending)
            if found == candidate:
                self.state = candidate
                self.in_flight_kept += 1
                return
        raise AssertionError(
            f"file differs from the acknowledged saves (in flight: {log.pending})\n"
            + describe_difference(self.state, found)
        )

    def check_audit_and_numbers(self, session: Session) -> None:
        """Every saved record has its 'create' entry, every retirement its 'retire' entry, and
        case numbers run 1..counter without gaps or duplicates."""
        audited: dict[str, set[str]] = {"create": set(), "retire": set()}
        for action, uid in session.execute(
            select(AuditEntry.action, AuditEntry.record_uid).where(AuditEntry.action.in_(audited))
        ):
            audited[action].add(uid)
        missing = self.state.uids() - audited["create"]
        assert not missing, f"records without a 'create' audit entry: {sorted(missing)[:5]}"
        retired = {uid for uid, (_, _, gone) in self.state.persons.items() if gone}
        assert audited["retire"] == retired, "retirements and 'retire' audit entries differ"
        counters = session.execute(
            select(DocumentCounter.year, DocumentCounter.last_value).where(
                DocumentCounter.kind == DocumentKind.DISPUTE_CASE
            )
        ).all()
        for year, last in counters:
            seqs = sorted(session.scalars(select(Dispute.seq).where(Dispute.year == year)))
            assert seqs == list(range(1, last + 1)), f"case numbers of {year}: {seqs} / {last}"


def check_file(path: Path, ledger: Ledger, log: RoundLog) -> MigrationResult:
    """Open ``path`` as the app does and run every check; the open's migration result."""
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            assert integrity == ["ok"], f"integrity_check: {integrity[:5]}"
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            assert problems == [], f"foreign_key_check: {problems[:5]}"
            leftovers = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name GLOB '_alembic_tmp_*'"
            ).all()
            assert leftovers == [], f"half-done migration tables: {leftovers}"
        with db.sessions() as session:
            report = verify_chain(session)
            assert report.ok, f"audit chain broken: {report}"
            ledger.settle(log, observe(session))
            ledger.check_audit_and_numbers(session)
        return db.migration
    finally:
        db.close()
