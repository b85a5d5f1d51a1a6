"""The dispute table counted by hand on ``statistics_setup``'s cases (see its docstring)."""

from __future__ import annotations

import pytest

from lijiabu_desk.models.enums import DisputeCategory, DisputeSource
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.labels import CATEGORY_LABELS
from lijiabu_desk.services.statistics import (
    DisputeFigure,
    DisputeRow,
    dispute_ids,
    dispute_table,
    month,
    months_in,
    quarter,
    year,
)
from lijiabu_desk.services.statistics.disputes import SELF_FOUND_SOURCES, TAKEN_SOURCES
from tests.unit.statistics_setup import Town, make_town

C = DisputeCategory
F = DisputeFigure
NOVEMBER = month(2026, 11)

# found, taken, self_found, mediated, succeeded, written, oral, amount_fen, referred,
# prevented_crime, prevented_petition
COLUMNS = ("found", "taken", "self_found", "mediated", "succeeded", "written", "oral",
           "amount_fen", "referred", "prevented_crime", "prevented_petition")  # fmt: skip


def figures(row: DisputeRow) -> tuple[int, ...]:
    return tuple(getattr(row, name) for name in COLUMNS)


@pytest.fixture
def town(ctx: ServiceContext) -> Town:
    return make_town(ctx)


