"""Statistics (issue #15): the monthly, quarterly and yearly figures the county asks for.

Every figure is one service function over a ``Period`` and, optionally, one village
(``village_id``; None: the whole township), tested on its own; each has a drill-down that
returns the ids of the records behind it, so that a screen opens exactly what a number counts:
``dispute_ids`` (cases), ``follow_up_ids`` (follow-up visits), ``call_ids`` (calls) and
``service_ids`` (``field_work.SERVICE_RECORDS`` says which records, per figure). For a count the
ids are as many as the count; for a sum (涉及金额, people reached, apps installed) they are the
records that add something to it.
No Qt here: the statistics screen, the printed report, the .xlsx export (``xlsx``) and the
command line all read the same functions, usually at once through ``report.build_report``.

The counting rules are stated in each module's docstring; the ones that hold everywhere:

* a record is counted in exactly one category (or kind) and, per figure, one period: the day
  its rule names — a case in the month it was received (排查, 受理), a success in the month its
  agreement was signed (or the oral agreement recorded), a call in the month it was received, a
  follow-up in the month it was due, a visit, a card, a renewal or an event on its own day;
* a retired record (``deleted_at`` set) counts nowhere, nor does anything hanging from a retired
  case (its agreements, visits, referrals); a retired or unsigned agreement counts nowhere;
* periods are whole days, both ends included; times are local wall-clock times as stored;
* queries are SQL aggregates grouped by category and month; only the call durations of the
  period are loaded, for the medians.

Modules: ``periods`` (Period, month, quarter, year, parse_period, months_in), ``disputes``
(the dispute table), ``follow_ups``, ``calls`` (calls by kind and the 五小 tally),
``field_work`` (visits, ID renewals, contact cards, outreach), ``series`` (per month, for the
charts), ``report`` (everything in one read) and ``xlsx`` (the county's spreadsheet).
"""

from lijiabu_desk.services.statistics.calls import (
    AimTally,
    CallFigure,
    CallTable,
    aim_tally,
    call_ids,
    call_table,
)
from lijiabu_desk.services.statistics.common import Records
from lijiabu_desk.services.statistics.disputes import (
    DisputeFigure,
    DisputeRow,
    DisputeTable,
    dispute_ids,
    dispute_table,
)
from lijiabu_desk.services.statistics.field_work import (
    ServiceFigure,
    ServiceWork,
    service_ids,
    service_work,
)
from lijiabu_desk.services.statistics.follow_ups import (
    FollowUpFigure,
    FollowUpFigures,
    follow_up_figures,
    follow_up_ids,
)
from lijiabu_desk.services.statistics.periods import (
    Period,
    month,
    months_in,
    parse_period,
    quarter,
    year,
)
from lijiabu_desk.services.statistics.report import StatisticsReport, build_report
from lijiabu_desk.services.statistics.series import (
    Series,
    calls_per_month,
    cases_per_month,
    monthly_series,
    response_per_month,
    success_rate_per_month,
)

__all__ = [
    "AimTally",
    "CallFigure",
    "CallTable",
    "DisputeFigure",
    "DisputeRow",
    "DisputeTable",
    "FollowUpFigure",
    "FollowUpFigures",
    "Period",
    "Records",
    "Series",
    "ServiceFigure",
    "ServiceWork",
    "StatisticsReport",
    "aim_tally",
    "build_report",
    "call_ids",
    "call_table",
    "calls_per_month",
    "cases_per_month",
    "dispute_ids",
    "dispute_table",
    "follow_up_figures",
    "follow_up_ids",
    "month",
    "monthly_series",
    "months_in",
    "parse_period",
    "quarter",
    "response_per_month",
    "service_ids",
    "service_work",
    "success_rate_per_month",
    "year",
]
