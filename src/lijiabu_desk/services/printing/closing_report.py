"""Build the data of a 结案报告 from a case: its sittings, how it ended, and the visits."""

from __future__ import annotations

from lijiabu_desk.documents.data import (
    ClosingReportDocument,
    Header,
    LabelledValue,
    Signatory,
)
from lijiabu_desk.models import Agreement, Dispute, Station
from lijiabu_desk.models.enums import AgreementForm, AgreementStatus, DisputeStatus
from lijiabu_desk.services.disputes.common import chinese_date, chinese_moment, format_amount
from lijiabu_desk.services.disputes.labels import (
    CATEGORY_LABELS,
    FOLLOW_UP_METHOD_LABELS,
    KIND_LABELS,
    PERFORMANCE_LABELS,
    REFERRAL_LABELS,
    SATISFACTION_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
)
from lijiabu_desk.services.printing.case_docs import post_name


def _process(d: Dispute) -> str:
    sittings = sorted((s for s in d.sessions if s.deleted_at is None), key=lambda s: s.held_at)
    return "\n".join(
        f"{n}．{chinese_moment(s.held_at)}在{s.place}调解：{s.outcome}"
        for n, s in enumerate(sittings, start=1)
    )


def _agreement_text(a: Agreement) -> str:
    sides = {p.side for p in a.dispute.parties if p.deleted_at is None}
    who = "双方" if len(sides) <= 2 else "各方"
    if a.form is AgreementForm.ORAL:
        head = f"{who}于{chinese_date(a.signed_on)}达成口头协议，由调解员{a.mediator_name}记录在案"
    else:
        title = KIND_LABELS[a.kind]
        if a.supplements_id is not None:
            title = title.replace("协议书", "补充协议书")
        head = f"{who}于{chinese_date(a.signed_on)}签订{title}{a.number or ''}"
    # Each term as typed, without its own closing stop: they are joined into one sentence.
    terms = "；".join(
        t.text.rstrip("。；;. ") + (f"（{format_amount(t.amount_fen)}）" if t.amount_fen else "")
        for t in a.terms
        if t.deleted_at is None
    )
    return f"{head}，约定：{terms}。" if terms else f"{head}。"


def _outcome(d: Dispute) -> str:
    signed = [
        a for a in d.agreements if a.deleted_at is None and a.status is AgreementStatus.SIGNED
    ]
    lines = [_agreement_text(a) for a in sorted(signed, key=lambda a: a.id)]
    if d.failure_reason:
        lines.append(f"调解不成：{d.failure_reason}")
        routes = d.open_routes.strip()
        if routes and routes not in d.failure_reason:  # said once, in the officer's words
            lines.append(routes if routes.startswith("已告知") else f"已告知当事人：{routes}")
    for r in d.referrals:
        if r.deleted_at is None:
            why = f"，原因：{r.reason}" if r.reason else ""
            lines.append(
                f"{chinese_date(r.referred_on)}移交{REFERRAL_LABELS[r.target]}（{r.receiver}）{why}。"
            )
    return "\n".join(lines) or f"案件状态：{STATUS_LABELS[d.status]}。"


def _performance(d: Dispute) -> str:
    lines = []
    for a in sorted(d.agreements, key=lambda a: a.id):
        if a.deleted_at is not None or a.status is not AgreementStatus.SIGNED:
            continue
        lines.append(f"协议履行情况：{PERFORMANCE_LABELS[a.performance]}。")
        visits = sorted(
            (f for f in a.follow_ups if f.visited_on is not None), key=lambda f: f.visited_on
        )
        for f in visits:
            who = f.visitor.name if f.visitor is not None else ""
            how = FOLLOW_UP_METHOD_LABELS[f.method] if f.method is not None else "回访"
            finding = f"：{f.findings}" if f.findings else ""
            view = f"（当事人{SATISFACTION_LABELS[f.satisfaction]}）" if f.satisfaction else ""
            lines.append(f"{chinese_date(f.visited_on)} {who}{how}{finding}{view}")
    return "\n".join(lines)


def _proposed_opinion(d: Dispute) -> str:
    """结案意见 the officer proposes when none was written: never left empty."""
    if d.status is DisputeStatus.CLOSED:
        return "纠纷已化解，建议结案。"
    if d.status is DisputeStatus.FAILED:
        return "经调解未能达成协议，已告知当事人其他解决途径，建议结案。"
    if d.status is DisputeStatus.REFERRED:
        return "已移交有关部门处理，建议结案。"
    return f"案件{STATUS_LABELS[d.status]}，尚未具备结案条件。"


def closing_report_document(d: Dispute, station: Station | None) -> ClosingReportDocument:
    parties = "、".join(f"{p.side}{p.person.name}" for p in d.parties if p.deleted_at is None)
    officer = d.received_by.name if d.received_by is not None else ""
    closed = d.status is DisputeStatus.CLOSED
    fields = (
        LabelledValue("案件编号", d.case_no),
        LabelledValue("纠纷类别", CATEGORY_LABELS[d.category]),
        LabelledValue("受理时间", chinese_moment(d.received_at)),
        LabelledValue("纠纷来源", SOURCE_LABELS[d.source]),
        LabelledValue("承办民警", officer),
        LabelledValue("办理状态", STATUS_LABELS[d.status]),
        LabelledValue("当事人", parties),
        LabelledValue("结案日期", chinese_date(d.closed_on) if closed else ""),
    )
    opinion = d.closing_note or _proposed_opinion(d)
    prevented = [
        words
        for flag, words in (
            (d.prevented_crime, "防止了矛盾激化转为刑事案件（防止民转刑）"),
            (d.prevented_petition, "防止了群体性上访"),
        )
        if flag
    ]
    if prevented:
        opinion += f"\n经调处，{'，'.join(prevented)}。"
    return ClosingReportDocument(
        header=Header(post_name(station), "矛盾纠纷结案报告", d.case_no),
        fields=fields,
        facts=d.facts,
        process=_process(d),
        outcome=_outcome(d),
        performance=_performance(d),
        opinion=opinion,
        signatories=(
            Signatory("承办人", officer, False),
            # Left blank: the chief writes the opinion, signs and dates it by hand (a name
            # printed in advance read as an approval already given).
            Signatory("所领导审批", "", False),
        ),
    )
