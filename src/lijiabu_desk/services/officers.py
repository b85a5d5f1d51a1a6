"""The post's officers: name, badge number, rank, phone. Printed forms read them from here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from lijiabu_desk.models import Officer
from lijiabu_desk.models.enums import OfficerRole
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import normalize_person_name, normalize_phone

OFFICER_ROLE_LABELS = {
    OfficerRole.CHIEF: "所长",
    OfficerRole.OFFICER: "民警",
    OfficerRole.AUXILIARY: "辅警",
}


@dataclass(frozen=True)
class OfficerView:
    id: int
    name: str
    badge_no: str
    role: OfficerRole
    phone: str
    active: bool


@dataclass(frozen=True)
class OfficerInput:
    name: str
    role: OfficerRole
    badge_no: str = ""
    phone: str = ""
    active: bool = True


def list_officers(ctx: ServiceContext, *, include_inactive: bool = False) -> list[OfficerView]:
    with ctx.read() as session:
        stmt = (
            select(Officer).where(Officer.deleted_at.is_(None)).order_by(Officer.role, Officer.name)
        )
        if not include_inactive:
            stmt = stmt.where(Officer.active.is_(True))
        return [
            OfficerView(o.id, o.name, o.badge_no, o.role, o.phone, o.active)
            for o in session.scalars(stmt)
        ]


def save_officer(ctx: ServiceContext, data: OfficerInput, officer_id: int | None = None) -> int:
    name = normalize_person_name(data.name)
    badge = data.badge_no.strip()
    if badge and not re.fullmatch(r"[0-9A-Za-z]{4,10}", badge):
        raise ValidationError("警号应为 4 到 10 位数字或字母。", "badge_no")
    if data.role != OfficerRole.AUXILIARY and not badge:
        raise ValidationError("民警和所长需要填写警号。", "badge_no")
    phone = normalize_phone(data.phone) if data.phone.strip() else ""
    with ctx.write(Permission.EDIT_SETTINGS) as session:
        if badge:
            clash = session.scalars(select(Officer.id).where(Officer.badge_no == badge)).first()
            if clash is not None and clash != officer_id:
                raise ValidationError(f"警号 {badge} 已经登记给另一位警员。", "badge_no")
        if officer_id is None:
            officer = Officer(name=name, role=data.role)
            session.add(officer)
        else:
            officer = session.get(Officer, officer_id)
            if officer is None:
                raise NotFoundError("找不到这位警员。")
        officer.name, officer.role, officer.badge_no = name, data.role, badge
        officer.phone, officer.active = phone, data.active
        session.flush()
        return officer.id
