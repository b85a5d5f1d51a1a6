"""没有有效连心卡的户: households whose latest card is missing or no longer current.

Whether a card is current is decided by the cards' own rule, ``cards.who.card_state``, never
restated here. Counting must not load a household or a card, so the latest card of every live
household is read as plain columns and grouped by everything the rule looks at (the village,
whose officer is on its cards, and what the card carried): a township has a few dozen such
groups, and ``card_state`` judges each group once, on a detached ``ContactCard`` holding those
columns. The households of the groups that are not current are the queue, as
``print contact-cards --all-missing`` selects them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased, selectinload

from lijiabu_desk.models import ContactCard, Household, Officer, Village, VillageGroup
from lijiabu_desk.services.cards.who import CardState, card_officer, card_state, printed_card
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.queues.common import ROW_LIMIT, Queue, QueueRow
from lijiabu_desk.services.queues.households import household_row, household_rows
from lijiabu_desk.services.station import current_station

HOUSEHOLDS_WITHOUT_CARD = "households_without_card"

#: What ``card_state`` reads of a card, besides the household's village.
_CARD_COLUMNS = (
    ContactCard.officer_id,
    ContactCard.printed_badge_no,
    ContactCard.printed_officer_phone,
    ContactCard.printed_duty_phone,
    ContactCard.printed_chief_phone,
    ContactCard.printed_anti_fraud_phone,
)


def _latest_card_id() -> Any:
    """The household's latest live card, as ``cards.who.latest_card`` picks it (the latest
    day; the later record on the same day)."""
    other = aliased(ContactCard)
    return (
        select(other.id)
        .where(other.household_id == Household.id, other.deleted_at.is_(None))
        .order_by(other.issued_on.desc(), other.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _with_latest_card(*columns: Any) -> Any:
    return (
        select(*columns)
        .select_from(Household)
        .outerjoin(ContactCard, ContactCard.id == _latest_card_id())
        .where(Household.deleted_at.is_(None))
    )


@dataclass(frozen=True)
class _Verdicts:
    """Each (village, card as printed) group: how many households, and the rule's verdict."""

    groups: dict[tuple[Any, ...], tuple[int, CardState]]

    @property
    def missing(self) -> int:
        return sum(n for n, state in self.groups.values() if not state.current)

    def stale_keys(self) -> list[tuple[Any, ...]]:
        """Groups holding a card that is not current (households without one aside)."""
        return [k for k, (_, s) in self.groups.items() if not s.current and k[1] is not None]


def _village_officers(session: Session) -> dict[int, Officer | None]:
    """The officer on each village's cards, by ``card_officer`` on one of its households (the
    rule reads only the household's village)."""
    one_each = select(func.min(Household.id)).group_by(Household.village_id)
    homes = session.scalars(
        select(Household)
        .where(Household.id.in_(one_each))
        .options(selectinload(Household.village).selectinload(Village.responsible_officer))
    )
    return {home.village_id: card_officer(session, home) for home in homes}


def _verdicts(session: Session) -> _Verdicts:
    stmt = _with_latest_card(Household.village_id, *_CARD_COLUMNS, func.count()).group_by(
        Household.village_id, *_CARD_COLUMNS
    )
    found = session.execute(stmt).all()
    station = current_station(session)
    officers = _village_officers(session) if found else {}
    groups = {}
    for village_id, officer_id, badge, phone, duty, chief, fraud, count in found:
        card = printed_card(officer_id, badge, phone, duty, chief, fraud)
        state = card_state(card, officers.get(village_id), station)
        groups[(village_id, officer_id, badge, phone, duty, chief, fraud)] = (count, state)
    return _Verdicts(groups)


def count_households_without_card(session: Session, today: date) -> int:
    return _verdicts(session).missing


def list_households_without_card(session: Session, today: date, limit: int) -> list[QueueRow]:
    """In the card printer's order: village, 社, household number."""
    return _listed(session, _verdicts(session), limit)


def _listed(session: Session, verdicts: _Verdicts, limit: int) -> list[QueueRow]:
    without: ColumnElement[bool] = ContactCard.id.is_(None)
    stale = verdicts.stale_keys()
    if stale:
        without = or_(without, tuple_(Household.village_id, *_CARD_COLUMNS).in_(stale))
    found = session.execute(
        _with_latest_card(Household.id, Household.village_id, ContactCard.issued_on, *_CARD_COLUMNS)
        .join(Village, Village.id == Household.village_id)
        .outerjoin(VillageGroup, VillageGroup.id == Household.group_id)
        .where(without)
        .order_by(Village.name, VillageGroup.number, Household.household_no)
        .limit(limit)
    ).all()
    homes = household_rows(session, [r.id for r in found])
    rows = []
    for r in found:
        _, state = verdicts.groups[(r.village_id, *r[3:])]
        rows.append(household_row(homes[r.id], r.issued_on, state.reason))
    return rows


def households_without_card(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """Households with no card yet, or whose latest card no longer carries what would print
    today (``today`` only for the common signature: the rule compares with today's numbers).
    The groups are judged once for both the count and the rows."""
    with ctx.read() as session:
        verdicts = _verdicts(session)
        found = tuple(_listed(session, verdicts, max(limit, 0))) if rows else ()
    return Queue(HOUSEHOLDS_WITHOUT_CARD, verdicts.missing, found)
