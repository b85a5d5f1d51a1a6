"""调解记录: one sitting of the panel — who took part in which role, what was said and found.

Recording the first session moves a registered case to 调解中.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from lijiabu_desk.models import MediationSession, Officer, Person, SessionParticipant
from lijiabu_desk.models.enums import DisputeStatus, PanelRole
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes, load_dispute, parse_moment
from lijiabu_desk.services.disputes.workflow import Step, require_step
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import normalize_person_name, require_text

#: Roles that mediate (at least one of them must sit).
MEDIATOR_ROLES = frozenset(
    {
        PanelRole.POLICE,
        PanelRole.GOVERNANCE_CENTRE,
        PanelRole.JUSTICE_OFFICE,
        PanelRole.VILLAGE_MEDIATOR,
        PanelRole.RESIDENT_LAWYER,
    }
)


@dataclass(frozen=True)
class ParticipantInput:
    """An officer (``officer_id``), a person from the index (``person_id``) or just a name."""

    role: PanelRole
    officer_id: int | None = None
    person_id: int | None = None
    name: str = ""
    organisation: str = ""

    def __post_init__(self) -> None:
        coerce_codes(self, role=PanelRole)


@dataclass(frozen=True)
class SessionInput:
    held_on: str  # a date as typed
    held_time: str = ""
    place: str = ""
    statements: str = ""
    findings: str = ""
    outcome: str = ""
    participants: tuple[ParticipantInput, ...] = field(default_factory=tuple)


def _participant(session: Session, data: ParticipantInput) -> SessionParticipant:
    name = data.name.strip()
    if data.officer_id is not None:
        officer = session.get(Officer, data.officer_id)
        if officer is None:
            raise ValidationError("所选民警不存在，请重新选择。", "participants")
        name = officer.name
    elif data.person_id is not None:
        person = session.get(Person, data.person_id)
        if person is None:
            raise ValidationError("所选人员不存在，请重新选择。", "participants")
        name = person.name
    else:
        name = normalize_person_name(name, field="participants", label="参加人姓名")
    return SessionParticipant(
        role=data.role,
        officer_id=data.officer_id,
        person_id=data.person_id,
        name=name,
        organisation=column_text("session_participants", "organisation", data.organisation.strip()),
    )


def save_session(
    ctx: ServiceContext, dispute_id: int, data: SessionInput, session_id: int | None = None
) -> int:
    """Record a new sitting (``session_id`` None) or correct one; returns its id."""
    place = require_text(data.place, field="place", label="调解地点", max_length=200)
    statements = require_text(
        data.statements, field="statements", label="当事人陈述", max_length=10000, multiline=True
    )
    findings = data.findings.strip()
    outcome = require_text(
        data.outcome, field="outcome", label="调解结果", max_length=5000, multiline=True
    )
    if not any(p.role in MEDIATOR_ROLES for p in data.participants):
        raise ValidationError(
            "请至少添加一位调解人员（民警、综治中心、司法所、村治安调解员或驻所律师）。",
            "participants",
        )
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        require_step(dispute, Step.RECORD_SESSION)
        held = parse_moment(
            data.held_on, data.held_time, now=ctx.now(), field="held_on", label="调解时间"
        )
        if held.date() < dispute.received_at.date():
            raise ValidationError("调解时间不能早于受理日期。", "held_on")
        if session_id is None:
            sitting = MediationSession(dispute_id=dispute.id)
            session.add(sitting)
        else:
            found = session.get(MediationSession, session_id)
            if found is None or found.dispute_id != dispute.id:
                raise NotFoundError("找不到这次调解记录。")
            sitting = found
        sitting.held_at, sitting.place = held, place
        sitting.statements, sitting.findings, sitting.outcome = statements, findings, outcome
        sitting.participants = [_participant(session, p) for p in data.participants]
        if dispute.status is DisputeStatus.REGISTERED:
            dispute.status = DisputeStatus.MEDIATING
        session.flush()
        return sitting.id
