"""服务求助: calls from villagers — taking them, 到达 and 办结, the outcome, the list, and the
case a call turns into. See ``workflow`` for which step is allowed when."""

from lijiabu_desk.services.calls.entry import CallInput, log_call, retire_call, update_call
from lijiabu_desk.services.calls.listing import (
    CallFilter,
    CallPage,
    CallRow,
    calls_for_dispute,
    calls_for_household,
    calls_for_person,
    list_calls,
)
from lijiabu_desk.services.calls.stamps import (
    OutcomeInput,
    TimesInput,
    correct_times,
    set_outcome,
    stamp_arrival,
    stamp_completion,
)
from lijiabu_desk.services.calls.to_dispute import (
    intake_from_call,
    link_call_to_dispute,
    register_dispute_from_call,
)
from lijiabu_desk.services.calls.view import CallView, load_call_view, reveal_caller_phone
from lijiabu_desk.services.calls.workflow import CallStatus, CallWorkflowError, Step

__all__ = [
    "CallFilter",
    "CallInput",
    "CallPage",
    "CallRow",
    "CallStatus",
    "CallView",
    "CallWorkflowError",
    "OutcomeInput",
    "Step",
    "TimesInput",
    "calls_for_dispute",
    "calls_for_household",
    "calls_for_person",
    "correct_times",
    "intake_from_call",
    "link_call_to_dispute",
    "list_calls",
    "load_call_view",
    "log_call",
    "register_dispute_from_call",
    "retire_call",
    "reveal_caller_phone",
    "set_outcome",
    "stamp_arrival",
    "stamp_completion",
    "update_call",
]
