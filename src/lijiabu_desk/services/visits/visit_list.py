"""The printed 走访清单: everyone whose ID card is expired or due within three months (the
``id_cards_due`` queue), by village and 社, home-service cases first, with where each renewal
stands — for the officer who goes out to the villages.

Phones print in full for a role that may see full numbers (the officer must be able to ring from
the village) and masked otherwise, as every other printed form does; the print is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from lijiabu_desk.documents.fonts import FontsMissingError, default_fonts, missing_glyphs
from lijiabu_desk.documents.render.visit_list import render_visit_list
from lijiabu_desk.documents.visit_list_data import VisitListData, VisitListRow
from lijiabu_desk.models import Household, Officer, Person
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.cards.who import format_phone
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.identity import age_on
from lijiabu_desk.services.labels import SEX_LABELS
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.queues.people import list_id_cards_due
from lijiabu_desk.services.station import current_station
from lijiabu_desk.services.validation import mask_phone
from lijiabu_desk.services.visits.renewals import RenewalStage, renewal_views_in

TITLE = "身份证到期走访清单"
#: More than any post has due at once; the list is for paper, not for a screen page.
MOST = 5000


@dataclass(frozen=True)
class PrintedVisitList:
    pdf: bytes
    people: int
    masked: bool  # phones printed masked (the role may not see full numbers)
    missing_glyphs: frozenset[str]  # characters no installed font has (printed as boxes)


def _expiry_words(expiry: date, today: date) -> str:
    days = (expiry - today).days
    if days < 0:
        return f"已过期{-days}天"
    return "今天到期" if days == 0 else f"还有{days}天到期"


def _phone(person: Person, full: bool) -> str:
    numbers = [person.phone]
    if person.household is not None:
        numbers += [person.household.phone, person.household.phone2]
    shown = list(dict.fromkeys(n for n in numbers if n))[:2]
    return "\n".join(format_phone(n) if full else mask_phone(n) for n in shown)


def print_visit_list(
    ctx: ServiceContext,
    today: date,
    *,
    village_id: int | None = None,
    officer_id: int | None = None,
) -> PrintedVisitList:
    """The visit list at ``today`` (all villages, or one), for ``officer_id`` when given."""
    full = allows(ctx.actor, Permission.VIEW_FULL_ID)
    with ctx.read(Permission.PRINT) as session:
        ids = [row.record_id for row in list_id_cards_due(session, today, MOST)]
        people = {
            p.id: p
            for p in session.scalars(
                select(Person)
                .where(Person.id.in_(ids))
                .options(
                    selectinload(Person.household).selectinload(Household.village),
                    selectinload(Person.household).selectinload(Household.group),
                )
            )
        }
        stages = renewal_views_in(session, ids)
        rows = []
        for person_id in ids:
            p = people[person_id]
            home = p.household
            if village_id is not None and (home is None or home.village_id != village_id):
                continue
            stage = stages[person_id]
            note = "" if stage.stage is RenewalStage.DUE else f"办证进度：{stage.stage_label}"
            rows.append(
                VisitListRow(
                    name=p.name,
                    sex=SEX_LABELS.get(p.sex, "") if p.sex else "",
                    age=age_on(p.birth_date, today) if p.birth_date else None,
                    village=home.village.name if home else "",
                    group=home.group.name if home and home.group else "",
                    address=(p.address or _home_address(home)),
                    phone=_phone(p, full),
                    id_expiry=p.id_expiry_date,
                    expiry_text=_expiry_words(p.id_expiry_date, today) if p.id_expiry_date else "",
                    needs_home_service=p.needs_home_service,
                    home_service_reason=p.home_service_reason,
                    note=note,
                )
            )
        station = current_station(session)
        officer = session.get(Officer, officer_id) if officer_id is not None else None
        data = VisitListData(
            station_name=station.name if station else "",
            title=TITLE,
            officer_name=officer.name if officer else "",
            as_of=today,
            rows=tuple(rows),
        )
    try:
        fonts = default_fonts()
    except FontsMissingError as exc:
        raise ServiceError(str(exc)) from exc
    pdf = render_visit_list(data, fonts)
    with ctx.write(Permission.PRINT) as session:  # audited once it exists
        record_event(
            session,
            ctx.actor,
            Action.PRINT,
            details={"form": "visit-list", "people": len(rows), "masked": not full},
        )
    return PrintedVisitList(
        pdf, len(rows), not full, frozenset(missing_glyphs(data.printed_text(), fonts))
    )


def _home_address(home: Household | None) -> str:
    if home is None:
        return ""
    group = home.group.name if home.group else ""
    number = f"{home.house_no}号" if home.house_no else ""
    return f"{home.village.name}{group}{number}{home.address_detail}"
