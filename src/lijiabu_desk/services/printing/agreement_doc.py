"""Build the data of an agreement form (人民调解协议书 / 治安调解协议书 / oral record).

Every sentence with legal weight is composed here, so tests read the law's requirements off the
dataclass without drawing anything: N+1 copies, effect on signing, the 30-day judicial
confirmation note, the consequence of not performing a police agreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from lijiabu_desk.documents.data import (
    AgreementDocument,
    Header,
    LabelledValue,
    PartyDetails,
    Signatory,
    Term,
)
from lijiabu_desk.models import Agreement, DisputeParty, Person, Station
from lijiabu_desk.models.enums import AgreementForm, AgreementKind, AgreementStatus
from lijiabu_desk.services.amounts import amount_with_words
from lijiabu_desk.services.disputes.agreement_check import residence
from lijiabu_desk.services.disputes.common import chinese_date, chinese_moment
from lijiabu_desk.services.disputes.labels import KIND_LABELS
from lijiabu_desk.services.identity import age_on, mask_id_number
from lijiabu_desk.services.labels import SEX_LABELS
from lijiabu_desk.services.validation import mask_phone

DRAFT_NUMBER = "（草稿，定稿后编号）"
_DIGITS = "〇一二三四五六七八九"


def chinese_count(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (copy counts stay small)."""
    if n < 10:
        return _DIGITS[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[units] if units else ''}"


def party_details(
    side: str, person: Person, on: date, *, masked: bool, party: DisputeParty | None = None
) -> PartyDetails:
    """A party's particulars as printed; ``masked`` (a role that may not see full numbers)
    prints the ID number and phone as the lists show them. ``party`` (the case's party row)
    brings a minor's guardian."""
    birth = ""
    if person.birth_date is not None:
        birth = f"{chinese_date(person.birth_date)}（{age_on(person.birth_date, on)}岁）"
    return PartyDetails(
        side=side,
        name=person.name,
        sex=SEX_LABELS.get(person.sex, "") if person.sex else "",
        ethnicity=person.ethnicity,
        birth=birth,
        occupation=person.occupation,
        address=residence(person),
        phone=mask_phone(person.phone) if masked else person.phone,
        id_number=mask_id_number(person.id_number or "") if masked else person.id_number or "",
        guardian=party.guardian_name if party is not None else "",
        guardian_relation=party.guardian_relation if party is not None else "",
    )


def party_boxes(side: str, name: str, guardian: str = "") -> list[Signatory]:
    """A party's box ("甲方当事人") and, for a minor, their guardian's ("甲方监护人") after it,
    so that the guardian signs beside the minor on the same side."""
    boxes = [Signatory(f"{side}当事人", name, True)]
    if guardian:
        boxes.append(Signatory(f"{side}监护人", guardian, True))
    return boxes


def party_signatories(parties: Sequence[PartyDetails]) -> list[Signatory]:
    """Every party's box, with a minor's guardian's after it (:func:`party_boxes`)."""
    return [box for p in parties for box in party_boxes(p.side, p.name, p.guardian)]


def issuer(station: Station | None, kind: AgreementKind) -> str:
    if station is None:
        return ""
    if kind is AgreementKind.PEOPLES_MEDIATION:
        return station.mediation_committee
    return f"{station.county_bureau}{station.name}"


def _title(a: Agreement) -> str:
    if a.form is AgreementForm.ORAL:
        return "口头调解协议记录"
    title = KIND_LABELS[a.kind]
    return title.replace("协议书", "补充协议书") if a.supplements_id is not None else title


def _clauses(a: Agreement, copies: int, station: Station | None) -> tuple[str, ...]:
    deadline = chinese_date(a.performance_deadline) or "    年  月  日"
    n = chinese_count(copies)
    if a.form is AgreementForm.ORAL:
        recorded = chinese_date(a.signed_on) or "    年  月  日"
        return (
            f"本协议为口头协议，由调解员{a.mediator_name}于{recorded}记录在案，"
            "各方当事人已当面确认协议内容。",
            f"当事人应当于{deadline}前按照约定履行。",
        )
    if a.kind is AgreementKind.PEOPLES_MEDIATION:
        clauses = [
            "本协议自各方当事人签名（捺印）、调解员签名并加盖人民调解委员会印章之日起生效。",
            "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。",
            f"本协议一式{n}份，当事人各执一份，人民调解委员会留存一份。",
            "双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。",
        ]
        if a.judicial_confirmation:
            clauses.append("各方当事人已表示愿意共同申请司法确认。")
        clauses.append(
            "当事人之间就调解协议的履行或者调解协议的内容发生争议的，"
            "一方当事人可以向人民法院提起诉讼。"
        )
        return tuple(clauses)
    post = station.name if station is not None and station.name else "公安机关"
    return (
        f"本协议经各方当事人签名（捺印）、主持调解民警签名并加盖{post}印章后生效。",
        f"本协议一式{n}份，各方当事人各执一份，{post}留存一份。",
        f"当事人应当于{deadline}前履行本协议。",
        "当事人不履行本协议的，公安机关将依照《中华人民共和国治安管理处罚法》的规定"
        "对违反治安管理行为人予以处罚，并告知当事人可以就民事争议依法向人民法院提起民事诉讼。",
    )


