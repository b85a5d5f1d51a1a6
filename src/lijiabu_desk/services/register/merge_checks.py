"""When a merge cannot be right, the sentence that says why; the preview and the merge share it.

Refused: a record merged with itself; a survivor that is retired or was merged; a record merged
already; two different valid ID numbers (two people); both records parties to one finalised or
signed agreement (the paper would lose a party); the particulars a finalised or signed agreement
printed (name, ID number, address) changed by the choice of values; a household left without its
head; the survivor's chosen ID number that does not agree with the chosen birth date or sex.

"Keep both and link them as the same person" needs a place to keep the link, which the schema
does not have: the refusal says to keep both records and to note it on them instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from lijiabu_desk.models import (
    Agreement,
    BoundaryAgreement,
    BoundaryParty,
    Dispute,
    DisputeParty,
    Household,
    Person,
    Village,
    VillageGroup,
)
from lijiabu_desk.models.enums import AgreementStatus, Relation, ResidentStatus, Sex
from lijiabu_desk.services.errors import NotFoundError, ServiceError, ValidationError
from lijiabu_desk.services.identity import mask_id_number, parse_id_number
from lijiabu_desk.services.register.merge_fields import MERGE_FIELDS, Side, differs
from lijiabu_desk.services.register.retiring import _names, _signed_papers

KEEP_BOTH = "两条记录请都保留，可在备注中写明是同一人。"
PRINTED = {"name": "姓名", "id_number": "身份证号码", "residence": "住址"}


def load_pair(session: Session, survivor_id: int, other_id: int) -> tuple[Person, Person]:
    """Both records, if the one may be merged into the other; else the sentence."""
    if survivor_id == other_id:
        raise ValidationError("不能把一条人员记录与它自己合并。")
    survivor, other = session.get(Person, survivor_id), session.get(Person, other_id)
    if survivor is None or other is None:
        raise NotFoundError("找不到要合并的人员记录，请重新选择。")
    for person in (survivor, other):
        if person.merged_into_id is not None:
            raise ValidationError(
                f"{person.name}（编号{person.id}）的记录已经合并到编号{person.merged_into_id}"
                "的记录，不能再合并。"
            )
    if survivor.deleted_at is not None:
        raise ValidationError(
            f"{survivor.name}（编号{survivor.id}）的记录已注销，不能作为保留的记录。"
            "请把它合并到在册的记录中。"
        )
    return survivor, other


def _valid(number: str | None, today: date) -> bool:
    if not number:
        return False
    try:
        parse_id_number(number, today=today)
    except ServiceError:
        return False
    return True


def check_numbers(survivor: Person, other: Person, today: date) -> None:
    a, b = survivor.id_number, other.id_number
    if a and b and a != b and _valid(a, today) and _valid(b, today):
        raise ValidationError(
            f"两条记录的身份证号码不同（{mask_id_number(a)}、{mask_id_number(b)}），"
            f"是两个人，不能合并。"
        )


def check_shared_papers(session: Session, survivor: Person, other: Person) -> None:
    """Both records parties to the same finalised or signed agreement: merging would take a
    party off the paper."""
    a, b = aliased(DisputeParty), aliased(DisputeParty)
    cases = session.scalars(
        select(Dispute.case_no)
        .join(a, a.dispute_id == Dispute.id)
        .join(b, b.dispute_id == Dispute.id)
        .join(Agreement, Agreement.dispute_id == Dispute.id)
        .where(
            a.person_id == survivor.id,
            b.person_id == other.id,
            a.deleted_at.is_(None),
            b.deleted_at.is_(None),
            Agreement.deleted_at.is_(None),
            Agreement.status != AgreementStatus.DRAFT,
        )
        .distinct()
    ).all()
    p, q = aliased(BoundaryParty), aliased(BoundaryParty)
    lines = session.scalars(
        select(BoundaryAgreement.number)
        .join(p, p.agreement_id == BoundaryAgreement.id)
        .join(q, q.agreement_id == BoundaryAgreement.id)
        .where(
            p.person_id == survivor.id,
            q.person_id == other.id,
            p.deleted_at.is_(None),
            q.deleted_at.is_(None),
            BoundaryAgreement.deleted_at.is_(None),
            BoundaryAgreement.status != AgreementStatus.DRAFT,
        )
    ).all()
    papers = [f"纠纷{c}" for c in cases] + [f"地界协议{n or '（未编号）'}" for n in lines]
    if papers:
        raise ValidationError(
            f"两条记录都是{_names(papers)}的当事人，协议已定稿或签署，合并会让协议上少一方当事人，"
            f"不能合并。{KEEP_BOTH}"
        )


def final_values(survivor: Person, other: Person, choices: dict[str, Side]) -> dict[str, Any]:
    """The survivor's values after the merge, column by column; a differing field needs a
    choice."""
    unknown = set(choices) - {f.key for f in MERGE_FIELDS}
    if unknown or any(side not in ("survivor", "other") for side in choices.values()):
        raise ValidationError("合并时每一项只能选用保留的记录或另一条记录的内容。")
    values: dict[str, Any] = {}
    for field in MERGE_FIELDS:
        side = choices.get(field.key)
        if side is None and differs(field, survivor, other):
            raise ValidationError(f"两条记录的“{field.label}”不同，请选择采用哪一条的。", field.key)
        source = other if side == "other" else survivor
        values.update((c, getattr(source, c)) for c in field.columns)
    return values


def check_identity(values: dict[str, Any], today: date) -> None:
    """The chosen ID number says the birth date and sex: the chosen ones must agree with it."""
    number = values["id_number"]
    if not _valid(number, today):
        return
    parsed = parse_id_number(number, today=today)
    if values["birth_date"] != parsed.birth_date:
        raise ValidationError(
            "所选的出生日期与所选的身份证号码不符，请选用与号码相符的那一条记录的出生日期。",
            "birth_date",
        )
    sex = Sex.MALE if parsed.sex == "男" else Sex.FEMALE
    if values["sex"] != sex:
        raise ValidationError(
            "所选的性别与所选的身份证号码不符，请选用与号码相符的那一条记录的性别。", "sex"
        )


def _active_members(session: Session, household_id: int, besides: set[int]) -> list[str]:
    return list(
        session.scalars(
            select(Person.name).where(
                Person.household_id == household_id,
                Person.id.not_in(besides),
                Person.status == ResidentStatus.ACTIVE,
                Person.deleted_at.is_(None),
            )
        )
    )


def check_households(
    session: Session, survivor: Person, other: Person, values: dict[str, Any]
) -> None:
    """No household left without its head; the chosen household open and without another
    head."""
    pair = {survivor.id, other.id}
    home, relation = values["household_id"], values["relation"]
    if home is not None:
        household = session.get(Household, home)
        if household is None or household.deleted_at is not None:
            raise ValidationError("所选的户已注销，请选用另一条记录的所属户。", "household")
        if relation == Relation.HEAD:
            heads = session.scalars(
                select(Person).where(
                    Person.household_id == home,
                    Person.relation == Relation.HEAD,
                    Person.status == ResidentStatus.ACTIVE,
                    Person.deleted_at.is_(None),
                    Person.id.not_in(pair),
                )
            ).first()
            if heads is not None:
                raise ValidationError(
                    f"户{household.household_no}现在的户主是{heads.name}，请选用另一条记录的所属户，"
                    "或先更换户主。",
                    "household",
                )
    for person in (survivor, other):
        heads_here = (
            person.relation == Relation.HEAD
            and person.household_id is not None
            and person.status == ResidentStatus.ACTIVE
            and person.deleted_at is None
        )
        if not heads_here or (home, relation) == (person.household_id, Relation.HEAD):
            continue
        others = _active_members(session, person.household_id, pair)
        if others:
            household = session.get(Household, person.household_id)
            number = household.household_no if household is not None else ""
            raise ValidationError(
                f"编号{person.id}的{person.name}是户{number}的户主，户里还有{_names(others)}。"
                "请选用这条记录的“所属户和与户主关系”，或先用“更换户主”另选户主，再合并。",
                "household",
            )


def _residence(session: Session, address: str, household_id: int | None) -> str:
    """Where a party lives as the agreement prints it (``disputes.agreement_check.residence``):
    the address on the record, else the household's."""
    if address.strip():
        return address.strip()
    household = session.get(Household, household_id) if household_id is not None else None
    if household is None:
        return ""
    village = session.get(Village, household.village_id)
    group = session.get(VillageGroup, household.group_id) if household.group_id else None
    return (
        f"{village.name if village else ''}{group.name if group else ''}"
        f"{household.house_no}{household.address_detail}"
    )


