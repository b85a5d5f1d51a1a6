"""Visits, ID renewals, contact cards and outreach, counted by hand on ``statistics_setup``'s
field work (visits v1–v7, renewals r1–r5, cards cc1–cc7, events e1–e5)."""

from __future__ import annotations

from dataclasses import astuple

import pytest
from sqlalchemy import select

from lijiabu_desk.models import Station
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics import (
    ServiceFigure,
    month,
    quarter,
    service_ids,
    service_work,
)
from lijiabu_desk.services.statistics.field_work import SUM_FIGURES
from tests.unit.statistics_setup import Town, make_town

NOVEMBER = month(2026, 11)
SF = ServiceFigure

# visits, households_visited, ids_renewed, id_photos, cards_issued, without_card,
# outreach_events, people_reached, apps_at_events, apps_on_visits


@pytest.fixture
def town(ctx: ServiceContext) -> Town:
    return make_town(ctx)


def test_november_service_work_counted_by_hand(ctx, town) -> None:
    work = service_work(ctx, NOVEMBER)
    # v1 v2 v3 v4 to H1 H2 S1 (v5 retired); r2 r3 delivered, r1 r3 photographed (r4 retired);
    # cc1 cc7 cc3 cc4 handed over (cc6 retired); H3's latest card is out of date and S2 had
    # none yet; e1 e2 e3 (e4 retired): 120 + 300 + 0 people, 30 + 45 + 0 apps; v1 named two
    # members with the app, v3 none (one install)
    assert astuple(work) == (4, 3, 2, 2, 4, 2, 3, 420, 75, 3)
    assert work.apps_installed == 78


def test_neighbouring_months(ctx, town) -> None:
    # v7 with one named install; r2 and r5 photographed; cc2; at October's end only H2 had a
    # current card (H1 H3 S1 S2 without; the retired H4 is not on the register)
    assert astuple(service_work(ctx, month(2026, 10))) == (1, 1, 0, 2, 1, 4, 0, 0, 0, 1)
    # v6; r5 delivered; cc5, so that at the year's end only H3 is without; e5
    assert astuple(service_work(ctx, month(2026, 12))) == (1, 1, 1, 0, 1, 1, 1, 80, 20, 0)


def test_a_village_keeps_its_own_work(ctx, town) -> None:
    hewan = service_work(ctx, NOVEMBER, town.hewan)
    assert astuple(hewan) == (3, 2, 2, 1, 3, 1, 1, 120, 30, 3)
    shanxia = service_work(ctx, NOVEMBER, town.shanxia)
    assert astuple(shanxia) == (1, 1, 0, 1, 1, 1, 1, 0, 0, 0)
    # the market's event (e2) is in neither village
    assert town.events["e2"] not in service_ids(
        ctx, NOVEMBER, town.hewan, figure=SF.OUTREACH_EVENTS
    )


def test_drill_downs_name_the_records(ctx, town) -> None:
    v, h, r, c, e = town.visits, town.homes, town.renewals, town.cards, town.events
    assert service_ids(ctx, NOVEMBER, figure=SF.VISITS) == sorted(
        v[k] for k in ("v1", "v2", "v3", "v4")
    )
    assert service_ids(ctx, NOVEMBER, figure=SF.HOUSEHOLDS_VISITED) == sorted(
        [h["H1"], h["H2"], h["S1"]]
    )
    assert service_ids(ctx, NOVEMBER, figure=SF.APPS_ON_VISITS) == sorted([v["v1"], v["v3"]])
    assert service_ids(ctx, NOVEMBER, figure=SF.IDS_RENEWED) == sorted([r["r2"], r["r3"]])
    assert service_ids(ctx, NOVEMBER, figure=SF.ID_PHOTOS) == sorted([r["r1"], r["r3"]])
    assert service_ids(ctx, NOVEMBER, figure=SF.CARDS_ISSUED) == sorted(
        c[k] for k in ("cc1", "cc3", "cc4", "cc7")
    )
    assert service_ids(ctx, NOVEMBER, figure=SF.WITHOUT_CARD) == sorted([h["H3"], h["S2"]])
    assert service_ids(ctx, NOVEMBER, figure=SF.PEOPLE_REACHED) == sorted([e["e1"], e["e2"]])
    assert service_ids(ctx, NOVEMBER, figure=SF.OUTREACH_EVENTS) == sorted(
        e[k] for k in ("e1", "e2", "e3")
    )


@pytest.mark.parametrize("village", [None, "hewan", "shanxia"])
@pytest.mark.parametrize("period", [NOVEMBER, month(2026, 10), quarter(2026, 4)])
def test_every_count_is_the_length_of_its_drill_down(ctx, town, village, period) -> None:
    village_id = getattr(town, village) if village else None
    work = service_work(ctx, period, village_id)
    for figure in ServiceFigure:
        ids = service_ids(ctx, period, village_id, figure=figure)
        if figure in SUM_FIGURES:
            assert (work.figure(figure) == 0) == (ids == []), figure
        else:
            assert work.figure(figure) == len(ids), figure


def test_without_card_follows_the_cards_own_rule_on_todays_numbers(ctx, town) -> None:
    with ctx.write() as s:
        s.scalars(select(Station)).one().duty_phone = "0932-8999999"
    # every card handed over printed the old duty phone: no household has a current card now
    work = service_work(ctx, NOVEMBER)
    assert work.without_card == 5
    assert service_ids(ctx, NOVEMBER, figure=SF.WITHOUT_CARD) == sorted(
        town.homes[k] for k in ("H1", "H2", "H3", "S1", "S2")
    )
