"""What each number on the statistics screen opens: a ``Drill`` names the records behind it and
fetches their ids with the services' own drill-downs (``dispute_ids``, ``follow_up_ids``,
``call_ids``, ``service_ids``), so that a list shows exactly what the number counts.

A rate opens what it is taken over (成功率: the cases mediated; 按期回访率: the visits made), a
median the calls it is taken over (response: those with an arrival time; completion: those
completed), a sum the records that add to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lijiabu_desk.models.enums import CallKind, DisputeCategory, FiveSmallAim
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics import (
    CallFigure,
    DisputeFigure,
    FollowUpFigure,
    Period,
    Records,
    ServiceFigure,
    call_ids,
    dispute_ids,
    follow_up_ids,
    service_ids,
)
from lijiabu_desk.services.statistics.field_work import SERVICE_RECORDS

Items = list[tuple[Records, int]]


@dataclass(frozen=True)
class Drill:
    """The records behind one number: ``title`` heads their list, ``fetch`` reads them."""

    title: str
    fetch: Callable[[ServiceContext], Items]


def _tagged(records: Records, ids: Sequence[int]) -> Items:
    return [(records, i) for i in ids]


def disputes(
    title: str,
    period: Period,
    village_id: int | None,
    figure: DisputeFigure,
    category: DisputeCategory | None = None,
) -> Drill:
    def fetch(ctx: ServiceContext) -> Items:
        ids = dispute_ids(ctx, period, village_id, figure=figure, category=category)
        return _tagged(Records.DISPUTE, ids)

    return Drill(title, fetch)


def follow_ups(
    title: str, period: Period, village_id: int | None, *figures: FollowUpFigure
) -> Drill:
    """The visits of one figure, or of several (the rate: on time and late)."""

    def fetch(ctx: ServiceContext) -> Items:
        ids: set[int] = set()
        for figure in figures:
            ids.update(follow_up_ids(ctx, period, village_id, figure=figure))
        return _tagged(Records.FOLLOW_UP, sorted(ids))

    return Drill(title, fetch)


def calls(
    title: str,
    period: Period,
    village_id: int | None,
    figure: CallFigure = CallFigure.RECEIVED,
    *,
    kind: CallKind | None = None,
    aim: FiveSmallAim | None = None,
) -> Drill:
    def fetch(ctx: ServiceContext) -> Items:
        ids = call_ids(ctx, period, village_id, figure=figure, kind=kind, aim=aim)
        return _tagged(Records.CALL, ids)

    return Drill(title, fetch)


def service(title: str, period: Period, village_id: int | None, *figures: ServiceFigure) -> Drill:
    """The records of one figure, or of several (the apps installed at events and on visits:
    outreach events, then visits)."""

    def fetch(ctx: ServiceContext) -> Items:
        items: Items = []
        for figure in figures:
            found = service_ids(ctx, period, village_id, figure=figure)
            items += _tagged(SERVICE_RECORDS[figure], found)
        return items

    return Drill(title, fetch)
