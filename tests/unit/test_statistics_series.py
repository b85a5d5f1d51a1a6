"""Per-month series and the whole report, on ``statistics_setup``'s records: each month counted
by hand, and the months summing back to the period's own figures."""

from __future__ import annotations

import pytest

from lijiabu_desk.models.enums import CallKind, DisputeCategory
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.statistics import (
    build_report,
    call_table,
    calls_per_month,
    cases_per_month,
    dispute_table,
    month,
    monthly_series,
    quarter,
    response_per_month,
    service_work,
    success_rate_per_month,
    year,
)
from tests.unit.statistics_setup import Town, make_town

Q4 = quarter(2026, 4)
C = DisputeCategory


@pytest.fixture
def town(ctx: ServiceContext) -> Town:
    return make_town(ctx)


def nonzero(counts: dict) -> dict:
    return {k: v for k, v in counts.items() if v}


def test_cases_per_month_by_category(ctx, town) -> None:
    series = cases_per_month(ctx, Q4)
    assert [m.month for m in series] == [month(2026, 10), month(2026, 11), month(2026, 12)]
    assert [nonzero(m.by_category) for m in series] == [
        {C.LAND_BOUNDARY: 1},
        {C.NEIGHBOUR: 4, C.LIVESTOCK_TRADE: 1, C.DAMAGES: 1, C.CONTRACT: 1, C.ROAD_TRAFFIC: 1},
        {C.BUSINESS: 1},
    ]
    assert all(set(m.by_category) == set(DisputeCategory) for m in series)


def test_success_rate_per_month(ctx, town) -> None:
    series = success_rate_per_month(ctx, Q4)
    assert [(m.mediated, m.succeeded) for m in series] == [(1, 1), (6, 2), (2, 1)]
    assert [m.success_rate for m in series] == [1.0, pytest.approx(1 / 3), 0.5]


def test_calls_and_response_per_month(ctx, town) -> None:
    calls = calls_per_month(ctx, Q4)
    assert [nonzero(m.by_kind) for m in calls] == [
        {CallKind.DISPUTE: 1},
        {CallKind.DOCUMENTS: 3, CallKind.MEDICAL: 1, CallKind.ENQUIRY: 1},
        {CallKind.DOCUMENTS: 1},
    ]
    response = response_per_month(ctx, Q4)
    assert [(m.responded, m.median_response_minutes) for m in response] == [
        (1, 11.0),
        (3, 20.0),
        (1, 30.0),
    ]


def test_a_year_has_twelve_months_and_empty_ones_are_zero(ctx, town) -> None:
    series = monthly_series(ctx, year(2026))
    assert len(series.cases) == len(series.success) == len(series.calls) == 12
    january = series.cases[0]
    assert january.total == 0 and series.success[0].success_rate is None
    assert series.response[0].median_response_minutes is None
    assert series.cases[8].by_category[C.OTHER] == 1  # c8, received in September


@pytest.mark.parametrize("village", [None, "hewan", "shanxia"])
def test_the_months_add_up_to_the_period(ctx, town, village) -> None:
    village_id = getattr(town, village) if village else None
    series = monthly_series(ctx, year(2026), village_id)
    table = dispute_table(ctx, year(2026), village_id)
    assert sum(m.total for m in series.cases) == table.total.found
    for category in DisputeCategory:
        assert sum(m.by_category[category] for m in series.cases) == table.row(category).found
    assert sum(m.mediated for m in series.success) == table.total.mediated
    assert sum(m.succeeded for m in series.success) == table.total.succeeded
    calls = call_table(ctx, year(2026), village_id)
    for kind in CallKind:
        assert sum(m.by_kind[kind] for m in series.calls) == calls.row(kind).received
    assert sum(m.responded for m in series.response) == calls.total.responded


def test_the_report_holds_what_each_function_returns(ctx, town) -> None:
    report = build_report(ctx, month(2026, 11), town.hewan)
    assert report.period == month(2026, 11) and report.village == "河湾村"
    assert report.station == "安定区公安局李家堡派出所"
    assert report.disputes == dispute_table(ctx, month(2026, 11), town.hewan)
    assert report.calls == call_table(ctx, month(2026, 11), town.hewan)
    assert report.service == service_work(ctx, month(2026, 11), town.hewan)
    assert report.series == monthly_series(ctx, month(2026, 11), town.hewan)
    assert build_report(ctx, month(2026, 11)).village == ""


def test_a_report_for_a_village_that_does_not_exist_is_refused(ctx, town) -> None:
    with pytest.raises(ValidationError, match="行政村不存在"):
        build_report(ctx, month(2026, 11), 9999)
