"""Calls by kind with their medians, the 五小 tally and the follow-up visits, counted by hand on
``statistics_setup``'s calls (k1–k8) and visits (f1–f8)."""

from __future__ import annotations

import pytest

from lijiabu_desk.models.enums import CallKind, FiveSmallAim
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics import (
    CallFigure,
    FollowUpFigure,
    aim_tally,
    call_ids,
    call_table,
    follow_up_figures,
    follow_up_ids,
    month,
    quarter,
)
from lijiabu_desk.services.statistics.calls import CallRow
from tests.unit.statistics_setup import Town, make_town

K = CallKind
NOVEMBER = month(2026, 11)


def counts(row: CallRow) -> tuple[object, ...]:
    return (
        row.received,
        row.responded,
        row.completed,
        row.open,
        row.median_response_minutes,
        row.median_completion_minutes,
    )


@pytest.fixture
def town(ctx: ServiceContext) -> Town:
    return make_town(ctx)


def test_november_calls_by_kind_with_their_medians(ctx, town) -> None:
    table = call_table(ctx, NOVEMBER)
    expected = {
        # k1 40/120 min, k2 20/50 min, k3 settled on the phone in 30 min (no arrival)
        K.DOCUMENTS: (3, 2, 3, 0, 30.0, 50.0),
        K.MEDICAL: (1, 1, 0, 1, 15.0, None),  # k4: there in 15 min, still open
        K.ENQUIRY: (1, 0, 0, 1, None, None),  # k5: 23:50 on the 30th, nothing stamped
    }
    assert [r.kind for r in table.rows] == list(CallKind)
    for row in table.rows:
        assert counts(row) == expected.get(row.kind, (0, 0, 0, 0, None, None)), row.label
    # medians of all the month's calls: response of 40, 20, 15; completion of 120, 50, 30
    assert counts(table.total) == (5, 3, 3, 2, 20.0, 50.0)
    assert table.total.label == "合计"


def test_a_call_is_counted_in_the_month_it_was_received(ctx, town) -> None:
    # k8 came in at 23:59 on October 31st and was reached at 00:10 on November 1st
    october = call_table(ctx, month(2026, 10))
    assert counts(october.row(K.DISPUTE)) == (1, 1, 0, 1, 11.0, None)
    assert town.calls["k8"] not in call_ids(ctx, NOVEMBER)
    # k7 at midnight opening December
    assert call_ids(ctx, month(2026, 12)) == [town.calls["k7"]]


def test_the_retired_call_counts_nowhere(ctx, town) -> None:
    for figure in CallFigure:
        assert town.calls["k6"] not in call_ids(ctx, quarter(2026, 4), figure=figure)
    assert aim_tally(ctx, quarter(2026, 4)).rows[0].calls == 0  # k6 was the only 破小案


def test_a_village_keeps_its_own_calls(ctx, town) -> None:
    hewan = call_table(ctx, NOVEMBER, town.hewan)
    assert counts(hewan.row(K.DOCUMENTS)) == (2, 1, 2, 0, 40.0, 75.0)  # k1, k3
    assert counts(hewan.total) == (3, 2, 2, 1, 27.5, 75.0)  # and k4
    shanxia = call_table(ctx, NOVEMBER, town.shanxia)
    assert counts(shanxia.total) == (1, 1, 1, 0, 20.0, 50.0)  # k2; k5 has no village


def test_the_five_small_tally(ctx, town) -> None:
    tally = aim_tally(ctx, NOVEMBER)
    assert [(r.aim, r.label, r.calls) for r in tally.rows] == [
        (FiveSmallAim.SMALL_CASE, "破小案", 0),
        (FiveSmallAim.SMALL_MATTER, "办小事", 2),
        (FiveSmallAim.SMALL_WORRY, "解小忧", 1),
        (FiveSmallAim.SMALL_HELP, "帮小忙", 1),
        (FiveSmallAim.SMALL_BENEFIT, "惠小利", 0),
    ]
    assert tally.no_aim == 1 and tally.tagged == 4
    assert call_ids(ctx, NOVEMBER, figure=CallFigure.NO_AIM) == [town.calls["k5"]]
    matter = call_ids(ctx, NOVEMBER, aim=FiveSmallAim.SMALL_MATTER)
    assert matter == sorted([town.calls["k1"], town.calls["k2"]])


@pytest.mark.parametrize("village", [None, "hewan", "shanxia"])
@pytest.mark.parametrize("period", [NOVEMBER, quarter(2026, 4)])
def test_every_call_figure_counts_what_its_drill_down_lists(ctx, town, village, period) -> None:
    village_id = getattr(town, village) if village else None
    table = call_table(ctx, period, village_id)
    for figure in (f for f in CallFigure if f is not CallFigure.NO_AIM):
        assert table.total.figure(figure) == len(call_ids(ctx, period, village_id, figure=figure))
        for row in table.rows:
            ids = call_ids(ctx, period, village_id, figure=figure, kind=row.kind)
            assert row.figure(figure) == len(ids), (figure, row.label)
    tally = aim_tally(ctx, period, village_id)
    for row in tally.rows:
        assert row.calls == len(call_ids(ctx, period, village_id, aim=row.aim))
    assert tally.no_aim == len(call_ids(ctx, period, village_id, figure=CallFigure.NO_AIM))


def test_follow_ups_by_their_planned_day(ctx, town) -> None:
    f = town.follow_ups
    november = follow_up_figures(ctx, NOVEMBER)
    assert (november.due, november.on_time, november.late, november.pending) == (4, 2, 1, 1)
    assert november.on_time_rate == pytest.approx(2 / 3)
    assert follow_up_ids(ctx, NOVEMBER, figure=FollowUpFigure.ON_TIME) == [f["f1"], f["f2"]]
    assert follow_up_ids(ctx, NOVEMBER, figure=FollowUpFigure.LATE) == [f["f3"]]
    assert follow_up_ids(ctx, NOVEMBER, figure=FollowUpFigure.PENDING) == [f["f4"]]
    # the cancelled one, the retired case's and the retired agreement's count nowhere
    due = follow_up_ids(ctx, quarter(2026, 4), figure=FollowUpFigure.DUE)
    assert due == [f[k] for k in ("f1", "f2", "f3", "f4", "f5")]
    december = follow_up_figures(ctx, month(2026, 12))
    assert (december.due, december.pending, december.on_time_rate) == (1, 1, None)


def test_follow_ups_of_a_village(ctx, town) -> None:
    shanxia = follow_up_figures(ctx, NOVEMBER, town.shanxia)
    assert (shanxia.due, shanxia.on_time, shanxia.late, shanxia.pending) == (0, 0, 0, 0)
    hewan = follow_up_figures(ctx, NOVEMBER, town.hewan)
    for figure in FollowUpFigure:
        ids = follow_up_ids(ctx, NOVEMBER, town.hewan, figure=figure)
        assert hewan.figure(figure) == len(ids)
    assert hewan.due == 4
