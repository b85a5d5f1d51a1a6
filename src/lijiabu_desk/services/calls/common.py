"""Small pieces the call services share: loading a call, reading a typed moment, durations."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from lijiabu_desk.models import ServiceCall
from lijiabu_desk.services.disputes.common import parse_moment
from lijiabu_desk.services.errors import NotFoundError


def load_call(session: Session, call_id: int) -> ServiceCall:
    call = session.get(ServiceCall, call_id)
    if call is None or call.deleted_at is not None:
        raise NotFoundError("找不到这次求助记录，可能已被注销。")
    return call


def optional_moment(
    date_text: str, time_text: str, *, now: datetime, field: str, label: str
) -> datetime | None:
    """A moment as typed (date and time of day, never in the future); both empty gives None."""
    if not date_text.strip() and not time_text.strip():
        return None
    return parse_moment(date_text, time_text, now=now, field=field, label=label)


def elapsed(start: datetime, end: datetime | None) -> timedelta | None:
    """The time from ``start`` to ``end``; None while ``end`` is not stamped."""
    return None if end is None else end - start


def minutes(span: timedelta | None) -> int | None:
    return None if span is None else int(span.total_seconds() // 60)


def duration_text(span: timedelta | None) -> str:
    """ "45分钟", "2小时05分", "3天4小时"; empty when not stamped."""
    if span is None:
        return ""
    total = int(span.total_seconds() // 60)
    days, rest = divmod(total, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}天{hours}小时" if hours else f"{days}天"
    if hours:
        return f"{hours}小时{mins:02d}分"
    return f"{mins}分钟"


def append_note(note: str, at: datetime, line: str) -> str:
    """``note`` with one more dated line: the call's own record of its corrections."""
    dated = f"{at:%Y-%m-%d %H:%M} {line}"
    return f"{note}\n{dated}" if note else dated
