"""Per-month series for the charts: cases by category, the success rate, calls by kind and the
median response.

Each month's numbers are the period's own figures split by the month their rule dates them in
(``disputes``, ``calls``): summed over the months they give the period's figures back, and every
month of the period is present, zero months included.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lijiabu_desk.models.enums import CallKind, DisputeCategory
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics.calls import CallFigure, CallTally, tally_calls
from lijiabu_desk.services.statistics.common import median_minutes, read
from lijiabu_desk.services.statistics.disputes import DisputeFigure, DisputeTally, tally_disputes
from lijiabu_desk.services.statistics.periods import Period, months_in


@dataclass(frozen=True)
class MonthCases:
    month: Period
    by_category: dict[DisputeCategory, int]  # 排查 (found), every category

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


@dataclass(frozen=True)
class MonthRate:
    month: Period
    mediated: int
    succeeded: int

    @property
    def success_rate(self) -> float | None:
        return self.succeeded / self.mediated if self.mediated else None


@dataclass(frozen=True)
class MonthCalls:
    month: Period
    by_kind: dict[CallKind, int]  # every kind

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


@dataclass(frozen=True)
class MonthResponse:
    month: Period
    responded: int  # the calls with an arrival time the median is taken over
    median_response_minutes: float | None


@dataclass(frozen=True)
class Series:
    cases: tuple[MonthCases, ...]
    success: tuple[MonthRate, ...]
    calls: tuple[MonthCalls, ...]
    response: tuple[MonthResponse, ...]


def _by_month(tally: DisputeTally, figure: DisputeFigure) -> dict[str, dict[DisputeCategory, int]]:
    found: dict[str, dict[DisputeCategory, int]] = defaultdict(lambda: defaultdict(int))
    for (f, category, key), value in tally.items():
        if f is figure:
            found[key][category] += value
    return found


def series_from(period: Period, disputes: DisputeTally, calls: CallTally) -> Series:
    months = months_in(period)
    found = _by_month(disputes, DisputeFigure.FOUND)
    mediated = _by_month(disputes, DisputeFigure.MEDIATED)
    succeeded = _by_month(disputes, DisputeFigure.SUCCEEDED)
    kinds: dict[str, dict[CallKind, int]] = defaultdict(lambda: defaultdict(int))
    for (kind, _aim, key), counts in calls.groups.items():
        kinds[key][kind] += counts.get(CallFigure.RECEIVED, 0)
    waits: dict[str, list[int]] = defaultdict(list)
    for (_kind, key), (responses, _completions) in calls.waits.items():
        waits[key].extend(responses)
    return Series(
        cases=tuple(MonthCases(m, {c: found[m.key][c] for c in DisputeCategory}) for m in months),
        success=tuple(
            MonthRate(m, sum(mediated[m.key].values()), sum(succeeded[m.key].values()))
            for m in months
        ),
        calls=tuple(MonthCalls(m, {k: kinds[m.key][k] for k in CallKind}) for m in months),
        response=tuple(
            MonthResponse(m, len(waits[m.key]), median_minutes(waits[m.key])) for m in months
        ),
    )


def series_in(session: Session, period: Period, village_id: int | None) -> Series:
    disputes = tally_disputes(session, period, village_id)
    return series_from(period, disputes, tally_calls(session, period, village_id))


def monthly_series(ctx: ServiceContext, period: Period, village_id: int | None = None) -> Series:
    """All four series of ``period`` in one read."""
    return read(ctx, lambda s: series_in(s, period, village_id))


def cases_per_month(
    ctx: ServiceContext, period: Period, village_id: int | None = None
) -> tuple[MonthCases, ...]:
    """Cases found (排查) per month, by category."""
    return read(
        ctx, lambda s: series_from(period, tally_disputes(s, period, village_id), _no_calls()).cases
    )


def success_rate_per_month(
    ctx: ServiceContext, period: Period, village_id: int | None = None
) -> tuple[MonthRate, ...]:
    """Cases mediated and succeeded per month, and the rate."""
    return read(
        ctx,
        lambda s: series_from(period, tally_disputes(s, period, village_id), _no_calls()).success,
    )


def calls_per_month(
    ctx: ServiceContext, period: Period, village_id: int | None = None
) -> tuple[MonthCalls, ...]:
    """Calls received per month, by kind."""
    return read(ctx, lambda s: series_from(period, {}, tally_calls(s, period, village_id)).calls)


def response_per_month(
    ctx: ServiceContext, period: Period, village_id: int | None = None
) -> tuple[MonthResponse, ...]:
    """The median response (minutes from the call to arrival) per month."""
    return read(ctx, lambda s: series_from(period, {}, tally_calls(s, period, village_id)).response)


def _no_calls() -> CallTally:
    return CallTally({}, {})
