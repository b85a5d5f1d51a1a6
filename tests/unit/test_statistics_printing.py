"""The printed report's data from ``statistics_setup``'s town (its November counted by hand
there), the audit of a print, and the rows the screen lists behind a figure."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics import Records, build_report, month
from lijiabu_desk.services.statistics.printing import (
    NOTES,
    VILLAGE_NOTE,
    money_text,
    print_statistics,
    statistics_document,
)
from lijiabu_desk.services.statistics.records import record_rows
from tests.unit.statistics_setup import Town, make_town

NOVEMBER = month(2026, 11)
MADE = date(2026, 12, 2)


@pytest.fixture
def town(ctx: ServiceContext) -> Town:
    return make_town(ctx)


def test_the_dispute_lines_print_the_hand_counted_november(ctx, town) -> None:
    document = statistics_document(build_report(ctx, NOVEMBER), MADE)
    lines = {line.label: line for line in document.disputes}
    assert len(document.disputes) == 11  # every category, zero rows too
    neighbour = lines["邻里纠纷"]
    # c1 c3 c9 c11 found; c3 by home visit; c1 settled (800 + 200.50 元), c3 sat
    assert (neighbour.found, neighbour.taken, neighbour.mediated, neighbour.succeeded) == (
        "4", "3", "2", "1")  # fmt: skip
    assert (neighbour.success_rate, neighbour.amount) == ("50.0%", "1,000.50")
    assert lines["牲畜交易"].success_rate == "—"  # found, never mediated
    assert lines["损害赔偿"].success_rate == "0.0%"
    total = document.dispute_total
    assert (total.label, total.found, total.taken, total.mediated, total.succeeded) == (
        "合计", "8", "7", "6", "2")  # fmt: skip
    assert (total.success_rate, total.amount) == ("33.3%", "4,000.50")
    assert (document.period, document.village, document.made_on) == (
        "2026年11月", "全镇", "2026年12月2日")  # fmt: skip
    assert document.notes == NOTES


def test_calls_follow_ups_and_service_figures_print_as_counted(ctx, town) -> None:
    document = statistics_document(build_report(ctx, NOVEMBER), MADE)
    calls = {line.label: line for line in document.calls}
    # k1 k2 k3 documents: arrived after 40 and 20 minutes, completed after 120, 50 and 30
    docs = calls["证件办理"]
    assert (docs.received, docs.responded, docs.completed, docs.open) == ("3", "2", "3", "0")
    assert (docs.median_response, docs.median_completion) == ("30.0", "50.0")
    assert calls["咨询"].median_response == "—"  # k5: no arrival
    total = document.call_total  # with k4 (15 minutes, open) and k5 (open)
    assert (total.received, total.responded, total.completed, total.open) == ("5", "3", "3", "2")
    assert (total.median_response, total.median_completion) == ("20.0", "50.0")
    follow = {line.label: line.value for line in document.follow_ups.lines}
    # f1 f2 on time, f3 late, f4 still due
    assert follow == {"应回访": "4", "按期回访": "2", "逾期回访": "1", "尚未回访": "1",
                      "按期回访率": "66.7%"}  # fmt: skip
    aims = {line.label: line.value for line in document.aims.lines}
    assert aims["办小事"] == "2" and aims["未标注“五小”"] == "1" and aims["合计"] == "5"
    service = {line.label: line.value for line in document.service.lines}
    assert service["入户走访（次）"] == "4" and service["安装反诈App合计"] == "78"


def test_the_charts_series_are_the_months_of_the_period(ctx, town) -> None:
    charts = statistics_document(build_report(ctx, NOVEMBER), MADE).charts
    assert charts.cases.months == ("11月",)
    stacks = dict(charts.cases.stacks)
    assert len(stacks) == 11 and stacks["邻里纠纷"] == (4,) and stacks["婚姻家庭"] == (0,)
    assert charts.success.values[0] == pytest.approx(100 * 2 / 6)
    assert charts.success.point_labels == ("33%",)
    assert dict(zip(charts.calls.labels, charts.calls.values, strict=True))["证件办理"] == 3
    assert charts.response.values == (20.0,) and charts.response.point_labels == ("20",)
    october = statistics_document(build_report(ctx, month(2026, 10)), MADE).charts
    assert october.success.point_labels == ("100%",)  # c2 and c8: mediated and settled


def test_a_village_report_names_the_village_and_what_it_leaves_out(ctx, town) -> None:
    document = statistics_document(build_report(ctx, NOVEMBER, town.hewan), MADE)
    assert document.village == "河湾村"
    assert document.notes[-1] == VILLAGE_NOTE
    assert "河湾村" in document.running_title and "2026年11月" in document.running_title


def test_money_prints_in_yuan_exactly() -> None:
    assert money_text(0) == "0.00"
    assert money_text(400050) == "4,000.50"
    assert money_text(123456789) == "1,234,567.89"


def test_a_print_is_audited_with_its_period_and_village(ctx, town) -> None:
    printed = print_statistics(ctx, NOVEMBER, town.shanxia)
    assert printed.pdf.startswith(b"%PDF") and "山下村" in printed.title
    with ctx.read() as s:
        rows = s.scalars(select(AuditEntry.changes).where(AuditEntry.action == "print")).all()
    (entry,) = [json.loads(r) for r in rows]
    assert entry == {"form": "statistics", "title": printed.title, "period": "2026-11",
                     "village_id": town.shanxia}  # fmt: skip


def test_an_auxiliary_officer_may_print_the_report(ctx, town) -> None:
    auxiliary = ServiceContext(ctx.db, Actor("fujing", AccountRole.AUXILIARY))
    assert print_statistics(auxiliary, NOVEMBER).pdf.startswith(b"%PDF")


def test_the_rows_behind_a_figure_open_the_right_pages(ctx, town) -> None:
    c, h, f = town.cases, town.homes, town.follow_ups
    items = [
        (Records.DISPUTE, c["c1"]),
        (Records.FOLLOW_UP, f["f3"]),
        (Records.CALL, town.calls["k4"]),
        (Records.VISIT, town.visits["v3"]),
        (Records.HOUSEHOLD, h["S2"]),
        (Records.RENEWAL, town.renewals["r3"]),
        (Records.CARD, town.cards["cc4"]),
        (Records.OUTREACH, town.events["e2"]),
        (Records.DISPUTE, 99999),  # no such case: left out
    ]
    rows = record_rows(ctx, items)
    opened = [(r.records, r.opens, r.open_id) for r in rows]
    renewal = rows[5]
    assert opened == [
        (Records.DISPUTE, "dispute", c["c1"]),
        (Records.FOLLOW_UP, "dispute", c["c2"]),  # f3 follows up c2's agreement
        (Records.CALL, "call", town.calls["k4"]),
        (Records.VISIT, "household", h["H2"]),
        (Records.HOUSEHOLD, "household", h["S2"]),
        (Records.RENEWAL, "person", renewal.open_id),
        (Records.CARD, "household", h["S1"]),
        (Records.OUTREACH, "outreach", town.events["e2"]),
    ]
    assert (renewal.name, renewal.household_id, renewal.day) == (
        "马一",
        h["H1"],
        date(2026, 11, 28),
    )
    assert rows[0].number == "（2026）安李纠字第1号" and rows[0].village == "河湾村"
    assert rows[0].detail.startswith("邻里纠纷")
    assert rows[1].day == date(2026, 11, 17) and "2026年11月20日已回访" in rows[1].detail
    assert rows[2].name == "张三" and rows[2].detail == "急病/送医，未办结"
    assert rows[7].village == "" and "宣传300人" in rows[7].detail
