"""统计报表 on screen: choose a period and a village, read the hand-counted figures of
``statistics_setup``'s town in the tables, double-click a number and get exactly the records
behind it, open one of them; print and export what is shown.

河湾村 in November 2026, counted by hand from the fixture's list: cases c1 c9 c11 (邻里),
c6 (损害赔偿) and c12 (道路交通) received, all brought to the post; mediated c1 (settled
11-10, 1,000.50 元), c2 (地界, received in October, settled 11-02, 3,000 元), c6 and c12
(sat; no counted agreement); c11's only sitting that month is retired. Calls k1 (arrived after
40 minutes, completed after 120) and k3 (completed after 30, never arrived), documents; k4
(medical, arrived after 15 minutes, still open). Visits v1 v2 (H1) and v3 (H2); event e1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView, QTableWidget

from lijiabu_desk.models.enums import AccountRole, DisputeCategory
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics import Records, month, year
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.statistics.area import StatisticsArea
from lijiabu_desk.ui.statistics.records_dialog import RecordsDialog
from tests.unit.statistics_setup import Town, make_town

NOVEMBER = month(2026, 11)
NEIGHBOUR_ROW = list(DisputeCategory).index(DisputeCategory.NEIGHBOUR)


@pytest.fixture
def town(ctx: ServiceContext) -> Town:
    return make_town(ctx)


def open_area(qtbot, ctx: ServiceContext) -> StatisticsArea:
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1236, 650)  # what the area gets of a 1366×768 screen
    area.show()
    qtbot.waitUntil(lambda: area.report is not None and not area.busy, timeout=20_000)
    return area


def choose(qtbot, area: StatisticsArea, village_id: int | None) -> None:
    """November 2026 of ``village_id``, chosen as a user does: kind, year, month, village."""
    period = area.view.period
    period.kind.setCurrentIndex(period.kind.findData("month"))
    period.year.setValue(2026)
    period.month.setCurrentIndex(10)  # the eleventh month
    village = area.view.village
    village.setCurrentIndex(village.findData(village_id) if village_id else 0)

    def shown() -> bool:
        report = area.report
        return (
            not area.busy
            and report is not None
            and report.period == NOVEMBER
            and report.village_id == village_id
        )

    qtbot.waitUntil(shown, timeout=20_000)


def row_texts(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def double_click_cell(qtbot, table: QTableWidget, row: int, column: int) -> None:
    table.scrollToItem(table.item(row, column))
    where = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a hand does
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def double_click_row(qtbot, view: QTableView, row: int) -> None:
    where = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def listed(dialog: RecordsDialog) -> list[tuple[Records, int]]:
    return [(r.records, r.record_id) for r in dialog.model.rows]


def test_the_tables_show_the_villages_november_counted_by_hand(qtbot, ctx, town) -> None:
    area = open_area(qtbot, ctx)
    choose(qtbot, area, town.hewan)
    disputes = area.view.disputes
    assert disputes.rowCount() == len(DisputeCategory) + 1
    assert row_texts(disputes, NEIGHBOUR_ROW) == ["邻里纠纷", "3", "3", "1", "1", "100.0%",
                                                  "1,000.50"]  # fmt: skip
    assert row_texts(disputes, 3) == ["山林土地/地界", "0", "0", "1", "1", "100.0%", "3,000.00"]
    assert row_texts(disputes, 6) == ["损害赔偿", "1", "1", "1", "0", "0.0%", "0.00"]
    assert row_texts(disputes, 0) == ["婚姻家庭", "0", "0", "0", "0", "—", "0.00"]
    assert row_texts(disputes, 11) == ["合计", "5", "5", "4", "2", "50.0%", "4,000.50"]
    calls = area.view.calls
    assert row_texts(calls, 0) == ["证件办理", "2", "1", "2", "0", "40.0", "75.0"]
    assert row_texts(calls, 1) == ["急病/送医", "1", "1", "0", "1", "15.0", "—"]
    assert row_texts(calls, 7) == ["合计", "3", "2", "2", "1", "27.5", "75.0"]
    # the whole township's November: c3 c7 (山下村) and c4 (the market) come in
    choose(qtbot, area, None)
    assert row_texts(area.view.disputes, 11) == ["合计", "8", "7", "6", "2", "33.3%", "4,000.50"]


def test_a_number_lists_exactly_its_records_and_a_row_opens_one(qtbot, ctx, town) -> None:
    area = open_area(qtbot, ctx)
    choose(qtbot, area, town.hewan)
    double_click_cell(qtbot, area.view.disputes, NEIGHBOUR_ROW, 1)  # 邻里纠纷 · 排查
    dialog = area.records_dialog
    assert dialog is not None and dialog.isVisible()
    c = town.cases
    assert listed(dialog) == [(Records.DISPUTE, c[k]) for k in ("c1", "c9", "c11")]
    assert "邻里纠纷" in dialog.windowTitle() and "河湾村" in dialog.windowTitle()
    with qtbot.waitSignal(area.open_record) as opened:
        double_click_row(qtbot, dialog.table, 0)
    assert opened.args == ["dispute", c["c1"], None]
    assert not dialog.isVisible()
    # 成功率 lists the cases it is taken over: those mediated
    double_click_cell(qtbot, area.view.disputes, 11, 5)
    mediated = sorted(c[k] for k in ("c1", "c2", "c6", "c12"))
    assert listed(area.records_dialog) == [(Records.DISPUTE, i) for i in mediated]


def test_service_figures_open_households_calls_and_the_outreach_area(qtbot, ctx, town) -> None:
    area = open_area(qtbot, ctx)
    choose(qtbot, area, town.hewan)
    area.view.tabs.setCurrentIndex(1)
    double_click_cell(qtbot, area.view.service, 0, 1)  # 入户走访（次）
    v, h = town.visits, town.homes
    assert listed(area.records_dialog) == [(Records.VISIT, v[k]) for k in ("v1", "v2", "v3")]
    with qtbot.waitSignal(area.open_record) as opened:
        area.records_dialog.open_row(2)
    assert opened.args == ["household", h["H2"], h["H2"]]
    double_click_cell(qtbot, area.view.calls, 1, 4)  # 急病/送医 · the median's calls
    assert listed(area.records_dialog) == [(Records.CALL, town.calls["k4"])]
    double_click_cell(qtbot, area.view.service, 3, 1)  # 反诈宣传（场）
    assert listed(area.records_dialog) == [(Records.OUTREACH, town.events["e1"])]
    with qtbot.waitSignal(area.area_requested) as asked:
        area.records_dialog.open_row(0)
    assert asked.args == ["outreach"]


def test_a_bar_of_the_chart_opens_its_records(qtbot, ctx, town) -> None:
    area = open_area(qtbot, ctx)
    choose(qtbot, area, town.hewan)
    panel = area.view.charts["cases"]
    canvas = panel.canvas
    ax = canvas.figure.axes[0]
    canvas.draw()
    # the bottom segment of November's bar (邻里纠纷: 3 cases), in Qt's widget coordinates
    x, y = ax.transData.transform((0, 1.5))
    ratio = canvas.device_pixel_ratio
    point = QPoint(round(x / ratio), round(canvas.height() - y / ratio))
    assert panel.hit(0, 1.5) == (0, NEIGHBOUR_ROW)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: area.records_dialog is not None, timeout=5_000)
    c = town.cases
    assert listed(area.records_dialog) == [(Records.DISPUTE, c[k]) for k in ("c1", "c9", "c11")]
    assert panel.hit(0, 9) is None  # above the bar: nothing
    calls = area.chart_drill("calls", 0, -1)  # 证件办理
    assert calls is not None
    assert calls.fetch(ctx) == [(Records.CALL, town.calls[k]) for k in ("k1", "k3")]


def test_a_record_opens_in_the_main_window(qtbot, ctx, town) -> None:
    """The line the window will use: the area's ``open_record`` to the window's own."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    area = open_area(qtbot, ctx)
    area.open_record.connect(window.open_record)
    choose(qtbot, area, town.hewan)
    double_click_cell(qtbot, area.view.disputes, NEIGHBOUR_ROW, 4)  # 邻里纠纷 · 成功: c1
    area.records_dialog.open_row(0)
    assert window.areas.current_key() == "disputes"
    assert window.disputes.page.case is not None
    assert window.disputes.page.case.id == town.cases["c1"]
    window.safety.stop()


