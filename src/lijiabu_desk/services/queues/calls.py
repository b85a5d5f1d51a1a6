"""未办结的求助: service calls without a completion time (办结), as the calls list's 未办结
filter selects them and in its order (newest first), with its rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import ServiceCall
from lijiabu_desk.services.calls.listing import CallFilter, _conditions, rows_query, to_row
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.queues.common import ROW_LIMIT, Queue, QueueRow, RecordKind, run_queue

OPEN_CALLS = "open_calls"


def _open(today: date) -> list[ColumnElement[bool]]:
    return _conditions(CallFilter(open_only=True), today)


def count_open_calls(session: Session, today: date) -> int:
    return int(session.scalar(select(func.count(ServiceCall.id)).where(*_open(today))) or 0)


def list_open_calls(session: Session, today: date, limit: int) -> list[QueueRow]:
    rows = []
    for r in session.execute(rows_query(_open(today)).limit(limit)):
        call = to_row(r)
        what = f"{call.kind_label}，{call.status_label}"
        rows.append(
            QueueRow(
                kind=RecordKind.CALL,
                record_id=call.id,
                name=call.caller_name,
                village=call.village,
                address=call.place,
                phone=call.caller_phone,  # masked by the calls list
                due_on=call.received_at.date(),
                reason=f"{what}：{call.summary}" if call.summary else what,
            )
        )
    return rows


def open_calls(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """Calls not yet 办结, newest first (``today`` only for the common signature: a call stays
    open until it is completed, whatever the day)."""
    return run_queue(
        ctx, OPEN_CALLS, today, count_open_calls, list_open_calls, rows=rows, limit=limit
    )
