"""The life of a case: 登记 → 调解中 → 达成协议 / 口头协议 / 调解不成 / 已移交 → 回访 → 结案.

Every step is a service that asks :func:`require_step` first, so the rules live in one table and a
refused step says in plain words why (no agreement on a case that was referred away, no follow-up
before an agreement).
"""

from __future__ import annotations

from enum import StrEnum

from lijiabu_desk.models import Dispute
from lijiabu_desk.models.enums import DisputeStatus
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


STEP_LABELS: dict[Step, str] = {
    Step.EDIT_CASE: "修改案件登记",
    Step.RECORD_SESSION: "登记调解记录",
    Step.DRAFT_AGREEMENT: "起草调解协议",
    Step.SUPPLEMENT: "订立补充协议",
    Step.RECORD_FAILURE: "登记调解不成",
    Step.REFER: "移交",
    Step.FOLLOW_UP: "登记回访",
    Step.CLOSE: "结案",
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
}

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


class WorkflowError(ServiceError):
    """A step that the case's status does not allow."""


def allowed_steps(status: DisputeStatus) -> frozenset[Step]:
    return frozenset(step for step, statuses in ALLOWED.items() if status in statuses)


def require_step(dispute: Dispute, step: Step) -> None:
    """Refuse ``step`` unless the case's status allows it, saying why in a sentence."""
    if dispute.status in ALLOWED[step]:
        return
    raise WorkflowError(
        f"{_WHY[dispute.status]}（状态：{STATUS_LABELS[dispute.status]}），"
        f"不能{STEP_LABELS[step]}。"
    )
