"""注销 a person added by mistake (a duplicate, a typing slip that made a second person).

The record leaves the household's page, the people lists and the search (which shows retired
records only when asked for); it stays in the database, and the audit trail keeps its values and
the reason. Its ID number is taken off the record (the trail keeps it), so that the right person
can be registered with it later: the number is unique. As ``retire_dispute`` does for a case,
the retiring is refused where paper exists: a party to a finalised or signed mediation or
boundary agreement. A head whose household still has active members is refused too: the
household would be left without a head, so the head is changed first.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import (
    Agreement,
    BoundaryAgreement,
    BoundaryParty,
    Dispute,
    DisputeParty,
    Household,
    Person,
)
from lijiabu_desk.models.enums import AgreementStatus, Relation, ResidentStatus
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import require_text

_NAMED = 3  # cases or members named in a sentence; "等" after them


def _names(names: list[str]) -> str:
    shown = "、".join(names[:_NAMED])
    return shown + ("等" if len(names) > _NAMED else "")


def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("找不到这个人的记录。")
    if person.deleted_at is not None:
        raise ValidationError(f"{person.name}的人员记录已经注销过了。")
    return person


def _signed_papers(session: Session, person_id: int) -> list[str]:
    """The finalised or signed agreements this person is a party to, by their case or number."""
    cases = session.scalars(
        select(Dispute.case_no)
        .join(DisputeParty, DisputeParty.dispute_id == Dispute.id)
        .join(Agreement, Agreement.dispute_id == Dispute.id)
        .where(
            DisputeParty.person_id == person_id,
            DisputeParty.deleted_at.is_(None),
            Dispute.deleted_at.is_(None),
            Agreement.deleted_at.is_(None),
            Agreement.status != AgreementStatus.DRAFT,
        )
        .distinct()
        .order_by(Dispute.case_no)
    ).all()
    boundaries = session.scalars(
        select(BoundaryAgreement.number)
        .join(BoundaryParty, BoundaryParty.agreement_id == BoundaryAgreement.id)
        .where(
            BoundaryParty.person_id == person_id,
            BoundaryParty.deleted_at.is_(None),
            BoundaryAgreement.deleted_at.is_(None),
            BoundaryAgreement.status != AgreementStatus.DRAFT,
        )
        .distinct()
    ).all()
    return [f"纠纷{c}" for c in cases] + [f"地界协议{n or '（未编号）'}" for n in boundaries]


def _open_cases(session: Session, person_id: int) -> list[str]:
    return list(
        session.scalars(
            select(Dispute.case_no)
            .join(DisputeParty, DisputeParty.dispute_id == Dispute.id)
            .where(
                DisputeParty.person_id == person_id,
                DisputeParty.deleted_at.is_(None),
                Dispute.deleted_at.is_(None),
            )
            .order_by(Dispute.case_no)
        )
    )


def _other_members(session: Session, person: Person) -> list[str]:
    if person.household_id is None:
        return []
    return list(
        session.scalars(
            select(Person.name).where(
                Person.household_id == person.household_id,
                Person.id != person.id,
                Person.status == ResidentStatus.ACTIVE,
                Person.deleted_at.is_(None),
            )
        )
    )


def _is_active_head(person: Person) -> bool:
    return (
        person.relation == Relation.HEAD
        and person.household_id is not None
        and person.status == ResidentStatus.ACTIVE
    )


def _check(session: Session, person_id: int) -> Person:
    """The person, if the record may be retired; else the sentence that says why not."""
    person = _load(session, person_id)
    papers = _signed_papers(session, person.id)
    if papers:
        raise ValidationError(
            f"{person.name}是{_names(papers)}的当事人，协议已定稿或签署，这条人员记录不能注销。"
            "如姓名或号码登记有误，请在人员信息中改正。"
        )
    others = _other_members(session, person) if _is_active_head(person) else []
    if others:
        raise ValidationError(
            f"{person.name}是这一户的户主，户里还有{_names(others)}。"
            "请先用“更换户主”另选户主，再注销这条记录。"
        )
    return person


def retire_summary(ctx: ServiceContext, person_id: int) -> str:
    """What retiring will do, as the window says it before asking; raises the refusal instead
    when the record may not be retired (the same checks as ``retire_person``)."""
    with ctx.read(Permission.RETIRE_RECORDS) as session:
        person = _check(session, person_id)
        parts = [f"将注销{person.name}的人员记录：此人不再出现在户的成员、人员名单和查找结果中；"]
        if person.id_number:
            parts.append("身份证号码从这条记录上去掉，以便日后登记正确的人；")
        parts.append("原来的内容和注销原因留在修改记录中。")
        cases = _open_cases(session, person.id)
        if cases:
            parts.append(
                f"此人仍是{_names(cases)}的当事人，注销后那里仍显示此人，请到纠纷中改正当事人。"
            )
        if _is_active_head(person):
            household = session.get(Household, person.household_id)
            number = household.household_no if household is not None else ""
            parts.append(f"户{number}将没有户主。")
        return "".join(parts)


def checked_reason(reason: str) -> str:
    """The reason as it will be recorded, or the sentence that says what is wrong with it."""
    return require_text(reason, field="reason", label="注销原因", max_length=200)


def retire_person(ctx: ServiceContext, person_id: int, reason: str) -> None:
    """注销 a person added by mistake; the reason goes into the audit trail with the record."""
    why = checked_reason(reason)
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        person = _check(session, person_id)
        person.deleted_at = ctx.now()
        person.id_number = None  # unique: free for the right person; the trail keeps it
        session.flush()  # the retiring first, then why
        record_event(session, ctx.actor, Action.RETIRE, record=person, details={"reason": why})
