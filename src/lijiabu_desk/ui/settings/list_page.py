"""A settings page that lists records with a filter box, and opens a form to add or edit one.

Officers and villages are both such pages; a subclass says how to load, show, match and edit
its rows. Strings here use the "ListPage" translation context explicitly, so that they do not
depend on the subclass's name.
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.ui.empty_state import EmptyStack
from lijiabu_desk.ui.rows_model import RowsModel

COLUMN_PADDING = 24
NOTE_STYLE = "background: #fff4d6; border: 1px solid #e0c36a; border-radius: 3px; padding: 6px;"


class Listed(Protocol):
    id: int
    name: str


class RecordForm(QDialog):
    saved_id: int | None


Row = TypeVar("Row", bound=Listed)


class ListPage(QWidget, Generic[Row]):
    def __init__(
        self,
        ctx: ServiceContext,
        model: RowsModel[Row],
        *,
        filter_hint: str,
        read_only_note: str,
        select_first: str,
        empty_text: str,
        empty_button: str,
        parent: QWidget | None = None,
    ) -> None:
        """``empty_text`` says what to do while there is no record at all; ``empty_button``
        adds the first one."""
        super().__init__(parent)
        self.ctx = ctx
        self.form: Any = None  # the form last opened, until it closes
        self.rows: list[Row] = []
        self.model = model
        self.select_first = select_first
        self.empty_text, self.empty_button = empty_text, empty_button
        self.filter = QLineEdit(objectName="filter")
        self.filter.setPlaceholderText(filter_hint)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.add_button = QPushButton(QCoreApplication.translate("ListPage", "New…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(QCoreApplication.translate("ListPage", "Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.edit_at)
        self.list = EmptyStack(self.table, "records")
        self.note = QLabel(read_only_note, objectName="read_only_note")
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        self.apply_permissions()
        self.reload()

    # --- what a subclass provides --------------------------------------------------------------
    def load_rows(self) -> list[Row]:
        raise NotImplementedError

    def matches(self, row: Row, text: str) -> bool:
        raise NotImplementedError

    def make_form(self, row: Row | None) -> RecordForm:
        raise NotImplementedError

    # --- shared behaviour ----------------------------------------------------------------------
    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.apply_permissions()
        self.reload()

    def apply_permissions(self) -> None:
        editable = allows(self.ctx.actor, Permission.EDIT_SETTINGS)
        self.add_button.setEnabled(editable)
        self.edit_button.setText(
            QCoreApplication.translate("ListPage", "Edit…")
            if editable
            else QCoreApplication.translate("ListPage", "View…")
        )
        self.note.setVisible(not editable)

    def reload(self) -> None:
        try:
            self.rows = self.load_rows()
        except ServiceError as exc:
            self.rows = []
            self.message.setText(exc.message)
        self.apply_filter()

    def apply_filter(self) -> None:
        text = self.filter.text().strip().lower()
        self.model.set_rows([r for r in self.rows if self.matches(r, text)])
        if self.rows:
            self.list.show_content()
        else:
            editable = allows(self.ctx.actor, Permission.EDIT_SETTINGS)
            self.list.show_empty(self.empty_text, self.empty_button, self.add, enabled=editable)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.select_first)
            return None
        return self.model.row_at(rows[0].row())

    def select_id(self, record_id: int | None) -> Row | None:
        """Select the record's row, clearing the filter if it hides it."""
        if record_id not in {r.id for r in self.model.rows}:
            self.filter.clear()
        for n, row in enumerate(self.model.rows):
            if row.id == record_id:
                self.table.selectionModel().select(
                    self.model.index(n, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(n, 0))
                return row
        return None

    def open_form(self, row: Row | None = None) -> Any:
        """Open (not exec) the form and return it, so a test can fill it in."""
        self.message.clear()
        form = self.make_form(row)
        form.accepted.connect(lambda: self.saved(form))
        form.finished.connect(lambda _result: self.closed(form))
        self.form = form
        form.open()
        return form

    def closed(self, form: RecordForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    def add(self) -> Any:
        return self.open_form(None)

    def edit(self) -> Any:
        row = self.selected()
        return None if row is None else self.open_form(row)

    def edit_at(self, index: QModelIndex) -> Any:
        return self.open_form(self.model.row_at(index.row()))

    def saved(self, form: RecordForm) -> None:
        self.reload()
        row = self.select_id(form.saved_id)
        if row is not None:
            self.message.setText(
                QCoreApplication.translate("ListPage", "Saved: %1.").replace("%1", row.name)
            )
