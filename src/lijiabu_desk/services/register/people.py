"""People: save with validation (the ID number fills birth date and sex), duplicates, moving
away or death, changing the head of a household.

Every function validates everything before it writes anything, names the field at fault in its
error, and writes in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Person
from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ServiceError, ValidationError
from lijiabu_desk.services.identity import mask_id_number, parse_id_number, propose_expiry
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.pinyin_keys import name_keys
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import (
    check_not_before,
    check_not_future,
    mask_phone,
    normalize_ethnicity,
    normalize_person_name,
    normalize_phone,
    parse_date,
    require_text,
)

SEX_BY_TEXT = {"男": Sex.MALE, "女": Sex.FEMALE, "": None}


@dataclass(frozen=True)
class PersonInput:
    """What a person form holds, as typed."""

    name: str
    sex: str = ""  # 男 / 女 / "" (taken from the ID number when there is one)
    ethnicity: str = ""
    id_number: str = ""
    birth_date: str = ""  # only when there is no ID number
    id_issue_date: str = ""
    id_expiry_date: str = ""  # proposed from the validity rule when left empty
    phone: str = ""
    occupation: str = ""
    address: str = ""
    origin: str = ""
    notes: str = ""
    needs_home_service: bool = False
    home_service_reason: str = ""
    household_id: int | None = None
    relation: Relation | None = None


class DuplicatePersonError(ServiceError):
    """The ID number is already on someone's record: open that record instead."""

    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id
        self.field = "id_number"


def _optional_date(text: str, field: str, label: str) -> date | None:
    return parse_date(text, field=field, label=label) if text.strip() else None


def _identity(data: PersonInput, today: date) -> tuple[str | None, date | None, Sex | None]:
    sex = SEX_BY_TEXT.get(data.sex.strip())
    if data.sex.strip() not in SEX_BY_TEXT:
        raise ValidationError("性别请填写“男”或“女”。", "sex")
    if data.id_number.strip():
        parsed = parse_id_number(data.id_number, today=today)
        from_id = Sex.MALE if parsed.sex == "男" else Sex.FEMALE
        if sex is not None and sex != from_id:
            raise ValidationError(
                f"性别与身份证号码不符：号码显示为{parsed.sex}性，请核对。", "sex"
            )
        return parsed.number, parsed.birth_date, from_id
    birth = _optional_date(data.birth_date, "birth_date", "出生日期")
    if birth is not None:
        check_not_future(birth, today=today, field="birth_date", label="出生日期")
    return None, birth, sex


def _card_dates(
    data: PersonInput, birth: date | None, today: date
) -> tuple[date | None, date | None, bool]:
    issued = _optional_date(data.id_issue_date, "id_issue_date", "签发日期")
    expiry = _optional_date(data.id_expiry_date, "id_expiry_date", "有效期至")
    if issued is not None:
        check_not_future(issued, today=today, field="id_issue_date", label="签发日期")
        if birth is not None:
            check_not_before(
                issued, birth, field="id_issue_date", label="签发日期", earliest_label="出生日期"
            )
    if expiry is None and issued is not None and birth is not None:
        proposed = propose_expiry(birth, issued)
        return issued, proposed, proposed is None
    if expiry is not None and issued is not None and expiry <= issued:
        raise ValidationError("身份证有效期应晚于签发日期。", "id_expiry_date")
    return issued, expiry, False


def _check_household(session: Session, data: PersonInput, person_id: int | None) -> None:
    if data.household_id is None:
        return
    household = session.get(Household, data.household_id)
    if household is None or household.deleted_at is not None:
        raise ValidationError("所选的户不存在或已注销。", "household_id")
    if data.relation is None:
        raise ValidationError("请选择与户主关系。", "relation")
    if data.relation == Relation.HEAD:
        head = _active_head(session, data.household_id)
        if head is not None and head.id != person_id:
            raise ValidationError(
                f"这一户已有户主“{head.name}”。如需更换户主，请使用“更换户主”。", "relation"
            )


def _active_head(session: Session, household_id: int) -> Person | None:
    return session.scalars(
        select(Person).where(
            Person.household_id == household_id,
            Person.relation == Relation.HEAD,
            Person.status == ResidentStatus.ACTIVE,
            Person.deleted_at.is_(None),
        )
    ).first()


