"""Households without a current contact card at a day: the cards' own rule, counted in SQL.

Whether a card is current is ``cards.who.card_state`` (the officer on the card, and each number
it carries, against what would print today), never restated here. As the work queue does, the
latest card of each live household handed over by ``day`` is read as plain columns and grouped
by everything the rule looks at (the household's village, whose officer is on its cards, and the
card's officer and printed numbers): a township has a few dozen such groups, and ``card_state``
judges each once, on a detached ``ContactCard``. The latest card is the one
``cards.who.latest_card`` picks: the latest day, the later record on the same day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased, selectinload

from lijiabu_desk.models import ContactCard, Household, Officer, Village
from lijiabu_desk.services.cards.who import card_officer, card_state, printed_card
from lijiabu_desk.services.station import current_station

#: What ``card_state`` reads of a card, besides the household's village.
_CARD_COLUMNS = (
    ContactCard.officer_id,
    ContactCard.printed_badge_no,
    ContactCard.printed_officer_phone,
    ContactCard.printed_duty_phone,
    ContactCard.printed_chief_phone,
    ContactCard.printed_anti_fraud_phone,
)

Key = tuple[Any, ...]


def _with_latest_card(day: date, village_id: int | None, *columns: Any) -> Any:
    other = aliased(ContactCard)
    latest = (
        select(other.id)
        .where(
            other.household_id == Household.id,
            other.deleted_at.is_(None),
            other.issued_on <= day,
        )
        .order_by(other.issued_on.desc(), other.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(*columns)
        .select_from(Household)
        .outerjoin(ContactCard, ContactCard.id == latest)
        .where(Household.deleted_at.is_(None))
    )
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    return stmt


def _village_officers(session: Session, village_ids: set[int]) -> dict[int, Officer | None]:
    """The officer on each village's cards, by ``card_officer`` on one of its households."""
    one_each = (
        select(func.min(Household.id))
        .where(Household.village_id.in_(village_ids))
        .group_by(Household.village_id)
    )
    homes = session.scalars(
        select(Household)
        .where(Household.id.in_(one_each))
        .options(selectinload(Household.village).selectinload(Village.responsible_officer))
    )
    return {home.village_id: card_officer(session, home) for home in homes}


def _groups(session: Session, day: date, village_id: int | None) -> dict[Key, tuple[int, bool]]:
    """(village, card as printed) → (households, current?)."""
    # ``+ 0``: grouping by the bare column makes SQLite walk the households in the order of
    # their village index, a random read per household (twice the time on a township).
    village = (Household.village_id + 0).label("village")
    stmt = _with_latest_card(day, village_id, village, *_CARD_COLUMNS, func.count()).group_by(
        village, *_CARD_COLUMNS
    )
    found = session.execute(stmt).all()
    if not found:
        return {}
    station = current_station(session)
    officers = _village_officers(session, {row[0] for row in found})
    groups: dict[Key, tuple[int, bool]] = {}
    for village, officer_id, badge, phone, duty, chief, fraud, count in found:
        card = printed_card(officer_id, badge, phone, duty, chief, fraud)
        current = card_state(card, officers.get(village), station).current
        groups[(village, officer_id, badge, phone, duty, chief, fraud)] = (count, current)
    return groups


def without_card_count(session: Session, day: date, village_id: int | None) -> int:
    """Households whose latest card by ``day`` is missing or not current."""
    return sum(n for n, current in _groups(session, day, village_id).values() if not current)


def households_without_card(session: Session, day: date, village_id: int | None) -> list[int]:
    """The households ``without_card_count`` counts, by id."""
    groups = _groups(session, day, village_id)
    stale = [key for key, (_, current) in groups.items() if not current and key[1] is not None]
    without: ColumnElement[bool] = ContactCard.id.is_(None)
    if stale:
        without = or_(without, tuple_(Household.village_id, *_CARD_COLUMNS).in_(stale))
    stmt = _with_latest_card(day, village_id, Household.id).where(without).order_by(Household.id)
    return list(session.scalars(stmt))
