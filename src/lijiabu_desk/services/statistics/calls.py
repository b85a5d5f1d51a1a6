"""服务求助: the calls of a period by kind, how fast the post got there and finished, and the
五小 tally.

Counting rules. A call counts in the period it was received (``received_at``), in its kind; a
retired call counts nowhere; the village is the call's own (where help was needed).
``responded``: calls with an arrival time; ``completed``: calls with a completion time (办结);
``open``: calls without one, as they stand now. The median response is over the responded
calls (``arrived_at - received_at``), the median completion over the completed ones
(``completed_at - received_at``), in minutes: a call settled on the telephone, with no
arrival, counts in the completion median and not in the response median. The 五小 tally counts
the calls of the period by their aim; ``no_aim`` those without one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Integer, Subquery, func, literal, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import ServiceCall
from lijiabu_desk.models.enums import CallKind, FiveSmallAim
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.field_values import AIM_LABELS, CALL_KIND_LABELS
from lijiabu_desk.services.statistics.common import (
    at_time_in,
    flag,
    median_minutes,
    month_of,
    read,
    seconds_between,
)
from lijiabu_desk.services.statistics.periods import Period

TOTAL_LABEL = "合计"


class CallFigure(StrEnum):
    RECEIVED = "received"  # 求助
    RESPONDED = "responded"  # 已到达
    COMPLETED = "completed"  # 已办结
    OPEN = "open"  # 未办结
    NO_AIM = "no_aim"  # 未标注“五小”


CALL_FIGURE_LABELS: dict[CallFigure, str] = {
    CallFigure.RECEIVED: "求助",
    CallFigure.RESPONDED: "已到达",
    CallFigure.COMPLETED: "已办结",
    CallFigure.OPEN: "未办结",
    CallFigure.NO_AIM: "未标注五小",
}


@dataclass(frozen=True)
class CallRow:
    """One kind's calls (``kind`` None: the totals row, with the medians of all calls)."""

    kind: CallKind | None
    label: str
    received: int = 0
    responded: int = 0
    completed: int = 0
    open: int = 0
    median_response_minutes: float | None = None
    median_completion_minutes: float | None = None

    def figure(self, figure: CallFigure) -> int:
        return int(getattr(self, figure.value))


@dataclass(frozen=True)
class CallTable:
    rows: tuple[CallRow, ...]  # every kind, in the enum's order
    total: CallRow

    def row(self, kind: CallKind) -> CallRow:
        return next(r for r in self.rows if r.kind is kind)


@dataclass(frozen=True)
class AimRow:
    aim: FiveSmallAim
    label: str
    calls: int


@dataclass(frozen=True)
class AimTally:
    rows: tuple[AimRow, ...]  # every aim, in the enum's order
    no_aim: int

    @property
    def tagged(self) -> int:
        return sum(r.calls for r in self.rows)


_COUNTED = (CallFigure.RECEIVED, CallFigure.RESPONDED, CallFigure.COMPLETED, CallFigure.OPEN)


@dataclass(frozen=True)
class CallTally:
    """The period's calls grouped by (kind, aim, month), and the durations of the stamped ones."""

    #: (kind, aim, "2026-11") → {figure: count}
    groups: dict[tuple[CallKind, FiveSmallAim | None, str], dict[CallFigure, int]]
    #: (kind, "2026-11") → (response seconds, completion seconds) of its stamped calls
    waits: dict[tuple[CallKind, str], tuple[list[int], list[int]]]


def _where(period: Period, village_id: int | None) -> list[ColumnElement[bool]]:
    where = [ServiceCall.deleted_at.is_(None), *at_time_in(ServiceCall.received_at, period)]
    if village_id is not None:
        where.append(ServiceCall.village_id == village_id)
    return where


def _rows(period: Period, village_id: int | None) -> Subquery:
    return (
        select(
            ServiceCall.id.label("id"),
            ServiceCall.kind.label("kind"),
            ServiceCall.aim.label("aim"),
            month_of(ServiceCall.received_at).label("month"),
            literal(1, Integer).label(CallFigure.RECEIVED.value),
            flag(ServiceCall.arrived_at.is_not(None)).label(CallFigure.RESPONDED.value),
            flag(ServiceCall.completed_at.is_not(None)).label(CallFigure.COMPLETED.value),
            flag(ServiceCall.completed_at.is_(None)).label(CallFigure.OPEN.value),
            flag(ServiceCall.aim.is_(None)).label(CallFigure.NO_AIM.value),
            seconds_between(ServiceCall.received_at, ServiceCall.arrived_at).label("response"),
            seconds_between(ServiceCall.received_at, ServiceCall.completed_at).label("completion"),
        )
        .where(*_where(period, village_id))
        .subquery()
    )


