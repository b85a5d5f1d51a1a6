"""The life of a service call: 未到达 → 已到达 → 已办结, read from its time stamps.

The status is not stored: a call is 办结 when it has a completion time, 已到达 when it has an
arrival time, and open otherwise. A call settled on the telephone (an enquiry, a fraud warning)
is completed without an arrival. Each step asks :func:`require_step`, so the rules live in one
table and a refusal says why in a sentence. Stamps are never typed over: a wrong time is
corrected with a reason (``stamps.correct_times``), which the trail keeps.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from lijiabu_desk.models import ServiceCall
from lijiabu_desk.services.errors import ServiceError


class CallStatus(StrEnum):
    OPEN = "open"  # 未到达
    ARRIVED = "arrived"  # 已到达
    COMPLETED = "completed"  # 已办结


STATUS_LABELS: dict[CallStatus, str] = {
    CallStatus.OPEN: "待处理",
    CallStatus.ARRIVED: "已到达",
    CallStatus.COMPLETED: "已办结",
}


class Step(StrEnum):
    EDIT = "edit"
    ARRIVE = "arrive"
    COMPLETE = "complete"
    CORRECT_TIMES = "correct_times"
    SET_OUTCOME = "set_outcome"
    LINK_DISPUTE = "link_dispute"


STEP_LABELS: dict[Step, str] = {
    Step.EDIT: "修改求助登记",
    Step.ARRIVE: "登记到达",
    Step.COMPLETE: "登记办结",
    Step.CORRECT_TIMES: "更正时间",
    Step.SET_OUTCOME: "登记处理结果",
    Step.LINK_DISPUTE: "关联纠纷",
}

_ALL = frozenset(CallStatus)

#: Which statuses allow which step.
ALLOWED: dict[Step, frozenset[CallStatus]] = {
    Step.EDIT: _ALL,
    Step.ARRIVE: frozenset({CallStatus.OPEN}),
    Step.COMPLETE: frozenset({CallStatus.OPEN, CallStatus.ARRIVED}),
    Step.CORRECT_TIMES: _ALL,  # the received time may be wrong from the start
    Step.SET_OUTCOME: _ALL,
    Step.LINK_DISPUTE: _ALL,
}

_WHY: dict[CallStatus, str] = {
    CallStatus.OPEN: "这次求助还没有人到达",
    CallStatus.ARRIVED: "这次求助已登记到达",
    CallStatus.COMPLETED: "这次求助已办结",
}


class CallWorkflowError(ServiceError):
    """A step that the call's status does not allow."""


def status_of(arrived_at: datetime | None, completed_at: datetime | None) -> CallStatus:
    if completed_at is not None:
        return CallStatus.COMPLETED
    if arrived_at is not None:
        return CallStatus.ARRIVED
    return CallStatus.OPEN


def call_status(call: ServiceCall) -> CallStatus:
    return status_of(call.arrived_at, call.completed_at)


def allowed_steps(status: CallStatus) -> frozenset[Step]:
    return frozenset(step for step, statuses in ALLOWED.items() if status in statuses)


def require_step(call: ServiceCall, step: Step) -> None:
    """Refuse ``step`` unless the call's status allows it, saying why in a sentence."""
    status = call_status(call)
    if status in ALLOWED[step]:
        return
    hint = "如时间有误，请用“更正时间”并写明原因。" if step in (Step.ARRIVE, Step.COMPLETE) else ""
    raise CallWorkflowError(f"{_WHY[status]}，不能再{STEP_LABELS[step]}。{hint}")
