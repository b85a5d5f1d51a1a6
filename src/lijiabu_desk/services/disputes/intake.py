"""登记: taking in a case — its parties, category, source, place, facts, risk and time limit.

Parties are persons of the one person index: a resident picked from the register, or an outsider
saved on the spot with ``services.register.people.save_person`` (no household) and then picked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Dispute, DisputeParty, Officer, Person, Village
from lijiabu_desk.models.enums import (
    AgreementStatus,
    DisputeCategory,
    DisputeSource,
    DocumentKind,
    PlaceKind,
    RiskGrade,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import (
    coerce_codes,
    load_dispute,
    optional_date,
    parse_moment,
)
from lijiabu_desk.services.disputes.labels import SIDES
from lijiabu_desk.services.disputes.workflow import Step, require_step
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.numbering import allocate
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import check_not_before, require_text

DEFAULT_TIME_LIMIT_DAYS = 30
MAX_PARTIES = len(SIDES) * 4


@dataclass(frozen=True)
class PartyInput:
    """A party: a person from the index, the side they are on, and what they ask for."""

    person_id: int
    side: str = "甲方"
    demand: str = ""
    # A minor party's guardian (法定监护人), who signs beside the minor: "张大山", "父亲".
    guardian_name: str = ""
    guardian_relation: str = ""


@dataclass(frozen=True)
class DisputeInput:
    """What the intake form holds, as typed."""

    category: DisputeCategory | None  # None: not chosen yet, refused when saved
    source: DisputeSource
    place_kind: PlaceKind
    facts: str
    parties: tuple[PartyInput, ...] = field(default_factory=tuple)
    village_id: int | None = None
    place_detail: str = ""
    received_on: str = ""  # a date as typed; today when empty
    received_time: str = ""  # "14:30"; the current time when empty and the date is today
    received_by_id: int | None = None
    risk_grade: RiskGrade = RiskGrade.ORDINARY
    deadline: str = ""  # empty: received date + 30 days

    def __post_init__(self) -> None:
        coerce_codes(
            self,
            category=DisputeCategory,
            source=DisputeSource,
            place_kind=PlaceKind,
            risk_grade=RiskGrade,
        )


def _check_parties(session: Session, parties: tuple[PartyInput, ...]) -> None:
    if not parties:
        raise ValidationError("请至少添加一位当事人。", "parties")
    if len(parties) > MAX_PARTIES:
        raise ValidationError(f"当事人最多 {MAX_PARTIES} 位。", "parties")
    seen: set[int] = set()
    for party in parties:
        if party.person_id in seen:
            raise ValidationError("同一个人不能重复列为当事人。", "parties")
        seen.add(party.person_id)
        person = session.get(Person, party.person_id)
        if person is None or person.deleted_at is not None:
            raise ValidationError("有一位当事人在人员库中找不到，请重新选择。", "parties")
        if party.side not in SIDES:
            raise ValidationError(f"“{person.name}”的当事人方别不正确。", "parties")
        if len(party.demand) > 2000:
            raise ValidationError(f"“{person.name}”的请求事项太长了，请精简。", "parties")
        if party.guardian_relation.strip() and not party.guardian_name.strip():
            raise ValidationError(
                f"写了“{person.name}”监护人的关系，但没有写监护人的姓名。", "parties"
            )


def _check_place(session: Session, data: DisputeInput) -> None:
    if data.place_kind is PlaceKind.VILLAGE and data.village_id is None:
        raise ValidationError("纠纷发生在村里时，请选择是哪个行政村。", "village_id")
    if data.village_id is not None:
        village = session.get(Village, data.village_id)
        if village is None or village.deleted_at is not None:
            raise ValidationError("所选行政村不存在，请重新选择。", "village_id")
    if data.place_kind is PlaceKind.OTHER and not data.place_detail.strip():
        raise ValidationError("请写明纠纷发生的具体地点。", "place_detail")
    if data.received_by_id is not None:
        officer = session.get(Officer, data.received_by_id)
        if officer is None or officer.deleted_at is not None:
            raise ValidationError("所选受理民警不存在，请重新选择。", "received_by_id")


def _sync_parties(dispute: Dispute, parties: tuple[PartyInput, ...]) -> None:
    """Make the case's party rows match ``parties``: keep, update, add, remove."""
    existing = {p.person_id: p for p in dispute.parties}
    wanted = {p.person_id for p in parties}
    for person_id, row in existing.items():
        if person_id not in wanted:
            dispute.parties.remove(row)
    for position, party in enumerate(parties):
        row = existing.get(party.person_id)
        if row is None:
            row = DisputeParty(person_id=party.person_id)
            dispute.parties.append(row)
        row.position, row.side, row.demand = position, party.side, party.demand.strip()
        row.guardian_name = column_text(
            "dispute_parties", "guardian_name", party.guardian_name.strip(), label="监护人姓名"
        )
        row.guardian_relation = column_text(
            "dispute_parties",
            "guardian_relation",
            party.guardian_relation.strip(),
            label="监护人与当事人的关系",
        )


