"""First start: the station's details and the station chief's administrator account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.station import StationDetails
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.station_fields import station_fields

CreateAdmin = Callable[[StationDetails, str, str, str], Actor]


class SetupDialog(QDialog):
    """``create(station, username, display_name, password)`` does the work and returns the
    administrator, logged in; a ServiceError keeps everything typed and marks the field."""

    def __init__(self, create: CreateAdmin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.create = create
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("First start — Lijiabu Police Desk"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Welcome. Enter the station's details and create the administrator account "
                "for the station chief. Other officers' accounts are added later."
            )
        )
        intro.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        station_box = QGroupBox(self.tr("Station"))
        station_form = QFormLayout(station_box)
        for key, label in station_fields():
            station_form.addRow(label, self._field(key))
        account_box = QGroupBox(self.tr("Administrator account"))
        account_form = QFormLayout(account_box)
        for key, label in (
            ("username", self.tr("User name")),
            ("display_name", self.tr("Full name")),
            ("password", self.tr("Password")),
            ("confirm", self.tr("Password again")),
        ):
            account_form.addRow(label, self._field(key))
        for key in ("password", "confirm"):
            self.fields[key].setEchoMode(QLineEdit.EchoMode.Password)
        self.fields["password"].setPlaceholderText(
            self.tr("At least 8 characters, letters and digits")
        )
        self.message = QLabel()
        self.message.setObjectName("message")
        buttons, self.save_button = dialog_buttons(
            self, self.submit, save=False, text=self.tr("Save and start")
        )
        layout = QVBoxLayout(self)
        for widget in (intro, station_box, account_box, self.message, buttons):
            layout.addWidget(widget)
        self.errors = FieldErrors(self.message, self.fields)
        self._enter = EnterMovesFocus(list(self.fields.values()), self.save_button)

    def _field(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        self.fields[key] = edit
        return edit

    def text(self, key: str) -> str:
        return self.fields[key].text()

    def submit(self) -> None:
        if self.text("password") != self.text("confirm"):
            self.errors.show(
                self.tr("The two passwords differ; please type them again."), "confirm"
            )
            return
        station = StationDetails(**{key: self.text(key) for key, _label in station_fields()})
        try:
            self.actor = self.create(
                station, self.text("username"), self.text("display_name"), self.text("password")
            )
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.accept()
