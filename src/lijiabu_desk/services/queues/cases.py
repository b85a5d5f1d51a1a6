"""The case queues: time limits, follow-up visits and judicial-confirmation windows.

Each uses the dispute area's own rules: ``listing.matching`` (live cases, and its 回访到期 filter),
``listing.WARN_DAYS`` and ``days_left`` (the list's 即将到期/已超期), ``workflow.OPEN_STATUSES``
(cases still being mediated) and ``follow_ups.judicial_confirmation_deadline``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Agreement, Dispute, Village
from lijiabu_desk.models.enums import AgreementKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.follow_ups import (
    JUDICIAL_CONFIRMATION_DAYS,
    judicial_confirmation_deadline,
)
from lijiabu_desk.services.disputes.listing import (
    WARN_DAYS,
    DisputeFilter,
    _next_visits,
    _party_names,
    days_left,
    matching,
)
from lijiabu_desk.services.disputes.workflow import OPEN_STATUSES
from lijiabu_desk.services.queues.common import (
    ROW_LIMIT,
    Queue,
    QueueRow,
    RecordKind,
    day_text,
    run_queue,
)

DISPUTES_DUE = "disputes_due"
FOLLOW_UPS_DUE = "follow_ups_due"
JUDICIAL_WINDOWS = "judicial_windows"

#: A judicial-confirmation window is in the queue from this many days before its last day.
JUDICIAL_WARN_DAYS = 7


def _count(session: Session, stmt: Select[Any]) -> int:
    """``SELECT count(*)`` over a ``matching`` statement's cases, without loading them."""
    counted = stmt.with_only_columns(func.count(Dispute.id)).select_from(Dispute)
    return int(session.scalar(counted) or 0)


def _case_rows(session: Session, ids: list[int]) -> dict[int, Any]:
    stmt = (
        select(Dispute.id, Dispute.case_no, Dispute.place_detail, Village.name.label("village"))
        .outerjoin(Village, Village.id == Dispute.village_id)
        .where(Dispute.id.in_(ids))
    )
    return {r.id: r for r in session.execute(stmt)}


def _case_row(case: Any, parties: list[str], due: date | None, reason: str) -> QueueRow:
    return QueueRow(
        kind=RecordKind.DISPUTE,
        record_id=case.id,
        name="、".join(parties),
        village=case.village or "",
        address=f"{case.village or ''}{case.place_detail}",
        phone="",
        due_on=due,
        reason=reason,
        label=case.case_no,
    )


# --- 纠纷临近或超过办理期限 ------------------------------------------------------------------


def _time_limit(today: date) -> Select[tuple[Dispute]]:
    """Cases still being mediated whose time limit is at most ``WARN_DAYS`` away or past: the
    dispute list's ``due_soon`` or ``overdue``."""
    return matching(DisputeFilter(), today).where(
        Dispute.status.in_(OPEN_STATUSES),
        Dispute.deadline <= today + timedelta(days=WARN_DAYS),
    )


def count_disputes_due(session: Session, today: date) -> int:
    return _count(session, _time_limit(today))


def _time_words(days: int | None) -> str:
    if days is None:
        return ""
    if days < 0:
        return f"已超过办理期限{-days}天"
    return "今天到期" if days == 0 else f"离办理期限还剩{days}天"


def list_disputes_due(session: Session, today: date, limit: int) -> list[QueueRow]:
    found = session.execute(
        _time_limit(today)
        .with_only_columns(Dispute.id, Dispute.status, Dispute.deadline)
        .order_by(Dispute.deadline, Dispute.id)
        .limit(limit)
    ).all()
    ids = [r.id for r in found]
    cases, names = _case_rows(session, ids), _party_names(session, ids)
    return [
        _case_row(
            cases[r.id],
            names[r.id],
            r.deadline,
            _time_words(days_left(r.status, r.deadline, today)),
        )
        for r in found
    ]


