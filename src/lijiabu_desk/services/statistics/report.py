"""The whole report of a period: every figure and series, read in one session.

What the statistics screen, the printed report and the .xlsx export show; each part is the same
function the part's own service calls (``disputes.tally_disputes`` …), run once here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from lijiabu_desk.models import Village
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.station import current_station
from lijiabu_desk.services.statistics.calls import (
    AimTally,
    CallTable,
    aim_tally_from,
    call_table_from,
    tally_calls,
)
from lijiabu_desk.services.statistics.common import read
from lijiabu_desk.services.statistics.disputes import DisputeTable, table_from, tally_disputes
from lijiabu_desk.services.statistics.field_work import ServiceWork, service_work_in
from lijiabu_desk.services.statistics.follow_ups import FollowUpFigures, follow_ups_in
from lijiabu_desk.services.statistics.periods import Period
from lijiabu_desk.services.statistics.series import Series, series_from


@dataclass(frozen=True)
class StatisticsReport:
    period: Period
    village_id: int | None
    village: str  # the village's name; "" for the whole township
    station: str  # the station's name as set; "" when not set yet
    disputes: DisputeTable
    follow_ups: FollowUpFigures
    calls: CallTable
    aims: AimTally
    service: ServiceWork
    series: Series


def _village_name(session: Session, village_id: int | None) -> str:
    if village_id is None:
        return ""
    village = session.get(Village, village_id)
    if village is None or village.deleted_at is not None:
        raise ValidationError("所选行政村不存在，请重新选择。", "village_id")
    return village.name


def report_in(session: Session, period: Period, village_id: int | None) -> StatisticsReport:
    village = _village_name(session, village_id)
    station = current_station(session)
    disputes = tally_disputes(session, period, village_id)
    calls = tally_calls(session, period, village_id)
    return StatisticsReport(
        period=period,
        village_id=village_id,
        village=village,
        station=station.name if station is not None else "",
        disputes=table_from(disputes),
        follow_ups=follow_ups_in(session, period, village_id),
        calls=call_table_from(calls),
        aims=aim_tally_from(calls),
        service=service_work_in(session, period, village_id),
        series=series_from(period, disputes, calls),
    )


def build_report(
    ctx: ServiceContext, period: Period, village_id: int | None = None
) -> StatisticsReport:
    """Every figure of ``period`` (of one village, or of the township) at once."""
    return read(ctx, lambda s: report_in(s, period, village_id))
