"""What the edit forms start from: stored records turned back into the inputs the forms hold.

Round-tripping through the same input dataclasses the save services take means a form that is
opened and saved unchanged changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from lijiabu_desk.models import MediationSession, SessionParticipant
from lijiabu_desk.models.enums import AgreementKind, PanelRole
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import AgreementInput, TermInput
from lijiabu_desk.services.disputes.common import amount_input, load_agreement, load_dispute
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput
from lijiabu_desk.services.disputes.sessions import ParticipantInput, SessionInput
from lijiabu_desk.services.errors import NotFoundError


@dataclass(frozen=True)
class DisputeForm:
    data: DisputeInput
    party_names: dict[int, str]


def _iso(d: object) -> str:
    return d.isoformat() if d is not None else ""  # type: ignore[attr-defined]


def load_dispute_form(ctx: ServiceContext, dispute_id: int) -> DisputeForm:
    with ctx.read() as session:
        d = load_dispute(session, dispute_id)
        parties = tuple(
            PartyInput(p.person_id, p.side, p.demand, p.guardian_name, p.guardian_relation)
            for p in d.parties
            if p.deleted_at is None
        )
        names = {p.person_id: p.person.name for p in d.parties}
        data = DisputeInput(
            category=d.category,
            source=d.source,
            place_kind=d.place_kind,
            facts=d.facts,
            parties=parties,
            village_id=d.village_id,
            place_detail=d.place_detail,
            received_on=d.received_at.date().isoformat(),
            received_time=f"{d.received_at:%H:%M}",
            received_by_id=d.received_by_id,
            risk_grade=d.risk_grade,
            deadline=d.deadline.isoformat(),
        )
        return DisputeForm(data, names)


def load_session_form(ctx: ServiceContext, session_id: int) -> SessionInput:
    with ctx.read() as session:
        s = session.get(MediationSession, session_id)
        if s is None or s.deleted_at is not None:
            raise NotFoundError("找不到这次调解记录。")
        return SessionInput(
            held_on=s.held_at.date().isoformat(),
            held_time=f"{s.held_at:%H:%M}",
            place=s.place,
            statements=s.statements,
            findings=s.findings,
            outcome=s.outcome,
            participants=tuple(
                ParticipantInput(p.role, p.officer_id, p.person_id, p.name, p.organisation)
                for p in s.participants
            ),
        )


def load_agreement_form(ctx: ServiceContext, agreement_id: int) -> AgreementInput:
    with ctx.read() as session:
        a = load_agreement(session, agreement_id)
        return AgreementInput(
            kind=a.kind,
            form=a.form,
            facts=a.facts,
            points_in_dispute=a.points_in_dispute,
            responsibility=a.responsibility,
            terms=tuple(
                TermInput(t.text, amount_input(t.amount_fen), _iso(t.due_on))
                for t in a.terms
                if t.deleted_at is None
            ),
            performance_method=a.performance_method,
            performance_place=a.performance_place,
            performance_deadline=_iso(a.performance_deadline),
            mediator_id=a.mediator_id,
            mediator_name=a.mediator_name,
            recorder_name=a.recorder_name,
            judicial_confirmation=a.judicial_confirmation,
            incident_on=_iso(a.incident_at.date() if a.incident_at is not None else None),
            incident_time=f"{a.incident_at:%H:%M}" if a.incident_at is not None else "",
            incident_place=a.incident_place,
            others_present=a.others_present,
        )


def _panel_member(
    sitting: MediationSession | None, roles: tuple[PanelRole, ...]
) -> SessionParticipant | None:
    """The first participant of ``sitting`` in one of ``roles``, in the order of ``roles``."""
    if sitting is None:
        return None
    for role in roles:
        for p in sitting.participants:
            if p.role is role and p.deleted_at is None:
                return p
    return None


def _committee_of(village: str) -> str:
    """马家山村 → 马家山村委会 (the village committee's office, where payments are often made)."""
    if not village:
        return ""
    return f"{village}委会" if village.endswith("村") else f"{village}村委会"


def new_agreement_form(
    ctx: ServiceContext, dispute_id: int, base: AgreementInput
) -> AgreementInput:
    """A fresh draft filled with what the case already knows: its facts, each side's ask, the
    findings of the latest session, who mediated and recorded it, and where the parties live.

    For a police agreement the presiding officer is the police member of the latest sitting
    (else the officer who took the case in); for a people's mediation agreement the mediator is
    the village mediator or the 司法所 member who sat, else the police member."""
    with ctx.read() as session:
        d = load_dispute(session, dispute_id)
        asks = [
            f"{p.side}{p.person.name}：{p.demand}"
            for p in d.parties
            if p.deleted_at is None and p.demand
        ]
        sittings = [s for s in d.sessions if s.deleted_at is None]
        latest = max(sittings, key=lambda s: s.held_at, default=None)
        recorder = _panel_member(latest, (PanelRole.RECORDER,))
        police = _panel_member(latest, (PanelRole.POLICE,))
        mediator_id, mediator_name = base.mediator_id, base.mediator_name
        if base.kind is AgreementKind.POLICE_MEDIATION and mediator_id is None:
            mediator_id = police.officer_id if police is not None else d.received_by_id
        elif base.kind is AgreementKind.PEOPLES_MEDIATION and not mediator_name:
            mediator = _panel_member(
                latest, (PanelRole.VILLAGE_MEDIATOR, PanelRole.JUSTICE_OFFICE, PanelRole.POLICE)
            )
            if mediator is not None and mediator.officer_id is not None:
                mediator_id = mediator.officer_id
            elif mediator is not None:
                mediator_name = mediator.name
        village = d.village.name if d.village is not None else ""
        return AgreementInput(
            kind=base.kind,
            form=base.form,
            facts=d.facts,
            points_in_dispute="\n".join(asks),
            responsibility=latest.findings if latest is not None else "",
            performance_method=base.performance_method,
            performance_place=base.performance_place or _committee_of(village),
            mediator_id=mediator_id,
            mediator_name=mediator_name,
            recorder_name=base.recorder_name or (recorder.name if recorder is not None else ""),
        )
