"""The dispute list: filter by status, category, village, risk and overdue; find by party name,
pinyin or case number. A post has hundreds of cases a year, not millions: plain indexed SQL."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Agreement, Dispute, DisputeParty, FollowUp, Person, Village
from lijiabu_desk.models.enums import DisputeCategory, DisputeStatus, RiskGrade
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes
from lijiabu_desk.services.disputes.labels import CATEGORY_LABELS, STATUS_LABELS
from lijiabu_desk.services.disputes.workflow import OPEN_STATUSES

#: A running case is flagged this many days before its time limit.
WARN_DAYS = 5
LIST_LIMIT = 2000


@dataclass(frozen=True)
class DisputeFilter:
    status: DisputeStatus | None = None
    category: DisputeCategory | None = None
    village_id: int | None = None
    risk: RiskGrade | None = None
    overdue_only: bool = False
    visits_due: bool = False  # a planned follow-up visit's day has come
    query: str = ""

    def __post_init__(self) -> None:
        coerce_codes(self, status=DisputeStatus, category=DisputeCategory, risk=RiskGrade)


@dataclass(frozen=True)
class DisputeRow:
    id: int
    case_no: str
    received_on: date
    category: str
    parties: str
    village: str
    risk: RiskGrade
    status: DisputeStatus
    status_label: str
    deadline: date
    days_left: int | None  # None once the case is no longer running
    next_visit: date | None  # the next planned follow-up visit not yet made
    visit_due: bool  # ... and its day has come

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def due_soon(self) -> bool:
        return self.days_left is not None and 0 <= self.days_left <= WARN_DAYS


def days_left(status: DisputeStatus, deadline: date, today: date) -> int | None:
    return (deadline - today).days if status in OPEN_STATUSES else None


def _search(stmt: Select[tuple[Dispute]], query: str) -> Select[tuple[Dispute]]:
    q = query.strip().lower().replace(" ", "")
    if not q:
        return stmt
    like = f"%{q}%"
    party = (
        select(DisputeParty.id)
        .join(Person, Person.id == DisputeParty.person_id)
        .where(
            DisputeParty.dispute_id == Dispute.id,
            or_(
                Person.name.like(like),
                Person.name_keys.like(f"{q}%"),
                Person.name_keys.like(f"% {q}%"),
            ),
        )
    )
    return stmt.where(or_(Dispute.case_no.like(like), exists(party)))


def matching(f: DisputeFilter, today: date) -> Select[tuple[Dispute]]:
    """The cases ``f`` selects, unordered and unlimited (the list and the ledger add those)."""
    stmt = select(Dispute).where(Dispute.deleted_at.is_(None))
    if f.status is not None:
        stmt = stmt.where(Dispute.status == f.status)
    if f.category is not None:
        stmt = stmt.where(Dispute.category == f.category)
    if f.village_id is not None:
        stmt = stmt.where(Dispute.village_id == f.village_id)
    if f.risk is not None:
        stmt = stmt.where(Dispute.risk_grade == f.risk)
    if f.overdue_only:
        stmt = stmt.where(Dispute.status.in_(OPEN_STATUSES), Dispute.deadline < today)
    if f.visits_due:
        due = (
            select(FollowUp.id)
            .join(Agreement, Agreement.id == FollowUp.agreement_id)
            .where(
                Agreement.dispute_id == Dispute.id,
                FollowUp.deleted_at.is_(None),
                FollowUp.visited_on.is_(None),
                FollowUp.due_on <= today,
            )
        )
        stmt = stmt.where(Dispute.status != DisputeStatus.CLOSED, exists(due))
    return _search(stmt, f.query)


def _party_names(session: Session, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    stmt = (
        select(DisputeParty.dispute_id, Person.name)
        .join(Person, Person.id == DisputeParty.person_id)
        .where(DisputeParty.dispute_id.in_(ids), DisputeParty.deleted_at.is_(None))
        .order_by(DisputeParty.dispute_id, DisputeParty.position)
    )
    for dispute_id, name in session.execute(stmt):
        names[dispute_id].append(name)
    return names


def _next_visits(session: Session, ids: list[int]) -> dict[int, date]:
    stmt = (
        select(Agreement.dispute_id, func.min(FollowUp.due_on))
        .join(FollowUp, FollowUp.agreement_id == Agreement.id)
        .where(
            Agreement.dispute_id.in_(ids),
            Agreement.deleted_at.is_(None),
            FollowUp.deleted_at.is_(None),
            FollowUp.visited_on.is_(None),
        )
        .group_by(Agreement.dispute_id)
    )
    return {dispute_id: due for dispute_id, due in session.execute(stmt)}


def list_disputes(ctx: ServiceContext, f: DisputeFilter | None = None) -> list[DisputeRow]:
    """Cases matching ``f``, newest first.

    Reads only the columns the list shows, then the party names and next visits of that page in
    one query each: building ORM objects for every case, party and visit was 10 times the cost
    of the SQL (bench/bench_disputes.py).
    """
    today = ctx.today()
    stmt = (
        matching(f or DisputeFilter(), today)
        .with_only_columns(
            Dispute.id,
            Dispute.case_no,
            Dispute.received_at,
            Dispute.category,
            Dispute.risk_grade,
            Dispute.status,
            Dispute.deadline,
            Village.name,
        )
        .select_from(Dispute)
        .outerjoin(Village, Village.id == Dispute.village_id)
        .order_by(Dispute.received_at.desc(), Dispute.id.desc())
        .limit(LIST_LIMIT)
    )
    with ctx.read() as session:
        page = session.execute(stmt).all()
        ids = [r.id for r in page]
        names = _party_names(session, ids)
        visits = _next_visits(session, ids)
    rows = []
    for r in page:
        visit = None if r.status is DisputeStatus.CLOSED else visits.get(r.id)
        rows.append(
            DisputeRow(
                id=r.id,
                case_no=r.case_no,
                received_on=r.received_at.date(),
                category=CATEGORY_LABELS[r.category],
                parties="、".join(names[r.id]),
                village=r.name or "",
                risk=r.risk_grade,
                status=r.status,
                status_label=STATUS_LABELS[r.status],
                deadline=r.deadline,
                days_left=days_left(r.status, r.deadline, today),
                next_visit=visit,
                visit_due=visit is not None and visit <= today,
            )
        )
    return rows
