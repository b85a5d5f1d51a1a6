"""Importing a village roster: a preview first (what will be created, updated, rejected and
why), then, after a verified backup, the writing in short batches that is still whole or nothing
(``roster.writing``). Importing the same file twice creates nothing new. An ID number that Excel
stored as a number has lost digits: such a row is rejected, never "repaired" (PITFALLS.md).
Every text follows the one rule of ``services.text_rules``: a 户号 longer than its column or a
备注 with control characters rejects its row, with the reason, in the preview.

Every column the reader recognises lands in the record (the person's 现住址, 户籍地址, 职业, card
dates …; the household's 社, house number and phone: ``roster.household_plan``) or is named in
the preview's ``notes``, with the columns the program does not keep or does not know.

The cost follows the roster, not the register: the preview reads only the people and households
the roster names (``roster.registered``); see ``roster.gc_pause`` for the cycle collector.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Village
from lijiabu_desk.models.enums import Relation, Sex
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError, ValidationError
from lijiabu_desk.services.identity import parse_id_number
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.roster import registered
from lijiabu_desk.services.roster.columns import column_notes
from lijiabu_desk.services.roster.gc_pause import paused_gc
from lijiabu_desk.services.roster.household_plan import Member, PlannedHousehold, plan_households
from lijiabu_desk.services.roster.place_text import group_number
from lijiabu_desk.services.roster.reader import (
    RosterRow,
    RosterSheet,
    read_roster,
    row_cell,
    row_place,
)
from lijiabu_desk.services.roster.registered import RegisteredPerson
from lijiabu_desk.services.roster.row_checks import CardDates, card_dates, check_birth_date
from lijiabu_desk.services.roster.writing import BATCH_ROWS, Progress, write_plan
from lijiabu_desk.services.text_rules import column_text
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
VILLAGE_GUESS_ROWS = 50  # the addresses of this many rows name the village when none is given


def relation_of(text: str) -> Relation:
    word = text.strip()
    for words, relation in RELATION_WORDS:
        if word in words:
            return relation
    return Relation.OTHER


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
    address: str = ""
    origin: str = ""
    occupation: str = ""
    card: CardDates = field(default_factory=CardDates)
    #: Of an update: the values the roster changes besides name, household, relation, phone
    #: and ethnicity (address, origin, occupation, notes, card dates), as (attribute, value).
    sets: tuple[tuple[str, object], ...] = ()

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
    households: list[PlannedHousehold] = field(default_factory=list)
    new_groups: list[str] = field(default_factory=list)  # 社 created with the import
    not_imported_columns: list[str] = field(default_factory=list)
    unrecognised_columns: list[str] = field(default_factory=list)
    #: What the officer must read before importing, one sentence each: the columns not
    #: imported, the 社 that will be created or could not be read.
    notes: list[str] = field(default_factory=list)

    @property
    def filled_households(self) -> list[PlannedHousehold]:
        """Registered households whose empty 社, house number or phone the roster fills in."""
        return [h for h in self.households if h.existing_id is not None and h.changes]

    @property
    def has_work(self) -> bool:
        """Whether importing would write anything at all."""
        return bool(self.creates or self.updates or self.filled_households)

    def summary(self) -> dict[str, object]:
        return {
            "imported": len(self.creates),
            "updated": len(self.updates),
            "rejected": len(self.rejections),
            "households": len(self.new_households),
            "households_filled": len(self.filled_households),
            "rejections": [
                {"row": r.row, "sheet": r.sheet, "reason": r.reason} for r in self.rejections
            ],
            "not_imported_columns": list(self.not_imported_columns),
            "unrecognised_columns": list(self.unrecognised_columns),
            "new_groups": list(self.new_groups),
            "notes": list(self.notes),
        }


def _village(session: Session, name: str | None, sheet: RosterSheet) -> Village:
    villages = session.scalars(select(Village).where(Village.deleted_at.is_(None))).all()
    if name:
        found = next((v for v in villages if v.name in (name, name + "村")), None)
        if found is None:
            raise ServiceError(f"没有叫“{name}”的村。请先在“设置 → 行政村”中添加。")
        return found
    rows = sheet.rows[:VILLAGE_GUESS_ROWS]
    texts = " ".join([*sheet.titles, *(r.address for r in rows), *(r.origin for r in rows)])
    hits = [v for v in villages if v.name in texts]
    if len(hits) == 1:
        return hits[0]
    raise ServiceError("无法从花名册判断是哪个村的，请指定村名（命令行用 --village）。")


def _same_name(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def _check_row(r: RosterRow, today: date) -> PlannedPerson:
    if r.id_number_was_numeric:
        raise ValidationError(
            f"身份证号码被 Excel 存成了数字（{r.id_number[:6]}…），后几位已经丢失，无法使用。"
            "请把这一列设为“文本”格式后重新录入这个号码。",
            "id_number",
        )
    household_no = column_text("households", "household_no", r.household_no.strip())
    if not household_no:
        raise ValidationError("缺少户号。", "household_no")
    name = normalize_person_name(r.name)
    if not r.id_number.strip():
        raise ValidationError("缺少公民身份号码。", "id_number")
    parsed = parse_id_number(r.id_number, today=today)
    sex = Sex.MALE if parsed.sex == "男" else Sex.FEMALE
    if r.sex.strip() and r.sex.strip()[0] in "男女" and r.sex.strip()[0] != parsed.sex:
        raise ValidationError(f"性别“{r.sex}”与身份证号码（{parsed.sex}）不符。", "sex")
    if parsed.birth_date is not None:
        check_birth_date(r.birth_date, parsed.birth_date)
    relation = relation_of(r.relation)
    if relation == Relation.HEAD and r.head_name and not _same_name(r.head_name, name):
        raise ValidationError(
            f"户主姓名“{r.head_name}”与本行姓名“{name}”不同，而这一行是户主。请核对后再导入。",
            "head_name",
        )
    column_text("households", "house_no", r.house_no)
    return PlannedPerson(
        row=r.row,
        household_no=household_no,
        group=group_number(r.group),
        name=name,
        id_number=parsed.number,
        relation=relation,
        sex=sex,
        ethnicity=normalize_ethnicity(r.ethnicity) if r.ethnicity.strip() else "",
        phone=normalize_phone(r.phone) if r.phone.strip() else "",
        notes=column_text("persons", "notes", r.notes.strip()),
        existing_id=None,
        birth_date=parsed.birth_date,
        sheet=r.sheet,
        address=column_text("persons", "address", r.address.strip()),
        origin=column_text("persons", "origin", r.origin.strip()),
        occupation=column_text("persons", "occupation", r.occupation.strip()),
        card=card_dates(r.id_validity, parsed.birth_date, today),
    )


def _sets(person: RegisteredPerson, p: PlannedPerson) -> dict[str, tuple[str, object]]:
    """What the roster changes on a registered person besides the fields ``_changes`` checks
    itself: label → (attribute, value). Only what the roster gives; a 备注 is added to the
    person's notes, never put in their place."""
    sets: dict[str, tuple[str, object]] = {}
    for label, attribute, value in (
        ("现住址", "address", p.address),
        ("户籍地址", "origin", p.origin),
        ("职业", "occupation", p.occupation),
    ):
        if value and getattr(person, attribute) != value:
            sets[label] = (attribute, value)
    if p.notes and p.notes not in person.notes:
        sets["备注"] = ("notes", f"{person.notes}\n{p.notes}" if person.notes else p.notes)
    card = p.card  # an issue date the roster leaves out is kept as it is
    stored = (person.id_issue_date, person.id_expiry_date, person.id_long_term)
    if card.given and (card.issued or person.id_issue_date, card.expiry, card.long_term) != stored:
        sets["身份证有效期"] = ("card", card)
    return sets


