"""The statistics screen's layout: the period and village above, then two pages — 矛盾纠纷 and
服务工作 — each with its tables on the left and its two charts on the right.

Lays out and fills in only: what the buttons, the tables' double-clicks and the charts' picks
do is ``StatisticsArea``'s. The tables sit in a scroll area, so that a small screen or a large
type size scrolls them rather than squeezing them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.documents.statistics_data import ReportCharts
from lijiabu_desk.services.statistics import StatisticsReport
from lijiabu_desk.ui.disputes.widgets import choice
from lijiabu_desk.ui.statistics import figures
from lijiabu_desk.ui.statistics.chart_panel import ChartPanel
from lijiabu_desk.ui.statistics.figure_table import FigureTable, pairs_table
from lijiabu_desk.ui.statistics.period_chooser import PeriodChooser


def _heading(text: str) -> QLabel:
    label = QLabel(text, objectName="statistics_heading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class StatisticsView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = PeriodChooser(today)
        self.village = choice("statistics_village", {}, empty=self.tr("All villages"))
        self.status = QLabel(objectName="statistics_status")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print report…"), objectName="print_statistics")
        self.export_button = QPushButton(
            self.tr("Export to Excel…"), objectName="export_statistics"
        )
        self.export_button.setToolTip(self.tr("The county's tables, as an .xlsx workbook"))
        self.dispute_heads = [self.tr("Found"), self.tr("Taken"), self.tr("Mediated"),
                              self.tr("Succeeded"), self.tr("Success rate"),
                              self.tr("Amount (yuan)")]  # fmt: skip
        self.disputes = FigureTable(
            "dispute_figures", [self.tr("Kind of dispute"), *self.dispute_heads]
        )
        self.more_disputes = pairs_table("more_dispute_figures")
        self.follow_ups = pairs_table("follow_up_figures")
        self.call_heads = [self.tr("Calls"), self.tr("Arrived"), self.tr("Completed"),
                           self.tr("Open"), self.tr("Median minutes\nto arrive"),
                           self.tr("Median minutes\nto complete")]  # fmt: skip
        self.calls = FigureTable("call_figures", [self.tr("Kind of call"), *self.call_heads])
        self.aims = pairs_table("aim_figures")
        self.service = pairs_table("service_figures")
        self.charts = {
            "cases": ChartPanel("cases", self.tr("Disputes found per month, by kind")),
            "success": ChartPanel("success", self.tr("Mediation success rate per month")),
            "calls": ChartPanel("calls", self.tr("Service calls by kind")),
            "response": ChartPanel("response", self.tr("Median minutes to arrive, per month")),
        }
        self.tabs = QTabWidget(objectName="statistics_tabs")
        self.tabs.addTab(
            self._page(
                [
                    (None, self.disputes),
                    (self.tr("Other dispute figures"), self.more_disputes),
                    (self.tr("Follow-up visits"), self.follow_ups),
                ],
                ("cases", "success"),
            ),
            self.tr("Disputes"),
        )
        self.tabs.addTab(
            self._page(
                [
                    (None, self.calls),
                    (self.tr("The five smalls"), self.aims),
                    (self.tr("Other service work"), self.service),
                ],
                ("calls", "response"),
            ),
            self.tr("Service work"),
        )
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Village:")))
        top.addWidget(self.village)
        top.addWidget(self.status, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _page(
        self, tables: list[tuple[str | None, FigureTable]], charts: tuple[str, str]
    ) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 4, 0)
        for heading, table in tables:
            if heading:
                column.addSpacing(6)
                column.addWidget(_heading(heading))
            column.addWidget(table)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        right = QWidget()
        stack = QVBoxLayout(right)
        stack.setContentsMargins(4, 0, 0, 0)
        for name in charts:
            stack.addWidget(self.charts[name], 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def show_report(self, report: StatisticsReport, charts: ReportCharts) -> None:
        """Every table and chart of ``report`` (``charts``: its series for the charts)."""
        self.disputes.set_rows(figures.dispute_rows(report, self.dispute_heads), total_rows=1)
        self.more_disputes.set_rows(figures.more_dispute_rows(report))
        self.follow_ups.set_rows(figures.follow_up_rows(report))
        self.calls.set_rows(figures.call_rows(report, self.call_heads), total_rows=1)
        self.aims.set_rows(figures.aim_rows(report))
        self.service.set_rows(figures.service_rows(report))
        for panel in self.charts.values():
            panel.show_charts(charts)
