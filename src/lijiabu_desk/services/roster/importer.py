"""Importing a village roster: a preview first (what will be created, updated, rejected and
why), then one transaction after a verified backup. Importing the same file twice creates
nothing new. An ID number that Excel stored as a number has lost digits: such a row is
rejected, never "repaired" (PITFALLS.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Person, Village, VillageGroup
from lijiabu_desk.models.base import new_uid
from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.audit import Action, append_entries
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError, ValidationError
from lijiabu_desk.services.identity import parse_id_number
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.pinyin_keys import name_keys
from lijiabu_desk.services.places import group_name
from lijiabu_desk.services.roster.reader import RosterRow, read_roster, row_cell, row_place
from lijiabu_desk.services.validation import (
    normalize_ethnicity,
    normalize_person_name,
    normalize_phone,
)

RELATION_WORDS: list[tuple[tuple[str, ...], Relation]] = [
    (("户主", "本人"), Relation.HEAD),
    (("妻", "夫", "配偶", "丈夫", "妻子"), Relation.SPOUSE),
    (("儿媳", "媳"), Relation.DAUGHTER_IN_LAW),
    (("女婿", "婿"), Relation.SON_IN_LAW),
    (("孙子", "孙"), Relation.GRANDSON),
    (("孙女", "外孙女"), Relation.GRANDDAUGHTER),
    (("子", "长子", "次子", "三子", "四子", "儿子", "养子", "继子"), Relation.SON),
    (("女", "长女", "次女", "三女", "四女", "女儿", "养女", "继女"), Relation.DAUGHTER),
    (("父", "父亲"), Relation.FATHER),
    (("母", "母亲"), Relation.MOTHER),
    (("兄", "弟", "姐", "妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟", "姐妹"), Relation.SIBLING),
    (("祖父", "祖母", "爷爷", "奶奶", "外祖父", "外祖母"), Relation.GRANDPARENT),
]
NUMBER_WORDS = "零一二三四五六七八九十"


def relation_of(text: str) -> Relation:
    word = text.strip()
    for words, relation in RELATION_WORDS:
        if word in words:
            return relation
    return Relation.OTHER


def group_number(text: str) -> int | None:
    """ "三社", "3组", "第3村民小组", "十二社", "3" → the group's number."""
    t = text.strip()
    digits = re.search(r"\d+", t)
    if digits:
        return int(digits.group())
    chinese = re.search(r"[一二三四五六七八九十]+", t)
    if not chinese:
        return None
    word = chinese.group()
    if word == "十":
        return 10
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (NUMBER_WORDS.index(tens) if tens else 1) * 10 + (
            NUMBER_WORDS.index(ones) if ones else 0
        )
    return NUMBER_WORDS.index(word[0])


@dataclass(frozen=True)
class Rejection:
    row: int
    reason: str
    sheet: str = ""

    @property
    def cell(self) -> str:
        return row_cell(self.sheet, self.row)


@dataclass(frozen=True)
class PlannedPerson:
    row: int
    household_no: str
    group: int | None
    name: str
    id_number: str
    relation: Relation
    sex: Sex
    ethnicity: str
    phone: str
    notes: str
    existing_id: int | None  # update when set
    birth_date: date | None = None
    changes: tuple[str, ...] = ()
    sheet: str = ""

    @property
    def cell(self) -> str:
        return row_cell(self.sheet, self.row)


@dataclass
class ImportPlan:
    path: Path
    village_id: int
    village: str
    creates: list[PlannedPerson] = field(default_factory=list)
    updates: list[PlannedPerson] = field(default_factory=list)
    unchanged: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    new_households: set[str] = field(default_factory=set)

    def summary(self) -> dict[str, object]:
        return {
            "imported": len(self.creates),
            "updated": len(self.updates),
            "rejected": len(self.rejections),
            "households": len(self.new_households),
            "rejections": [
                {"row": r.row, "sheet": r.sheet, "reason": r.reason} for r in self.rejections
            ],
        }


