"""Villages (行政村) and their groups (社), with the village head and security mediator."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from lijiabu_desk.models import Household, Village, VillageGroup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import normalize_person_name, normalize_phone, require_text

CHINESE_NUMERALS = "零一二三四五六七八九十"


def group_name(number: int) -> str:
    """1 → 一社, 12 → 十二社: how villages name their groups."""
    if number <= 10:
        return CHINESE_NUMERALS[number] + "社"
    tens, ones = divmod(number, 10)
    text = ("" if tens == 1 else CHINESE_NUMERALS[tens]) + "十"
    return text + (CHINESE_NUMERALS[ones] if ones else "") + "社"


@dataclass(frozen=True)
class GroupView:
    id: int
    number: int
    name: str


@dataclass(frozen=True)
class VillageView:
    id: int
    name: str
    head_name: str
    head_phone: str
    mediator_name: str
    mediator_phone: str
    households: int
    groups: list[GroupView] = field(default_factory=list)


@dataclass(frozen=True)
class VillageInput:
    name: str
    head_name: str = ""
    head_phone: str = ""
    mediator_name: str = ""
    mediator_phone: str = ""
    group_count: int = 0  # groups 1..n are created when missing


def village_names(ctx: ServiceContext) -> list[tuple[int, str]]:
    """(id, name) of the live villages by name: what a picker needs, without counting each
    village's households as ``list_villages`` does (a form opens on every ringing phone)."""
    with ctx.read() as session:
        rows = session.execute(
            select(Village.id, Village.name)
            .where(Village.deleted_at.is_(None))
            .order_by(Village.name)
        )
        return [(village_id, name) for village_id, name in rows]


def list_villages(ctx: ServiceContext) -> list[VillageView]:
    with ctx.read() as session:
        counts = dict(
            session.execute(
                select(Household.village_id, func.count())
                .where(Household.deleted_at.is_(None))
                .group_by(Household.village_id)
            ).all()
        )
        villages = session.scalars(
            select(Village)
            .where(Village.deleted_at.is_(None))
            .options(selectinload(Village.groups))
            .order_by(Village.name)
        ).all()
        return [
            VillageView(
                v.id,
                v.name,
                v.head_name,
                v.head_phone,
                v.mediator_name,
                v.mediator_phone,
                counts.get(v.id, 0),
                [GroupView(g.id, g.number, g.name) for g in v.groups if g.deleted_at is None],
            )
            for v in villages
        ]


def _person(text: str, field: str, label: str) -> str:
    return normalize_person_name(text, field=field, label=label) if text.strip() else ""


def _phone(text: str, field: str, label: str) -> str:
    return normalize_phone(text, field=field, label=label) if text.strip() else ""


def save_village(ctx: ServiceContext, data: VillageInput, village_id: int | None = None) -> int:
    name = require_text(data.name, field="name", label="村名", max_length=40)
    if not 0 <= data.group_count <= 40:
        raise ValidationError("社的数量应在 0 到 40 之间。", "group_count")
    values = {
        "name": name,
        "head_name": _person(data.head_name, "head_name", "村主任姓名"),
        "head_phone": _phone(data.head_phone, "head_phone", "村主任电话"),
        "mediator_name": _person(data.mediator_name, "mediator_name", "治安调解员姓名"),
        "mediator_phone": _phone(data.mediator_phone, "mediator_phone", "治安调解员电话"),
    }
    with ctx.write(Permission.EDIT_SETTINGS) as session:
        clash = session.scalars(select(Village.id).where(Village.name == name)).first()
        if clash is not None and clash != village_id:
            raise ValidationError(f"“{name}”已经登记过了。", "name")
        if village_id is None:
            village = Village(**values)
            session.add(village)
        else:
            village = session.get(Village, village_id)
            if village is None:
                raise NotFoundError("找不到这个村。")
            for key, value in values.items():
                setattr(village, key, value)
        have = {g.number for g in village.groups}
        for number in range(1, data.group_count + 1):
            if number not in have:
                village.groups.append(VillageGroup(number=number, name=group_name(number)))
        session.flush()
        return village.id
