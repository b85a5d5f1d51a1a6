"""Everything the case page shows, read in one short session as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lijiabu_desk.models import Agreement, Station
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    DisputeStatus,
    PlaceKind,
    RiskGrade,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreement_check import missing_content, residence
from lijiabu_desk.services.disputes.common import load_dispute
from lijiabu_desk.services.disputes.follow_ups import judicial_confirmation_deadline
from lijiabu_desk.services.disputes.labels import (
    AGREEMENT_STATUS_LABELS,
    CATEGORY_LABELS,
    FORM_LABELS,
    KIND_LABELS,
    PANEL_ROLE_LABELS,
    PERFORMANCE_LABELS,
    PLACE_LABELS,
    REFERRAL_LABELS,
    RISK_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
)
from lijiabu_desk.services.disputes.listing import days_left
from lijiabu_desk.services.disputes.workflow import Step, case_steps, reopen_status
from lijiabu_desk.services.identity import age_on, mask_id_number
from lijiabu_desk.services.station import current_station
from lijiabu_desk.services.validation import mask_phone


@dataclass(frozen=True)
class PartyView:
    person_id: int
    side: str
    name: str
    age: int | None
    phone: str  # masked
    id_number: str  # masked
    address: str
    demand: str


@dataclass(frozen=True)
class SessionView:
    id: int
    held_at: datetime
    place: str
    participants: str  # "民警 马国强、司法所 王丽 …"
    outcome: str


@dataclass(frozen=True)
class AgreementView:
    id: int
    title: str  # 人民调解协议书 / 治安调解协议书 (口头协议)
    kind: AgreementKind
    number: str
    status: AgreementStatus
    status_label: str
    form: AgreementForm
    signed_on: date | None
    performance_deadline: date | None
    performance: str
    terms: tuple[str, ...]
    supplements: str  # the original's number, for a supplementary agreement
    missing: tuple[str, ...]  # for a draft: what stops it being finalised
    judicial_deadline: date | None


@dataclass(frozen=True)
class FollowUpView:
    id: int
    agreement_id: int
    due_on: date
    visited_on: date | None
    visitor: str
    performance: str
    findings: str
    overdue: bool


@dataclass(frozen=True)
class CaseView:
    id: int
    case_no: str
    status: DisputeStatus
    status_label: str
    category: str
    source: str
    place: str
    village_id: int | None
    received_at: datetime
    received_by: str
    received_by_id: int | None
    village_mediator: str  # the village's security mediator (村治安调解员), if recorded
    facts: str
    risk: RiskGrade
    risk_label: str
    deadline: date
    days_left: int | None
    failure_reason: str
    open_routes: str
    closing_note: str
    closed_on: date | None
    steps: frozenset[Step]
    parties: tuple[PartyView, ...]
    sessions: tuple[SessionView, ...]
    agreements: tuple[AgreementView, ...]
    follow_ups: tuple[FollowUpView, ...]
    referrals: tuple[str, ...]
    #: For a closed case that may be reopened: the status it goes back to.
    reopens_to: DisputeStatus | None = None


def place_text(kind: PlaceKind, village: str, detail: str) -> str:
    """ "马家山村三社", "派出所", "牲畜市场调解点 东门": the detail is not repeated when it
    already names the place."""
    base = village if kind is PlaceKind.VILLAGE and village else PLACE_LABELS[kind]
    if kind is PlaceKind.OTHER or detail.startswith(base):
        return detail or base
    return f"{base}{detail}" if kind is PlaceKind.VILLAGE else f"{base} {detail}".strip()


def _agreement_view(a: Agreement, station: Station | None, today: date) -> AgreementView:
    missing = missing_content(a, station, today=today) if a.status is AgreementStatus.DRAFT else []
    title = KIND_LABELS[a.kind]
    if a.form is AgreementForm.ORAL:
        title = f"{title}（{FORM_LABELS[a.form]}）"
    elif a.supplements_id is not None:
        title = f"补充{title}"
    return AgreementView(
        id=a.id,
        title=title,
        kind=a.kind,
        number=a.number or "",
        status=a.status,
        status_label=AGREEMENT_STATUS_LABELS[a.status],
        form=a.form,
        signed_on=a.signed_on,
        performance_deadline=a.performance_deadline,
        performance=PERFORMANCE_LABELS[a.performance],
        terms=tuple(t.text for t in a.terms if t.deleted_at is None),
        supplements=(a.supplements.number or "") if a.supplements is not None else "",
        missing=tuple(missing),
        judicial_deadline=judicial_confirmation_deadline(a),
    )


def load_case(ctx: ServiceContext, dispute_id: int) -> CaseView:
    today = ctx.today()
    with ctx.read() as session:
        d = load_dispute(session, dispute_id)
        station = current_station(session)
        village = d.village.name if d.village is not None else ""
        parties = tuple(
            PartyView(
                person_id=p.person_id,
                side=p.side,
                name=p.person.name,
                age=age_on(p.person.birth_date, today) if p.person.birth_date else None,
                phone=mask_phone(p.person.phone) if p.person.phone else "",
                id_number=mask_id_number(p.person.id_number) if p.person.id_number else "",
                address=residence(p.person),
                demand=p.demand,
            )
            for p in d.parties
            if p.deleted_at is None
        )
        sessions = tuple(
            SessionView(
                id=s.id,
                held_at=s.held_at,
                place=s.place,
                participants="、".join(
                    f"{PANEL_ROLE_LABELS[x.role]} {x.name}" for x in s.participants
                ),
                outcome=s.outcome,
            )
            for s in d.sessions
            if s.deleted_at is None
        )
        agreements = [a for a in d.agreements if a.deleted_at is None]
        agreements.sort(key=lambda a: a.id)
        follow_ups = sorted(
            (f for a in agreements for f in a.follow_ups if f.deleted_at is None),
            key=lambda f: (f.due_on, f.id),
        )
        return CaseView(
            id=d.id,
            case_no=d.case_no,
            status=d.status,
            status_label=STATUS_LABELS[d.status],
            category=CATEGORY_LABELS[d.category],
            source=SOURCE_LABELS[d.source],
            place=place_text(d.place_kind, village, d.place_detail),
            village_id=d.village_id,
            received_at=d.received_at,
            received_by=d.received_by.name if d.received_by is not None else "",
            received_by_id=d.received_by_id,
            village_mediator=d.village.mediator_name if d.village is not None else "",
            facts=d.facts,
            risk=d.risk_grade,
            risk_label=RISK_LABELS[d.risk_grade],
            deadline=d.deadline,
            days_left=days_left(d.status, d.deadline, today),
            failure_reason=d.failure_reason,
            open_routes=d.open_routes,
            closing_note=d.closing_note,
            closed_on=d.closed_on,
            steps=case_steps(d),
            parties=parties,
            sessions=sessions,
            agreements=tuple(_agreement_view(a, station, today) for a in agreements),
            follow_ups=tuple(
                FollowUpView(
                    id=f.id,
                    agreement_id=f.agreement_id,
                    due_on=f.due_on,
                    visited_on=f.visited_on,
                    visitor=f.visitor.name if f.visitor is not None else "",
                    performance=PERFORMANCE_LABELS[f.performance] if f.performance else "",
                    findings=f.findings,
                    overdue=f.visited_on is None and f.due_on < today,
                )
                for f in follow_ups
            ),
            referrals=tuple(
                f"{r.referred_on:%Y-%m-%d} 移交{REFERRAL_LABELS[r.target]}（{r.receiver}）"
                + (f"：{r.reason}" if r.reason else "")
                for r in d.referrals
                if r.deleted_at is None
            ),
            reopens_to=reopen_status(d),
        )