def _village(session: Session, name: str | None, rows: list[RosterRow]) -> Village:
    villages = session.scalars(select(Village).where(Village.deleted_at.is_(None))).all()
    if name:
        found = next((v for v in villages if v.name in (name, name + "村")), None)
        if found is None:
            raise ServiceError(f"没有叫“{name}”的村。请先在“设置 → 行政村”中添加。")
        return found
    texts = " ".join(r.address for r in rows[:50])
    hits = [v for v in villages if v.name in texts]
    if len(hits) == 1:
        return hits[0]
    raise ServiceError("无法从花名册判断是哪个村的，请指定村名（命令行用 --village）。")


def _check_row(r: RosterRow, today: date) -> PlannedPerson:
    if r.id_number_was_numeric:
        raise ValidationError(
            f"身份证号码被 Excel 存成了数字（{r.id_number[:6]}…），后几位已经丢失，无法使用。"
            "请把这一列设为“文本”格式后重新录入这个号码。",
            "id_number",
        )
    if not r.household_no.strip():
        raise ValidationError("缺少户号。", "household_no")
    name = normalize_person_name(r.name)
    if not r.id_number.strip():
        raise ValidationError("缺少公民身份号码。", "id_number")
    parsed = parse_id_number(r.id_number, today=today)
    sex = Sex.MALE if parsed.sex == "男" else Sex.FEMALE
    if r.sex.strip() and r.sex.strip()[0] in "男女" and r.sex.strip()[0] != parsed.sex:
        raise ValidationError(f"性别“{r.sex}”与身份证号码（{parsed.sex}）不符。", "sex")
    return PlannedPerson(
        row=r.row,
        household_no=r.household_no.strip(),
        group=group_number(r.group),
        name=name,
        id_number=parsed.number,
        relation=relation_of(r.relation),
        sex=sex,
        ethnicity=normalize_ethnicity(r.ethnicity) if r.ethnicity.strip() else "",
        phone=normalize_phone(r.phone) if r.phone.strip() else "",
        notes=r.notes.strip(),
        existing_id=None,
        birth_date=parsed.birth_date,
        sheet=r.sheet,
    )


def _changes(person: Person, p: PlannedPerson, household_id: int | None) -> tuple[str, ...]:
    diff = []
    if p.phone and person.phone != p.phone:
        diff.append("联系电话")
    if p.ethnicity and person.ethnicity != p.ethnicity:
        diff.append("民族")
    if household_id is not None and person.household_id != household_id:
        diff.append("户")
    if person.relation != p.relation and household_id is not None:
        diff.append("与户主关系")
    if person.name != p.name:
        diff.append("姓名")
    return tuple(diff)


def plan_import(ctx: ServiceContext, path: Path, *, village: str | None = None) -> ImportPlan:
    """Read the roster and decide every row, writing nothing."""
    require(ctx.actor, Permission.IMPORT)
    sheet = read_roster(Path(path))
    today = ctx.today()
    with ctx.read(Permission.IMPORT) as session:
        place = _village(session, village, sheet.rows)
        plan = ImportPlan(Path(path), place.id, place.name)
        plan.rejections += [Rejection(p.row, p.reason, p.sheet) for p in sheet.skipped]
        households = dict(session.execute(select(Household.household_no, Household.id)).all())
        people = {
            p.id_number: p
            for p in session.scalars(select(Person).where(Person.id_number.is_not(None)))
        }
        seen: dict[str, str] = {}
        heads: dict[str, str] = {}
        for r in sheet.rows:
            try:
                planned = _check_row(r, today)
            except ValidationError as exc:
                plan.rejections.append(Rejection(r.row, exc.message, r.sheet))
                continue
            if planned.id_number in seen:
                plan.rejections.append(
                    Rejection(r.row, f"身份证号码与{seen[planned.id_number]}重复。", r.sheet)
                )
                continue
            if planned.relation == Relation.HEAD:
                if planned.household_no in heads:
                    plan.rejections.append(
                        Rejection(
                            r.row,
                            f"户号 {planned.household_no} 在{heads[planned.household_no]}"
                            "已有户主。",
                            r.sheet,
                        )
                    )
                    continue
                heads[planned.household_no] = row_place(r.sheet, r.row)
            seen[planned.id_number] = row_place(r.sheet, r.row)
            household_id = households.get(planned.household_no)
            if household_id is None:
                plan.new_households.add(planned.household_no)
            existing = people.get(planned.id_number)
            if existing is None:
                plan.creates.append(planned)
                continue
            diff = _changes(existing, planned, household_id)
            if diff:
                plan.updates.append(_with(planned, existing.id, diff))
            else:
                plan.unchanged += 1
    return plan