def _printed(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": values["name"],
        "id_number": values["id_number"],
        "residence": _residence(session, values["address"], values["household_id"]),
    }


def _current(person: Person) -> dict[str, Any]:
    columns = ("name", "id_number", "address", "household_id")
    return {c: getattr(person, c) for c in columns}


@dataclass(frozen=True)
class PaperBound:
    """A record whose particulars a finalised or signed agreement printed."""

    person: Person
    papers: list[str]


def paper_bound(session: Session, survivor: Person, other: Person) -> list[PaperBound]:
    found = []
    for person in (survivor, other):
        papers = _signed_papers(session, person.id)
        if papers:
            found.append(PaperBound(person, papers))
    return found


def _changed(session: Session, bound: PaperBound, values: dict[str, Any]) -> list[str]:
    printed, after = _printed(session, _current(bound.person)), _printed(session, values)
    return [label for key, label in PRINTED.items() if printed[key] != after[key]]


def check_printed(
    session: Session, survivor: Person, other: Person, values: dict[str, Any]
) -> None:
    for bound in paper_bound(session, survivor, other):
        changed = _changed(session, bound, values)
        if changed:
            what = "、".join(changed)
            raise ValidationError(
                f"{bound.person.name}是{_names(bound.papers)}的当事人，协议已定稿或签署，"
                f"上面印的是编号{bound.person.id}这条记录的{what}。这样合并会改变协议上的{what}，"
                f"请选用这条记录的{what}；如果两条记录的内容都不能改，就不要合并，{KEEP_BOTH}"
            )


def printed_conflict(session: Session, survivor: Person, other: Person) -> str:
    """When both records are bound by agreements that printed different particulars, no choice
    of values can keep both papers true: the refusal; else empty."""
    bound = paper_bound(session, survivor, other)
    if len(bound) < 2:
        return ""
    changed = _changed(session, bound[0], _current(bound[1].person))
    if not changed:
        return ""
    papers = "、".join(_names(b.papers) for b in bound)
    return (
        f"两条记录分别是{papers}的当事人，协议已定稿或签署，印的{'、'.join(changed)}不同，"
        f"合并会改变其中一份协议，不能合并。{KEEP_BOTH}"
    )


def paper_note(session: Session, survivor: Person, other: Person) -> str:
    """What the preview says about a record bound by an agreement: which particulars to keep."""
    notes = []
    for bound in paper_bound(session, survivor, other):
        partner = other if bound.person is survivor else survivor
        changed = _changed(session, bound, _current(partner))
        if changed:
            what = "、".join(changed)
            notes.append(
                f"{bound.person.name}是{_names(bound.papers)}的当事人，协议已定稿或签署："
                f"{what}须选用编号{bound.person.id}这条记录的。"
            )
    return "".join(notes)