def _seconds(joined: str | None) -> list[int]:
    return [int(v) for v in joined.split(",")] if joined else []


def tally_calls(session: Session, period: Period, village_id: int | None) -> CallTally:
    """One grouped query: the counts by (kind, aim, month), and each group's durations as
    ``group_concat`` lists — the medians need every duration of the period, and reading them
    this way costs a few dozen rows instead of one row a call."""
    rows = _rows(period, village_id)
    stmt = select(
        rows.c.kind,
        rows.c.aim,
        rows.c.month,
        *(func.sum(rows.c[f.value]) for f in _COUNTED),
        func.group_concat(rows.c.response),
        func.group_concat(rows.c.completion),
    ).group_by(rows.c.kind, rows.c.aim, rows.c.month)
    groups: dict[tuple[CallKind, FiveSmallAim | None, str], dict[CallFigure, int]] = {}
    waits: dict[tuple[CallKind, str], tuple[list[int], list[int]]] = {}
    for kind, aim, key, *counts, responses, completions in session.execute(stmt):
        groups[(kind, aim, key)] = dict(zip(_COUNTED, map(int, counts), strict=True))
        found = waits.setdefault((kind, key), ([], []))
        found[0].extend(_seconds(responses))
        found[1].extend(_seconds(completions))
    return CallTally(groups, waits)


def call_table_from(tally: CallTally) -> CallTable:
    counts: dict[CallKind | None, dict[CallFigure, int]] = defaultdict(lambda: defaultdict(int))
    for (kind, _aim, _month), found in tally.groups.items():
        for figure, value in found.items():
            counts[kind][figure] += value
            counts[None][figure] += value
    waits: dict[CallKind | None, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for (kind, _month), (responses, completions) in tally.waits.items():
        for key in (kind, None):
            waits[key][0].extend(responses)
            waits[key][1].extend(completions)

    def row(kind: CallKind | None, label: str) -> CallRow:
        found, (responses, completions) = counts[kind], waits[kind]
        return CallRow(
            kind,
            label,
            received=found[CallFigure.RECEIVED],
            responded=found[CallFigure.RESPONDED],
            completed=found[CallFigure.COMPLETED],
            open=found[CallFigure.OPEN],
            median_response_minutes=median_minutes(responses),
            median_completion_minutes=median_minutes(completions),
        )

    return CallTable(tuple(row(k, CALL_KIND_LABELS[k]) for k in CallKind), row(None, TOTAL_LABEL))


def aim_tally_from(tally: CallTally) -> AimTally:
    by_aim: dict[FiveSmallAim | None, int] = defaultdict(int)
    for (_kind, aim, _month), found in tally.groups.items():
        by_aim[aim] += found[CallFigure.RECEIVED]
    rows = tuple(AimRow(aim, AIM_LABELS[aim], by_aim[aim]) for aim in FiveSmallAim)
    return AimTally(rows, by_aim[None])


def call_table(ctx: ServiceContext, period: Period, village_id: int | None = None) -> CallTable:
    """The calls of ``period`` by kind, with the medians and the totals row."""
    return read(ctx, lambda s: call_table_from(tally_calls(s, period, village_id)))


def aim_tally(ctx: ServiceContext, period: Period, village_id: int | None = None) -> AimTally:
    """The 五小 tally: the calls of ``period`` by their aim."""
    return read(ctx, lambda s: aim_tally_from(tally_calls(s, period, village_id)))


def call_ids(
    ctx: ServiceContext,
    period: Period,
    village_id: int | None = None,
    *,
    figure: CallFigure = CallFigure.RECEIVED,
    kind: CallKind | None = None,
    aim: FiveSmallAim | None = None,
) -> list[int]:
    """The calls behind a figure, of one kind and/or one aim (None: any), by id. The calls a
    median is taken over are those of ``RESPONDED`` (response) and ``COMPLETED`` (completion)."""

    def ids(session: Session) -> list[int]:
        rows = _rows(period, village_id)
        stmt = select(rows.c.id).where(rows.c[figure.value] > 0)
        if kind is not None:
            stmt = stmt.where(rows.c.kind == kind)
        if aim is not None:
            stmt = stmt.where(rows.c.aim == aim)
        return list(session.scalars(stmt.order_by(rows.c.id)))

    return read(ctx, ids)
