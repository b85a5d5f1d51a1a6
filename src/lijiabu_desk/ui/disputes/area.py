"""纠纷调解: the dispute list with its filters on the left, the chosen case on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.boundary.view import list_boundaries
from lijiabu_desk.services.calls import calls_for_dispute
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.labels import CATEGORY_LABELS, RISK_LABELS, STATUS_LABELS
from lijiabu_desk.services.disputes.ledger import LedgerResult, export_ledger
from lijiabu_desk.services.disputes.listing import DisputeFilter, DisputeRow, list_disputes
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.meetings.view import meetings_for_dispute
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.services.printing import PrintKind
from lijiabu_desk.ui.background import Background, error_message
from lijiabu_desk.ui.disputes.case_actions import CaseActions
from lijiabu_desk.ui.disputes.case_page import RISK_COLOURS, CasePage
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.disputes.widgets import choice
from lijiabu_desk.ui.empty_state import EmptyStack
from lijiabu_desk.ui.record_table import fit_columns
from lijiabu_desk.ui.rows_model import RowsModel

DEBOUNCE_MS = 150
RISK_COLUMN, LIMIT_COLUMN = 4, 6


def _row_colour(row: DisputeRow, column: int) -> str | None:
    if column == RISK_COLUMN:
        return RISK_COLOURS[row.risk]
    if column == LIMIT_COLUMN and (row.overdue or row.visit_due):
        return "#c0392b"
    if column == LIMIT_COLUMN and row.due_soon:
        return "#b9770e"
    return None


class DisputesArea(QWidget):
    boundary_requested = Signal(int)  # the case whose boundary agreement is wanted

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(objectName="dispute_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a case: party name, pinyin or case number"))
        self.status = choice("status_filter", STATUS_LABELS, empty=self.tr("All states"))
        self.category = choice("category_filter", CATEGORY_LABELS, empty=self.tr("All kinds"))
        self.village = choice("village_filter", {}, empty=self.tr("All villages"))
        self.risk = choice("risk_filter", RISK_LABELS, empty=self.tr("Any risk"))
        self.overdue = QCheckBox(self.tr("Overdue only"), objectName="overdue_filter")
        self.visits = QCheckBox(self.tr("Visits due"), objectName="visits_filter")
        self.new_button = QPushButton(self.tr("Register a dispute…"), objectName="new_dispute")
        self.new_button.clicked.connect(self.new_case)
        self.export_button = QPushButton(self.tr("Export ledger…"), objectName="export_ledger")
        self.export_button.setToolTip(self.tr("The cases shown, as an Excel ledger"))
        self.export_button.setEnabled(allows(ctx.actor, Permission.EXPORT))
        self.export_button.clicked.connect(self.export)
        self.choose_export_path = self._ask_export_path
        self.background = Background(self)
        self.count = QLabel(objectName="dispute_count")
        self.model = RowsModel[DisputeRow](
            [
                (self.tr("Case number"), lambda r: r.case_no),
                (self.tr("Received"), lambda r: r.received_on),
                (self.tr("Kind"), lambda r: r.category),
                (self.tr("Parties"), lambda r: r.parties),
                (self.tr("Risk"), lambda r: RISK_LABELS[r.risk]),
                (self.tr("State"), lambda r: r.status_label),
                (self.tr("Time limit"), self._limit_text),
                (self.tr("Village"), lambda r: r.village),
            ],
            colour=_row_colour,
        )
        self.table = QTableView(objectName="disputes")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.list = EmptyStack(self.table, "dispute_list")
        self.page = CasePage()
        self.actions_ = CaseActions(ctx, self.page)
        self.actions_.changed.connect(self.case_changed)
        self.page.buttons["boundary"].clicked.connect(self._boundary)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        for combo in (self.status, self.category, self.village, self.risk):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue.toggled.connect(lambda _on: self.refresh())
        self.visits.toggled.connect(lambda _on: self.refresh())
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_current)
        self._layout()
        self.reload_villages()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters_row = (self.status, self.category, self.village, self.risk, self.overdue)
        for widget in (*filters_row, self.visits):
            filters.addWidget(widget)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(filters)
        column.addWidget(self.list, 1)
        column.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _limit_text(self, row: DisputeRow) -> str:
        if row.days_left is None and row.next_visit is not None:
            return self.tr("visit %1").replace("%1", f"{row.next_visit:%m-%d}")
        if row.days_left is None:
            return str(row.deadline)
        if row.days_left < 0:
            return self.tr("%1 days overdue").replace("%1", str(-row.days_left))
        return self.tr("%1 days left").replace("%1", str(row.days_left))

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.actions_.ctx = ctx
        self.reload_villages()

    def reload_villages(self) -> None:
        chosen = self.village.currentData()
        self.village.blockSignals(True)
        while self.village.count() > 1:
            self.village.removeItem(1)
        try:
            for village in list_villages(self.ctx):
                self.village.addItem(village.name, village.id)
        except ServiceError:
            pass
        index = self.village.findData(chosen)
        self.village.setCurrentIndex(max(index, 0))
        self.village.blockSignals(False)
        self.refresh()

    def current_filter(self) -> DisputeFilter:
        return DisputeFilter(
            status=self.status.currentData(),
            category=self.category.currentData(),
            village_id=self.village.currentData(),
            risk=self.risk.currentData(),
            overdue_only=self.overdue.isChecked(),
            visits_due=self.visits.isChecked(),
            query=self.search.text(),
        )

    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else (self.page.case.id if self.page.case else None)
        try:
            rows = list_disputes(self.ctx, self.current_filter())
        except ServiceError as exc:
            self.count.setText(exc.message)
            return
        self.model.set_rows(rows)
        # Sized once per refresh from the rows in view, never from every row of a long list.
        fit_columns(self.table)
        self.show_empty_state(bool(rows))
        overdue = sum(1 for r in rows if r.overdue)
        text = self.tr("%1 cases").replace("%1", str(len(rows)))
        if overdue:
            text += self.tr(", %1 overdue").replace("%1", str(overdue))
        self.count.setText(text)
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
            self.show_selected()
        else:  # a case the filters hide is still shown; a retired one is gone
            self.show_selected(keep)

    def show_empty_state(self, has_rows: bool) -> None:
        """No case at all: say how one is registered. None that the filters let through:
        offer to clear them."""
        if has_rows:
            self.list.show_content()
        elif self.current_filter() == DisputeFilter():
            self.list.show_empty(
                self.tr(
                    "No disputes registered yet. When a dispute comes in, register it with "
                    "its parties and what happened."
                ),
                self.tr("Register a dispute…"),
                self.new_case,
            )
        else:
            self.list.show_empty(
                self.tr("No case matches these filters."),
                self.tr("Clear the filters"),
                self.clear_filters,
            )

    def clear_filters(self) -> None:
        widgets = (self.search, self.status, self.category, self.village, self.risk)
        for widget in (*widgets, self.overdue, self.visits):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.category, self.village, self.risk):
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.visits.setChecked(False)
        for widget in (*widgets, self.overdue, self.visits):
            widget.blockSignals(False)
        self.refresh()

    def show_selected(self, case_id: int | None = None) -> None:
        index = self.table.currentIndex()
        if case_id is None and index.isValid():
            case_id = self.model.row_at(index.row()).id
        if case_id is None:
            self.page.show_case(None)
            return
        try:
            self.page.show_case(load_case(self.ctx, case_id))
            self.page.links.show_calls(calls_for_dispute(self.ctx, case_id))
            self.page.links.show_boundaries(list_boundaries(self.ctx, dispute_id=case_id))
            self.page.links.show_meetings(meetings_for_dispute(self.ctx, case_id))
        except ServiceError:
            self.page.show_case(None)
            self.page.links.show_calls([])
            self.page.links.show_boundaries([])
            self.page.links.show_meetings([])

    def _boundary(self) -> None:
        if self.page.case is not None:
            self.boundary_requested.emit(self.page.case.id)

    def show_case(self, case_id: int) -> None:
        """Open a case whatever the filters say (after intake, or from elsewhere)."""
        self.refresh(keep=case_id)

    def case_changed(self, case_id: int) -> None:
        self.refresh(keep=case_id)

    def print_current(self) -> None:
        """Ctrl+P: the chosen agreement, else the case's intake form."""
        if self.page.case is None:
            return
        if self.page.selected_agreement() is not None:
            self.actions_.print_agreement()
        else:
            self.actions_.print(PrintKind.INTAKE_FORM, self.page.case.id)

    def _ask_export_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export ledger"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        return path

    def export(self) -> None:
        """The cases the filters select (not only the first 2,000 shown) to an .xlsx."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"矛盾纠纷台账_{self.ctx.today().isoformat()}.xlsx"
        path = self.choose_export_path(str(Path(folder or Path.home()) / name))
        if not path:
            return
        ctx, f = self.ctx, self.current_filter()
        self.export_button.setEnabled(False)

        def done(result: LedgerResult) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.information(
                self,
                self.tr("Ledger exported"),
                self.tr("%1 cases written to %2.")
                .replace("%1", str(result.cases))
                .replace("%2", str(result.path)),
            )

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Not exported"), error_message(exc))

        self.background.run(lambda: export_ledger(ctx, Path(path), f), done, failed)

    def new_case(self) -> IntakeDialog:
        dialog = IntakeDialog(self.ctx, parent=self)
        dialog.saved.connect(self.show_case)
        dialog.open()
        self.actions_.dialog_opened.emit(dialog)
        return dialog
