"""反诈宣传: outreach events (the market, the school, a village square) and a village's
coverage — how many of its households have at least one member with the anti-fraud app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from lijiabu_desk.models import Household, Officer, OutreachEvent, OutreachOfficer, Person, Village
from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import check_not_future, parse_date, require_text

COUNT_MAX = 100_000


@dataclass(frozen=True)
class OutreachInput:
    held_on: str  # as typed; today when empty
    place: str
    officer_ids: tuple[int, ...]
    topic: str = ""
    village_id: int | None = None  # held in this village (None: market, school, elsewhere)
    people_reached: str = ""  # as typed: a whole number, or empty
    apps_installed: str = ""
    app_installed_for: tuple[int, ...] = ()  # people known by name who installed it there
    notes: str = ""


@dataclass(frozen=True)
class OutreachRow:
    id: int
    held_on: date
    village: str
    place: str
    topic: str
    officers: str
    people_reached: int
    apps_installed: int


@dataclass(frozen=True)
class Coverage:
    households: int  # living households of the village (with at least one resident)
    with_app: int  # of them, those with a member who has the app

    @property
    def share(self) -> float:
        return self.with_app / self.households if self.households else 0.0


def _count(text: str, field: str, label: str) -> int:
    cleaned = text.strip().replace(",", "").replace("，", "").removesuffix("人")
    if not cleaned:
        return 0
    if not cleaned.isdigit() or int(cleaned) > COUNT_MAX:
        raise ValidationError(f"{label}请填写一个整数（如 120）。", field)
    return int(cleaned)


def log_outreach(ctx: ServiceContext, data: OutreachInput) -> int:
    day = (
        parse_date(data.held_on, field="held_on", label="宣传日期")
        if (data.held_on.strip())
        else ctx.today()
    )
    check_not_future(day, today=ctx.today(), field="held_on", label="宣传日期")
    place = data.place.strip()
    if data.village_id is None or place:  # in a village, the village is place enough
        place = require_text(data.place, field="place", label="宣传地点", max_length=200)
    reached = _count(data.people_reached, "people_reached", "宣传人数")
    installed = _count(data.apps_installed, "apps_installed", "安装反诈App人数")
    named = set(data.app_installed_for)
    installed = max(installed, len(named))
    if installed > reached and reached:
        raise ValidationError("安装App的人数不能多于宣传人数。", "apps_installed")
    officer_ids = list(dict.fromkeys(data.officer_ids))
    if not officer_ids:
        raise ValidationError("请选择参加宣传的民警。", "officers")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        for officer_id in officer_ids:
            officer = session.get(Officer, officer_id)
            if officer is None or officer.deleted_at is not None:
                raise ValidationError("所选民警不存在，请重新选择。", "officers")
        if data.village_id is not None:
            village = session.get(Village, data.village_id)
            if village is None or village.deleted_at is not None:
                raise ValidationError("所选行政村不存在，请重新选择。", "village_id")
            place = place or village.name
        people = session.scalars(select(Person).where(Person.id.in_(named))).all()
        if len(people) != len(named) or any(p.deleted_at is not None for p in people):
            raise ValidationError("所选安装App的人在人员库中找不到，请重新选择。", "members")
        event = OutreachEvent(
            held_on=day,
            village_id=data.village_id,
            place=place,
            topic=column_text("outreach_events", "topic", data.topic.strip()),
            people_reached=reached,
            apps_installed=installed,
            notes=column_text("outreach_events", "notes", data.notes.strip()),
        )
        event.officers = [OutreachOfficer(officer_id=i) for i in officer_ids]
        session.add(event)
        for person in people:
            if person.anti_fraud_app_on is None or person.anti_fraud_app_on > day:
                person.anti_fraud_app_on = day
        session.flush()
        return event.id


def list_outreach(ctx: ServiceContext, village_id: int | None = None) -> list[OutreachRow]:
    """Events newest first; with ``village_id`` those held in that village."""
    with ctx.read() as session:
        stmt = select(OutreachEvent).where(OutreachEvent.deleted_at.is_(None))
        if village_id is not None:
            stmt = stmt.where(OutreachEvent.village_id == village_id)
        events = session.scalars(
            stmt.order_by(OutreachEvent.held_on.desc(), OutreachEvent.id.desc())
        ).all()
        villages = {i: n for i, n in session.execute(select(Village.id, Village.name))}
        return [
            OutreachRow(
                e.id,
                e.held_on,
                villages.get(e.village_id, "") if e.village_id else "",
                e.place,
                e.topic,
                "、".join(o.officer.name for o in e.officers if o.deleted_at is None),
                e.people_reached,
                e.apps_installed,
            )
            for e in events
        ]


def village_coverage(ctx: ServiceContext, village_id: int) -> Coverage:
    """Households of the village with a resident, and how many have a member with the app."""
    with ctx.read() as session:
        living = (
            select(Person.household_id)
            .distinct()
            .join(Household, Household.id == Person.household_id)
            .where(
                Household.village_id == village_id,
                Household.deleted_at.is_(None),
                Person.deleted_at.is_(None),
                Person.status == ResidentStatus.ACTIVE,
            )
        )
        households = session.scalar(select(func.count()).select_from(living.subquery())) or 0
        with_app = session.scalar(
            select(func.count()).select_from(
                living.where(Person.anti_fraud_app_on.is_not(None)).subquery()
            )
        )
        return Coverage(int(households), int(with_app or 0))
