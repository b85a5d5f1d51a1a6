"""One call as its page shows it, the forms filled from it (edit, correction, outcome), and the
caller's full number (an audited act, as for a person's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lijiabu_desk.models import ServiceCall
from lijiabu_desk.models.enums import FiveSmallAim
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.calls.common import load_call
from lijiabu_desk.services.calls.entry import CallInput
from lijiabu_desk.services.calls.listing import CallRow, rows_query, to_row
from lijiabu_desk.services.calls.stamps import OutcomeInput, TimesInput
from lijiabu_desk.services.calls.workflow import Step, allowed_steps
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError
from lijiabu_desk.services.permissions import Permission


@dataclass(frozen=True)
class CallView:
    row: CallRow  # what the list shows (phone masked, durations, status)
    caller_id: int | None
    household_id: int | None
    village_id: int | None
    responder_id: int | None
    summary: str  # whole
    outcome: str
    aim: FiveSmallAim | None
    correction_note: str  # one dated line per correction, with its reason
    steps: frozenset[Step]  # what the page may offer now
    edit: CallInput  # the quick-entry form filled for an edit (phone masked)
    times: TimesInput  # the correction form filled with the stamps (reason empty)
    result: OutcomeInput


def _day(moment: datetime | None) -> tuple[str, str]:
    if moment is None:
        return "", ""
    return f"{moment:%Y-%m-%d}", f"{moment:%H:%M}"


def load_call_view(ctx: ServiceContext, call_id: int) -> CallView:
    with ctx.read() as session:
        call = load_call(session, call_id)
        found = session.execute(rows_query([ServiceCall.id == call_id])).one()
        row = to_row(found)
        received_on, received_time = _day(call.received_at)
        arrived_on, arrived_time = _day(call.arrived_at)
        completed_on, completed_time = _day(call.completed_at)
        edit = CallInput(
            kind=call.kind,
            summary=call.summary,
            caller_id=call.caller_id,
            caller_name=call.caller_name,
            caller_phone=row.caller_phone,
            household_id=call.household_id,
            urgency=call.urgency,
            village_id=call.village_id,
            place=call.place,
            responder_id=call.responder_id,
            received_on=received_on,
            received_time=received_time,
        )
        times = TimesInput(
            received_on, received_time, "", arrived_on, arrived_time, completed_on, completed_time
        )
        return CallView(
            row=row,
            caller_id=call.caller_id,
            household_id=call.household_id,
            village_id=call.village_id,
            responder_id=call.responder_id,
            summary=call.summary,
            outcome=call.outcome,
            aim=call.aim,
            correction_note=call.correction_note,
            steps=allowed_steps(row.status),
            edit=edit,
            times=times,
            result=OutcomeInput(call.outcome, call.aim),
        )


def reveal_caller_phone(ctx: ServiceContext, call_id: int) -> str:
    """The caller's full number, to ring back: a deliberate, audited act."""
    with ctx.write(Permission.VIEW_FULL_ID) as session:
        call = session.get(ServiceCall, call_id)
        if call is None:
            raise NotFoundError("找不到这次求助记录。")
        record_event(session, ctx.actor, Action.VIEW_FULL_ID, record=call)
        return call.caller_phone
