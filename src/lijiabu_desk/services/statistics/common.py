"""What every figure's query shares: the period as SQL conditions, the month a row counts in,
the kind of record a drill-down opens, and medians.

Times are stored as text ("2026-11-25 10:30:00.000000") and dates as "2026-11-25", so the month
a row counts in is the first seven characters of its column: a figure is grouped by month in the
same query that counts it, and the per-month series of a year come from the year's own queries.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, String, case, cast, func
from sqlalchemy.orm import Session

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics.periods import Period

T = TypeVar("T")


class Records(StrEnum):
    """Which records a drill-down's ids are, so that the screen knows what to open."""

    DISPUTE = "dispute"  # disputes.id
    FOLLOW_UP = "follow_up"  # follow_ups.id
    CALL = "call"  # service_calls.id
    VISIT = "visit"  # home_visits.id
    HOUSEHOLD = "household"  # households.id
    RENEWAL = "renewal"  # id_renewals.id
    CARD = "card"  # contact_cards.id
    OUTREACH = "outreach"  # outreach_events.id


def month_of(column: Any) -> ColumnElement[str]:
    """The month a date or time column falls in, as "2026-11"."""
    return func.substr(column, 1, 7, type_=String)


def at_time_in(column: Any, period: Period) -> list[ColumnElement[bool]]:
    """A time column within the period (an index on it is used)."""
    return [column >= period.first_moment, column < period.after_moment]


def on_day_in(column: Any, period: Period) -> ColumnElement[bool]:
    """A date column within the period (an index on it is used)."""
    return column.between(period.start, period.end)


def flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """1 where ``condition`` holds, else 0: a figure's column, summed to count it."""
    return case((condition, 1), else_=0)


def seconds_between(start: Any, end: Any) -> ColumnElement[int]:
    """Whole seconds from ``start`` to ``end`` (NULL while ``end`` is not set)."""
    return cast(func.round((func.julianday(end) - func.julianday(start)) * 86400), Integer)


def median_minutes(seconds: Iterable[int]) -> float | None:
    """The median of durations in seconds, in minutes; None when there are none."""
    values = list(seconds)
    return statistics.median(values) / 60 if values else None


def read(ctx: ServiceContext, work: Callable[[Session], T]) -> T:
    """Run ``work`` in one read session (every role that may see the records may count them)."""
    with ctx.read() as session:
        return work(session)
