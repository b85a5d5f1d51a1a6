"""A case's whole history from the audit trail: the case itself and every record that belongs to
it (parties, sessions and who sat, agreements and their terms, follow-ups, referrals), including
rows that were later removed, oldest first."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from lijiabu_desk.models import (
    Agreement,
    AgreementTerm,
    AuditEntry,
    DisputeParty,
    FollowUp,
    MediationSession,
    Referral,
    SessionParticipant,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.history import AuditRow, audit_row
from lijiabu_desk.services.permissions import Permission


def _child_ids(
    session: Session,
    table: str,
    id_column: InstrumentedAttribute[int],
    parent_column: InstrumentedAttribute[int],
    parents: list[int],
) -> list[int]:
    """Ids of rows of ``table`` that are, or ever were, children of ``parents``: the rows that
    exist now, and rows whose creation entry recorded one of the parents (deleted since)."""
    if not parents:
        return []
    now = set(session.scalars(select(id_column).where(parent_column.in_(parents))))
    recorded = func.json_extract(AuditEntry.changes, f"$.{parent_column.key}[1]")
    created = session.scalars(
        select(AuditEntry.record_id).where(AuditEntry.table_name == table, recorded.in_(parents))
    )
    return sorted(now | {i for i in created if i is not None})


def case_history(ctx: ServiceContext, dispute_id: int) -> list[AuditRow]:
    with ctx.read(Permission.VIEW_RECORDS) as session:
        case = [dispute_id]
        sessions = _child_ids(
            session, "mediation_sessions", MediationSession.id, MediationSession.dispute_id, case
        )
        agreements = _child_ids(session, "agreements", Agreement.id, Agreement.dispute_id, case)
        ids: dict[str, list[int]] = {
            "disputes": case,
            "dispute_parties": _child_ids(
                session, "dispute_parties", DisputeParty.id, DisputeParty.dispute_id, case
            ),
            "mediation_sessions": sessions,
            "session_participants": _child_ids(
                session,
                "session_participants",
                SessionParticipant.id,
                SessionParticipant.session_id,
                sessions,
            ),
            "agreements": agreements,
            "agreement_terms": _child_ids(
                session, "agreement_terms", AgreementTerm.id, AgreementTerm.agreement_id, agreements
            ),
            "follow_ups": _child_ids(
                session, "follow_ups", FollowUp.id, FollowUp.agreement_id, agreements
            ),
            "referrals": _child_ids(session, "referrals", Referral.id, Referral.dispute_id, case),
        }
        about: list[ColumnElement[bool]] = [
            (AuditEntry.table_name == table) & AuditEntry.record_id.in_(record_ids)
            for table, record_ids in ids.items()
            if record_ids
        ]
        stmt = select(AuditEntry).where(or_(*about)).order_by(AuditEntry.id)
        return [audit_row(e) for e in session.scalars(stmt)]
