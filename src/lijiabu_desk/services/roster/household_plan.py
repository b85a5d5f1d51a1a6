"""The households of an import: their 社, house number, address and phone, decided in the preview.

A household's place is village + 社 + house number + detail (``services.register.households``).
A new household takes it from its head's row (or its first row when the head is not in the
roster): the 社 from the 社 column, else from the sheet's name or title (``reader``), else from
the 现住址 (then the 户籍地址) when that address is in this village; the house number from the
门牌号 column, else from that address; the phone from the head's phone. A household already
registered keeps what it has: the roster only fills what is empty there.

A 社 is matched to the village's groups by name ("阳山社") or by number (三社 = 3社 = 第三社 = 三组
= 3). A 社 the village does not have yet is created with the import, and the preview says so
first: the roster comes from the village, and the officer can still cancel. A 社 that cannot be
read at all is named in the preview with its rows; those households are imported without one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Village, VillageGroup
from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.places import group_name
from lijiabu_desk.services.roster.place_text import AddressParts, group_number, split_address
from lijiabu_desk.services.roster.reader import RosterRow, row_place
from lijiabu_desk.services.roster.registered import RegisteredHousehold
from lijiabu_desk.services.text_rules import rule_for

__all__ = ["Member", "PlannedHousehold", "plan_households"]

_ROWS_NAMED = 10  # rows a note lists before it says "等 N 行"
_MAX_GROUP = 99  # a 社 numbered beyond this is a misreading ("2024组"), not a 社


@dataclass(frozen=True)
class Member:
    """An accepted row of the roster, as the household plan needs it."""

    row: RosterRow
    household_no: str
    relation: Relation
    name: str
    phone: str


@dataclass(frozen=True)
class PlannedHousehold:
    household_no: str
    head: str  # the head's name in the roster ("" when the roster has no head row for it)
    group: int | None  # the 社's number
    group_name: str  # as the village calls it ("三社", "阳山社"), "" for none
    house_no: str
    address_detail: str
    phone: str
    existing_id: int | None = None
    changes: tuple[str, ...] = ()  # of a registered household: what the roster fills in


@dataclass
class HouseholdsPlan:
    households: list[PlannedHousehold]
    new_groups: list[str]
    notes: list[str]


def _group_lookup(groups: Sequence[VillageGroup]) -> tuple[dict[str, int], dict[int, str]]:
    by_name: dict[str, int] = {}
    for g in groups:
        by_name.setdefault(g.name, g.number)
        if len(g.name) > 1 and g.name[-1] in "社组":
            by_name.setdefault(g.name[:-1], g.number)
    return by_name, {g.number: g.name for g in groups}


def _rows_text(rows: list[RosterRow]) -> str:
    """ "第 3、4 行", "“三社”第 3、4 行", or each row's place when they are on several sheets."""
    shown = rows[:_ROWS_NAMED]
    if len({r.sheet for r in shown}) == 1:
        numbers = "、".join(str(r.row) for r in shown)
        text = f"“{shown[0].sheet}”第 {numbers} 行" if shown[0].sheet else f"第 {numbers} 行"
    else:
        text = "、".join(row_place(r.sheet, r.row) for r in shown)
    return text + (f"等 {len(rows):,} 行" if len(rows) > _ROWS_NAMED else "")


def _place(head: RosterRow, village: str) -> AddressParts | None:
    for text in (head.address, head.origin):
        parts = split_address(text, village) if text else None
        if parts is not None:
            return parts
    return None


def _fits(column: str, value: str) -> bool:
    rule = rule_for("households", column)
    return rule is None or len(value) <= rule.limit


def plan_households(
    session: Session,
    village: Village,
    members: list[Member],
    stored: Mapping[str, RegisteredHousehold],
) -> HouseholdsPlan:
    """Decide every household that accepted rows belong to, in the order they first appear;
    ``stored``: the registered households among them, by number (``registered.households``)."""
    by_name, names = _group_lookup(
        session.scalars(select(VillageGroup).where(VillageGroup.village_id == village.id)).all()
    )
    rows_of: dict[str, list[Member]] = {}
    for m in members:
        rows_of.setdefault(m.household_no, []).append(m)
    new_groups: dict[int, str] = {}
    unreadable: dict[str, list[RosterRow]] = {}
    planned: list[PlannedHousehold] = []
    for number, rows in rows_of.items():
        head = next((m for m in rows if m.relation == Relation.HEAD), rows[0])
        place = _place(head.row, village.name)
        text = next((m.row.group for m in [head, *rows] if m.row.group), "")
        text = text or (place.group if place else "")
        group = by_name.get(text.strip()) if text else None
        if group is None and text:
            group = group_number(text)
            if group is not None and not 1 <= group <= _MAX_GROUP:
                group = None
            if group is None:
                unreadable.setdefault(text, []).extend(m.row for m in rows)
        house_no = head.row.house_no or (place.house_no if place else "")
        detail = place.detail if place else ""
        if not _fits("house_no", house_no):  # an address that only looked like a number
            house_no, detail = "", f"{house_no}{detail}"
        home = PlannedHousehold(
            household_no=number,
            head=head.name if head.relation == Relation.HEAD else "",
            group=group,
            group_name=(names.get(group) or group_name(group)) if group is not None else "",
            house_no=house_no,
            address_detail=detail if _fits("address_detail", detail) else "",
            phone=head.phone,
        )
        existing = stored.get(number)
        if existing is not None:
            home = _filled(home, existing)
        if home.group is not None and home.group not in names:
            new_groups.setdefault(home.group, home.group_name)
        planned.append(home)
    notes = [_unreadable_note(unreadable)] if unreadable else []
    if new_groups:
        listed = "、".join(f"“{n}”" for _, n in sorted(new_groups.items()))
        notes.append(f"{village.name}还没有{listed}，导入时将新建。")
    return HouseholdsPlan(planned, [n for _, n in sorted(new_groups.items())], notes)


def _filled(home: PlannedHousehold, have: RegisteredHousehold) -> PlannedHousehold:
    """A registered household: only its empty fields take the roster's values."""
    fill = {
        "社": home.group is not None and have.group_id is None,
        "门牌号": bool(home.house_no) and not have.house_no,
        "详细地址": bool(home.address_detail) and not have.address_detail,
        "联系电话": bool(home.phone) and not have.phone,
    }
    return PlannedHousehold(
        household_no=home.household_no,
        head=home.head,
        group=home.group if fill["社"] else None,
        group_name=have.group_name or (home.group_name if fill["社"] else ""),
        house_no=home.house_no if fill["门牌号"] else "",
        address_detail=home.address_detail if fill["详细地址"] else "",
        phone=home.phone if fill["联系电话"] else "",
        existing_id=int(have.id),
        changes=tuple(label for label, wanted in fill.items() if wanted),
    )


def _unreadable_note(unreadable: dict[str, list[RosterRow]]) -> str:
    """One sentence for every 社 that could not be read, however many there are."""
    listed = "、".join(
        f"“{text}”（{_rows_text(rows)}）" for text, rows in list(unreadable.items())[:_ROWS_NAMED]
    )
    more = f"等 {len(unreadable):,} 种写法" if len(unreadable) > _ROWS_NAMED else ""
    return (
        f"社一列的{listed}{more}认不出是哪个社，这些户导入后没有分社；"
        "请改成例如“三社”后再导入，或导入后在户的资料里选择。"
    )