def _find_by_id_number(session: Session, number: str) -> Person | None:
    return session.scalars(select(Person).where(Person.id_number == number)).first()


def save_person(ctx: ServiceContext, data: PersonInput, person_id: int | None = None) -> int:
    """Create (``person_id`` None) or update a person; returns the person's id.

    An ID number already on another record raises DuplicatePersonError with that record's id,
    so the form can open it instead of making a second person.
    """
    if person_id is not None and ("*" in data.id_number or "*" in data.phone):
        data = _unmasked(ctx, person_id, data)
    today = ctx.today()
    name = normalize_person_name(data.name)
    number, birth, sex = _identity(data, today)
    issued, expiry, long_term = _card_dates(data, birth, today)
    phone = normalize_phone(data.phone) if data.phone.strip() else ""
    ethnicity = normalize_ethnicity(data.ethnicity) if data.ethnicity.strip() else ""
    reason = data.home_service_reason.strip()
    if data.needs_home_service and not reason:
        raise ValidationError(
            "请写明需要上门服务的原因（如：卧床、行动不便）。", "home_service_reason"
        )
    texts = {
        "occupation": require_text(data.occupation, field="occupation", label="职业", max_length=40)
        if data.occupation.strip()
        else "",
        "address": column_text("persons", "address", data.address.strip()),
        "origin": column_text("persons", "origin", data.origin.strip()),
        "notes": data.notes.strip(),
    }
    with ctx.write() as session:
        if number is not None:
            existing = _find_by_id_number(session, number)
            if existing is not None and existing.id != person_id:
                raise DuplicatePersonError(
                    f"身份证号码已登记在“{existing.name}”名下，不能重复登记。已为你打开此人的记录。",
                    existing.id,
                )
        _check_household(session, data, person_id)
        person = _load(session, person_id) if person_id is not None else Person(name=name)
        if person_id is None:
            session.add(person)
        person.name = name
        person.name_keys = name_keys(name).search_text()
        person.id_number, person.birth_date, person.sex = number, birth, sex
        person.id_issue_date, person.id_expiry_date, person.id_long_term = issued, expiry, long_term
        person.phone, person.ethnicity = phone, ethnicity
        person.needs_home_service, person.home_service_reason = data.needs_home_service, reason
        person.household_id = data.household_id
        person.relation = data.relation if data.household_id is not None else None
        for key, value in texts.items():
            setattr(person, key, value)
        session.flush()
        return person.id


def _unmasked(ctx: ServiceContext, person_id: int, data: PersonInput) -> PersonInput:
    """A form shown with masked numbers comes back with them: keep the stored values then."""
    with ctx.read() as session:
        stored = _load(session, person_id)
        number, phone = stored.id_number or "", stored.phone
    if "*" in data.id_number:
        if data.id_number != mask_id_number(number):
            raise ValidationError(
                "身份证号码只显示了部分数字，请整体重新输入或不要改动。", "id_number"
            )
        data = replace(data, id_number=number)
    if "*" in data.phone:
        if data.phone != mask_phone(phone):
            raise ValidationError("联系电话只显示了部分数字，请整体重新输入或不要改动。", "phone")
        data = replace(data, phone=phone)
    return data


def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("找不到这个人的记录，可能已被删除。")
    return person


LEAVING = {ResidentStatus.MOVED_AWAY: "迁出", ResidentStatus.DECEASED: "死亡"}


def record_leaving(
    ctx: ServiceContext, person_id: int, status: ResidentStatus, on: str, reason: str
) -> None:
    """迁出 or 死亡: the person leaves the active register but stays findable."""
    if status not in LEAVING:
        raise ValidationError("请选择“迁出”或“死亡”。", "status")
    when = parse_date(on, field="left_on", label=f"{LEAVING[status]}日期")
    check_not_future(when, today=ctx.today(), field="left_on", label=f"{LEAVING[status]}日期")
    why = require_text(reason, field="left_reason", label="原因", max_length=200)
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        person = _load(session, person_id)
        if person.birth_date is not None:
            check_not_before(
                when,
                person.birth_date,
                field="left_on",
                label=f"{LEAVING[status]}日期",
                earliest_label="出生日期",
            )
        if person.relation == Relation.HEAD and person.household_id is not None:
            others = session.scalars(
                select(Person.id).where(
                    Person.household_id == person.household_id,
                    Person.id != person.id,
                    Person.status == ResidentStatus.ACTIVE,
                    Person.deleted_at.is_(None),
                )
            ).first()
            if others is not None:
                raise ValidationError(
                    "此人是户主。请先为这一户更换户主，再办理迁出或死亡登记。", "status"
                )
        person.status, person.left_on, person.left_reason = status, when, why


