"""The one-click steps 到达 and 办结, their correction with a reason, and the outcome.

A stamp is the clock's time when the button is pressed, never typed. A wrong stamp (the officer
phoned in "arrived ten minutes ago", 办结 pressed by mistake) is corrected afterwards with a
reason: the audit entry of the correction holds the old and new times and the call's own
``correction_note`` gains a dated line with both and the reason, so the call page shows it too.
Response and completion durations are computed from the stamps (``listing``), never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lijiabu_desk.models.enums import FiveSmallAim
from lijiabu_desk.services.calls.common import append_note, load_call, optional_moment
from lijiabu_desk.services.calls.entry import REASON_MAX
from lijiabu_desk.services.calls.workflow import Step, require_step
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes, parse_moment
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.validation import require_text

OUTCOME_MAX = 5000


def stamp_arrival(ctx: ServiceContext, call_id: int) -> datetime:
    """到达: the responder is there now. Returns the stamped time."""
    now = ctx.now()
    with ctx.write(Permission.EDIT_RECORDS) as session:
        call = load_call(session, call_id)
        require_step(call, Step.ARRIVE)
        if now < call.received_at:
            raise ValidationError("到达时间不能早于求助时间，请先更正求助时间。", "arrived_at")
        call.arrived_at = now
        return now


def stamp_completion(ctx: ServiceContext, call_id: int) -> datetime:
    """办结: the call is dealt with now (with or without anyone going out: an enquiry is often
    settled on the telephone). Returns the stamped time."""
    now = ctx.now()
    with ctx.write(Permission.EDIT_RECORDS) as session:
        call = load_call(session, call_id)
        require_step(call, Step.COMPLETE)
        if now < (call.arrived_at or call.received_at):
            raise ValidationError("办结时间不能早于求助或到达时间，请先更正时间。", "completed_at")
        call.completed_at = now
        return now


@dataclass(frozen=True)
class TimesInput:
    """The three times as the correction form holds them. Arrival or completion left empty
    (date and time) is no stamp: 办结 pressed by mistake is taken back this way."""

    received_on: str
    received_time: str
    reason: str
    arrived_on: str = ""
    arrived_time: str = ""
    completed_on: str = ""
    completed_time: str = ""


def _shown(moment: datetime | None) -> str:
    return "（空）" if moment is None else f"{moment:%Y-%m-%d %H:%M}"


def correct_times(ctx: ServiceContext, call_id: int, data: TimesInput) -> None:
    """更正 the call's times, with a reason; the order received ≤ arrived ≤ completed ≤ now
    must hold. A correction that changes nothing is refused (there is nothing to explain)."""
    why = require_text(data.reason, field="reason", label="更正原因", max_length=REASON_MAX)
    now = ctx.now()
    received = parse_moment(
        data.received_on, data.received_time, now=now, field="received_on", label="求助时间"
    )
    arrived = optional_moment(
        data.arrived_on, data.arrived_time, now=now, field="arrived_on", label="到达时间"
    )
    completed = optional_moment(
        data.completed_on, data.completed_time, now=now, field="completed_on", label="办结时间"
    )
    if arrived is not None and arrived < received:
        raise ValidationError("到达时间不能早于求助时间。", "arrived_on")
    if completed is not None and completed < (arrived or received):
        raise ValidationError("办结时间不能早于求助时间或到达时间。", "completed_on")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        call = load_call(session, call_id)
        require_step(call, Step.CORRECT_TIMES)
        pairs = (
            ("求助时间", call.received_at, received),
            ("到达时间", call.arrived_at, arrived),
            ("办结时间", call.completed_at, completed),
        )
        changed = [f"{label}{_shown(old)}→{_shown(new)}" for label, old, new in pairs if old != new]
        if not changed:
            raise ValidationError("时间没有改动，不需要更正。", "received_on")
        call.received_at, call.arrived_at, call.completed_at = received, arrived, completed
        line = f"更正{'，'.join(changed)}；原因：{why}"
        call.correction_note = append_note(call.correction_note, now, line)


@dataclass(frozen=True)
class OutcomeInput:
    outcome: str  # how it ended, as typed
    aim: FiveSmallAim | None = None  # the post's 五小 tag

    def __post_init__(self) -> None:
        coerce_codes(self, aim=FiveSmallAim)


def set_outcome(ctx: ServiceContext, call_id: int, data: OutcomeInput) -> None:
    """登记 how the call ended and which of the 五小 it served; may be changed later."""
    outcome = require_text(
        data.outcome, field="outcome", label="处理结果", max_length=OUTCOME_MAX, multiline=True
    )
    with ctx.write(Permission.EDIT_RECORDS) as session:
        call = load_call(session, call_id)
        require_step(call, Step.SET_OUTCOME)
        call.outcome, call.aim = outcome, data.aim
