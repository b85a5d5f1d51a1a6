"""The people list: ids first, rows on demand.

A village can hold thousands of people and the whole township a hundred thousand; the list holds
only their ids (one fast query) and the screen asks for the rows it shows, a block at a time, as
Anki's browser does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Person, Village, VillageGroup
from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.identity import age_on, mask_id_number
from lijiabu_desk.services.register.standing import Standing, standing_of, standing_word
from lijiabu_desk.services.validation import mask_phone

RENEWAL_WINDOW = timedelta(days=92)  # renewal may start three months before expiry


class CardState(StrEnum):
    """What an ID card's expiry asks of the post (the one rule: lists, pages and forms)."""

    EXPIRED = "expired"  # 已过期
    DUE = "due"  # 可换领: expires within RENEWAL_WINDOW


def card_state(expiry: date | None, long_term: bool, today: date) -> CardState | None:
    """Expired, due for renewal, or nothing to do (long-term, unknown, or still far off).
    ``person_ids(ID_DUE)`` selects the same people in SQL."""
    if long_term or expiry is None:
        return None
    if expiry < today:
        return CardState.EXPIRED
    return CardState.DUE if expiry - today <= RENEWAL_WINDOW else None


class PeopleFilter(StrEnum):
    ACTIVE = "active"  # 在册
    ID_DUE = "id_due"  # 身份证已过期或可换领
    HOME_SERVICE = "home_service"  # 需上门服务
    ELDERS = "elders"  # 70 岁以上
    LEFT = "left"  # 迁出/死亡
    OUTSIDERS = "outsiders"  # 非本地户籍


@dataclass(frozen=True)
class PersonListRow:
    id: int
    name: str
    sex: Sex | None
    age: int | None
    masked_id: str
    masked_phone: str
    household_id: int | None
    household_no: str
    address: str
    relation: Relation | None
    id_expiry: date | None
    id_long_term: bool
    status: ResidentStatus
    village: str = ""  # 行政村 and 社 of the household, for telling namesakes apart
    group: str = ""
    birth_year: int | None = None
    standing: Standing = Standing.RESIDENT

    @property
    def place(self) -> str:
        """Where the person lives, as a picker shows it: village and 社, else the address."""
        return f"{self.village}{self.group}" or self.address

    @property
    def standing_word(self) -> str:
        """已迁出, 已死亡, 已注销 or 非本地户籍; empty for a resident."""
        return standing_word(self.standing)


def person_ids(
    ctx: ServiceContext,
    kind: PeopleFilter = PeopleFilter.ACTIVE,
    *,
    village_id: int | None = None,
) -> list[int]:
    today = ctx.today()
    stmt = select(Person.id).where(Person.deleted_at.is_(None))
    if village_id is not None:
        stmt = stmt.join(Household, Household.id == Person.household_id).where(
            Household.village_id == village_id
        )
    active = Person.status == ResidentStatus.ACTIVE
    if kind == PeopleFilter.ACTIVE:
        stmt = stmt.where(active)
    elif kind == PeopleFilter.ID_DUE:
        stmt = stmt.where(
            active, Person.id_long_term.is_(False), Person.id_expiry_date <= today + RENEWAL_WINDOW
        )
    elif kind == PeopleFilter.HOME_SERVICE:
        stmt = stmt.where(active, Person.needs_home_service.is_(True))
    elif kind == PeopleFilter.ELDERS:
        born_before = date(today.year - 70, today.month, min(today.day, 28))
        stmt = stmt.where(active, Person.birth_date <= born_before)
    elif kind == PeopleFilter.LEFT:
        stmt = stmt.where(Person.status != ResidentStatus.ACTIVE)
    elif kind == PeopleFilter.OUTSIDERS:
        stmt = stmt.where(Person.household_id.is_(None))
    order = Person.id_expiry_date if kind == PeopleFilter.ID_DUE else Person.name_keys
    with ctx.read() as session:
        return list(session.scalars(stmt.order_by(order, Person.id)))


def person_rows(ctx: ServiceContext, ids: list[int]) -> dict[int, PersonListRow]:
    """The rows for some ids (a screenful), masked for display."""
    with ctx.read() as session:
        return load_rows(session, ids, ctx.today())


def load_rows(session: Session, ids: list[int], today: date) -> dict[int, PersonListRow]:
    """The display rows of these people, masked (PIPL); lists and search results share them."""
    if not ids:
        return {}
    stmt = (
        select(Person, Household.household_no, Village.name, VillageGroup.name, Household.house_no)
        .outerjoin(Household, Household.id == Person.household_id)
        .outerjoin(Village, Village.id == Household.village_id)
        .outerjoin(VillageGroup, VillageGroup.id == Household.group_id)
        .where(Person.id.in_(ids))
    )
    rows = {}
    for p, household_no, village, group, house_no in session.execute(stmt):
        rows[p.id] = PersonListRow(
            p.id,
            p.name,
            p.sex,
            age_on(p.birth_date, today) if p.birth_date and p.birth_date <= today else None,
            mask_id_number(p.id_number) if p.id_number else "",
            mask_phone(p.phone) if p.phone else "",
            p.household_id,
            household_no or "",
            f"{village or ''}{group or ''}{house_no or ''}" or p.address,
            p.relation,
            p.id_expiry_date,
            p.id_long_term,
            p.status,
            village or "",
            group or "",
            p.birth_date.year if p.birth_date else None,
            standing_of(p.status, p.household_id, p.deleted_at is not None),
        )
    return rows