def change_head(
    ctx: ServiceContext, household_id: int, new_head_id: int, old_head_relation: Relation | None
) -> None:
    """Make a member the head; the former head keeps living there with ``old_head_relation``."""
    if old_head_relation is None or old_head_relation == Relation.HEAD:
        raise ValidationError("请为原户主选择新的与户主关系。", "relation")
    with ctx.write() as session:
        new_head = _load(session, new_head_id)
        if (
            new_head.household_id != household_id
            or new_head.status != ResidentStatus.ACTIVE
            or new_head.deleted_at is not None
        ):
            raise ValidationError("新户主必须是这一户的在册成员。", "new_head")
        old = _active_head(session, household_id)
        if old is not None and old.id != new_head.id:
            old.relation = old_head_relation
            session.flush()
        new_head.relation = Relation.HEAD


def move_member(
    ctx: ServiceContext, person_id: int, to_household_id: int | None, relation: Relation | None
) -> None:
    """Move a person to another household (or out of every household, as an outsider)."""
    with ctx.write() as session:
        person = _load(session, person_id)
        if person.deleted_at is not None:
            raise ValidationError("这条人员记录已注销，不能迁至他户。", "household_id")
        if person.relation == Relation.HEAD and person.household_id is not None:
            raise ValidationError("户主不能直接移出，请先更换户主。", "household_id")
        check = PersonInput(name=person.name, household_id=to_household_id, relation=relation)
        _check_household(session, check, person_id)
        person.household_id = to_household_id
        person.relation = relation if to_household_id is not None else None


@dataclass(frozen=True)
class IdPreview:
    """What the form shows as soon as an ID number is typed."""

    number: str
    birth_date: date
    sex: str
    proposed_expiry: date | None
    long_term: bool


def preview_id(text: str, issue_date: str, *, today: date) -> IdPreview:
    """Parse an ID number (and the issue date, when typed) for the form, writing nothing."""
    parsed = parse_id_number(text, today=today)
    issued = _optional_date(issue_date, "id_issue_date", "签发日期")
    proposed = propose_expiry(parsed.birth_date, issued) if issued else None
    return IdPreview(
        parsed.number,
        parsed.birth_date,
        parsed.sex,
        proposed,
        issued is not None and proposed is None,
    )


@dataclass(frozen=True)
class PersonForm:
    """A saved person as the form shows it again (full numbers: only for allowed roles)."""

    id: int
    data: PersonInput
    status: ResidentStatus
    left_on: date | None
    left_reason: str
    id_long_term: bool = False


def load_person(ctx: ServiceContext, person_id: int) -> PersonForm:
    """The person for editing, with the ID number and phone masked (PIPL: full numbers only
    through ``search.reveal_person``, which is audited). Saving the masked values back keeps the
    stored numbers."""
    with ctx.read() as session:
        p = _load(session, person_id)
        number = p.id_number or ""
        data = PersonInput(
            name=p.name,
            sex={Sex.MALE: "男", Sex.FEMALE: "女"}.get(p.sex, "") if p.sex else "",
            ethnicity=p.ethnicity,
            id_number=mask_id_number(number) if number else "",
            birth_date=p.birth_date.isoformat() if p.birth_date else "",
            id_issue_date=p.id_issue_date.isoformat() if p.id_issue_date else "",
            id_expiry_date=p.id_expiry_date.isoformat() if p.id_expiry_date else "",
            phone=mask_phone(p.phone) if p.phone else "",
            occupation=p.occupation,
            address=p.address,
            origin=p.origin,
            notes=p.notes,
            needs_home_service=p.needs_home_service,
            home_service_reason=p.home_service_reason,
            household_id=p.household_id,
            relation=p.relation,
        )
        return PersonForm(p.id, data, p.status, p.left_on, p.left_reason, p.id_long_term)