def _apply(ctx: ServiceContext, session: Session, dispute: Dispute, data: DisputeInput) -> None:
    if data.category is None:
        raise ValidationError("请选择纠纷类别。", "category")
    facts = require_text(
        data.facts, field="facts", label="纠纷简要情况", max_length=5000, multiline=True
    )
    received = parse_moment(
        data.received_on, data.received_time, now=ctx.now(), field="received_on", label="受理日期"
    )
    deadline = optional_date(data.deadline, field="deadline", label="办理期限")
    if deadline is None:
        deadline = received.date() + timedelta(days=DEFAULT_TIME_LIMIT_DAYS)
    check_not_before(
        deadline, received.date(), field="deadline", label="办理期限", earliest_label="受理日期"
    )
    _check_place(session, data)
    _check_parties(session, data.parties)
    dispute.category, dispute.source, dispute.place_kind = (
        data.category,
        data.source,
        data.place_kind,
    )
    dispute.village_id = data.village_id
    dispute.place_detail = column_text("disputes", "place_detail", data.place_detail.strip())
    dispute.received_at, dispute.received_by_id = received, data.received_by_id
    dispute.facts, dispute.risk_grade, dispute.deadline = facts, data.risk_grade, deadline


def register_dispute(ctx: ServiceContext, data: DisputeInput) -> int:
    """Take in a new case and give it the next case number of its year; returns its id."""
    with ctx.write() as session:
        dispute = Dispute(parties=[])
        _apply(ctx, session, dispute, data)
        number = allocate(session, DocumentKind.DISPUTE_CASE, dispute.received_at.year)
        dispute.case_no, dispute.year, dispute.seq = number.text, number.year, number.seq
        _sync_parties(dispute, data.parties)
        session.add(dispute)
        session.flush()
        return dispute.id


def update_dispute(ctx: ServiceContext, dispute_id: int, data: DisputeInput) -> None:
    """Change a case's intake details. Parties are fixed once an agreement has been finalised."""
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        require_step(dispute, Step.EDIT_CASE)
        before = [(p.person_id, p.side) for p in dispute.parties]
        after = [(p.person_id, p.side) for p in data.parties]
        locked = any(a.status is not AgreementStatus.DRAFT for a in dispute.agreements)
        if locked and before != after:
            raise ValidationError(
                "调解协议已定稿，当事人不能再更改。如需更正，请订立补充协议。", "parties"
            )
        year = dispute.received_at.year
        _apply(ctx, session, dispute, data)
        if dispute.received_at.year != year:
            raise ValidationError("受理日期不能改到另一年：案件编号按年份编排。", "received_on")
        _sync_parties(dispute, data.parties)


def dispute_party_ids(session: Session, dispute_id: int) -> list[int]:
    stmt = (
        select(DisputeParty.person_id)
        .where(DisputeParty.dispute_id == dispute_id, DisputeParty.deleted_at.is_(None))
        .order_by(DisputeParty.position)
    )
    return list(session.scalars(stmt))
