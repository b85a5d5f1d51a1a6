"""Taking a call: the quick-entry form made for a ringing phone, and its later edits.

The caller is found with ``services.search.search`` (names, pinyin, whole numbers, tails) and
picked by id; a caller the register does not know is fine with a name or a number alone. The
received time is now unless typed. Times are stamped by the one-click steps in ``stamps`` and,
once stamped, change only by a correction with a reason: an edit of the call leaves them alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Officer, Person, ServiceCall, Village
from lijiabu_desk.models.enums import CallKind, Urgency
from lijiabu_desk.services.calls.common import append_note, load_call
from lijiabu_desk.services.calls.workflow import Step, require_step
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes, parse_moment
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import mask_phone, normalize_phone, require_text

SUMMARY_MAX = 2000
REASON_MAX = 500


@dataclass(frozen=True)
class CallInput:
    """What the quick-entry form holds, as typed."""

    kind: CallKind | None  # None: not chosen yet, refused when saved
    summary: str  # what they need
    caller_id: int | None = None  # picked from the search; None for an unknown caller
    caller_name: str = ""
    caller_phone: str = ""
    household_id: int | None = None  # None: the caller's household, if known
    urgency: Urgency = Urgency.NORMAL
    village_id: int | None = None  # where; None: the household's village, if known
    place: str = ""
    responder_id: int | None = None  # who was sent
    received_on: str = ""  # a date as typed; today when empty
    received_time: str = ""  # "14:30"; the current time when empty and the date is today

    def __post_init__(self) -> None:
        coerce_codes(self, kind=CallKind, urgency=Urgency)


_Linked = TypeVar("_Linked", Person, Household, Village, Officer)


def _live(
    session: Session, model: type[_Linked], record_id: int, message: str, field: str
) -> _Linked:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise ValidationError(message, field)
    return record


def _apply(session: Session, call: ServiceCall, data: CallInput) -> None:
    """Check ``data`` and write it onto ``call``, all but the received time."""
    if data.kind is None:
        raise ValidationError("请选择求助类别。", "kind")
    summary = require_text(
        data.summary, field="summary", label="求助内容", max_length=SUMMARY_MAX, multiline=True
    )
    phone = data.caller_phone.strip()
    if call.caller_phone and phone == mask_phone(call.caller_phone):
        phone = call.caller_phone  # the form showed the stored number masked, unchanged
    elif phone:
        phone = normalize_phone(phone, field="caller_phone", label="求助人电话")
    name = column_text("service_calls", "caller_name", data.caller_name.strip())
    household_id = data.household_id
    if data.caller_id is not None:
        person = _live(
            session, Person, data.caller_id, "所选求助人在人员库中找不到，请重新选择。", "caller_id"
        )
        name, phone = person.name, phone or person.phone
        household_id = household_id if household_id is not None else person.household_id
    elif not name and not phone:
        raise ValidationError("请填写求助人的姓名或电话（不在人员库中的也可以）。", "caller_name")
    village_id = data.village_id
    if household_id is not None:
        home = _live(
            session, Household, household_id, "所选的户不存在，请重新选择。", "household_id"
        )
        phone = phone or home.phone
        village_id = village_id if village_id is not None else home.village_id
    if village_id is not None:
        _live(session, Village, village_id, "所选行政村不存在，请重新选择。", "village_id")
    if data.responder_id is not None:
        _live(session, Officer, data.responder_id, "所选民警不存在，请重新选择。", "responder_id")
    call.kind, call.urgency, call.summary = data.kind, data.urgency, summary
    call.caller_id, call.caller_name, call.caller_phone = data.caller_id, name, phone
    call.household_id, call.village_id = household_id, village_id
    call.place = column_text("service_calls", "place", data.place.strip())
    call.responder_id = data.responder_id


def log_call(ctx: ServiceContext, data: CallInput) -> int:
    """登记 a call as it comes in; returns its id."""
    received = parse_moment(
        data.received_on, data.received_time, now=ctx.now(), field="received_on", label="求助时间"
    )
    with ctx.write(Permission.EDIT_RECORDS) as session:
        call = ServiceCall(received_at=received)
        _apply(session, call, data)
        session.add(call)
        session.flush()
        return call.id


def update_call(ctx: ServiceContext, call_id: int, data: CallInput) -> None:
    """Change who called, what about, where and who was sent. The received time stays: a
    different one is refused here and goes through ``stamps.correct_times`` with a reason."""
    with ctx.write(Permission.EDIT_RECORDS) as session:
        call = load_call(session, call_id)
        require_step(call, Step.EDIT)
        if data.received_on.strip() or data.received_time.strip():
            typed = parse_moment(
                data.received_on,
                data.received_time,
                now=ctx.now(),
                field="received_on",
                label="求助时间",
            )
            if typed != call.received_at:
                raise ValidationError(
                    "求助时间请用“更正时间”修改，并写明更正的原因。", "received_on"
                )
        _apply(session, call, data)


def retire_call(ctx: ServiceContext, call_id: int, reason: str) -> None:
    """注销 a call logged by mistake (a duplicate, a wrong number). It leaves every list but
    stays in the database and the trail. A call that a dispute came from stays: the case
    refers to it."""
    why = require_text(reason, field="reason", label="注销原因", max_length=REASON_MAX)
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        call = load_call(session, call_id)
        if call.dispute_id is not None:
            raise ValidationError("这次求助已关联一件纠纷，不能注销。", "reason")
        call.deleted_at = ctx.now()
        call.correction_note = append_note(call.correction_note, ctx.now(), f"注销：{why}")
