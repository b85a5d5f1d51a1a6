"""The household queues that come from home visits (入户走访).

* ``households_not_visited`` is one queue, not two: a household with no visit in this calendar
  year, whether it was never visited (reason 从未走访, listed first) or last visited in an earlier
  year (reason 今年未走访, with that visit's date). The start page shows one count; each row says
  which of the two it is.
* ``elders_alone_unvisited``: households tagged 空巢老人 or 独居 (``register.households.CARE_TAGS``)
  with no visit in the last ``ELDER_VISIT_DAYS`` days: a visit exactly 30 days ago still counts.

Households are the register's live ones (not retired), as the register and the card printer
take them. Retired visits never count, and neither does a visit dated after ``today``: a queue
asked for an earlier day answers as that day would have.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Exists, exists, func, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import HomeVisit, Household, HouseholdTag, Person, Village, VillageGroup
from lijiabu_desk.models.enums import Relation, ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.queues.common import (
    ROW_LIMIT,
    Queue,
    QueueRow,
    RecordKind,
    day_text,
    masked,
    place,
    run_queue,
)

HOUSEHOLDS_NOT_VISITED = "households_not_visited"
ELDERS_ALONE_UNVISITED = "elders_alone_unvisited"

#: The care tags of elders living alone, as the register writes them (``CARE_TAGS``).
ELDER_TAGS = ("空巢老人", "独居")
#: An elder living alone is visited at least this often.
ELDER_VISIT_DAYS = 30


def _visited(first: date, today: date) -> Exists:
    """The household has a live visit dated from ``first`` to ``today``."""
    return exists(
        select(HomeVisit.id).where(
            HomeVisit.household_id == Household.id,
            HomeVisit.deleted_at.is_(None),
            HomeVisit.visit_date.between(first, today),
        )
    )


def _last_visit(today: date) -> Any:
    return (
        select(func.max(HomeVisit.visit_date))
        .where(
            HomeVisit.household_id == Household.id,
            HomeVisit.deleted_at.is_(None),
            HomeVisit.visit_date <= today,
        )
        .scalar_subquery()
    )


def household_rows(session: Session, ids: list[int]) -> dict[int, Any]:
    """What a household row shows: number, address, its head (the active 户主) and phones."""
    head = (
        select(Person.name)
        .where(
            Person.household_id == Household.id,
            Person.relation == Relation.HEAD,
            Person.status == ResidentStatus.ACTIVE,
            Person.deleted_at.is_(None),
        )
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(
            Household.id,
            Household.household_no,
            Household.house_no,
            Household.phone,
            Household.phone2,
            Village.name.label("village"),
            VillageGroup.name.label("group"),
            head.label("head"),
        )
        .join(Village, Village.id == Household.village_id)
        .outerjoin(VillageGroup, VillageGroup.id == Household.group_id)
        .where(Household.id.in_(ids))
    )
    return {r.id: r for r in session.execute(stmt)}


def household_row(home: Any, due: date | None, reason: str) -> QueueRow:
    return QueueRow(
        kind=RecordKind.HOUSEHOLD,
        record_id=home.id,
        name=home.head or f"户号{home.household_no}",
        village=home.village,
        address=place(home.village, home.group, home.house_no),
        phone=masked(home.phone, home.phone2),
        due_on=due,
        reason=reason,
        household_id=home.id,
        label=home.household_no,
    )


def _rows(
    session: Session, where: tuple[ColumnElement[bool], ...], today: date, limit: int
) -> list[tuple[Any, date | None]]:
    """The households ``where`` selects with their last visit: never visited first, then the
    longest unvisited, then by household number."""
    last = _last_visit(today).label("last")
    found = session.execute(
        select(Household.id, last)
        .where(*where)
        .order_by(last.is_not(None), last, Household.household_no)
        .limit(limit)
    ).all()
    homes = household_rows(session, [r.id for r in found])
    return [(homes[r.id], r.last) for r in found]


# --- 从未走访或今年未走访的户 -----------------------------------------------------------------


def _not_visited(today: date) -> tuple[ColumnElement[bool], ...]:
    return Household.deleted_at.is_(None), ~_visited(date(today.year, 1, 1), today)


def count_households_not_visited(session: Session, today: date) -> int:
    stmt = select(func.count(Household.id)).where(*_not_visited(today))
    return int(session.scalar(stmt) or 0)


def list_households_not_visited(session: Session, today: date, limit: int) -> list[QueueRow]:
    return [
        household_row(
            home,
            last,
            "从未走访" if last is None else f"今年未走访（上次{day_text(last)}）",
        )
        for home, last in _rows(session, _not_visited(today), today, limit)
    ]


def households_not_visited(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """Households never visited, or not since 1 January of ``today``'s year."""
    return run_queue(
        ctx,
        HOUSEHOLDS_NOT_VISITED,
        today,
        count_households_not_visited,
        list_households_not_visited,
        rows=rows,
        limit=limit,
    )


# --- 30天内未走访的空巢、独居老人户 ----------------------------------------------------------


def _tagged() -> Exists:
    return exists(
        select(HouseholdTag.id).where(
            HouseholdTag.household_id == Household.id,
            HouseholdTag.deleted_at.is_(None),
            HouseholdTag.tag.in_(ELDER_TAGS),
        )
    )


def _elders_unvisited(today: date) -> tuple[ColumnElement[bool], ...]:
    since = today - timedelta(days=ELDER_VISIT_DAYS)
    return Household.deleted_at.is_(None), _tagged(), ~_visited(since, today)


def count_elders_alone_unvisited(session: Session, today: date) -> int:
    stmt = select(func.count(Household.id)).where(*_elders_unvisited(today))
    return int(session.scalar(stmt) or 0)


def _elder_tags(session: Session, ids: list[int]) -> dict[int, str]:
    stmt = (
        select(HouseholdTag.household_id, HouseholdTag.tag)
        .where(
            HouseholdTag.household_id.in_(ids),
            HouseholdTag.deleted_at.is_(None),
            HouseholdTag.tag.in_(ELDER_TAGS),
        )
        .order_by(HouseholdTag.household_id, HouseholdTag.tag)
    )
    tags: dict[int, list[str]] = {}
    for household_id, tag in session.execute(stmt):
        tags.setdefault(household_id, []).append(tag)
    return {k: "、".join(v) for k, v in tags.items()}


def list_elders_alone_unvisited(session: Session, today: date, limit: int) -> list[QueueRow]:
    found = _rows(session, _elders_unvisited(today), today, limit)
    tags = _elder_tags(session, [home.id for home, _ in found])
    rows = []
    for home, last in found:
        when = "从未走访" if last is None else f"{(today - last).days}天未走访"
        rows.append(household_row(home, last, f"{tags.get(home.id, '')}，{when}"))
    return rows


def elders_alone_unvisited(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """Households tagged 空巢老人 or 独居 without a visit in the last ``ELDER_VISIT_DAYS`` days
    (from ``today`` minus 30 days to ``today``, both included)."""
    return run_queue(
        ctx,
        ELDERS_ALONE_UNVISITED,
        today,
        count_elders_alone_unvisited,
        list_elders_alone_unvisited,
        rows=rows,
        limit=limit,
    )
