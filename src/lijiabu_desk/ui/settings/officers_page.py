"""The post's officers: a filterable table and a form to add or change one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import OfficerRole
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.officers import (
    OFFICER_ROLE_LABELS,
    OfficerInput,
    OfficerView,
    list_officers,
    save_officer,
)
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.rows_model import RowsModel
from lijiabu_desk.ui.settings.list_page import NOTE_STYLE, ListPage

# Read-only fields stay legible.
DISABLED_STYLE = "QLineEdit:disabled, QComboBox:disabled { color: #333; }"
INACTIVE_COLOUR = "#888888"


class OfficerForm(QDialog):
    """Adds an officer (``officer`` None) or changes one; ``saved_id`` is set once saved."""

    def __init__(
        self, ctx: ServiceContext, officer: OfficerView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.officer = ctx, officer
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New officer") if officer is None else self.tr("Officer details")
        )
        self.setStyleSheet(f"{INVALID_STYLE}\n{DISABLED_STYLE}")
        self.setMinimumWidth(420)
        self.name = self._line("name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role, label in OFFICER_ROLE_LABELS.items():
            self.role.addItem(label, role)
        self.badge_no = self._line("badge_no")
        self.badge_no.setPlaceholderText(self.tr("4 to 10 digits or letters"))
        self.phone = self._line("phone")
        self.active = QCheckBox(self.tr("Serving at this post"))
        self.active.setObjectName("active")
        self.note = QLabel(self.tr("Only the administrator may change officers."))
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = QLabel()
        self.message.setObjectName("message")
        buttons, self.save_button = dialog_buttons(self, self.save)
        self._build_layout(buttons)
        self.errors = FieldErrors(
            self.message, {"name": self.name, "badge_no": self.badge_no, "phone": self.phone}
        )
        # Enter skips the rank (a combo box; Enter there saves, as in any dialog).
        self._enter = EnterMovesFocus([self.name, self.badge_no, self.phone], self.save_button)
        self.show_officer(officer)
        self.set_editable(allows(ctx.actor, Permission.EDIT_SETTINGS))

    def _build_layout(self, buttons: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Rank"), self.role)
        form.addRow(self.tr("Badge number"), self.badge_no)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def show_officer(self, officer: OfficerView | None) -> None:
        role = OfficerRole.OFFICER if officer is None else officer.role
        self.role.setCurrentIndex(self.role.findData(role))
        self.active.setChecked(True if officer is None else officer.active)
        if officer is not None:
            self.name.setText(officer.name)
            self.badge_no.setText(officer.badge_no)
            self.phone.setText(officer.phone)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.name, self.role, self.badge_no, self.phone, self.active):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.note.setVisible(not editable)
        if not editable:
            self.badge_no.setPlaceholderText("")

    def values(self) -> OfficerInput:
        return OfficerInput(
            name=self.name.text(),
            role=self.role.currentData(),
            badge_no=self.badge_no.text(),
            phone=self.phone.text(),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        officer_id = None if self.officer is None else self.officer.id
        try:
            self.saved_id = save_officer(self.ctx, self.values(), officer_id)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.accept()


class OfficersPage(ListPage[OfficerView]):
    """All officers, active or not; the filter box narrows by name or badge number."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        model: RowsModel[OfficerView] = RowsModel(
            [
                (self.tr("Name"), lambda o: o.name),
                (self.tr("Badge number"), lambda o: o.badge_no),
                (self.tr("Rank"), lambda o: OFFICER_ROLE_LABELS[o.role]),
                (self.tr("Phone"), lambda o: o.phone),
                (self.tr("State"), self._state),
            ],
            colour=lambda o, _column: None if o.active else INACTIVE_COLOUR,
        )
        super().__init__(
            ctx,
            model,
            filter_hint=self.tr("Filter by name or badge number"),
            read_only_note=self.tr("Only the administrator may change officers."),
            select_first=self.tr("Select an officer first."),
            empty_text=self.tr(
                "No officers yet. Add the post's officers and auxiliary officers: sessions, "
                "home visits and contact cards name the officer who took part."
            ),
            empty_button=self.tr("Add an officer…"),
            parent=parent,
        )

    def _state(self, officer: OfficerView) -> str:
        return self.tr("Serving") if officer.active else self.tr("Left")

    def load_rows(self) -> list[OfficerView]:
        return list_officers(self.ctx, include_inactive=True)

    def matches(self, officer: OfficerView, text: str) -> bool:
        return text in officer.name.lower() or text in officer.badge_no.lower()

    def make_form(self, officer: OfficerView | None) -> OfficerForm:
        return OfficerForm(self.ctx, officer, self)
