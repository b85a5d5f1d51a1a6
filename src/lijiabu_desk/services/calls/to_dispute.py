"""“从求助登记纠纷”: a call that turns out to be a dispute opens a case.

``intake_from_call`` fills the dispute intake form from the call (the caller as 甲方 when the
register knows them, the request as the facts, source 来电求助, the call's time, place and
responder); the officer completes it (category, the other side) in the intake form and saves it
with ``register_dispute_from_call``, which registers the case and links the two. The link is
kept on the call (``ServiceCall.dispute_id``): the call shows its case, and the case finds its
call or calls with ``listing.calls_for_dispute``.
"""

from __future__ import annotations

from lijiabu_desk.models import ServiceCall
from lijiabu_desk.models.enums import DisputeSource, PlaceKind
from lijiabu_desk.services.calls.common import load_call
from lijiabu_desk.services.calls.workflow import Step, require_step
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import load_dispute
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import Permission


def _facts(call: ServiceCall) -> str:
    facts = call.summary.strip()
    if call.outcome.strip():
        facts += f"\n出警处理情况：{call.outcome.strip()}"
    return facts


def _already_linked(call: ServiceCall) -> ValidationError:
    case_no = call.dispute.case_no if call.dispute is not None else ""
    return ValidationError(f"这次求助已关联纠纷{case_no}，不能再登记一件。", "dispute_id")


def intake_from_call(ctx: ServiceContext, call_id: int) -> DisputeInput:
    """The intake form for a case opened from this call, filled as far as the call knows.
    The category is left for the officer to choose."""
    with ctx.read() as session:
        call = load_call(session, call_id)
        if call.dispute_id is not None:
            raise _already_linked(call)
        parties = (PartyInput(call.caller_id, "甲方"),) if call.caller_id is not None else ()
        in_village = call.village_id is not None
        return DisputeInput(
            category=None,
            source=DisputeSource.CALL,
            place_kind=PlaceKind.VILLAGE if in_village else PlaceKind.OTHER,
            facts=_facts(call),
            parties=parties,
            village_id=call.village_id,
            place_detail=call.place,
            received_on=f"{call.received_at:%Y-%m-%d}",
            received_time=f"{call.received_at:%H:%M}",
            received_by_id=call.responder_id,
        )


def link_call_to_dispute(ctx: ServiceContext, call_id: int, dispute_id: int) -> None:
    """Link a call and a case both ways (the call holds the case; the case finds its calls).
    Linking again to the same case does nothing; a call linked to another case is refused."""
    with ctx.write(Permission.EDIT_RECORDS) as session:
        call = load_call(session, call_id)
        require_step(call, Step.LINK_DISPUTE)
        load_dispute(session, dispute_id)
        if call.dispute_id == dispute_id:
            return
        if call.dispute_id is not None:
            raise _already_linked(call)
        call.dispute_id = dispute_id


def register_dispute_from_call(ctx: ServiceContext, call_id: int, data: DisputeInput) -> int:
    """Register the case the intake form holds and link it to the call; returns the case id.

    The call is checked first, so a call already linked registers nothing. Registering and
    linking are two short transactions: should the link fail after all, the case stands and
    ``link_call_to_dispute`` can be run again."""
    with ctx.read(Permission.EDIT_RECORDS) as session:
        call = load_call(session, call_id)
        if call.dispute_id is not None:
            raise _already_linked(call)
    dispute_id = register_dispute(ctx, data)
    link_call_to_dispute(ctx, call_id, dispute_id)
    return dispute_id