def _performance(a: Agreement) -> str:
    parts = []
    if a.performance_method:
        parts.append(f"履行方式：{a.performance_method}")
    if a.performance_place:
        parts.append(f"履行地点：{a.performance_place}")
    deadline = chinese_date(a.performance_deadline) or "    年  月  日"
    parts.append(f"履行期限：{deadline}前履行完毕")
    return "；".join(parts) + "。"


def _signatories(a: Agreement, parties: list[PartyDetails]) -> tuple[Signatory, ...]:
    if a.form is AgreementForm.ORAL:
        return (Signatory("调解员", a.mediator_name, False),)
    people = party_signatories(parties)
    if a.kind is AgreementKind.PEOPLES_MEDIATION:
        staff = [Signatory("调解员", a.mediator_name, False)]
    else:
        badge = a.mediator.badge_no if a.mediator is not None and a.mediator.badge_no else ""
        presiding = f"{a.mediator_name}（警号{badge}）" if badge else a.mediator_name
        staff = [Signatory("主持调解民警", presiding, False)]
    staff.append(Signatory("记录人", a.recorder_name, False))
    return (*people, *staff)


def agreement_document(
    a: Agreement, station: Station | None, *, today: date, masked: bool
) -> AgreementDocument:
    on = a.signed_on or today
    parties = [
        party_details(p.side, p.person, on, masked=masked, party=p)
        for p in a.dispute.parties
        if p.deleted_at is None
    ]
    copies = len(parties) + 1
    peoples = a.kind is AgreementKind.PEOPLES_MEDIATION
    if peoples:
        seal = f"{issuer(station, a.kind) or '人民调解委员会'}（盖章）"
    else:
        seal = f"{station.name if station is not None else '派出所'}（印）"
    original = a.supplements
    note = ""
    if original is not None:
        note = (
            f"本协议是对{original.number or ''}《{KIND_LABELS[original.kind]}》的补充协议，"
            "原协议未变更的内容继续有效。"
        )
    draft = a.status is AgreementStatus.DRAFT
    unnumbered = "" if a.form is AgreementForm.ORAL else DRAFT_NUMBER
    return AgreementDocument(
        header=Header(
            issuer=issuer(station, a.kind),
            title=_title(a),
            # A draft taken back from 定稿 keeps its number in the record, but never prints it.
            number=unnumbered if draft else (a.number or unnumbered),
            draft=draft,
        ),
        parties=tuple(parties),
        facts=a.facts,
        points_in_dispute=a.points_in_dispute,
        responsibility=a.responsibility,
        terms=tuple(
            Term(
                number=t.position,
                text=t.text,
                amount=amount_with_words(t.amount_fen),
                due=f"{chinese_date(t.due_on)}前" if t.due_on else "",
            )
            for t in a.terms
            if t.deleted_at is None
        ),
        performance=_performance(a),
        clauses=_clauses(a, copies, station),
        signatories=_signatories(a, parties),
        seal_label=seal if a.form is AgreementForm.WRITTEN else "",
        date=chinese_date(a.signed_on) if a.status is AgreementStatus.SIGNED else "",
        supplement_note=note,
        oral=a.form is AgreementForm.ORAL,
        incident=_incident(a),
    )


def _incident(a: Agreement) -> tuple[LabelledValue, ...]:
    """The police agreement's own particulars, printed before the facts (blanks when unknown)."""
    if a.kind is not AgreementKind.POLICE_MEDIATION or a.form is AgreementForm.ORAL:
        return ()
    return (
        LabelledValue("案发时间", chinese_moment(a.incident_at) if a.incident_at else ""),
        LabelledValue("案发地点", a.incident_place),
        LabelledValue("其他在场人员", a.others_present or "无"),
    )
