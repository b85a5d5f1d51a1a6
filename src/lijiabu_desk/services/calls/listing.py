"""The calls list with its filters (open, today, kind, village, officer), and the calls on a
household's, a person's and a case's page. A year of calls is a few thousand rows: plain
indexed SQL that reads only the columns shown, as the dispute list does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select

from lijiabu_desk.models import Dispute, Officer, ServiceCall, Village
from lijiabu_desk.models.enums import CallKind, FiveSmallAim, Urgency
from lijiabu_desk.services.calls.common import duration_text, elapsed
from lijiabu_desk.services.calls.workflow import STATUS_LABELS, CallStatus, status_of
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes
from lijiabu_desk.services.field_values import AIM_LABELS, CALL_KIND_LABELS, URGENCY_LABELS
from lijiabu_desk.services.validation import mask_phone

PAGE_SIZE = 200
#: How much of the request a list row shows.
SUMMARY_CHARS = 40


@dataclass(frozen=True)
class CallFilter:
    open_only: bool = False  # not yet 办结
    today_only: bool = False  # received today
    kind: CallKind | None = None
    village_id: int | None = None
    officer_id: int | None = None  # the responder
    query: str = ""  # part of the caller's name, the number's last digits, or the request

    def __post_init__(self) -> None:
        coerce_codes(self, kind=CallKind)


@dataclass(frozen=True)
class CallRow:
    id: int
    received_at: datetime
    kind: CallKind
    kind_label: str
    urgency: Urgency
    urgency_label: str
    caller_name: str
    caller_phone: str  # masked
    village: str
    place: str
    summary: str  # its first line, shortened
    responder: str
    status: CallStatus
    status_label: str
    arrived_at: datetime | None
    completed_at: datetime | None
    response: timedelta | None  # received → arrived
    completion: timedelta | None  # received → completed
    aim_label: str
    dispute_id: int | None
    case_no: str

    @property
    def response_text(self) -> str:
        return duration_text(self.response)

    @property
    def completion_text(self) -> str:
        return duration_text(self.completion)


@dataclass(frozen=True)
class CallPage:
    rows: list[CallRow]
    total: int  # all calls the filter selects, for "第 1–200 条，共 1,234 条"


def _short(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= SUMMARY_CHARS else first[: SUMMARY_CHARS - 1] + "…"


def _conditions(f: CallFilter, today: date) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [ServiceCall.deleted_at.is_(None)]
    if f.open_only:
        where.append(ServiceCall.completed_at.is_(None))
    if f.today_only:
        start = datetime.combine(today, time())
        where += [ServiceCall.received_at >= start, ServiceCall.received_at < start + timedelta(1)]
    if f.kind is not None:
        where.append(ServiceCall.kind == f.kind)
    if f.village_id is not None:
        where.append(ServiceCall.village_id == f.village_id)
    if f.officer_id is not None:
        where.append(ServiceCall.responder_id == f.officer_id)
    q = f.query.strip()
    if q:
        found: list[ColumnElement[bool]] = [
            ServiceCall.caller_name.contains(q, autoescape=True),
            ServiceCall.summary.contains(q, autoescape=True),
        ]
        if q.isdigit() and len(q) >= 4:  # a number's tail, as the register's search takes it
            found.append(ServiceCall.caller_phone.endswith(q, autoescape=True))
        where.append(or_(*found))
    return where


def rows_query(where: list[ColumnElement[bool]]) -> Select[Any]:
    return (
        select(
            ServiceCall.id,
            ServiceCall.received_at,
            ServiceCall.kind,
            ServiceCall.urgency,
            ServiceCall.caller_name,
            ServiceCall.caller_phone,
            ServiceCall.place,
            ServiceCall.summary,
            ServiceCall.arrived_at,
            ServiceCall.completed_at,
            ServiceCall.aim,
            ServiceCall.dispute_id,
            Village.name.label("village"),
            Officer.name.label("responder"),
            Dispute.case_no,
        )
        .outerjoin(Village, Village.id == ServiceCall.village_id)
        .outerjoin(Officer, Officer.id == ServiceCall.responder_id)
        .outerjoin(Dispute, Dispute.id == ServiceCall.dispute_id)
        .where(*where)
        .order_by(ServiceCall.received_at.desc(), ServiceCall.id.desc())
    )


def to_row(r: Any) -> CallRow:
    status = status_of(r.arrived_at, r.completed_at)
    aim: FiveSmallAim | None = r.aim
    return CallRow(
        id=r.id,
        received_at=r.received_at,
        kind=r.kind,
        kind_label=CALL_KIND_LABELS[r.kind],
        urgency=r.urgency,
        urgency_label=URGENCY_LABELS[r.urgency],
        caller_name=r.caller_name,
        caller_phone=mask_phone(r.caller_phone) if r.caller_phone else "",
        village=r.village or "",
        place=r.place,
        summary=_short(r.summary),
        responder=r.responder or "",
        status=status,
        status_label=STATUS_LABELS[status],
        arrived_at=r.arrived_at,
        completed_at=r.completed_at,
        response=elapsed(r.received_at, r.arrived_at),
        completion=elapsed(r.received_at, r.completed_at),
        aim_label=AIM_LABELS[aim] if aim is not None else "",
        dispute_id=r.dispute_id,
        case_no=r.case_no or "",
    )


def list_calls(
    ctx: ServiceContext, f: CallFilter | None = None, *, limit: int = PAGE_SIZE, offset: int = 0
) -> CallPage:
    """Calls matching ``f``, newest first, one page of them and how many there are in all."""
    where = _conditions(f or CallFilter(), ctx.today())
    with ctx.read() as session:
        total = session.scalar(select(func.count(ServiceCall.id)).where(*where)) or 0
        page = session.execute(rows_query(where).limit(max(limit, 0)).offset(max(offset, 0)))
        rows = [to_row(r) for r in page]
    return CallPage(rows, total)


def _calls_where(ctx: ServiceContext, condition: ColumnElement[bool], limit: int) -> list[CallRow]:
    where = [ServiceCall.deleted_at.is_(None), condition]
    with ctx.read() as session:
        return [to_row(r) for r in session.execute(rows_query(where).limit(limit))]


def calls_for_household(
    ctx: ServiceContext, household_id: int, *, limit: int = PAGE_SIZE
) -> list[CallRow]:
    """The household's calls, newest first: from any of its people or about the household."""
    return _calls_where(ctx, ServiceCall.household_id == household_id, limit)


def calls_for_person(
    ctx: ServiceContext, person_id: int, *, limit: int = PAGE_SIZE
) -> list[CallRow]:
    """The calls this person made, newest first."""
    return _calls_where(ctx, ServiceCall.caller_id == person_id, limit)


def calls_for_dispute(ctx: ServiceContext, dispute_id: int) -> list[CallRow]:
    """The call or calls a case came from (the link is kept on the call)."""
    return _calls_where(ctx, ServiceCall.dispute_id == dispute_id, PAGE_SIZE)
