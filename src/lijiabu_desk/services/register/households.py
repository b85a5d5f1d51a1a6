"""Households: create and edit, tags, and the household page with members, cards and visits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from lijiabu_desk.models import (
    ContactCard,
    HomeVisit,
    Household,
    HouseholdTag,
    Person,
    Village,
    VillageGroup,
)
from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.identity import age_on, mask_id_number
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import mask_phone, normalize_phone, require_text
from lijiabu_desk.services.visits.listing import VisitLine, visit_line, visit_loading

CARE_TAGS = ("空巢老人", "留守儿童", "行动不便", "低保", "独居", "残疾", "重点关注")


@dataclass(frozen=True)
class HouseholdInput:
    household_no: str
    village_id: int | None
    group_id: int | None = None
    house_no: str = ""
    address_detail: str = ""
    phone: str = ""
    phone2: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    relation: Relation | None
    sex: Sex | None
    age: int | None
    masked_id: str
    masked_phone: str
    id_expiry: date | None
    id_long_term: bool
    status: ResidentStatus
    needs_home_service: bool


@dataclass(frozen=True)
class CardRow:
    id: int
    issued_on: date
    officer: str


@dataclass(frozen=True)
class HouseholdPage:
    id: int
    household_no: str
    village_id: int
    village: str
    group_id: int | None
    group: str
    house_no: str
    address_detail: str
    phone: str
    phone2: str
    notes: str
    tags: tuple[str, ...]
    members: list[MemberRow]
    cards: list[CardRow]
    visits: list[VisitLine]

    @property
    def address(self) -> str:
        return f"{self.village}{self.group}{self.house_no}{self.address_detail}"

    @property
    def head(self) -> str:
        return next(
            (
                m.name
                for m in self.members
                if m.relation == Relation.HEAD and m.status == ResidentStatus.ACTIVE
            ),
            "",
        )


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    household_no: str
    address: str
    head: str
    members: int
    tags: str


def _clean(session: Session, data: HouseholdInput, household_id: int | None) -> dict[str, object]:
    number = require_text(data.household_no, field="household_no", label="户号", max_length=30)
    if data.village_id is None or session.get(Village, data.village_id) is None:
        raise ValidationError("请选择行政村。", "village_id")
    if data.group_id is not None:
        group = session.get(VillageGroup, data.group_id)
        if group is None or group.village_id != data.village_id:
            raise ValidationError("所选的社不属于这个村。", "group_id")
    taken = session.scalars(select(Household.id).where(Household.household_no == number)).first()
    if taken is not None and taken != household_id:
        raise ValidationError(f"户号“{number}”已经登记过了。", "household_no")
    phones = {}
    stored = session.get(Household, household_id) if household_id is not None else None
    for key, label in (("phone", "联系电话"), ("phone2", "备用电话")):
        raw = getattr(data, key)
        if "*" in raw and stored is not None:  # shown masked, left as it was
            if raw != mask_phone(getattr(stored, key)):
                raise ValidationError(f"{label}只显示了部分数字，请整体重新输入或不要改动。", key)
            phones[key] = getattr(stored, key)
            continue
        phones[key] = normalize_phone(raw, field=key, label=label) if raw.strip() else ""
    return {
        "household_no": number,
        "village_id": data.village_id,
        "group_id": data.group_id,
        "house_no": column_text("households", "house_no", data.house_no.strip()),
        "address_detail": column_text("households", "address_detail", data.address_detail.strip()),
        "notes": data.notes.strip(),
        **phones,
    }


def save_household(
    ctx: ServiceContext, data: HouseholdInput, household_id: int | None = None
) -> int:
    with ctx.write() as session:
        values = _clean(session, data, household_id)
        if household_id is None:
            household = Household(**values)
            session.add(household)
        else:
            household = _load(session, household_id)
            for key, value in values.items():
                setattr(household, key, value)
        wanted = {t.strip() for t in data.tags if t.strip()}
        for tag in list(household.tags):
            if tag.tag not in wanted:
                household.tags.remove(tag)
        have = {t.tag for t in household.tags}
        for tag in sorted(wanted - have):
            household.tags.append(HouseholdTag(tag=column_text("household_tags", "tag", tag)))
        session.flush()
        return household.id


def find_household(ctx: ServiceContext, household_no: str) -> int:
    """The id of the household with this number (as typed), or a ValidationError."""
    number = household_no.strip()
    if not number:
        raise ValidationError("请填写户号。", "household_id")
    with ctx.read() as session:
        found = session.scalars(
            select(Household.id).where(
                Household.household_no == number, Household.deleted_at.is_(None)
            )
        ).first()
    if found is None:
        raise ValidationError(f"没有户号为“{number}”的户。", "household_id")
    return found


def _load(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None:
        raise NotFoundError("找不到这一户的记录。")
    return household


def _member(p: Person, today: date) -> MemberRow:
    return MemberRow(
        p.id,
        p.name,
        p.relation,
        p.sex,
        age_on(p.birth_date, today) if p.birth_date and p.birth_date <= today else None,
        mask_id_number(p.id_number) if p.id_number else "",
        mask_phone(p.phone) if p.phone else "",
        p.id_expiry_date,
        p.id_long_term,
        p.status,
        p.needs_home_service,
    )


RELATION_ORDER = {r: n for n, r in enumerate(Relation)}


def load_household(ctx: ServiceContext, household_id: int) -> HouseholdPage:
    """The household page, phones masked (PIPL); the edit form keeps stored numbers that come
    back masked."""
    today = ctx.today()

    def shown(phone: str) -> str:
        return mask_phone(phone) if phone else ""

    with ctx.read() as session:
        h = session.scalars(
            select(Household)
            .where(Household.id == household_id)
            .options(
                selectinload(Household.members),
                selectinload(Household.tags),
                selectinload(Household.village),
                selectinload(Household.group),
            )
        ).first()
        if h is None:
            raise NotFoundError("找不到这一户的记录。")
        members = sorted(
            (p for p in h.members if p.deleted_at is None),
            key=lambda p: (
                p.status != ResidentStatus.ACTIVE,
                RELATION_ORDER.get(p.relation, 99) if p.relation else 99,
                p.birth_date or date.max,
            ),
        )
        cards = session.scalars(
            select(ContactCard)
            .where(ContactCard.household_id == h.id, ContactCard.deleted_at.is_(None))
            .options(selectinload(ContactCard.officer))
            .order_by(ContactCard.issued_on.desc())
        ).all()
        visits = session.scalars(
            select(HomeVisit)
            .where(HomeVisit.household_id == h.id, HomeVisit.deleted_at.is_(None))
            .options(*visit_loading())
            .order_by(HomeVisit.visit_date.desc(), HomeVisit.id.desc())
        ).all()
        return HouseholdPage(
            h.id,
            h.household_no,
            h.village_id,
            h.village.name,
            h.group_id,
            h.group.name if h.group else "",
            h.house_no,
            h.address_detail,
            shown(h.phone),
            shown(h.phone2),
            h.notes,
            tuple(sorted(t.tag for t in h.tags)),
            [_member(p, today) for p in members],
            [CardRow(c.id, c.issued_on, c.officer.name) for c in cards],
            [visit_line(v) for v in visits],
        )


def list_households(
    ctx: ServiceContext, village_id: int, group_id: int | None = None
) -> list[HouseholdRow]:
    """The households of a village (or one of its groups), by household number."""
    with ctx.read() as session:
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
        count = (
            select(func.count())
            .where(
                Person.household_id == Household.id,
                Person.status == ResidentStatus.ACTIVE,
                Person.deleted_at.is_(None),
            )
            .scalar_subquery()
        )
        tags = (
            select(func.group_concat(HouseholdTag.tag, "、"))
            .where(HouseholdTag.household_id == Household.id)
            .scalar_subquery()
        )
        stmt = (
            select(
                Household.id,
                Household.household_no,
                Village.name,
                VillageGroup.name,
                Household.house_no,
                head,
                count,
                tags,
            )
            .join(Village, Village.id == Household.village_id)
            .outerjoin(VillageGroup, VillageGroup.id == Household.group_id)
            .where(Household.village_id == village_id, Household.deleted_at.is_(None))
            .order_by(Household.household_no)
        )
        if group_id is not None:
            stmt = stmt.where(Household.group_id == group_id)
        return [
            HouseholdRow(r[0], r[1], f"{r[2]}{r[3] or ''}{r[4]}", r[5] or "", r[6], r[7] or "")
            for r in session.execute(stmt)
        ]
