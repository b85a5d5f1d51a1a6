"""A quarrel spotted on a home visit becomes a case: the intake filled from the visit (the
household's adult members as parties, the visit's notes as the facts, source 入户走访发现) and,
once registered, linked to the visit."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import HomeVisit, Person
from lijiabu_desk.models.enums import DisputeSource, PlaceKind, ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.identity import age_on
from lijiabu_desk.services.permissions import Permission

ADULT = 18


def _visit(session: Session, visit_id: int) -> HomeVisit:
    visit = session.get(HomeVisit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFoundError("找不到这次走访记录，可能已被注销。")
    if visit.dispute_id is not None:
        raise ValidationError("这次走访已登记过纠纷。", "dispute_id")
    return visit


def intake_from_visit(ctx: ServiceContext, visit_id: int) -> DisputeInput:
    """The intake form for a case found on this visit; the officer keeps the parties involved
    (the first adult is 甲方, the others 乙方 until changed) and chooses the category."""
    with ctx.read() as session:
        visit = _visit(session, visit_id)
        members = session.scalars(
            select(Person)
            .where(
                Person.household_id == visit.household_id,
                Person.deleted_at.is_(None),
                Person.status == ResidentStatus.ACTIVE,
            )
            .order_by(Person.birth_date, Person.id)
        ).all()
        on: date = visit.visit_date
        adults = [p for p in members if p.birth_date is None or age_on(p.birth_date, on) >= ADULT]
        sides = ["甲方"] + ["乙方"] * (len(adults) - 1)
        return DisputeInput(
            category=None,
            source=DisputeSource.HOME_VISIT,
            place_kind=PlaceKind.VILLAGE,
            facts=visit.summary,
            parties=tuple(PartyInput(p.id, side) for p, side in zip(adults, sides, strict=True)),
            village_id=visit.household.village_id,
            place_detail=visit.household.address_detail or visit.household.house_no,
            received_on=visit.visit_date.isoformat(),
            received_time="",
            received_by_id=visit.officers[0].officer_id if visit.officers else None,
        )


def register_dispute_from_visit(ctx: ServiceContext, visit_id: int, data: DisputeInput) -> int:
    """Register the case and link it to the visit; returns the case id."""
    with ctx.read(Permission.EDIT_RECORDS) as session:
        _visit(session, visit_id)
    dispute_id = register_dispute(ctx, data)
    with ctx.write(Permission.EDIT_RECORDS) as session:
        _visit(session, visit_id).dispute_id = dispute_id
    return dispute_id
