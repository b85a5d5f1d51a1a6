"""The records behind a number of the statistics screen, as a list; double-click (or Enter, or
Open) opens the record, as a work queue's list does (``ui.queues.queue_dialog``): the same
read-only record table, and the same ``open_record(kind, id, household id)`` the main window
answers. An outreach event, which has no page of its own, asks for the outreach area instead.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.statistics.records import RecordRow, record_rows
from lijiabu_desk.ui.background import error_message
from lijiabu_desk.ui.forms import fit_to_screen
from lijiabu_desk.ui.record_table import fit_columns, record_table
from lijiabu_desk.ui.rows_model import RowsModel
from lijiabu_desk.ui.statistics.drills import Drill

#: The pages the main window's ``open_record`` opens; any other asks for its area.
RECORD_PAGES = ("dispute", "call", "household", "person")
NUMBER_COLUMN = 1


class RecordsDialog(QDialog):
    open_record = Signal(str, int, object)  # kind ("dispute", …), record id, household id or None
    area_requested = Signal(str)  # an area to show ("outreach") for a record without a page

    def __init__(self, ctx: ServiceContext, drill: Drill, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.drill = ctx, drill
        self.setWindowTitle(drill.title)
        self.model: RowsModel[RecordRow] = RowsModel(
            [
                (self.tr("Record"), lambda r: r.what),
                (self.tr("Number"), lambda r: r.number),
                (self.tr("Name"), lambda r: r.name),
                (self.tr("Village"), lambda r: r.village),
                (self.tr("Date"), lambda r: r.day.isoformat() if r.day else ""),
                (self.tr("Details"), lambda r: r.detail),
            ]
        )
        self.table = record_table("statistics_records", self.model)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.count = QLabel(objectName="records_count")
        self.open_button = QPushButton(self.tr("Open"), objectName="open_record")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.load()
        fit_to_screen(self, 900, 480)

    def load(self) -> None:
        try:
            rows = record_rows(self.ctx, self.drill.fetch(self.ctx))
        except ServiceError as exc:
            self.count.setText(error_message(exc))
            self.open_button.setEnabled(False)
            return
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.table.resizeColumnToContents(NUMBER_COLUMN)  # a case number is read whole
        if rows:
            self.count.setText(self.tr("%1 records").replace("%1", str(len(rows))))
            self.table.selectRow(0)
        else:
            self.count.setText(self.tr("No records behind this number."))
        self.open_button.setEnabled(bool(rows))

    def open_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        r = self.model.row_at(row)
        if r.opens in RECORD_PAGES:
            self.open_record.emit(r.opens, r.open_id, r.household_id)
        else:
            self.area_requested.emit(r.opens)
        self.accept()