def test_november_by_category_counted_by_hand(ctx, town) -> None:
    table = dispute_table(ctx, NOVEMBER)
    expected = {
        # c1 c3 c9 c11 found; c3 by home visit; c1 settled, c3 sat; c1 800+200.50 元
        C.NEIGHBOUR: (4, 3, 1, 2, 1, 1, 0, 100050, 0, 1, 1),
        # c2: received in October, settled 11-02
        C.LAND_BOUNDARY: (0, 0, 0, 1, 1, 1, 0, 300000, 0, 0, 0),
        # c4: received 11-30, its oral agreement is December's
        C.LIVESTOCK_TRADE: (1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        # c6: received 11-01 00:00, sat; its signed agreement is retired, the other a draft
        C.DAMAGES: (1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0),
        # c7: failed without a sitting, referred
        C.CONTRACT: (1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0),
        # c12: sat; agreement finalised, never signed
        C.ROAD_TRAFFIC: (1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0),
    }
    for row in table.rows:
        assert figures(row) == expected.get(row.category, (0,) * 11), row.label
    assert figures(table.total) == (8, 7, 1, 6, 2, 2, 0, 400050, 1, 1, 1)
    assert table.total.success_rate == pytest.approx(2 / 6)
    assert table.row(C.NEIGHBOUR).success_rate == pytest.approx(1 / 2)
    assert table.row(C.LAND_BOUNDARY).success_rate == 1.0


def test_every_category_is_a_row_in_the_enum_order_with_the_totals_last(ctx, town) -> None:
    table = dispute_table(ctx, month(2026, 1))  # nothing happened in January
    assert [r.category for r in table.rows] == list(DisputeCategory)
    assert [r.label for r in table.rows] == [CATEGORY_LABELS[c] for c in DisputeCategory]
    assert table.total.category is None and table.total.label == "合计"
    assert all(figures(r) == (0,) * 11 for r in (*table.rows, table.total))


def test_no_mediation_gives_no_rate_rather_than_a_division_error(ctx, town) -> None:
    assert dispute_table(ctx, month(2026, 1)).total.success_rate is None
    november = dispute_table(ctx, NOVEMBER)
    assert november.row(C.LIVESTOCK_TRADE).success_rate is None  # found, never mediated
    assert november.row(C.DAMAGES).success_rate == 0.0  # mediated, no success


def test_a_case_spanning_months_is_found_in_one_and_succeeds_in_the_next(ctx, town) -> None:
    october, december = month(2026, 10), month(2026, 12)
    c2 = town.cases["c2"]
    assert c2 in dispute_ids(ctx, october, figure=F.FOUND)
    assert c2 in dispute_ids(ctx, october, figure=F.SELF_FOUND)
    assert c2 not in dispute_ids(ctx, october, figure=F.MEDIATED)  # it sat in October ...
    assert c2 in dispute_ids(ctx, NOVEMBER, figure=F.MEDIATED)  # ... and settled in November
    assert c2 in dispute_ids(ctx, NOVEMBER, figure=F.SUCCEEDED)
    assert c2 not in dispute_ids(ctx, NOVEMBER, figure=F.FOUND)
    # c4 the other way: found on November's last afternoon, settled orally on December 1st.
    c4 = town.cases["c4"]
    assert c4 in dispute_ids(ctx, NOVEMBER, figure=F.FOUND)
    assert dispute_ids(ctx, december, figure=F.ORAL) == [c4]
    assert figures(dispute_table(ctx, october).total) == (1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0)
    assert figures(dispute_table(ctx, december).total) == (1, 1, 0, 2, 1, 0, 1, 150000, 1, 0, 0)


def test_a_quarter_and_a_year_are_the_sum_of_their_months(ctx, town) -> None:
    q4 = dispute_table(ctx, quarter(2026, 4))
    months = [dispute_table(ctx, month(2026, m)).total for m in (10, 11, 12)]
    assert figures(q4.total) == tuple(map(sum, zip(*(figures(t) for t in months), strict=True)))
    assert figures(q4.total) == (10, 8, 2, 9, 4, 3, 1, 550050, 2, 1, 1)
    whole = dispute_table(ctx, year(2026))
    assert whole.total.found == 11  # c8 was received in September
    assert whole.row(C.OTHER).found == 1 and whole.row(C.OTHER).succeeded == 1
    assert whole.total.mediated == 9  # c8 sat in September but is mediated when it settled


def test_the_retired_case_counts_nowhere(ctx, town) -> None:
    c5 = town.cases["c5"]
    for figure in DisputeFigure:
        assert c5 not in dispute_ids(ctx, year(2026), figure=figure), figure
    # its 防止民转刑 and its 700 元 are not in the year's figures either
    whole = dispute_table(ctx, year(2026))
    assert whole.total.prevented_crime == 1 and whole.total.amount_fen == 550050


def test_a_void_agreement_a_draft_and_a_supplement_add_nothing(ctx, town) -> None:
    whole = year(2026)
    assert town.cases["c6"] not in dispute_ids(ctx, whole, figure=F.SUCCEEDED)
    assert town.cases["c12"] not in dispute_ids(ctx, whole, figure=F.SUCCEEDED)
    assert town.cases["c6"] in dispute_ids(ctx, whole, figure=F.MEDIATED)  # it did sit
    # c1's supplement (50 元, signed 11-20) neither counts the case again nor adds its amount
    assert dispute_table(ctx, whole).row(C.NEIGHBOUR).amount_fen == 100050


def test_the_failed_and_referred_case(ctx, town) -> None:
    c7, c9 = town.cases["c7"], town.cases["c9"]
    assert dispute_ids(ctx, NOVEMBER, figure=F.REFERRED) == [c7]
    assert c7 in dispute_ids(ctx, NOVEMBER, figure=F.MEDIATED)  # 调解不成 with no sitting
    assert c9 not in dispute_ids(ctx, NOVEMBER, figure=F.MEDIATED)  # referred, never mediated
    # c9's referral of 11-23 is retired: its live one is December's
    assert dispute_ids(ctx, month(2026, 12), figure=F.REFERRED) == [c9]


def test_a_retired_sitting_does_not_date_the_mediation(ctx, town) -> None:
    c11 = town.cases["c11"]
    assert c11 not in dispute_ids(ctx, NOVEMBER, figure=F.MEDIATED)
    assert c11 in dispute_ids(ctx, month(2026, 12), figure=F.MEDIATED)


def test_a_village_keeps_its_own_cases(ctx, town) -> None:
    hewan = dispute_table(ctx, NOVEMBER, town.hewan)
    assert figures(hewan.total) == (5, 5, 0, 4, 2, 2, 0, 400050, 0, 1, 0)
    assert hewan.row(C.NEIGHBOUR).found == 3  # c1 c9 c11; c3 is 山下村's
    shanxia = dispute_table(ctx, NOVEMBER, town.shanxia)
    assert figures(shanxia.total) == (2, 1, 1, 2, 0, 0, 0, 0, 1, 0, 1)
    assert shanxia.total.success_rate == 0.0
    # c4 at the market is in no village
    assert town.cases["c4"] not in dispute_ids(ctx, NOVEMBER, town.hewan, figure=F.FOUND)
    assert town.cases["c4"] not in dispute_ids(ctx, NOVEMBER, town.shanxia, figure=F.FOUND)


@pytest.mark.parametrize("village", [None, "hewan", "shanxia"])
@pytest.mark.parametrize("period", [NOVEMBER, quarter(2026, 4), year(2026)])
def test_every_figure_counts_exactly_the_records_its_drill_down_lists(
    ctx, town, village, period
) -> None:
    village_id = getattr(town, village) if village else None
    table = dispute_table(ctx, period, village_id)
    for figure in DisputeFigure:
        everything = dispute_ids(ctx, period, village_id, figure=figure)
        by_category: list[int] = []
        for row in table.rows:
            ids = dispute_ids(ctx, period, village_id, figure=figure, category=row.category)
            by_category += ids
            if figure is not F.AMOUNT:
                assert row.figure(figure) == len(ids), (figure, row.label)
        assert sorted(by_category) == everything
        if figure is not F.AMOUNT:
            assert table.total.figure(figure) == len(everything), figure


def test_the_amount_drill_down_lists_the_cases_whose_agreements_name_money(ctx, town) -> None:
    cases = town.cases
    assert dispute_ids(ctx, NOVEMBER, figure=F.AMOUNT) == sorted([cases["c1"], cases["c2"]])
    # c8 was settled in October with no sum of money
    assert dispute_ids(ctx, month(2026, 10), figure=F.AMOUNT) == []
    assert dispute_ids(ctx, month(2026, 10), figure=F.SUCCEEDED) == [cases["c8"]]


def test_found_is_taken_plus_what_the_post_found_itself() -> None:
    assert set(DisputeSource) == TAKEN_SOURCES | SELF_FOUND_SOURCES
    assert not TAKEN_SOURCES & SELF_FOUND_SOURCES
    assert {DisputeSource.PATROL, DisputeSource.HOME_VISIT} == SELF_FOUND_SOURCES


def test_every_success_is_also_a_mediation_of_its_month(ctx, town) -> None:
    for period in months_in(year(2026)):
        succeeded = set(dispute_ids(ctx, period, figure=F.SUCCEEDED))
        assert succeeded <= set(dispute_ids(ctx, period, figure=F.MEDIATED)), period.label