def test_print_and_export_what_is_shown(qtbot, ctx, town, tmp_path: Path) -> None:
    area = open_area(qtbot, ctx)
    choose(qtbot, area, town.hewan)
    area.print_report()
    qtbot.waitUntil(lambda: area.preview is not None, timeout=30_000)
    assert area.preview.pdf.startswith(b"%PDF") and "河湾村" in area.preview.windowTitle()
    assert area.preview.suggested_name.endswith("2026-11_河湾村.pdf")
    area.preview.reject()
    suggested: list[str] = []
    target = tmp_path / "十一月.xlsx"
    area.choose_export_path = lambda start: suggested.append(start) or str(target)
    area.export()
    qtbot.waitUntil(lambda: target.exists() and not area.busy, timeout=20_000)
    assert suggested[0].endswith("2026-11_河湾村.xlsx")
    assert str(target) in area.view.status.text()


def test_an_auxiliary_officer_may_print_but_not_export(qtbot, ctx, town) -> None:
    auxiliary = ServiceContext(ctx.db, Actor("fujing", AccountRole.AUXILIARY))
    area = open_area(qtbot, auxiliary)
    assert area.view.print_button.isEnabled()
    assert not area.view.export_button.isEnabled()


def test_an_answer_to_an_older_question_is_dropped(qtbot, ctx, town) -> None:
    area = open_area(qtbot, ctx)
    area.view.period.set_period("year", 2026)
    area.view.period.set_period("month", 2026, 11)  # asked again before the year came back
    qtbot.waitUntil(lambda: not area.busy, timeout=20_000)
    assert area.report is not None and area.report.period == NOVEMBER
    assert area.report.period != year(2026)
