"""One work queue as a list: who or what is due, where, the phone (masked), since when and why;
double-click (or Enter) opens the record. The ID-card queue prints its visit list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.queues import QUEUE_LABELS, QUEUES, ROW_LIMIT, QueueRow
from lijiabu_desk.services.queues.people import ID_CARDS_DUE
from lijiabu_desk.services.visits.visit_list import print_visit_list
from lijiabu_desk.ui.background import error_message
from lijiabu_desk.ui.forms import fit_to_screen
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from lijiabu_desk.ui.record_table import fit_columns, record_table
from lijiabu_desk.ui.rows_model import RowsModel


class QueueDialog(QDialog):
    open_record = Signal(str, int, object)  # kind ("person", …), record id, household id or None

    def __init__(
        self, ctx: ServiceContext, key: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.key, self.today = ctx, key, today
        self.setWindowTitle(QUEUE_LABELS[key])
        self.model: RowsModel[QueueRow] = RowsModel(
            [
                (self.tr("Name"), lambda r: r.label or r.name),
                (self.tr("Village"), lambda r: r.village),
                (self.tr("Address"), lambda r: r.address),
                (self.tr("Phone"), lambda r: r.phone),
                (self.tr("Since"), lambda r: r.due_on.isoformat() if r.due_on else ""),
                (self.tr("Why"), lambda r: r.reason),
            ]
        )
        self.table = record_table("queue_rows", self.model)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.count = QLabel(objectName="queue_count")
        self.open_button = QPushButton(self.tr("Open"), objectName="open_row")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.print_button = QPushButton(self.tr("Print the visit list…"), objectName="print_list")
        self.print_button.setVisible(key == ID_CARDS_DUE)
        self.print_button.clicked.connect(self.print_list)
        self.preview: PdfPreviewDialog | None = None
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.load()
        fit_to_screen(self, 980, 560)

    def load(self) -> None:
        try:
            queue = QUEUES[self.key](self.ctx, self.today, rows=True, limit=ROW_LIMIT)
        except ServiceError as exc:
            self.count.setText(exc.message)
            return
        self.model.set_rows(queue.rows)
        fit_columns(self.table)
        if queue.count > len(queue.rows):
            text = self.tr("The first %1 of %2").replace("%1", str(len(queue.rows)))
            self.count.setText(text.replace("%2", str(queue.count)))
        elif queue.count:
            self.count.setText(self.tr("%1 in all").replace("%1", str(queue.count)))
        else:
            self.count.setText(self.tr("Nothing due today."))
        if queue.rows:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(queue.rows))

    def open_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        r = self.model.row_at(row)
        self.open_record.emit(r.kind.value, r.record_id, r.household_id)
        self.accept()

    def print_list(self) -> PdfPreviewDialog | None:
        try:
            printed = print_visit_list(self.ctx, self.today)
        except ServiceError as exc:
            self.count.setText(error_message(exc))
            return None
        warning = ""
        if printed.masked:
            warning = self.tr("Phones are masked: your account may not print full numbers.")
        self.preview = PdfPreviewDialog(
            printed.pdf,
            self.windowTitle(),
            f"身份证到期走访清单_{self.today.isoformat()}.pdf",
            self,
            warning=warning,
        )
        self.preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.preview.open()
        return self.preview
