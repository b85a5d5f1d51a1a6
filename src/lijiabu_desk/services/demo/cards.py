"""The demo's 警民连心卡: most villages have a responsible officer (the rest get the chief's
cards); about 70 % of households were handed a card carrying the numbers of its day. One
officer changed mobile a few months ago, so the cards he is on from before that are out of date
and show on the household page and in "every household without a current card"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from lijiabu_desk.models import Station
from lijiabu_desk.services.demo.context import Context
from lijiabu_desk.services.demo.township import Home, Staff, Township

#: Chance that a visited household was handed a card (some are never visited): about 70 % of all.
CARD_SHARE = 0.85


@dataclass(frozen=True)
class CardPlan:
    duty_phone: str
    chief_phone: str
    anti_fraud_phone: str
    changed: Staff | None  # the officer whose mobile changed …
    old_phone: str  # … from this number …
    changed_on: date  # … on this day


def plan_cards(ctx: Context, tw: Township) -> CardPlan:
    """The station's numbers as stored, and the one officer whose mobile changed."""
    ctx.flush()  # the station row is queued with the staff
    station = ctx.session.scalars(select(Station).where(Station.deleted_at.is_(None))).first()
    officers = [v.responsible for v in tw.villages if v.responsible is not None]
    changed = officers[0] if officers else None
    old_phone = f"159{ctx.rng.randrange(100_000_000):08d}"
    changed_on = ctx.today - timedelta(days=ctx.rng.randint(60, 200))
    if station is None:  # not reached: the township always has its station
        return CardPlan("", "", "96110", None, old_phone, changed_on)
    return CardPlan(
        station.duty_phone,
        station.chief_phone,
        station.anti_fraud_phone,
        changed,
        old_phone,
        changed_on,
    )


def card_values(
    plan: CardPlan, tw: Township, home: Home, day: date, giver: Staff
) -> dict[str, Any]:
    """A card handed over on ``day`` by ``giver``, with the numbers printed on it then."""
    officer = home.village.responsible or tw.chief
    phone = officer.phone
    if plan.changed is not None and officer.id == plan.changed.id and day < plan.changed_on:
        phone = plan.old_phone
    return {
        "household_id": home.id,
        "officer_id": officer.id,
        "issued_on": day,
        "printed_badge_no": officer.badge,
        "printed_officer_phone": phone,
        "printed_duty_phone": plan.duty_phone,
        "printed_chief_phone": plan.chief_phone,
        "printed_anti_fraud_phone": plan.anti_fraud_phone,
        "handed_over_by_id": giver.id,
    }
