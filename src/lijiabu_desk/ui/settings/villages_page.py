"""Villages (行政村): a filterable table and a form for the village, its head and mediator, and
how many groups (社) it has. Groups are only ever added here, never removed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.places import VillageInput, VillageView, list_villages, save_village
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors
from lijiabu_desk.ui.rows_model import RowsModel

COLUMN_PADDING = 24
# Read-only fields stay legible.
DISABLED_STYLE = "QLineEdit:disabled, QComboBox:disabled { color: #333; }"
NOTE_STYLE = "background: #fff4d6; border: 1px solid #e0c36a; border-radius: 3px; padding: 6px;"

MAX_GROUPS = 40


class VillageForm(QDialog):
    """Adds a village (``village`` None) or changes one; ``saved_id`` is set once saved."""

    def __init__(
        self, ctx: ServiceContext, village: VillageView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.village = ctx, village
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New village") if village is None else self.tr("Village details")
        )
        self.setStyleSheet(f"{INVALID_STYLE}\n{DISABLED_STYLE}")
        self.setMinimumWidth(460)
        self.fields: dict[str, QLineEdit] = {
            key: self._line(key)
            for key in ("name", "head_name", "head_phone", "mediator_name", "mediator_phone")
        }
        self.group_count = QSpinBox()
        self.group_count.setObjectName("group_count")
        self.group_count.setRange(0, MAX_GROUPS)
        self.groups = QLabel()
        self.groups.setObjectName("groups")
        self.groups.setWordWrap(True)
        self.groups_label = QLabel(self.tr("Groups registered"))
        self.note = QLabel(self.tr("Only the administrator may change villages."))
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = QLabel()
        self.message.setObjectName("message")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._build_layout(buttons)
        self.errors = FieldErrors(self.message, self.fields)
        # Focus given to the spin box's line edit lands on the spin box; Enter there is left to
        # the dialog, which presses Save (its default button).
        chain = [*self.fields.values(), self.group_count.lineEdit()]
        self._enter = EnterMovesFocus(chain, self.save_button)
        self.show_village(village)
        self.set_editable(allows(ctx.actor, Permission.EDIT_SETTINGS))

    def _build_layout(self, buttons: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Village name"), self.fields["name"])
        form.addRow(self.tr("Village head"), self.fields["head_name"])
        form.addRow(self.tr("Head's phone"), self.fields["head_phone"])
        form.addRow(self.tr("Security mediator"), self.fields["mediator_name"])
        form.addRow(self.tr("Mediator's phone"), self.fields["mediator_phone"])
        form.addRow(self.tr("Number of groups"), self.group_count)
        form.addRow(self.groups_label, self.groups)
        hint = QLabel(
            self.tr("Groups 1 to this number are created; groups already registered are kept.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def show_village(self, village: VillageView | None) -> None:
        has_groups = village is not None and bool(village.groups)
        self.groups.setVisible(has_groups)
        self.groups_label.setVisible(has_groups)
        if village is None:
            return
        for key, edit in self.fields.items():
            edit.setText(getattr(village, key))
        highest = max((g.number for g in village.groups), default=0)
        self.group_count.setMinimum(highest)
        self.group_count.setValue(highest)
        names = [g.name for g in sorted(village.groups, key=lambda g: g.number)]
        self.groups.setText("、".join(names))

    def set_editable(self, editable: bool) -> None:
        for edit in self.fields.values():
            edit.setEnabled(editable)
        self.group_count.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.note.setVisible(not editable)

    def values(self) -> VillageInput:
        return VillageInput(
            **{key: edit.text() for key, edit in self.fields.items()},
            group_count=self.group_count.value(),
        )

    def save(self) -> None:
        village_id = None if self.village is None else self.village.id
        try:
            self.saved_id = save_village(self.ctx, self.values(), village_id)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.accept()


class VillagesPage(QWidget):
    """All villages; the filter box narrows by village, head or mediator name."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: VillageForm | None = None  # the form last opened
        self.villages: list[VillageView] = []
        self.model: RowsModel[VillageView] = RowsModel(
            [
                (self.tr("Village"), lambda v: v.name),
                (self.tr("Households"), lambda v: v.households),
                (self.tr("Groups"), lambda v: len(v.groups)),
                (self.tr("Village head"), lambda v: v.head_name),
                (self.tr("Head's phone"), lambda v: v.head_phone),
                (self.tr("Security mediator"), lambda v: v.mediator_name),
                (self.tr("Mediator's phone"), lambda v: v.mediator_phone),
            ]
        )
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Filter by village, head or mediator"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.add_button = QPushButton(self.tr("New…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.edit_at)
        self.note = QLabel(self.tr("Only the administrator may change villages."))
        self.note.setObjectName("read_only_note")
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self._build_layout()
        self.apply_permissions()
        self.reload()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.apply_permissions()
        self.reload()

    def apply_permissions(self) -> None:
        editable = allows(self.ctx.actor, Permission.EDIT_SETTINGS)
        self.add_button.setEnabled(editable)
        self.edit_button.setText(self.tr("Edit…") if editable else self.tr("View…"))
        self.note.setVisible(not editable)

    def reload(self) -> None:
        try:
            self.villages = list_villages(self.ctx)
        except ServiceError as exc:
            self.villages = []
            self.message.setText(exc.message)
        self.apply_filter()

    def matches(self, village: VillageView, text: str) -> bool:
        names = (village.name, village.head_name, village.mediator_name)
        return any(text in name.lower() for name in names)

    def apply_filter(self) -> None:
        text = self.filter.text().strip().lower()
        self.model.set_rows([v for v in self.villages if self.matches(v, text)])
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)

    def selected(self) -> VillageView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a village first."))
            return None
        return self.model.row_at(rows[0].row())

    def select_id(self, village_id: int | None) -> VillageView | None:
        """Select the village's row, clearing the filter if it hides it."""
        if village_id not in {v.id for v in self.model.rows}:
            self.filter.clear()
        for row, village in enumerate(self.model.rows):
            if village.id == village_id:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(row, 0))
                return village
        return None

    def open_form(self, village: VillageView | None = None) -> VillageForm:
        """Open (not exec) the form and return it, so a test can fill it in."""
        self.message.clear()
        form = VillageForm(self.ctx, village, self)
        form.accepted.connect(lambda: self.saved(form))
        form.finished.connect(lambda _result: self.closed(form))
        self.form = form
        form.open()
        return form

    def closed(self, form: VillageForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    def add(self) -> VillageForm:
        return self.open_form(None)

    def edit(self) -> VillageForm | None:
        village = self.selected()
        return None if village is None else self.open_form(village)

    def edit_at(self, index: QModelIndex) -> VillageForm:
        return self.open_form(self.model.row_at(index.row()))

    def saved(self, form: VillageForm) -> None:
        self.reload()
        village = self.select_id(form.saved_id)
        if village is not None:
            self.message.setText(self.tr("Saved: %1.").replace("%1", village.name))
