"""The way back from 迁出 and 死亡: a registration made by mistake is undone, and a person who
moved away and came back (迁回) is registered again, with the date.

Either way the person is active again in a household (the one they left, unless it was retired or
the officer names another), 迁出/死亡 date and reason are cleared, and the reason for the undoing
goes into the audit trail beside the changed fields (the old values stay there too). Before it is
done, ``return_summary`` says in one sentence what will happen; the window shows it and asks.
Only roles that may record leaving (``RETIRE_RECORDS``) may undo it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Person
from lijiabu_desk.models.enums import Relation, ResidentStatus
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.labels import RELATION_LABELS
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import (
    check_not_before,
    check_not_future,
    parse_date,
    require_text,
)

LEFT_WORDS = {ResidentStatus.MOVED_AWAY: "迁出", ResidentStatus.DECEASED: "死亡"}


class ReturnKind(StrEnum):
    MISTAKE = "mistake"  # 登记有误: the 迁出/死亡 should never have been recorded
    MOVED_BACK = "moved_back"  # 迁回: moved away, and has come back


@dataclass(frozen=True)
class ReturnInput:
    """What the undo form holds. ``household_id`` None: no household (only for someone who had
    none); ``back_on`` only for ``MOVED_BACK``."""

    kind: ReturnKind | None
    reason: str
    household_id: int | None
    relation: Relation | None
    back_on: str = ""


@dataclass(frozen=True)
class ReturnPlan:
    """Where the undo form starts: the person, what was recorded, where they would go back to.
    ``relation`` is None when it must be chosen (their household has another head now, or it
    was retired); ``note`` says why, in a sentence (empty when nothing needs choosing)."""

    person_id: int
    name: str
    status: ResidentStatus
    left_on: date | None
    left_reason: str
    household_id: int | None
    household_no: str
    relation: Relation | None
    had_household: bool
    note: str

    @property
    def recorded(self) -> str:
        """What is being undone: "2026年1月5日迁出（外出务工）"."""
        when = _day(self.left_on)
        why = f"（{self.left_reason}）" if self.left_reason else ""
        return f"{when}{LEFT_WORDS[self.status]}{why}"


def _day(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day is not None else ""


def load_leaver(session: Session, person_id: int) -> Person:
    """A person who moved away or died and whose record is not retired; else a sentence."""
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError("找不到这个人的记录，可能已被注销。")
    if person.status == ResidentStatus.ACTIVE:
        raise ValidationError(f"{person.name}在册，没有迁出或死亡登记可撤销。", "status")
    return person


def active_head(session: Session, household_id: int) -> Person | None:
    return session.scalars(
        select(Person).where(
            Person.household_id == household_id,
            Person.relation == Relation.HEAD,
            Person.status == ResidentStatus.ACTIVE,
            Person.deleted_at.is_(None),
        )
    ).first()


def _live_household(session: Session, household_id: int | None) -> Household | None:
    if household_id is None:
        return None
    household = session.get(Household, household_id)
    return household if household is not None and household.deleted_at is None else None


def return_plan(ctx: ServiceContext, person_id: int) -> ReturnPlan:
    with ctx.read(Permission.RETIRE_RECORDS) as session:
        person = load_leaver(session, person_id)
        home = _live_household(session, person.household_id)
        relation, note = person.relation, ""
        if person.household_id is not None and home is None:
            relation = None
            note = f"{person.name}原来所在的户已注销，请填写回到哪一户，并选择与户主关系。"
        elif home is not None and person.relation == Relation.HEAD:
            head = active_head(session, home.id)
            if head is not None and head.id != person.id:
                relation = None
                note = (
                    f"户{home.household_no}现在的户主是{head.name}，请为{person.name}另选与"
                    "户主关系（如需让其重新当户主，撤销后再用“更换户主”）。"
                )
        return ReturnPlan(
            person.id,
            person.name,
            person.status,
            person.left_on,
            person.left_reason,
            home.id if home is not None else None,
            home.household_no if home is not None else "",
            relation,
            person.household_id is not None,
            note,
        )


@dataclass(frozen=True)
class _Checked:
    person: Person
    why: str
    back_on: date | None
    home: Household | None


def _check(session: Session, person_id: int, data: ReturnInput, today: date) -> _Checked:
    """Everything the undo needs, checked before anything is written."""
    person = load_leaver(session, person_id)
    if data.kind is None:
        raise ValidationError("请选择是登记有误，还是已经迁回。", "kind")
    back_on = None
    if data.kind == ReturnKind.MOVED_BACK:
        if person.status != ResidentStatus.MOVED_AWAY:
            raise ValidationError(
                "死亡登记不能以“迁回”撤销；如果是登记错了，请选择“登记有误”。", "kind"
            )
        back_on = parse_date(data.back_on, field="back_on", label="迁回日期")
        check_not_future(back_on, today=today, field="back_on", label="迁回日期")
        if person.left_on is not None:
            check_not_before(
                back_on,
                person.left_on,
                field="back_on",
                label="迁回日期",
                earliest_label="迁出日期",
            )
    why = require_text(data.reason, field="reason", label="原因", max_length=200)
    home = _live_household(session, data.household_id)
    if data.household_id is not None and home is None:
        raise ValidationError("所选的户不存在或已注销。", "household_id")
    if home is None and person.household_id is not None:
        raise ValidationError(f"请填写{person.name}回到哪一户（户号）。", "household_id")
    if home is not None:
        if data.relation is None:
            raise ValidationError("请选择与户主关系。", "relation")
        head = active_head(session, home.id)
        if data.relation == Relation.HEAD and head is not None and head.id != person.id:
            raise ValidationError(
                f"户{home.household_no}现在的户主是{head.name}。请另选与户主关系；如需让"
                f"{person.name}当户主，撤销后再用“更换户主”。",
                "relation",
            )
    return _Checked(person, why, back_on, home)


def _what(checked: _Checked) -> str:
    """What is done, as the audit entry and the question word it."""
    if checked.back_on is not None:
        return f"登记{_day(checked.back_on)}迁回"
    return f"撤销{LEFT_WORDS[checked.person.status]}登记"


def return_summary(ctx: ServiceContext, person_id: int, data: ReturnInput) -> str:
    """The sentence the window asks before ``undo_leaving``; raises what it would refuse."""
    with ctx.read(Permission.RETIRE_RECORDS) as session:
        checked = _check(session, person_id, data, ctx.today())
        person, home = checked.person, checked.home
        word = LEFT_WORDS[person.status]
        if home is not None and data.relation is not None:
            where = f"回到户{home.household_no}，与户主关系为“{RELATION_LABELS[data.relation]}”"
        else:
            where = "不属于任何一户"
        return (
            f"将为{person.name}{_what(checked)}：{person.name}恢复为在册人员，{where}；"
            f"{word}日期和原因将清空。原来的登记和这次的原因“{checked.why}”留在修改记录中。"
        )


def undo_leaving(ctx: ServiceContext, person_id: int, data: ReturnInput) -> None:
    """撤销迁出/死亡登记, or 迁回 with its date: the person is active again where ``data``
    says; the reason is audited with what was done."""
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        checked = _check(session, person_id, data, ctx.today())
        person, home = checked.person, checked.home
        what = _what(checked)
        person.status = ResidentStatus.ACTIVE
        person.left_on, person.left_reason = None, ""
        person.household_id = home.id if home is not None else None
        person.relation = data.relation if home is not None else None
        session.flush()  # the changed fields first, then why
        record_event(
            session,
            ctx.actor,
            Action.UPDATE,
            record=person,
            details={"what": what, "reason": checked.why},
        )
