"""服务求助: the calls list with its filters on the left, the chosen call on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.calls import CallFilter, CallRow, list_calls, load_call_view
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.field_values import CALL_KIND_LABELS
from lijiabu_desk.services.officers import list_officers
from lijiabu_desk.services.places import village_names
from lijiabu_desk.ui.calls.call_actions import CallActions
from lijiabu_desk.ui.calls.call_form import CallFormDialog
from lijiabu_desk.ui.calls.call_page import CallPage
from lijiabu_desk.ui.calls.calls_table import calls_model
from lijiabu_desk.ui.disputes.widgets import choice
from lijiabu_desk.ui.empty_state import EmptyStack
from lijiabu_desk.ui.record_table import fit_columns, record_table


class CallsArea(QWidget):
    case_requested = Signal(int)  # open this dispute

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_only = QCheckBox(self.tr("Not done yet"), objectName="open_filter")
        self.today_only = QCheckBox(self.tr("Today"), objectName="today_filter")
        self.kind = choice("kind_filter", CALL_KIND_LABELS, empty=self.tr("All kinds"))
        self.village = choice("village_filter", {}, empty=self.tr("All villages"))
        self.officer = choice("officer_filter", {}, empty=self.tr("All officers"))
        self.search = QLineEdit(objectName="call_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Find: caller's name, the number's last 4 digits, or what they needed")
        )
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(lambda: self.refresh())
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.new_button = QPushButton(self.tr("Log a call… (Ctrl+Shift+N)"), objectName="new_call")
        self.new_button.clicked.connect(self.new_call)
        self.count = QLabel(objectName="call_count")
        self.model = calls_model()
        self.table = record_table("calls", self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.list = EmptyStack(self.table, "call_list")
        self.page = CallPage()
        self.actions_ = CallActions(ctx, self.page)
        self.actions_.changed.connect(self.call_changed)
        self.actions_.case_requested.connect(self.case_requested.emit)
        for combo in (self.kind, self.village, self.officer):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.open_only, self.today_only):
            box.toggled.connect(lambda _on: self.refresh())
        self._layout()
        self.reload_choices()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.open_only, self.today_only, self.kind, self.village, self.officer):
            filters.addWidget(widget)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
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
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.actions_.set_context(ctx)
        self.reload_choices()

    def _refill(self, combo: QComboBox, items: list[tuple[str, int]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def reload_choices(self) -> None:
        """Villages and officers as they are now (settings may have changed them)."""
        try:
            villages = [(name, village_id) for village_id, name in village_names(self.ctx)]
            officers = [(o.name, o.id) for o in list_officers(self.ctx)]
        except ServiceError:
            villages, officers = [], []
        self._refill(self.village, villages)
        self._refill(self.officer, officers)
        self.refresh()

    def current_filter(self) -> CallFilter:
        return CallFilter(
            open_only=self.open_only.isChecked(),
            today_only=self.today_only.isChecked(),
            kind=self.kind.currentData(),
            village_id=self.village.currentData(),
            officer_id=self.officer.currentData(),
            query=self.search.text(),
        )

    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.page.call_id
        try:
            page = list_calls(self.ctx, self.current_filter())
        except ServiceError as exc:
            self.count.setText(exc.message)
            return
        self.model.set_rows(page.rows)
        fit_columns(self.table)
        self.show_empty_state(bool(page.rows))
        open_calls = sum(1 for r in page.rows if r.completed_at is None)
        if page.total > len(page.rows):
            text = self.tr("The newest %1 of %2 calls").replace("%1", str(len(page.rows)))
            text = text.replace("%2", str(page.total))
        else:
            text = self.tr("%1 calls").replace("%1", str(page.total))
        if open_calls:
            text += self.tr(", %1 not done yet").replace("%1", str(open_calls))
        self.count.setText(text)
        ids = [r.id for r in page.rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
            self.show_selected()
        else:  # a call the filters hide is still shown; a retired one is gone
            self.show_selected(keep)

    def show_empty_state(self, has_rows: bool) -> None:
        if has_rows:
            self.list.show_content()
        elif self.current_filter() == CallFilter():
            self.list.show_empty(
                self.tr(
                    "No calls logged yet. When a villager rings the number on the contact "
                    "card, log the call here while you talk."
                ),
                self.tr("Log a call…"),
                self.new_call,
            )
        else:
            self.list.show_empty(
                self.tr("No call matches these filters."),
                self.tr("Clear the filters"),
                self.clear_filters,
            )

    def clear_filters(self) -> None:
        widgets = (self.open_only, self.today_only, self.kind, self.village, self.officer)
        for widget in (*widgets, self.search):
            widget.blockSignals(True)
        self.search.clear()
        self.open_only.setChecked(False)
        self.today_only.setChecked(False)
        for combo in (self.kind, self.village, self.officer):
            combo.setCurrentIndex(0)
        for widget in (*widgets, self.search):
            widget.blockSignals(False)
        self.refresh()

    def selected_row(self) -> CallRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_selected(self, call_id: int | None = None) -> None:
        if call_id is None:
            row = self.selected_row()
            call_id = row.id if row is not None else None
        if call_id is None:
            self.page.show_call(None)
            return
        try:
            self.page.show_call(load_call_view(self.ctx, call_id))
        except ServiceError:
            self.page.show_call(None)

    def show_call(self, call_id: int) -> None:
        """Show a call whatever the filters say (just logged, or opened from elsewhere)."""
        self.refresh(keep=call_id)

    def call_changed(self, call_id: int) -> None:
        self.refresh(keep=call_id)

    def new_call(self) -> CallFormDialog:
        dialog = CallFormDialog(self.ctx, parent=self)
        dialog.saved.connect(self.show_call)
        dialog.open()
        self.actions_.dialog_opened.emit(dialog)
        return dialog