def _changes(
    person: RegisteredPerson, p: PlannedPerson, household_no: str | None
) -> PlannedPerson | None:
    """``p`` as an update of ``person`` (in the household numbered ``household_no``), or
    ``None`` when the roster changes nothing."""
    diff = []
    if p.phone and person.phone != p.phone:
        diff.append("联系电话")
    if p.ethnicity and person.ethnicity != p.ethnicity:
        diff.append("民族")
    if household_no != p.household_no:
        diff.append("户")
    if person.relation != p.relation:
        diff.append("与户主关系")
    if person.name != p.name:
        diff.append("姓名")
    sets = _sets(person, p)
    diff += sets
    if not diff:
        return None
    return replace(p, existing_id=person.id, changes=tuple(diff), sets=tuple(sets.values()))


def plan_import(ctx: ServiceContext, path: Path, *, village: str | None = None) -> ImportPlan:
    """Read the roster and decide every row, writing nothing.

    Every row is checked first; then the register is asked, a few hundred numbers per query,
    only for the people and households whose ID and household numbers the accepted rows name
    (``roster.registered``), never for the whole register.
    """
    require(ctx.actor, Permission.IMPORT)
    with paused_gc():
        sheet = read_roster(Path(path))
        today = ctx.today()
        with ctx.read(Permission.IMPORT) as session:
            place = _village(session, village, sheet)
            plan = ImportPlan(Path(path), place.id, place.name)
            plan.rejections += [Rejection(p.row, p.reason, p.sheet) for p in sheet.skipped]
            accepted = _accepted(sheet.rows, today, plan.rejections)
            homes = registered.households(session, {p.household_no for _, p in accepted})
            people = registered.people(session, [p.id_number for _, p in accepted])
            members: list[Member] = []
            for r, planned in accepted:
                if planned.household_no not in homes:
                    plan.new_households.add(planned.household_no)
                members.append(
                    Member(r, planned.household_no, planned.relation, planned.name, planned.phone)
                )
                existing = people.get(planned.id_number)
                if existing is None:
                    plan.creates.append(planned)
                    continue
                update = _changes(existing, planned, existing.household_no)
                if update is not None:
                    plan.updates.append(update)
                else:
                    plan.unchanged += 1
            decided = plan_households(session, place, members, homes)
    plan.households, plan.new_groups = decided.households, decided.new_groups
    plan.not_imported_columns = [*sheet.not_kept, *(left for left, _ in sheet.duplicates)]
    plan.unrecognised_columns = list(sheet.unknown)
    plan.notes = [*column_notes(sheet.not_kept, sheet.unknown, sheet.duplicates), *decided.notes]
    return plan


