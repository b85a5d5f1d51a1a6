"""Boundary agreements as the window shows them: the list (all, or a case's), one agreement's
form filled from the record, and what it still lacks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from lijiabu_desk.models import BoundaryAgreement, BoundaryParty, Dispute, Village
from lijiabu_desk.models.enums import AgreementStatus
from lijiabu_desk.services.boundary.entry import (
    BoundaryInput,
    MarkerInput,
    PartyInput,
    WitnessInput,
    load_boundary,
)
from lijiabu_desk.services.boundary.workflow import measurement_inputs, missing_content
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.labels import AGREEMENT_STATUS_LABELS


@dataclass(frozen=True)
class BoundaryRow:
    id: int
    number: str
    parcel: str
    village: str
    parties: str
    status: AgreementStatus
    status_label: str
    measured_on: date | None
    signed_on: date | None
    case_no: str
    dispute_id: int | None = None


@dataclass(frozen=True)
class BoundaryForm:
    id: int
    data: BoundaryInput
    party_names: dict[int, str]
    status: AgreementStatus
    number: str
    missing: tuple[str, ...]  # what finalising would refuse (empty: it may be finalised)


def _parties(a: BoundaryAgreement) -> str:
    live = [p for p in a.parties if p.deleted_at is None]
    return "、".join(f"{p.side}{p.person.name}" for p in live)


def list_boundaries(ctx: ServiceContext, dispute_id: int | None = None) -> list[BoundaryRow]:
    """Every live agreement newest first, or those of one case."""
    with ctx.read() as session:
        stmt = (
            select(BoundaryAgreement)
            .where(BoundaryAgreement.deleted_at.is_(None))
            .options(selectinload(BoundaryAgreement.parties).selectinload(BoundaryParty.person))
            .order_by(BoundaryAgreement.id.desc())
        )
        if dispute_id is not None:
            stmt = stmt.where(BoundaryAgreement.dispute_id == dispute_id)
        found = session.scalars(stmt).all()
        villages = {i: n for i, n in session.execute(select(Village.id, Village.name))}
        cases = {
            i: n
            for i, n in session.execute(
                select(Dispute.id, Dispute.case_no).where(
                    Dispute.id.in_({a.dispute_id for a in found if a.dispute_id})
                )
            )
        }
        return [
            BoundaryRow(
                a.id,
                a.number or "",
                a.parcel_name,
                villages.get(a.village_id, "") if a.village_id else "",
                _parties(a),
                a.status,
                AGREEMENT_STATUS_LABELS[a.status],
                a.measured_on,
                a.signed_on,
                cases.get(a.dispute_id, "") if a.dispute_id else "",
                a.dispute_id,
            )
            for a in found
        ]


def load_boundary_form(ctx: ServiceContext, agreement_id: int) -> BoundaryForm:
    with ctx.read() as session:
        a = load_boundary(session, agreement_id)
        parties = [p for p in a.parties if p.deleted_at is None]
        data = BoundaryInput(
            parcel_name=a.parcel_name,
            village_id=a.village_id,
            group_id=a.group_id,
            location=a.location,
            land_type=a.land_type,
            area_mu=f"{a.area_mu:g}" if a.area_mu is not None else "",
            certificate_no=a.certificate_no,
            east=a.east,
            south=a.south,
            west=a.west,
            north=a.north,
            reference_point=a.reference_point,
            closed_parcel=a.closed_parcel,
            measurements=measurement_inputs(a),
            agreed_line=a.agreed_line,
            markers=tuple(
                MarkerInput(m.kind, m.count, m.location) for m in a.markers if m.deleted_at is None
            ),
            crops=a.crops,
            costs=a.costs,
            parties=tuple(PartyInput(p.person_id, p.side) for p in parties),
            witnesses=tuple(
                WitnessInput(w.role, w.name, w.officer_id)
                for w in a.witnesses
                if w.deleted_at is None
            ),
            measured_on=a.measured_on.isoformat() if a.measured_on else "",
            dispute_id=a.dispute_id,
        )
        missing = tuple(missing_content(a)) if a.status is AgreementStatus.DRAFT else ()
        return BoundaryForm(
            a.id,
            data,
            {p.person_id: p.person.name for p in parties},
            a.status,
            a.number or "",
            missing,
        )
