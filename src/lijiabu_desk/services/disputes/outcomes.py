"""The ends of a case other than an agreement (调解不成, 移交, 结案), the way back, and 注销."""

from __future__ import annotations

from dataclasses import dataclass

from lijiabu_desk.models import Referral
from lijiabu_desk.models.enums import (
    AgreementStatus,
    DisputeStatus,
    ReferralTarget,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes, load_dispute
from lijiabu_desk.services.disputes.follow_ups import (
    CANCELLED_AT_CLOSING,
    add_planned_visit,
    cancel_planned_visits,
)
from lijiabu_desk.services.disputes.workflow import (
    Step,
    allowed_steps,
    require_reopen,
    require_step,
)
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import (
    check_not_before,
    check_not_future,
    parse_date,
    require_text,
)


@dataclass(frozen=True)
class ReferralInput:
    target: ReferralTarget
    referred_on: str  # a date as typed; today when empty
    receiver: str  # the body or person who took it over
    reason: str = ""

    def __post_init__(self) -> None:
        coerce_codes(self, target=ReferralTarget)


def record_failure(ctx: ServiceContext, dispute_id: int, reason: str, open_routes: str) -> None:
    """调解不成: why, and which routes remain open to the parties (诉讼, 仲裁, 行政处理 …)."""
    why = require_text(
        reason, field="failure_reason", label="调解不成的原因", max_length=2000, multiline=True
    )
    routes = require_text(
        open_routes,
        field="open_routes",
        label="告知当事人的其他解决途径",
        max_length=2000,
        multiline=True,
    )
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        require_step(dispute, Step.RECORD_FAILURE)
        if any(a.status is AgreementStatus.FINAL for a in dispute.agreements):
            raise ValidationError(
                "这件纠纷有一份已定稿待签字的协议。若当事人拒绝签字，请先把协议退回修改。"
            )
        dispute.status, dispute.failure_reason, dispute.open_routes = (
            DisputeStatus.FAILED,
            why,
            routes,
        )


def refer_case(ctx: ServiceContext, dispute_id: int, data: ReferralInput) -> int:
    """移交: hand the case to 司法所, the court, the township government, or open a police case."""
    receiver = require_text(
        data.receiver, field="receiver", label="接收单位或接收人", max_length=80
    )
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        require_step(dispute, Step.REFER)
        day = (
            parse_date(data.referred_on, field="referred_on", label="移交日期")
            if data.referred_on.strip()
            else ctx.today()
        )
        check_not_future(day, today=ctx.today(), field="referred_on", label="移交日期")
        check_not_before(
            day,
            dispute.received_at.date(),
            field="referred_on",
            label="移交日期",
            earliest_label="受理日期",
        )
        if any(a.status is AgreementStatus.FINAL for a in dispute.agreements):
            raise ValidationError("这件纠纷有一份已定稿待签字的协议，请先把协议退回修改再移交。")
        referral = Referral(
            dispute=dispute,
            referred_on=day,
            target=data.target,
            receiver=receiver,
            reason=data.reason.strip(),
        )
        session.add(referral)
        dispute.status = DisputeStatus.REFERRED
        session.flush()
        return referral.id


def close_case(
    ctx: ServiceContext,
    dispute_id: int,
    note: str = "",
    *,
    prevented_crime: bool = False,
    prevented_petition: bool = False,
) -> None:
    """结案. A case settled by agreement is closed only after at least one follow-up visit; the
    visits still planned are cancelled (``follow_ups.cancel_planned_visits``). The officer says
    here what the mediation prevented (防止民转刑, 防止群体性上访), as judged at the end."""
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        require_step(dispute, Step.CLOSE)
        if dispute.status not in (DisputeStatus.FAILED, DisputeStatus.REFERRED):
            visited = any(
                f.visited_on is not None
                for a in dispute.agreements
                for f in a.follow_ups
                if f.deleted_at is None
            )
            if not visited:
                raise ValidationError("达成协议的纠纷要先回访至少一次，才能结案。")
        dispute.status = DisputeStatus.CLOSED
        dispute.closed_on = ctx.today()
        dispute.closing_note = note.strip()
        dispute.prevented_crime, dispute.prevented_petition = prevented_crime, prevented_petition
        cancel_planned_visits(dispute, CANCELLED_AT_CLOSING, ctx.now())


def reopen_case(
    ctx: ServiceContext, dispute_id: int, reason: str, next_visit: str = ""
) -> DisputeStatus:
    """重新打开 a closed case (当事人反悔, 协议未履行 …): back to the status it had before closing
    (``workflow.require_reopen`` says which, or why not), the closing date cleared and the reason
    kept where retiring keeps its own, so the trail shows it. The visits cancelled at closing stay
    cancelled; ``next_visit`` (a date as typed, optional) plans a new one. Returns the status."""
    why = require_text(
        reason, field="reason", label="重新打开的原因", max_length=500, multiline=True
    )
    with ctx.write(Permission.REOPEN_CASES) as session:
        dispute = load_dispute(session, dispute_id)
        back_to = require_reopen(dispute)
        if next_visit.strip():
            if Step.FOLLOW_UP not in allowed_steps(back_to):
                raise ValidationError("这件纠纷重新打开后不需要回访。", "next_visit")
            signed = [
                a
                for a in dispute.agreements
                if a.deleted_at is None and a.status is AgreementStatus.SIGNED
            ]
            visit = add_planned_visit(
                session, max(signed, key=lambda a: a.id), next_visit, field="next_visit"
            )
            check_not_before(
                visit.due_on,
                ctx.today(),
                field="next_visit",
                label="新的回访日期",
                earliest_label="今天",
            )
        dispute.status, dispute.closed_on = back_to, None
        dispute.closing_note = f"重新打开原因：{why}"
        return back_to


def retire_dispute(ctx: ServiceContext, dispute_id: int, reason: str) -> None:
    """注销 a case registered by mistake (a duplicate, the wrong people). It leaves the list but
    stays in the database and the audit trail; its number is not reused. A case with a
    finalised or signed agreement cannot be retired: that paper exists."""
    why = require_text(reason, field="reason", label="注销原因", max_length=500, multiline=True)
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        dispute = load_dispute(session, dispute_id)
        if any(
            a.status is not AgreementStatus.DRAFT and a.deleted_at is None
            for a in dispute.agreements
        ):
            raise ValidationError(
                "这件纠纷已有定稿或签署的调解协议，不能注销。如登记有误，请修改登记或写明情况后结案。"
            )
        dispute.deleted_at = ctx.now()
        dispute.closing_note = f"注销原因：{why}"
