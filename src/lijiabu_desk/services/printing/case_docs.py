"""Build the data of the case forms: 受理登记表, 调解记录, 回访记录."""

from __future__ import annotations

from datetime import date

from lijiabu_desk.documents.data import (
    FollowUpDocument,
    Header,
    IntakeDocument,
    LabelledValue,
    MediationRecordDocument,
    Participant,
    Signatory,
)
from lijiabu_desk.models import Dispute, FollowUp, MediationSession, Station
from lijiabu_desk.models.enums import PanelRole
from lijiabu_desk.services.disputes.case_view import place_text
from lijiabu_desk.services.disputes.common import chinese_date, chinese_moment
from lijiabu_desk.services.disputes.follow_ups import judicial_confirmation_deadline
from lijiabu_desk.services.disputes.labels import (
    CATEGORY_LABELS,
    FOLLOW_UP_METHOD_LABELS,
    PANEL_ROLE_LABELS,
    PERFORMANCE_LABELS,
    RISK_LABELS,
    SATISFACTION_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
)
from lijiabu_desk.services.printing.agreement_doc import (
    chinese_count,
    party_boxes,
    party_details,
    party_signatories,
)


def post_name(station: Station | None) -> str:
    if station is None:
        return ""
    return f"{station.county_bureau}{station.name}"


def _place(d: Dispute) -> str:
    return place_text(d.place_kind, d.village.name if d.village else "", d.place_detail)


def intake_document(d: Dispute, station: Station | None, *, masked: bool) -> IntakeDocument:
    on = d.received_at.date()
    parties = [p for p in d.parties if p.deleted_at is None]
    officer = d.received_by.name if d.received_by is not None else ""
    fields = (
        LabelledValue("受理时间", chinese_moment(d.received_at)),
        LabelledValue("受理民警", officer),
        LabelledValue("纠纷来源", SOURCE_LABELS[d.source]),
        LabelledValue("纠纷类别", CATEGORY_LABELS[d.category]),
        LabelledValue("发生地点", _place(d)),
        LabelledValue("风险等级", RISK_LABELS[d.risk_grade]),
        LabelledValue("办理期限", f"{chinese_date(d.deadline)}前"),
        LabelledValue("办理状态", STATUS_LABELS[d.status]),
    )
    who = f"由{officer}负责组织调解，" if officer else ""
    details = tuple(party_details(p.side, p.person, on, masked=masked, party=p) for p in parties)
    return IntakeDocument(
        header=Header(post_name(station), "矛盾纠纷受理登记表", d.case_no),
        fields=fields,
        parties=details,
        demands=tuple(
            LabelledValue(f"{p.side} {p.person.name}", p.demand or "（未填写）") for p in parties
        ),
        facts=d.facts,
        opinion=f"经审查，同意受理。{who}于{chinese_date(d.deadline)}前办结。",
        signatories=(*party_signatories(details), Signatory("受理人", officer, False)),
    )


def mediation_record_document(
    s: MediationSession, station: Station | None
) -> MediationRecordDocument:
    d = s.dispute
    parties = [p for p in d.parties if p.deleted_at is None]
    side_of = {p.person_id: p.side for p in parties}
    participants = tuple(
        Participant(
            PANEL_ROLE_LABELS[p.role],
            p.name,
            p.organisation,
            side_of.get(p.person_id, "") if p.role is PanelRole.PARTY and p.person_id else "",
        )
        for p in s.participants
        if p.deleted_at is None
    )
    signatories = [
        box for p in parties for box in party_boxes(p.side, p.person.name, p.guardian_name)
    ]
    signatories += [
        Signatory(PANEL_ROLE_LABELS[p.role], p.name, False)
        for p in s.participants
        if p.role is not PanelRole.PARTY and p.role is not PanelRole.RECORDER
    ]
    recorder = next((p.name for p in s.participants if p.role is PanelRole.RECORDER), "")
    signatories.append(Signatory("记录人", recorder, False))
    # Which sitting this is: 第N次 in the order they were held (a retired one does not count).
    held = sorted((x for x in d.sessions if x.deleted_at is None), key=lambda x: (x.held_at, x.id))
    nth = next((n for n, x in enumerate(held, start=1) if x.id == s.id), len(held) + 1)
    return MediationRecordDocument(
        header=Header(post_name(station), f"调解记录（第{chinese_count(nth)}次）", ""),
        case_number=d.case_no,
        held_at=chinese_moment(s.held_at),
        place=s.place,
        category=CATEGORY_LABELS[d.category],
        participants=participants,
        statements=s.statements,
        findings=s.findings,
        outcome=s.outcome,
        signatories=tuple(signatories),
    )


def follow_up_document(f: FollowUp, station: Station | None, *, today: date) -> FollowUpDocument:
    a = f.agreement
    summary = "；".join(f"{t.position}．{t.text}" for t in a.terms if t.deleted_at is None)
    reminder = ""
    window = judicial_confirmation_deadline(a)
    visit_day = f.visited_on or today
    if window is not None and visit_day <= window:
        reminder = (
            f"提醒：各方当事人如需申请司法确认，应于{chinese_date(window)}前"
            "共同向人民法院提出申请。"
        )
    visited = f.visited_person.name if f.visited_person is not None else ""
    return FollowUpDocument(
        header=Header(post_name(station), "回访记录", ""),
        case_number=a.dispute.case_no,
        agreement_number=a.number or "口头协议",
        agreement_summary=summary,
        due=chinese_date(f.due_on),
        visited_on=chinese_date(f.visited_on),
        visitor=f.visitor.name if f.visitor is not None else "",
        visited_person=visited,
        performance=PERFORMANCE_LABELS[f.performance] if f.performance else "",
        findings=f.findings,
        warning_signs=f.warning_signs or ("无" if f.visited_on else ""),
        reminder=reminder,
        signatories=(
            Signatory("回访人", f.visitor.name if f.visitor is not None else "", False),
            Signatory("被回访人", visited, True),
        ),
        method=FOLLOW_UP_METHOD_LABELS[f.method] if f.method is not None else "",
        satisfaction=SATISFACTION_LABELS[f.satisfaction] if f.satisfaction is not None else "",
    )