def disputes_due(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """Cases being mediated whose time limit has passed or is within ``WARN_DAYS``; the most
    overdue first."""
    return run_queue(
        ctx, DISPUTES_DUE, today, count_disputes_due, list_disputes_due, rows=rows, limit=limit
    )


# --- 回访到期 -------------------------------------------------------------------------------


def _visits_due(today: date) -> Select[tuple[Dispute]]:
    """The dispute list's 回访到期 filter: a case not closed with a planned visit whose day has
    come. Counted per case, as that filter lists them."""
    return matching(DisputeFilter(visits_due=True), today)


def count_follow_ups_due(session: Session, today: date) -> int:
    return _count(session, _visits_due(today))


def list_follow_ups_due(session: Session, today: date, limit: int) -> list[QueueRow]:
    # A post has a handful of cases with a visit due: order them by the visit in Python.
    ids = list(session.scalars(_visits_due(today).with_only_columns(Dispute.id)))
    visits = _next_visits(session, ids)
    ids = sorted(ids, key=lambda i: (visits.get(i, today), i))[:limit]
    cases, names = _case_rows(session, ids), _party_names(session, ids)
    rows = []
    for case_id in ids:
        due = visits.get(case_id)
        late = (today - due).days if due is not None else 0
        reason = f"计划回访日已过{late}天" if late > 0 else "今天应回访"
        rows.append(_case_row(cases[case_id], names[case_id], due, reason))
    return rows


def follow_ups_due(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """Cases with a follow-up visit due (planned for ``today`` or before, not yet made); the
    longest-waiting visit first."""
    return run_queue(
        ctx,
        FOLLOW_UPS_DUE,
        today,
        count_follow_ups_due,
        list_follow_ups_due,
        rows=rows,
        limit=limit,
    )


# --- 司法确认申请期限 ------------------------------------------------------------------------


def _windows(today: date) -> tuple[ColumnElement[bool], ...]:
    """Agreements whose ``judicial_confirmation_deadline`` falls from ``today`` to
    ``today + JUDICIAL_WARN_DAYS``: that deadline as SQL, so that counting loads nothing. The
    rows are checked against the function itself."""
    closes_today = today - timedelta(days=JUDICIAL_CONFIRMATION_DAYS)
    return (
        Agreement.deleted_at.is_(None),
        Dispute.deleted_at.is_(None),
        Agreement.kind == AgreementKind.PEOPLES_MEDIATION,
        Agreement.judicial_confirmation.is_(True),
        Agreement.signed_on.between(
            closes_today, closes_today + timedelta(days=JUDICIAL_WARN_DAYS)
        ),
    )


def count_judicial_windows(session: Session, today: date) -> int:
    stmt = (
        select(func.count(Agreement.id))
        .join(Dispute, Dispute.id == Agreement.dispute_id)
        .where(*_windows(today))
    )
    return int(session.scalar(stmt) or 0)


def list_judicial_windows(session: Session, today: date, limit: int) -> list[QueueRow]:
    agreements = session.scalars(
        select(Agreement)
        .join(Dispute, Dispute.id == Agreement.dispute_id)
        .where(*_windows(today))
        .order_by(Agreement.signed_on, Agreement.id)
        .limit(limit)
    ).all()
    ids = [a.dispute_id for a in agreements]
    cases, names = _case_rows(session, ids), _party_names(session, ids)
    rows = []
    for agreement in agreements:
        last = judicial_confirmation_deadline(agreement)
        assert last is not None  # _windows selects only agreements that have one
        left = (last - today).days
        when = "今天届满" if left == 0 else f"{day_text(last)}届满，还剩{left}天"
        number = f"协议{agreement.number}" if agreement.number else "协议"
        reason = f"{number}申请司法确认的期限{when}"
        case = cases[agreement.dispute_id]
        rows.append(_case_row(case, names[agreement.dispute_id], last, reason))
    return rows


def judicial_windows(
    ctx: ServiceContext, today: date, *, rows: bool = False, limit: int = ROW_LIMIT
) -> Queue:
    """人民调解 agreements whose parties want judicial confirmation and whose 30-day window
    closes within ``JUDICIAL_WARN_DAYS`` days (its last day included); the soonest first."""
    return run_queue(
        ctx,
        JUDICIAL_WINDOWS,
        today,
        count_judicial_windows,
        list_judicial_windows,
        rows=rows,
        limit=limit,
    )
