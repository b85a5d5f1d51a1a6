"""The life of a case: 登记 → 调解中 → 达成协议 / 口头协议 / 调解不成 / 已移交 → 回访 → 结案.

Every step is a service that asks :func:`require_step` first, so the rules live in one table and a
refused step says in plain words why (no agreement on a case that was referred away, no follow-up
before an agreement).

The one way back: a case closed after its agreement was signed and visited may be reopened
(当事人反悔, 协议未履行) and returns to 回访. A case closed after 调解不成 or 移交 is not: the
failure ended the mediation and the parties were told the other routes (人民调解法 art. 26), and
a referred case belongs to the body that received it; if either comes back, it is a new case.
"""

from __future__ import annotations

from enum import StrEnum

from lijiabu_desk.models import Dispute
from lijiabu_desk.models.enums import AgreementStatus, DisputeStatus
from lijiabu_desk.services.disputes.labels import STATUS_LABELS
from lijiabu_desk.services.errors import ServiceError

S = DisputeStatus


class Step(StrEnum):
    EDIT_CASE = "edit_case"
    RECORD_SESSION = "record_session"
    DRAFT_AGREEMENT = "draft_agreement"
    SUPPLEMENT = "supplement"
    RECORD_FAILURE = "record_failure"
    REFER = "refer"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    REOPEN = "reopen"


STEP_LABELS: dict[Step, str] = {
    Step.EDIT_CASE: "修改案件登记",
    Step.RECORD_SESSION: "登记调解记录",
    Step.DRAFT_AGREEMENT: "起草调解协议",
    Step.SUPPLEMENT: "订立补充协议",
    Step.RECORD_FAILURE: "登记调解不成",
    Step.REFER: "移交",
    Step.FOLLOW_UP: "登记回访",
    Step.CLOSE: "结案",
    Step.REOPEN: "重新打开",
}

_AGREED = frozenset({S.AGREED, S.ORAL_AGREEMENT, S.FOLLOW_UP})

#: Which statuses allow which step.
ALLOWED: dict[Step, frozenset[DisputeStatus]] = {
    Step.EDIT_CASE: frozenset(set(S) - {S.CLOSED}),
    Step.RECORD_SESSION: frozenset({S.REGISTERED, S.MEDIATING}),
    Step.DRAFT_AGREEMENT: frozenset({S.REGISTERED, S.MEDIATING}),
    Step.SUPPLEMENT: _AGREED,
    Step.RECORD_FAILURE: frozenset({S.REGISTERED, S.MEDIATING}),
    Step.REFER: frozenset({S.REGISTERED, S.MEDIATING, S.FAILED}),
    Step.FOLLOW_UP: _AGREED,
    Step.CLOSE: _AGREED | {S.FAILED, S.REFERRED},
    Step.REOPEN: frozenset({S.CLOSED}),  # and only back to REOPENS_TO: see reopen_status()
}

#: The statuses a closed case may be reopened to (the status it had before closing).
REOPENS_TO: frozenset[DisputeStatus] = frozenset({S.FOLLOW_UP})

#: Statuses in which a case is still being worked on and its time limit runs.
OPEN_STATUSES: frozenset[DisputeStatus] = frozenset({S.REGISTERED, S.MEDIATING})

_WHY: dict[DisputeStatus, str] = {
    S.REFERRED: "案件已移交其他单位办理",
    S.CLOSED: "案件已结案",
    S.FAILED: "调解已登记为不成",
    S.AGREED: "案件已达成协议",
    S.ORAL_AGREEMENT: "案件已达成口头协议",
    S.FOLLOW_UP: "案件已进入回访",
    S.REGISTERED: "案件还没有达成协议",
    S.MEDIATING: "案件还没有达成协议",
}


#: Why a step is refused when the reason is the step's, not the status's.
_WHY_NOT: dict[Step, str] = {Step.REOPEN: "案件还没有结案"}


class WorkflowError(ServiceError):
    """A step that the case's status does not allow."""


def allowed_steps(status: DisputeStatus) -> frozenset[Step]:
    return frozenset(step for step, statuses in ALLOWED.items() if status in statuses)


def case_steps(dispute: Dispute) -> frozenset[Step]:
    """The steps this case allows: its status's, less reopening a case that goes back nowhere."""
    steps = allowed_steps(dispute.status)
    if Step.REOPEN in steps and reopen_status(dispute) is None:
        return steps - {Step.REOPEN}
    return steps


def require_step(dispute: Dispute, step: Step) -> None:
    """Refuse ``step`` unless the case's status allows it, saying why in a sentence."""
    if dispute.status in ALLOWED[step]:
        return
    why = _WHY_NOT.get(step, _WHY[dispute.status])
    raise WorkflowError(
        f"{why}（状态：{STATUS_LABELS[dispute.status]}），不能{STEP_LABELS[step]}。"
    )


def status_before_closing(dispute: Dispute) -> DisputeStatus | None:
    """The status a case had when it was closed, read from its records by the table's rule.

    Only 回访 (an agreement case is closed only after a visit, and the visit moved it to 回访),
    调解不成 and 已移交 allow closing; a referral outranks a failure (a failed case may be referred
    on). None when the records show none of them.
    """
    if any(r.deleted_at is None for r in dispute.referrals):
        return S.REFERRED
    if dispute.failure_reason:
        return S.FAILED
    if any(a.deleted_at is None and a.status is AgreementStatus.SIGNED for a in dispute.agreements):
        return S.FOLLOW_UP
    return None


def reopen_status(dispute: Dispute) -> DisputeStatus | None:
    """The status a closed case goes back to when reopened; None if it may not be reopened."""
    if dispute.status is not S.CLOSED:
        return None
    before = status_before_closing(dispute)
    return before if before in REOPENS_TO else None


def require_reopen(dispute: Dispute) -> DisputeStatus:
    """The status to reopen ``dispute`` to, or a sentence saying why it stays closed."""
    require_step(dispute, Step.REOPEN)
    back_to = reopen_status(dispute)
    if back_to is not None:
        return back_to
    before = status_before_closing(dispute)
    if before is S.REFERRED:
        receiver = next(r.receiver for r in reversed(dispute.referrals) if r.deleted_at is None)
        raise WorkflowError(
            f"这件纠纷已移交{receiver}办理，由接收单位负责，本所不重新打开。"
            "如接收单位退回，请重新登记一件纠纷（来源选“上级交办/移交”）。"
        )
    if before is S.FAILED:
        raise WorkflowError(
            "这件纠纷结案前已登记调解不成，并已告知当事人其他解决途径，不能重新打开。"
            "如双方又都愿意调解，请重新登记一件纠纷。"
        )
    raise WorkflowError(
        "这件纠纷的记录里没有已签署的协议、调解不成或移交，看不出结案前的状态，不能重新打开。"
    )
