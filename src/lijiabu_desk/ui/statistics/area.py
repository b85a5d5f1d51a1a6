"""统计报表: the figures of a month, a quarter or a year, of the township or one village, with
their charts; each number opens the records behind it; the report prints and exports.

``StatisticsView`` lays out; this area acts. The report is read off the GUI thread
(``ui.background``) each time the area is opened and whenever the period or the village
changes; an answer that arrives after a newer question was asked is dropped. Printing renders
the figures on screen (audited as a print) and shows them in the app's PDF preview; the export
writes the county's .xlsx. A record opened from a list is asked of the main window with
``open_record`` (the signal the work queues' lists use), an outreach event with
``area_requested``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from lijiabu_desk.documents.statistics_data import ReportCharts
from lijiabu_desk.models.enums import CallKind, DisputeCategory
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.places import village_names
from lijiabu_desk.services.statistics import (
    CallFigure,
    DisputeFigure,
    Period,
    StatisticsReport,
    build_report,
    months_in,
)
from lijiabu_desk.services.statistics.printing import WHOLE_TOWNSHIP, report_charts
from lijiabu_desk.ui.background import Background, error_message
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from lijiabu_desk.ui.statistics import drills
from lijiabu_desk.ui.statistics.drills import Drill
from lijiabu_desk.ui.statistics.records_dialog import RecordsDialog
from lijiabu_desk.ui.statistics.view import StatisticsView


class StatisticsArea(QWidget):
    open_record = Signal(str, int, object)  # kind ("dispute", …), record id, household id or None
    area_requested = Signal(str)  # an area to show ("outreach")
    report_shown = Signal()  # the figures on screen are those of the chosen period and village

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = StatisticsView(ctx.today(), self)
        self.background = Background(self)
        self.report: StatisticsReport | None = None
        self.charts: ReportCharts | None = None
        self.records_dialog: RecordsDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.choose_export_path = self._ask_export_path
        self._asked = 0  # the number of the latest question; older answers are dropped
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        view = self.view
        view.print_button.setEnabled(False)
        view.export_button.setEnabled(False)
        view.print_button.clicked.connect(self.print_report)
        view.export_button.clicked.connect(self.export)
        view.period.changed.connect(self.refresh)
        view.village.currentIndexChanged.connect(lambda _i: self.refresh())
        for table in (view.disputes, view.more_disputes, view.follow_ups, view.calls,
                      view.aims, view.service):  # fmt: skip
            table.drill_requested.connect(self.open_drill)
        for name, panel in view.charts.items():
            panel.picked.connect(lambda index, part, n=name: self.chart_picked(n, index, part))
        self.reload_villages(refresh=False)

    # --- what is shown ----------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext) -> None:
        """After a restore: read from the new database."""
        self.ctx = ctx
        self.reload_villages()

    def reload_villages(self, *, refresh: bool = True) -> None:
        combo = self.view.village
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        try:
            for village_id, name in village_names(self.ctx):
                combo.addItem(name, village_id)
        except ServiceError:
            pass
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        if refresh:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Count each time the area is opened (a call logged meanwhile is in the figures),
        never when the window opens; not again when the window is only restored."""
        super().showEvent(event)
        if not event.spontaneous() or not self._loaded:
            self.refresh()

    @property
    def period(self) -> Period:
        return self.view.period.period()

    @property
    def village_id(self) -> int | None:
        return self.view.village.currentData()

    @property
    def busy(self) -> bool:
        return self.background.busy

    def refresh(self) -> None:
        """Count the chosen period and village again, off the GUI thread."""
        self._loaded = True
        self._asked += 1
        asked, ctx = self._asked, self.ctx
        try:
            period, village_id = self.period, self.village_id
        except ServiceError as exc:  # a year outside the range the services take
            self.view.status.setText(error_message(exc))
            return
        self.view.status.setText(self.tr("Counting…"))
        self.view.print_button.setEnabled(False)
        self.view.export_button.setEnabled(False)

        def count() -> tuple[StatisticsReport, ReportCharts]:
            report = build_report(ctx, period, village_id)
            return report, report_charts(report)

        def failed(exc: Exception) -> None:
            if asked == self._asked:
                self.view.status.setText(error_message(exc))

        self.background.run(count, lambda found: self._show(asked, *found), failed)

    def _show(self, asked: int, report: StatisticsReport, charts: ReportCharts) -> None:
        if asked != self._asked:
            return  # the period or village changed while this was being counted
        self.report, self.charts = report, charts
        self.view.show_report(report, charts)
        self.view.status.clear()
        self.view.print_button.setEnabled(allows(self.ctx.actor, Permission.PRINT))
        self.view.export_button.setEnabled(allows(self.ctx.actor, Permission.EXPORT))
        self.report_shown.emit()

    # --- the records behind a number --------------------------------------------------------

    def open_drill(self, drill: Drill) -> RecordsDialog:
        dialog = RecordsDialog(self.ctx, drill, self)
        dialog.open_record.connect(self.open_record)
        dialog.area_requested.connect(self.area_requested)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self.records_dialog = dialog
        return dialog

    def chart_drill(self, chart: str, index: int, part: int) -> Drill | None:
        """What a bar or point of a chart counts: the month's cases found (of the category
        hit), the month's cases mediated, the calls of a kind, the month's calls reached."""
        report = self.report
        if report is None:
            return None
        village = report.village_id
        if chart == "calls":
            kind = list(CallKind)[index]
            title = self.tr("%1 (%2)").replace("%1", report.calls.row(kind).label)
            title = title.replace("%2", report.period.label)
            return drills.calls(title, report.period, village, kind=kind)
        month = months_in(report.period)[index]
        if chart == "cases":
            category = list(DisputeCategory)[part]
            title = self.tr("%1, found (%2)").replace("%1", report.disputes.row(category).label)
            title = title.replace("%2", month.label)
            return drills.disputes(title, month, village, DisputeFigure.FOUND, category)
        if chart == "success":
            title = self.tr("Mediated (%1)").replace("%1", month.label)
            return drills.disputes(title, month, village, DisputeFigure.MEDIATED)
        title = self.tr("Calls reached (%1)").replace("%1", month.label)
        return drills.calls(title, month, village, CallFigure.RESPONDED)

    def chart_picked(self, chart: str, index: int, part: int) -> None:
        drill = self.chart_drill(chart, index, part)
        if drill is not None:
            self.open_drill(drill)

    # --- paper and spreadsheet --------------------------------------------------------------

    def _file_words(self) -> str:
        """What a file of the report is named after: "2026-11_河湾村"."""
        report = self.report
        assert report is not None
        return f"{report.period.key}_{report.village or WHOLE_TOWNSHIP}"

    def print_report(self) -> None:
        """The figures on screen as the printed report, in the PDF preview."""
        from lijiabu_desk.services.statistics.printing import PrintedReport, print_statistics

        report, ctx = self.report, self.ctx
        if report is None:
            return
        self.view.print_button.setEnabled(False)
        self.view.status.setText(self.tr("Preparing the report…"))

        def done(printed: PrintedReport) -> None:
            self.view.print_button.setEnabled(True)
            self.view.status.clear()
            warning = ""
            if printed.missing_glyphs:
                warning = self.tr(
                    "No installed font has these characters; they print as boxes: %1"
                ).replace("%1", "、".join(sorted(printed.missing_glyphs)))
            name = self.tr("statistics_%1.pdf").replace("%1", self._file_words())
            self.preview = PdfPreviewDialog(printed.pdf, printed.title, name, self, warning=warning)
            self.preview.setWindowModality(Qt.WindowModality.WindowModal)
            self.preview.open()

        def failed(exc: Exception) -> None:
            self.view.print_button.setEnabled(True)
            self.view.status.setText(error_message(exc))

        self.background.run(
            lambda: print_statistics(ctx, report.period, report.village_id, report=report),
            done,
            failed,
        )

    def _ask_export_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export statistics"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        return path

    def export(self) -> None:
        """The county's .xlsx of the period and village on screen."""
        from lijiabu_desk.services.statistics.xlsx import XlsxResult, export_statistics

        report, ctx = self.report, self.ctx
        if report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("statistics_%1.xlsx").replace("%1", self._file_words())
        path = self.choose_export_path(str(Path(folder or Path.home()) / name))
        if not path:
            return
        self.view.export_button.setEnabled(False)

        def done(result: XlsxResult) -> None:
            self.view.export_button.setEnabled(True)
            self.view.status.setText(self.tr("Exported to %1").replace("%1", str(result.path)))

        def failed(exc: Exception) -> None:
            self.view.export_button.setEnabled(True)
            self.view.status.setText(error_message(exc))

        self.background.run(
            lambda: export_statistics(ctx, report.period, Path(path), report.village_id),
            done,
            failed,
        )
