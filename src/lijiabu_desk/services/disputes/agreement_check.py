"""What county reviewers demand of an agreement before it may be finalised.

:func:`missing_content` returns one plain sentence per gap, in the order they appear on the
printed form, so the officer can fix them one by one. A form with any gap cannot be finalised.
"""

from __future__ import annotations

from datetime import date

from lijiabu_desk.models import Agreement, Person, Station
from lijiabu_desk.models.enums import AgreementForm, AgreementKind
from lijiabu_desk.services.amounts import amount_mismatch
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.identity import age_on

ADULT_AGE = 18  # 完全民事行为能力: a younger party signs with a guardian


class IncompleteAgreementError(ServiceError):
    """The agreement lacks required content; ``missing`` lists each gap as a sentence."""

    def __init__(self, missing: list[str]) -> None:
        lines = "\n".join(f"{n}. {item}" for n, item in enumerate(missing, start=1))
        super().__init__(f"协议还缺少以下内容，补全后才能定稿：\n{lines}")
        self.missing = missing


def residence(person: Person) -> str:
    """Where a party lives: the address on their record, else their household's."""
    if person.address.strip():
        return person.address.strip()
    household = person.household
    if household is None:
        return ""
    group = household.group.name if household.group is not None else ""
    return f"{household.village.name}{group}{household.house_no}{household.address_detail}"


def _party_gaps(person: Person) -> list[str]:
    checks = (
        ("性别", person.sex is not None),
        ("民族", bool(person.ethnicity)),
        ("出生日期", person.birth_date is not None),
        ("职业", bool(person.occupation)),
        ("住址", bool(residence(person))),
        ("联系电话", bool(person.phone)),
        ("身份证号码", bool(person.id_number)),
    )
    return [label for label, present in checks if not present]


def missing_content(agreement: Agreement, station: Station | None, *, today: date) -> list[str]:
    """Every gap that stops ``agreement`` from being finalised (empty: it may be)."""
    written = agreement.form is AgreementForm.WRITTEN
    peoples = agreement.kind is AgreementKind.PEOPLES_MEDIATION
    missing: list[str] = []
    if peoples and written and (station is None or not station.mediation_committee.strip()):
        missing.append("派出所设置中没有填写人民调解委员会名称（协议书以调委会名义出具）。")
    if not peoples and (station is None or not station.name.strip()):
        missing.append("派出所设置中没有填写派出所名称。")
    parties = [p for p in agreement.dispute.parties if p.deleted_at is None]
    if len({p.side for p in parties}) < 2:
        missing.append("协议至少需要两方当事人（甲方、乙方），请在案件登记中添加。")
    for party in parties:
        born = party.person.birth_date
        minor = born is not None and born <= today and age_on(born, today) < ADULT_AGE
        if minor and not party.guardian_name:
            missing.append(
                f"{party.side}当事人{party.person.name}未满十八周岁，"
                "请在案件登记中写明其监护人（监护人要在协议上签名）。"
            )
    if not peoples and written:
        if agreement.incident_at is None:
            missing.append("没有填写案发时间（治安调解协议书要写明案发的时间）。")
        if not agreement.incident_place.strip():
            missing.append("没有填写案发地点。")
    if written:
        for party in parties:
            gaps = _party_gaps(party.person)
            if gaps:
                missing.append(
                    f"{party.side}当事人{party.person.name}缺少{'、'.join(gaps)}"
                    "（请在人员登记中补全）。"
                )
    if not agreement.facts.strip():
        missing.append("没有填写纠纷的主要事实。")
    if written and not agreement.points_in_dispute.strip():
        missing.append("没有填写争议事项。")
    if written and not agreement.responsibility.strip():
        missing.append("没有写明各方的责任。")
    terms = [t for t in agreement.terms if t.deleted_at is None]
    if not terms:
        missing.append("没有协议条款：请至少写一条双方达成的协议内容。")
    for term in terms:
        if not term.text.strip():
            missing.append(f"第{term.position}条协议条款是空的。")
        elif why := amount_mismatch(term.text, term.amount_fen):
            missing.append(f"第{term.position}条{why}，请核对。")
    if written and not agreement.performance_method.strip():
        missing.append("没有写明履行方式。")
    if written and not agreement.performance_place.strip():
        missing.append("没有写明履行地点。")
    if agreement.performance_deadline is None:
        missing.append("没有履行期限：请填写协议最迟履行完毕的日期。")
    elif agreement.performance_deadline < today:
        missing.append("履行期限早于今天，请核对。")
    if peoples and not agreement.mediator_name.strip():
        missing.append("没有填写调解员。")
    if not peoples and agreement.mediator_id is None:
        missing.append("没有选择主持调解的民警。")
    if written and not agreement.recorder_name.strip():
        missing.append("没有填写记录人。")
    return missing
