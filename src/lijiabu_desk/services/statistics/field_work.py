"""Service work of a period: home visits, ID cards renewed at home, contact cards, outreach.

Counting rules (a retired record counts nowhere; the village is the household's, for a renewal
the person's household's as it is now, and for outreach the event's own — an event at the
market or a school has none and counts only without a village filter):

* ``visits``: home visits made in the period (``visit_date``); ``households_visited``: the
  distinct households they went to.
* ``ids_renewed``: ID cards renewed for someone at home (上门办证) and delivered in the period
  (``IdRenewal.delivered_on``); every renewal record is the home service. ``id_photos``: the
  photos for such renewals taken in the period (``photo_taken_on``).
* ``cards_issued``: contact cards handed over in the period (``issued_on``).
* ``without_card``: households on the register (not retired) whose latest card handed over by
  the period's last day is missing or not current. "Current" is the cards' own rule,
  ``cards.who.card_state``, applied as the work queue applies it: the card against what would
  print today (the app keeps no history of officers' numbers, so a card that was current at the
  period's end and went out of date since counts as without).
* ``outreach_events``: events held in the period (``held_on``); ``people_reached`` and
  ``apps_at_events`` sum their people and installs (named installers are part of an event's
  count already).
* ``apps_on_visits``: installs recorded on the period's visits: each member named as having
  installed the app on a visit marked as installing it, or one for such a visit that names no
  one (visits recorded before members were named). ``apps_installed`` = events + visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import (
    ContactCard,
    HomeVisit,
    HomeVisitPerson,
    Household,
    IdRenewal,
    OutreachEvent,
    Person,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics.cards import households_without_card, without_card_count
from lijiabu_desk.services.statistics.common import Records, flag, on_day_in, read
from lijiabu_desk.services.statistics.periods import Period


class ServiceFigure(StrEnum):
    VISITS = "visits"
    HOUSEHOLDS_VISITED = "households_visited"
    IDS_RENEWED = "ids_renewed"
    ID_PHOTOS = "id_photos"
    CARDS_ISSUED = "cards_issued"
    WITHOUT_CARD = "without_card"
    OUTREACH_EVENTS = "outreach_events"
    PEOPLE_REACHED = "people_reached"  # a sum over events
    APPS_AT_EVENTS = "apps_at_events"  # a sum over events
    APPS_ON_VISITS = "apps_on_visits"  # a sum over visits


SERVICE_LABELS: dict[ServiceFigure, str] = {
    ServiceFigure.VISITS: "入户走访（次）",
    ServiceFigure.HOUSEHOLDS_VISITED: "走访户数",
    ServiceFigure.IDS_RENEWED: "上门办理身份证（送达）",
    ServiceFigure.ID_PHOTOS: "上门办证拍照",
    ServiceFigure.CARDS_ISSUED: "发放警民连心卡",
    ServiceFigure.WITHOUT_CARD: "期末无有效连心卡户数",
    ServiceFigure.OUTREACH_EVENTS: "反诈宣传（场）",
    ServiceFigure.PEOPLE_REACHED: "宣传人数",
    ServiceFigure.APPS_AT_EVENTS: "宣传活动安装反诈App",
    ServiceFigure.APPS_ON_VISITS: "入户走访安装反诈App",
}

#: What a drill-down's ids are, per figure.
SERVICE_RECORDS: dict[ServiceFigure, Records] = {
    ServiceFigure.VISITS: Records.VISIT,
    ServiceFigure.HOUSEHOLDS_VISITED: Records.HOUSEHOLD,
    ServiceFigure.IDS_RENEWED: Records.RENEWAL,
    ServiceFigure.ID_PHOTOS: Records.RENEWAL,
    ServiceFigure.CARDS_ISSUED: Records.CARD,
    ServiceFigure.WITHOUT_CARD: Records.HOUSEHOLD,
    ServiceFigure.OUTREACH_EVENTS: Records.OUTREACH,
    ServiceFigure.PEOPLE_REACHED: Records.OUTREACH,
    ServiceFigure.APPS_AT_EVENTS: Records.OUTREACH,
    ServiceFigure.APPS_ON_VISITS: Records.VISIT,
}

#: Figures that are sums over their records, not counts of them.
SUM_FIGURES = frozenset(
    {ServiceFigure.PEOPLE_REACHED, ServiceFigure.APPS_AT_EVENTS, ServiceFigure.APPS_ON_VISITS}
)


@dataclass(frozen=True)
class ServiceWork:
    visits: int
    households_visited: int
    ids_renewed: int
    id_photos: int
    cards_issued: int
    without_card: int
    outreach_events: int
    people_reached: int
    apps_at_events: int
    apps_on_visits: int

    @property
    def apps_installed(self) -> int:
        return self.apps_at_events + self.apps_on_visits

    def figure(self, figure: ServiceFigure) -> int:
        return int(getattr(self, figure.value))


def _installs() -> Any:
    """A visit's installs: its named members with the app, or one when it names none."""
    named = (
        select(func.count(HomeVisitPerson.id))
        .where(
            HomeVisitPerson.visit_id == HomeVisit.id,
            HomeVisitPerson.app_installed.is_(True),
            HomeVisitPerson.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    return case((HomeVisit.anti_fraud_app_installed.is_(True), func.max(named, 1)), else_=0)


def _visits(period: Period, village_id: int | None, *columns: Any) -> Select[Any]:
    stmt = select(*columns).where(
        HomeVisit.deleted_at.is_(None), on_day_in(HomeVisit.visit_date, period)
    )
    if village_id is not None:
        stmt = stmt.join(Household, Household.id == HomeVisit.household_id).where(
            Household.village_id == village_id
        )
    return stmt


def _renewals(period: Period, village_id: int | None, *columns: Any) -> Select[Any]:
    stmt = select(*columns).where(
        IdRenewal.deleted_at.is_(None),
        or_(
            on_day_in(IdRenewal.delivered_on, period),
            on_day_in(IdRenewal.photo_taken_on, period),
        ),
    )
    if village_id is not None:
        stmt = (
            stmt.join(Person, Person.id == IdRenewal.person_id)
            .join(Household, Household.id == Person.household_id)
            .where(Household.village_id == village_id)
        )
    return stmt


def _cards(period: Period, village_id: int | None, *columns: Any) -> Select[Any]:
    stmt = select(*columns).where(
        ContactCard.deleted_at.is_(None), on_day_in(ContactCard.issued_on, period)
    )
    if village_id is not None:
        stmt = stmt.join(Household, Household.id == ContactCard.household_id).where(
            Household.village_id == village_id
        )
    return stmt


def _events(period: Period, village_id: int | None, *columns: Any) -> Select[Any]:
    stmt = select(*columns).where(
        OutreachEvent.deleted_at.is_(None), on_day_in(OutreachEvent.held_on, period)
    )
    if village_id is not None:
        stmt = stmt.where(OutreachEvent.village_id == village_id)
    return stmt


def service_work_in(session: Session, period: Period, village_id: int | None) -> ServiceWork:
    visits, homes, apps = session.execute(
        _visits(
            period,
            village_id,
            func.count(HomeVisit.id),
            func.count(distinct(HomeVisit.household_id)),
            func.coalesce(func.sum(_installs()), 0),
        )
    ).one()
    renewed, photos = session.execute(
        _renewals(
            period,
            village_id,
            func.coalesce(func.sum(flag(on_day_in(IdRenewal.delivered_on, period))), 0),
            func.coalesce(func.sum(flag(on_day_in(IdRenewal.photo_taken_on, period))), 0),
        )
    ).one()
    cards = session.scalar(_cards(period, village_id, func.count(ContactCard.id)))
    events, reached, at_events = session.execute(
        _events(
            period,
            village_id,
            func.count(OutreachEvent.id),
            func.coalesce(func.sum(OutreachEvent.people_reached), 0),
            func.coalesce(func.sum(OutreachEvent.apps_installed), 0),
        )
    ).one()
    return ServiceWork(
        visits=int(visits),
        households_visited=int(homes),
        ids_renewed=int(renewed),
        id_photos=int(photos),
        cards_issued=int(cards or 0),
        without_card=without_card_count(session, period.end, village_id),
        outreach_events=int(events),
        people_reached=int(reached),
        apps_at_events=int(at_events),
        apps_on_visits=int(apps),
    )


def service_work(ctx: ServiceContext, period: Period, village_id: int | None = None) -> ServiceWork:
    """Visits, renewals, cards and outreach of ``period``."""
    return read(ctx, lambda s: service_work_in(s, period, village_id))


def _ids_stmt(period: Period, village_id: int | None, figure: ServiceFigure) -> Select[Any]:
    if figure is ServiceFigure.VISITS:
        return _visits(period, village_id, HomeVisit.id)
    if figure is ServiceFigure.HOUSEHOLDS_VISITED:
        return _visits(period, village_id, HomeVisit.household_id).distinct()
    if figure is ServiceFigure.APPS_ON_VISITS:
        return _visits(period, village_id, HomeVisit.id).where(_installs() > 0)
    if figure is ServiceFigure.IDS_RENEWED:
        renewed = on_day_in(IdRenewal.delivered_on, period)
        return _renewals(period, village_id, IdRenewal.id).where(renewed)
    if figure is ServiceFigure.ID_PHOTOS:
        photo = on_day_in(IdRenewal.photo_taken_on, period)
        return _renewals(period, village_id, IdRenewal.id).where(photo)
    if figure is ServiceFigure.CARDS_ISSUED:
        return _cards(period, village_id, ContactCard.id)
    events = _events(period, village_id, OutreachEvent.id)
    if figure is ServiceFigure.PEOPLE_REACHED:
        return events.where(OutreachEvent.people_reached > 0)
    if figure is ServiceFigure.APPS_AT_EVENTS:
        return events.where(OutreachEvent.apps_installed > 0)
    return events


def service_ids(
    ctx: ServiceContext, period: Period, village_id: int | None = None, *, figure: ServiceFigure
) -> list[int]:
    """The records behind a figure (which records: ``SERVICE_RECORDS``), by id. For a sum
    (``SUM_FIGURES``) they are the records that add something to it."""

    def ids(session: Session) -> list[int]:
        if figure is ServiceFigure.WITHOUT_CARD:
            return households_without_card(session, period.end, village_id)
        return sorted(session.scalars(_ids_stmt(period, village_id, figure)))

    return read(ctx, ids)
