"""The particulars of a person as a merge compares and chooses them, and a person's stored values
as the merge log keeps them (JSON) for the undo.

The officer chooses per field, and a field may hold several columns that only make sense
together: a household with the relation to its head, a card's issue and expiry dates with the
long-term flag, a status with its date and reason. Every column of ``persons`` is either in a
field here or in ``KEPT_COLUMNS`` (a test fails on a new column that is in neither).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Date, DateTime
from sqlalchemy import Enum as EnumType
from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Person, Village, VillageGroup
from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.identity import mask_id_number
from lijiabu_desk.services.labels import RELATION_LABELS, SEX_LABELS, STATUS_LABELS
from lijiabu_desk.services.validation import mask_phone

Side = Literal["survivor", "other"]
SIDES: tuple[Side, Side] = ("survivor", "other")


@dataclass(frozen=True)
class MergeField:
    key: str
    label: str
    columns: tuple[str, ...]


MERGE_FIELDS: tuple[MergeField, ...] = (
    MergeField("name", "姓名", ("name", "name_keys")),
    MergeField("sex", "性别", ("sex",)),
    MergeField("ethnicity", "民族", ("ethnicity",)),
    MergeField("birth_date", "出生日期", ("birth_date",)),
    MergeField("id_number", "身份证号码", ("id_number",)),
    MergeField(
        "id_card", "身份证签发日期和有效期", ("id_issue_date", "id_expiry_date", "id_long_term")
    ),
    MergeField("phone", "联系电话", ("phone",)),
    MergeField("occupation", "职业", ("occupation",)),
    MergeField("address", "住址", ("address",)),
    MergeField("origin", "来自何处", ("origin",)),
    MergeField("home_service", "上门服务", ("needs_home_service", "home_service_reason")),
    MergeField("notes", "备注", ("notes",)),
    MergeField("household", "所属户和与户主关系", ("household_id", "relation")),
    MergeField("status", "人员状态", ("status", "left_on", "left_reason")),
    MergeField("anti_fraud_app", "安装反诈App日期", ("anti_fraud_app_on",)),
)
#: Columns no one chooses: the record's identity and times, and what the merge itself sets.
KEPT_COLUMNS = frozenset({"id", "uid", "created_at", "updated_at", "deleted_at", "merged_into_id"})
#: The columns the merge log keeps and the undo compares: everything but the identity and the
#: update time (which a merge itself changes, to the second only).
LOGGED_COLUMNS = tuple(
    c.name
    for c in Person.__table__.columns
    if c.name not in {"id", "uid", "created_at", "updated_at"}
)


def _encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def person_values(person: Person) -> dict[str, Any]:
    """The stored values of a person, as JSON holds them."""
    return {name: _encode(getattr(person, name)) for name in LOGGED_COLUMNS}


def _decode(name: str, value: Any) -> Any:
    if value is None:
        return None
    kind = Person.__table__.c[name].type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, EnumType) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value


def set_values(person: Person, values: dict[str, Any]) -> None:
    """Give ``person`` the logged values back (the undo)."""
    for name in LOGGED_COLUMNS:
        if name in values:
            setattr(person, name, _decode(name, values[name]))


def differs(field: MergeField, a: Person, b: Person) -> bool:
    return any(getattr(a, c) != getattr(b, c) for c in field.columns if c != "name_keys")


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _household_words(session: Session, person: Person) -> str:
    if person.household_id is None:
        return "不属于任何一户"
    household = session.get(Household, person.household_id)
    if household is None:
        return ""
    village = session.get(Village, household.village_id)
    group = session.get(VillageGroup, household.group_id) if household.group_id else None
    place = f"{village.name if village else ''}{group.name if group else ''}"
    relation = RELATION_LABELS.get(person.relation, "") if person.relation else ""
    retired = "（已注销）" if household.deleted_at is not None else ""
    return f"户{household.household_no}{retired}，{place}，{relation}".rstrip("，")


def _card_words(person: Person) -> str:
    parts = []
    if person.id_issue_date is not None:
        parts.append(f"签发{_day(person.id_issue_date)}")
    if person.id_long_term:
        parts.append("长期有效")
    elif person.id_expiry_date is not None:
        parts.append(f"有效期至{_day(person.id_expiry_date)}")
    return "，".join(parts)


def _status_words(person: Person) -> str:
    words = STATUS_LABELS.get(person.status, "")
    if person.status == ResidentStatus.ACTIVE:
        return words
    details = "，".join(x for x in (_day(person.left_on), person.left_reason) if x)
    return f"{words}（{details}）" if details else words


def shown_value(session: Session, field: MergeField, person: Person) -> str:
    """How the preview shows a field: words, dates as 2026-11-28, numbers masked (PIPL: the
    full numbers only through ``search.reveal_person``, which is audited)."""
    match field.key:
        case "sex":
            return SEX_LABELS.get(person.sex, "") if person.sex else ""
        case "birth_date":
            return _day(person.birth_date)
        case "id_number":
            return mask_id_number(person.id_number) if person.id_number else ""
        case "id_card":
            return _card_words(person)
        case "phone":
            return mask_phone(person.phone) if person.phone else ""
        case "home_service":
            if not person.needs_home_service:
                return "不需要"
            return f"需要（{person.home_service_reason}）" if person.home_service_reason else "需要"
        case "household":
            return _household_words(session, person)
        case "status":
            return _status_words(person)
        case "anti_fraud_app":
            return _day(person.anti_fraud_app_on)
    return str(getattr(person, field.columns[0]) or "")
