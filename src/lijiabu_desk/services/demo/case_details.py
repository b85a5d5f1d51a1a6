"""Details the forms came to ask for after the demo's cases were first written: a police
agreement's incident (when, where, who else was there), a follow-up visit's method and the
parties' satisfaction, and what a closed case prevented.

Written after everything else with a random stream of its own, so that the demo's main stream
(and every other row, id and uid) stays as it was. The choices follow what each record already
says: a visit that found the agreement kept hears 满意 more often than one that found it broken;
the incident happened shortly before the case was taken in, where the case says it happened.
"""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import select, update

from lijiabu_desk.models import Agreement, Dispute, FollowUp, Household, Person, Village
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    DisputeCategory,
    DisputeStatus,
    FollowUpMethod,
    Performance,
    ResidentStatus,
    Satisfaction,
)
from lijiabu_desk.services.demo.context import Context
from lijiabu_desk.services.disputes.case_view import place_text

SEED = 20_261_202  # this pass's own stream

#: What the parties said, by what the visit found: (choices, weights).
_SATISFACTION: dict[Performance, tuple[tuple[Satisfaction, ...], tuple[int, ...]]] = {
    Performance.FULFILLED: ((Satisfaction.SATISFIED, Satisfaction.FAIRLY), (8, 2)),
    Performance.PARTIAL: ((Satisfaction.FAIRLY, Satisfaction.SATISFIED), (7, 3)),
    Performance.PENDING: ((Satisfaction.FAIRLY, Satisfaction.DISSATISFIED), (7, 3)),
    Performance.NOT_PERFORMED: ((Satisfaction.DISSATISFIED, Satisfaction.FAIRLY), (7, 3)),
}
_METHODS = (FollowUpMethod.HOME, FollowUpMethod.PHONE, FollowUpMethod.AT_STATION)
_METHOD_WEIGHTS = (7, 2, 1)
_WITNESS_ROLES = ("目击", "在场劝解", "在场")


def record_case_details(ctx: Context) -> None:
    ctx.flush()
    rng = random.Random(SEED)
    _follow_ups(ctx, rng)
    _incidents(ctx, rng)
    _prevented(ctx, rng)


def _follow_ups(ctx: Context, rng: random.Random) -> None:
    visits = ctx.session.execute(
        select(FollowUp.id, FollowUp.performance)
        .where(FollowUp.visited_on.is_not(None))
        .order_by(FollowUp.id)
    ).all()
    for visit_id, found in visits:
        choices, weights = _SATISFACTION[found or Performance.PENDING]
        ctx.session.execute(
            update(FollowUp)
            .where(FollowUp.id == visit_id)
            .values(
                method=rng.choices(_METHODS, _METHOD_WEIGHTS)[0],
                satisfaction=rng.choices(choices, weights)[0],
                updated_at=FollowUp.updated_at,  # as it was: no wall-clock time in the demo
            )
        )


def _neighbours(ctx: Context, village_id: int | None) -> list[str]:
    """A few adults of the village, to stand as the others present at an incident."""
    if village_id is None:
        return []
    return list(
        ctx.session.scalars(
            select(Person.name)
            .join(Household, Person.household_id == Household.id)
            .where(Household.village_id == village_id, Person.status == ResidentStatus.ACTIVE)
            .order_by(Person.id)
            .limit(40)
        )
    )


def _incidents(ctx: Context, rng: random.Random) -> None:
    rows = ctx.session.execute(
        select(
            Agreement.id,
            Dispute.received_at,
            Dispute.place_kind,
            Dispute.place_detail,
            Dispute.village_id,
            Village.name,
        )
        .join(Dispute, Agreement.dispute_id == Dispute.id)
        .outerjoin(Village, Dispute.village_id == Village.id)
        .where(
            Agreement.kind == AgreementKind.POLICE_MEDIATION,
            Agreement.form == AgreementForm.WRITTEN,
        )
        .order_by(Agreement.id)
    ).all()
    for agreement_id, received, kind, detail, village_id, village in rows:
        hours = rng.randint(2, 30)
        happened = (received - timedelta(hours=hours)).replace(
            minute=rng.choice((0, 10, 20, 30, 40, 50)), second=0
        )
        neighbours = _neighbours(ctx, village_id)
        others = "无"
        if neighbours and rng.random() < 0.6:
            others = f"村民{rng.choice(neighbours)}（{rng.choice(_WITNESS_ROLES)}）"
        ctx.session.execute(
            update(Agreement)
            .where(Agreement.id == agreement_id)
            .values(
                incident_at=happened,
                incident_place=place_text(kind, village or "", detail),
                others_present=others,
                updated_at=Agreement.updated_at,
            )
        )


def _prevented(ctx: Context, rng: random.Random) -> None:
    """Closed cases the post judged to have stopped something worse: a police case settled
    before a fight turned into a crime; a land or house-site quarrel of many parties settled
    before they went to petition together."""
    rows = ctx.session.execute(
        select(Dispute.id, Dispute.category, Agreement.kind)
        .join(Agreement, Agreement.dispute_id == Dispute.id)
        .where(Dispute.status == DisputeStatus.CLOSED)
        .order_by(Dispute.id)
    ).all()
    group_quarrels = (DisputeCategory.LAND_BOUNDARY, DisputeCategory.HOUSE_SITE)
    for dispute_id, category, kind in rows:
        crime = kind is AgreementKind.POLICE_MEDIATION and rng.random() < 0.3
        petition = category in group_quarrels and rng.random() < 0.2
        if crime or petition:
            ctx.session.execute(
                update(Dispute)
                .where(Dispute.id == dispute_id)
                .values(
                    prevented_crime=crime,
                    prevented_petition=petition,
                    updated_at=Dispute.updated_at,
                )
            )
