"""回访: visits to see whether a signed agreement is kept.

Visits are planned when an agreement is signed (``agreements.propose_follow_ups``); an officer may
add more. Recording a visit sets the agreement's performance and moves the case to 回访.

Closing a case cancels the visits it leaves planned. A cancelled visit is retired the way a case
is (``deleted_at``, with the reason in its text): every list, count and form already leaves retired
visits out, the audit trail records who cancelled it and why, and nothing brings it back, so a
reopened case does not silently get its old visits again. No other step can leave a visit planned:
visits exist only once an agreement is signed, and from then on failure and referral are refused
(``workflow.ALLOWED``) and a case with a signed agreement cannot be retired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from lijiabu_desk.models import Agreement, Dispute, FollowUp, Officer, Person
from lijiabu_desk.models.enums import (
    AgreementKind,
    AgreementStatus,
    DisputeStatus,
    FollowUpMethod,
    Performance,
    Satisfaction,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes, load_agreement
from lijiabu_desk.services.disputes.workflow import Step, require_step
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.validation import check_not_before, check_not_future, parse_date

JUDICIAL_CONFIRMATION_DAYS = 30
#: Why a planned visit was cancelled, written in its 回访情况.
CANCELLED_AT_CLOSING = "结案时取消"


@dataclass(frozen=True)
class FollowUpInput:
    visited_on: str
    performance: Performance | None  # None: not chosen yet, refused when recorded
    visitor_id: int | None = None
    visited_person_id: int | None = None
    findings: str = ""
    warning_signs: str = ""
    # None: not chosen yet, refused when recorded (a 回访记录 must say both).
    method: FollowUpMethod | None = None
    satisfaction: Satisfaction | None = None

    def __post_init__(self) -> None:
        coerce_codes(
            self, performance=Performance, method=FollowUpMethod, satisfaction=Satisfaction
        )


def judicial_confirmation_deadline(agreement: Agreement) -> date | None:
    """The last day the parties may jointly apply to court (人民调解, written, signed, wanted)."""
    if (
        agreement.kind is AgreementKind.PEOPLES_MEDIATION
        and agreement.judicial_confirmation
        and agreement.signed_on is not None
    ):
        return agreement.signed_on + timedelta(days=JUDICIAL_CONFIRMATION_DAYS)
    return None


def _signed_agreement(ctx_agreement: Agreement) -> Agreement:
    require_step(ctx_agreement.dispute, Step.FOLLOW_UP)
    if ctx_agreement.status is not AgreementStatus.SIGNED:
        raise ValidationError("协议还没有签署，不能回访。请先标记协议已签署。")
    return ctx_agreement


def cancel_planned_visits(dispute: Dispute, reason: str, when: datetime) -> int:
    """Cancel the case's visits not yet made (retired, ``reason`` as their 回访情况); how many."""
    cancelled = 0
    for agreement in dispute.agreements:
        for follow_up in agreement.follow_ups:
            if follow_up.deleted_at is None and follow_up.visited_on is None:
                follow_up.deleted_at, follow_up.findings = when, reason
                cancelled += 1
    return cancelled


def add_planned_visit(
    session: Session, agreement: Agreement, due: str, *, field: str = "due_on"
) -> FollowUp:
    """A visit planned for ``due`` (as typed), not before the agreement was signed."""
    day = parse_date(due, field=field, label="计划回访日期")
    check_not_before(
        day,
        agreement.signed_on or day,
        field=field,
        label="计划回访日期",
        earliest_label="协议签署日期",
    )
    follow_up = FollowUp(agreement=agreement, due_on=day)
    session.add(follow_up)
    return follow_up


def plan_follow_up(ctx: ServiceContext, agreement_id: int, due: str) -> int:
    """Add a planned visit; returns its id."""
    with ctx.write() as session:
        agreement = _signed_agreement(load_agreement(session, agreement_id))
        follow_up = add_planned_visit(session, agreement, due)
        session.flush()
        return follow_up.id


def record_follow_up(
    ctx: ServiceContext,
    agreement_id: int,
    data: FollowUpInput,
    follow_up_id: int | None = None,
) -> int:
    """Record a visit: against a planned one (``follow_up_id``) or as an extra one."""
    if data.performance is None:
        raise ValidationError("请选择协议的履行情况。", "performance")
    if data.performance is Performance.PENDING and not data.findings.strip():
        raise ValidationError("尚未开始履行时，请在回访情况中写明原因。", "findings")
    if data.method is None:
        raise ValidationError("请选择回访方式（上门、电话或约见）。", "method")
    if data.satisfaction is None:
        raise ValidationError("请选择当事人对调解结果是否满意。", "satisfaction")
    with ctx.write() as session:
        agreement = _signed_agreement(load_agreement(session, agreement_id))
        day = parse_date(data.visited_on, field="visited_on", label="回访日期")
        check_not_future(day, today=ctx.today(), field="visited_on", label="回访日期")
        check_not_before(
            day,
            agreement.signed_on or day,
            field="visited_on",
            label="回访日期",
            earliest_label="协议签署日期",
        )
        if data.visitor_id is None:
            raise ValidationError("请选择回访民警。", "visitor_id")
        if session.get(Officer, data.visitor_id) is None:
            raise ValidationError("所选回访民警不存在，请重新选择。", "visitor_id")
        if (
            data.visited_person_id is not None
            and session.get(Person, data.visited_person_id) is None
        ):
            raise ValidationError("所选被回访人不存在，请重新选择。", "visited_person_id")
        if follow_up_id is None:
            follow_up = FollowUp(agreement=agreement, due_on=day)
            session.add(follow_up)
        else:
            found = session.get(FollowUp, follow_up_id)
            if found is None or found.agreement_id != agreement.id or found.deleted_at is not None:
                raise NotFoundError("找不到这次回访计划。")
            follow_up = found
        follow_up.visited_on, follow_up.performance = day, data.performance
        follow_up.visitor_id, follow_up.visited_person_id = data.visitor_id, data.visited_person_id
        follow_up.findings = data.findings.strip()
        follow_up.warning_signs = data.warning_signs.strip()
        follow_up.method, follow_up.satisfaction = data.method, data.satisfaction
        agreement.performance = data.performance
        dispute = agreement.dispute
        if dispute.status in (DisputeStatus.AGREED, DisputeStatus.ORAL_AGREEMENT):
            dispute.status = DisputeStatus.FOLLOW_UP
        session.flush()
        return follow_up.id