def _with(p: PlannedPerson, existing_id: int, changes: tuple[str, ...]) -> PlannedPerson:
    return replace(p, existing_id=existing_id, changes=changes)


@dataclass(frozen=True)
class ImportResult:
    summary: dict[str, object]
    backup: Path | None


def _next_id(session: Session, model: type) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def _created(table: str, row: dict[str, object]) -> dict[str, object]:
    """The audit entry of a row written in bulk: every value it was created with."""
    changes = {
        k: [None, v]
        for k, v in row.items()
        if k not in ("id", "uid", "created_at", "updated_at") and v not in (None, "")
    }
    return {
        "action": Action.CREATE.value,
        "table_name": table,
        "record_id": row["id"],
        "record_uid": row["uid"],
        "changes": changes,
    }


def apply_import(ctx: ServiceContext, plan: ImportPlan) -> ImportResult:
    """Write the plan in one transaction, after a verified backup.

    New households and people are inserted in bulk (a roster has tens of thousands of rows),
    with one audit entry each written alongside; the few updates go through the ORM and are
    audited by the session listener as usual.
    """
    require(ctx.actor, Permission.IMPORT)
    backup = take_backup(ctx, reason="before-import") if plan.creates or plan.updates else None
    now = ctx.now()
    with ctx.write(Permission.IMPORT) as session:
        groups = {
            g.number: g
            for g in session.scalars(
                select(VillageGroup).where(VillageGroup.village_id == plan.village_id)
            )
        }
        for number in sorted({p.group for p in [*plan.creates, *plan.updates] if p.group}):
            if number not in groups:
                groups[number] = VillageGroup(
                    village_id=plan.village_id, number=number, name=group_name(number)
                )
                session.add(groups[number])
        session.flush()
        households = dict(session.execute(select(Household.household_no, Household.id)).all())
        next_household, next_person = _next_id(session, Household), _next_id(session, Person)
        new_households: list[dict[str, object]] = []
        new_people: list[dict[str, object]] = []
        for p in [*plan.creates, *plan.updates]:
            if p.household_no not in households:
                group = groups.get(p.group) if p.group else None
                row = {
                    "id": next_household,
                    "uid": new_uid(),
                    "household_no": p.household_no,
                    "village_id": plan.village_id,
                    "group_id": group.id if group else None,
                    "created_at": now,
                    "updated_at": now,
                }
                new_households.append(row)
                households[p.household_no] = next_household
                next_household += 1
        for p in plan.creates:
            new_people.append(
                {
                    "id": next_person,
                    "uid": new_uid(),
                    "name": p.name,
                    "name_keys": name_keys(p.name).search_text(),
                    "sex": p.sex,
                    "birth_date": p.birth_date,
                    "id_number": p.id_number,
                    "phone": p.phone,
                    "ethnicity": p.ethnicity,
                    "notes": p.notes,
                    "household_id": households[p.household_no],
                    "relation": p.relation,
                    "status": ResidentStatus.ACTIVE,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            next_person += 1
        # Core inserts on the session's connection: the ORM's bulk path adds nothing here.
        connection = session.connection()
        if new_households:
            connection.execute(insert(Household.__table__), new_households)
        if new_people:
            connection.execute(insert(Person.__table__), new_people)
        append_entries(
            session,
            ctx.actor,
            [
                *(_created("households", r) for r in new_households),
                *(_created("persons", r) for r in new_people),
            ],
        )
        for p in plan.updates:
            person = session.get(Person, p.existing_id)
            if person is None:
                continue
            person.name, person.name_keys = p.name, name_keys(p.name).search_text()
            person.household_id, person.relation = households[p.household_no], p.relation
            if p.phone:
                person.phone = p.phone
            if p.ethnicity:
                person.ethnicity = p.ethnicity
    return ImportResult(plan.summary(), backup.path if backup else None)
