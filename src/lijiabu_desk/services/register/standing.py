"""Where a person stands in the register, and the one rule every picker follows with it.

Three residents can share one name: one still living in the village, two who moved away years
ago. Whoever is picked for a case, a household or a form must be the right one, so

- searches list residents first, then outsiders (no household), then those who moved away, then
  the dead; retired records (``deleted_at``) last, and only when asked for (``STANDING_SQL``);
- every result row says where the person lives and, when they are no longer here, that they are
  not (``standing_word``);
- before a person who is no longer here becomes a party or a member, the window asks first, in
  the sentence ``person_status_warning`` writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Person, Village, VillageGroup
from lijiabu_desk.models.enums import ResidentStatus, Sex
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError


class Standing(IntEnum):
    """Search order: lower first."""

    RESIDENT = 0  # 在册, in a household of the post's villages
    OUTSIDER = 1  # 在册, without a household (a trader, a lawyer)
    MOVED_AWAY = 2  # 迁出
    DECEASED = 3  # 死亡
    RETIRED = 4  # the record was retired (注销)


def standing_sql(alias: str = "p") -> str:
    """The standing of ``alias`` (a row of persons) as an SQL expression, for ORDER BY."""
    return (
        f"(CASE WHEN {alias}.deleted_at IS NOT NULL THEN {Standing.RETIRED:d} "
        f"WHEN {alias}.status = '{ResidentStatus.ACTIVE.value}' "
        f"THEN ({alias}.household_id IS NULL) "
        f"WHEN {alias}.status = '{ResidentStatus.MOVED_AWAY.value}' "
        f"THEN {Standing.MOVED_AWAY:d} ELSE {Standing.DECEASED:d} END)"
    )


STANDING_SQL = standing_sql()


def standing_of(status: ResidentStatus, household_id: int | None, retired: bool) -> Standing:
    """The same rule as ``STANDING_SQL``, for a row already loaded."""
    if retired:
        return Standing.RETIRED
    if status == ResidentStatus.ACTIVE:
        return Standing.RESIDENT if household_id is not None else Standing.OUTSIDER
    return Standing.MOVED_AWAY if status == ResidentStatus.MOVED_AWAY else Standing.DECEASED


#: The word a result row carries after the place (none for a resident).
STANDING_WORDS: dict[Standing, str] = {
    Standing.OUTSIDER: "非本地户籍",
    Standing.MOVED_AWAY: "已迁出",
    Standing.DECEASED: "已死亡",
    Standing.RETIRED: "已注销",
}

#: What the person is about to become, ending the question "确定要把她…吗？".
AS_PARTY = "作为当事人"
AS_MEMBER = "迁入另一户"

_PRONOUNS = {Sex.MALE: "他", Sex.FEMALE: "她"}
_NAMESAKES_SHOWN = 3


def standing_word(standing: Standing) -> str:
    return STANDING_WORDS.get(standing, "")


def is_here(standing: Standing) -> bool:
    """A resident or an outsider: nobody needs to be asked before picking them."""
    return standing <= Standing.OUTSIDER


@dataclass(frozen=True)
class _Who:
    name: str
    sex: Sex | None
    birth: date | None
    place: str
    standing: Standing
    left_on: date | None


def _when(day: date | None) -> str:
    return f"于{day.year}年{day.month}月{day.day}日" if day is not None else ""


def _people(session: Session, *where: object, limit: int = 1) -> list[_Who]:
    stmt = (
        select(Person, Village.name, VillageGroup.name)
        .outerjoin(Household, Household.id == Person.household_id)
        .outerjoin(Village, Village.id == Household.village_id)
        .outerjoin(VillageGroup, VillageGroup.id == Household.group_id)
        .where(*where)
        .order_by(Person.id)
        .limit(limit)
    )
    found = []
    for p, village, group in session.execute(stmt):
        place = f"{village or ''}{group or ''}" or p.address
        standing = standing_of(p.status, p.household_id, p.deleted_at is not None)
        found.append(_Who(p.name, p.sex, p.birth_date, place, standing, p.left_on))
    return found


def _fact(who: _Who) -> str:
    if who.standing == Standing.MOVED_AWAY:
        return f"{who.name}已{_when(who.left_on)}迁出{who.place}。"
    if who.standing == Standing.DECEASED:
        return f"据人员库登记，{who.name}已{_when(who.left_on)}死亡。"
    return f"{who.name}的人员记录已注销。"


def _described(who: _Who) -> str:
    born = f"{who.birth.year}年生" if who.birth is not None else ""
    details = "，".join(x for x in (who.place, born) if x)
    return f"{who.name}（{details}）" if details else who.name


def _namesakes(here: list[_Who]) -> str:
    if not here:
        return ""
    return f"人员库中另有在册的同名人员：{'、'.join(_described(w) for w in here)}。"


def person_status_warning(
    ctx: ServiceContext, person_id: int, purpose: str = AS_PARTY
) -> str | None:
    """The question to ask before ``person_id`` becomes a party (``AS_PARTY``) or a household's
    member (``AS_MEMBER``), or None when they are a resident or an outsider. Names the active
    namesakes, if any: the officer most likely meant one of them."""
    with ctx.read() as session:
        found = _people(session, Person.id == person_id)
        if not found:
            raise NotFoundError("找不到这个人的记录，请重新选择。")
        who = found[0]
        if is_here(who.standing):
            return None
        namesakes = _people(
            session,
            Person.name == who.name,
            Person.status == ResidentStatus.ACTIVE,
            Person.deleted_at.is_(None),
            limit=_NAMESAKES_SHOWN,
        )
    pronoun = _PRONOUNS.get(who.sex, "此人") if who.sex is not None else "此人"
    return f"{_fact(who)}{_namesakes(namesakes)}确定要把{pronoun}{purpose}吗？"