def _accepted(
    rows: list[RosterRow], today: date, rejections: list[Rejection]
) -> list[tuple[RosterRow, PlannedPerson]]:
    """The rows valid on their own and with each other, in order; the others go to
    ``rejections`` with their reason, in row order."""
    seen: dict[str, str] = {}
    heads: dict[str, str] = {}
    named = _heads_in(rows)
    accepted: list[tuple[RosterRow, PlannedPerson]] = []
    for r in rows:
        try:
            planned = _check_row(r, today)
        except ValidationError as exc:
            rejections.append(Rejection(r.row, exc.message, r.sheet))
            continue
        problem = _conflict(planned, r, seen, heads, named)
        if problem:
            rejections.append(Rejection(r.row, problem, r.sheet))
            continue
        seen[planned.id_number] = row_place(r.sheet, r.row)
        if planned.relation == Relation.HEAD:
            heads[planned.household_no] = row_place(r.sheet, r.row)
        accepted.append((r, planned))
    return accepted


def _heads_in(rows: list[RosterRow]) -> dict[str, tuple[str, str]]:
    """household number → (where its head's row is, the head's name), the first head of each."""
    heads: dict[str, tuple[str, str]] = {}
    for r in rows:
        if relation_of(r.relation) == Relation.HEAD and r.household_no.strip():
            heads.setdefault(r.household_no.strip(), (row_place(r.sheet, r.row), r.name))
    return heads


def _conflict(
    p: PlannedPerson,
    r: RosterRow,
    seen: dict[str, str],
    heads: dict[str, str],
    named: dict[str, tuple[str, str]],
) -> str:
    """Why a row that is valid on its own contradicts an accepted row (``seen``: ID numbers,
    ``heads``: heads) or the head the roster names for its household (``named``), or ""."""
    if p.id_number in seen:
        return f"身份证号码与{seen[p.id_number]}重复。"
    if p.relation == Relation.HEAD and p.household_no in heads:
        return f"户号 {p.household_no} 在{heads[p.household_no]}已有户主。"
    where, head = named.get(p.household_no, ("", ""))
    if p.relation != Relation.HEAD and r.head_name and head and not _same_name(r.head_name, head):
        return (
            f"户主姓名写的是“{r.head_name}”，而户号 {p.household_no} 的户主是{where}的“{head}”。"
            "请核对户号后再导入。"
        )
    return ""


@dataclass(frozen=True)
class ImportResult:
    summary: dict[str, object]
    backup: Path | None


def apply_import(
    ctx: ServiceContext,
    plan: ImportPlan,
    *,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan after a verified backup, whole or not at all.

    New households and people are inserted in bulk, ``batch_rows`` people per short transaction
    so that the window can save in between; a failure in any batch (or ``progress`` raising to
    cancel) takes back every batch already written (``roster.writing``). The few updates go
    through the ORM with the last batch and are audited by the session listener as usual.
    """
    require(ctx.actor, Permission.IMPORT)
    if not plan.has_work:
        return ImportResult(plan.summary(), None)
    backup = take_backup(ctx, reason="before-import")
    with paused_gc():
        write_plan(ctx, plan, batch_rows=batch_rows, progress=progress, backup=backup.path)
    return ImportResult(plan.summary(), backup.path)
