"""Visits as the pages list them: a household's (on its page) and a person's (the visits that
did something for them: the app installed, the photo for their ID card)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.strategy_options import _AbstractLoad

from lijiabu_desk.models import HomeVisit, HomeVisitOfficer, HomeVisitPerson
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.field_values import VISIT_PURPOSE_LABELS


@dataclass(frozen=True)
class VisitLine:
    id: int
    visit_date: date
    purpose: str  # the kind, and the words typed when there are any
    officers: str
    done: str  # what the visit did, in a few words
    summary: str


def _done(visit: HomeVisit) -> str:
    parts = []
    people = [p for p in visit.people if p.deleted_at is None]  # a merged duplicate's is retired
    installed = [p.person.name for p in people if p.app_installed]
    photographed = [p.person.name for p in people if p.id_photo_taken]
    if installed:
        parts.append(f"安装反诈App：{'、'.join(installed)}")
    elif visit.anti_fraud_app_installed:
        parts.append("安装反诈App")
    if photographed:
        parts.append(f"办证拍照：{'、'.join(photographed)}")
    elif visit.id_photo_taken:
        parts.append("办证拍照")
    if visit.contact_card_handed:
        parts.append("发放连心卡")
    if visit.dispute_id is not None:
        parts.append("发现纠纷已登记")
    return "；".join(parts)


def visit_line(visit: HomeVisit) -> VisitLine:
    kind = VISIT_PURPOSE_LABELS[visit.purpose_kind]
    purpose = f"{kind}（{visit.purpose}）" if visit.purpose and visit.purpose != kind else kind
    officers = "、".join(o.officer.name for o in visit.officers if o.deleted_at is None)
    return VisitLine(visit.id, visit.visit_date, purpose, officers, _done(visit), visit.summary)


def visit_loading() -> tuple[_AbstractLoad, ...]:
    """The loader options both lists share."""
    return (
        selectinload(HomeVisit.officers).selectinload(HomeVisitOfficer.officer),
        selectinload(HomeVisit.people).selectinload(HomeVisitPerson.person),
    )


def visits_for_household(ctx: ServiceContext, household_id: int) -> list[VisitLine]:
    with ctx.read() as session:
        visits = session.scalars(
            select(HomeVisit)
            .where(HomeVisit.household_id == household_id, HomeVisit.deleted_at.is_(None))
            .options(*visit_loading())
            .order_by(HomeVisit.visit_date.desc(), HomeVisit.id.desc())
        ).all()
        return [visit_line(v) for v in visits]


def visits_for_person(ctx: ServiceContext, person_id: int) -> list[VisitLine]:
    """The visits that did something for this person."""
    with ctx.read() as session:
        visits = session.scalars(
            select(HomeVisit)
            .join(HomeVisitPerson, HomeVisitPerson.visit_id == HomeVisit.id)
            .where(HomeVisitPerson.person_id == person_id, HomeVisit.deleted_at.is_(None))
            .options(*visit_loading())
            .order_by(HomeVisit.visit_date.desc(), HomeVisit.id.desc())
        ).all()
        return [visit_line(v) for v in visits]
