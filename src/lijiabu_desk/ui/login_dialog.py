"""The login dialog. It knows nothing of accounts: ``authenticate`` does the checking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.type_size import apply_saved_type_size, heading_font

if TYPE_CHECKING:  # the actor's module brings every model and SQLAlchemy: not before login
    from lijiabu_desk.services.actor import Actor

Authenticate = Callable[[str, str], "Actor"]


class LoginDialog(QDialog):
    def __init__(
        self,
        authenticate: Authenticate,
        *,
        station_name: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        if username:  # the last user's type size (before the dialog takes the font)
            apply_saved_type_size(username)
        super().__init__(parent)
        self.authenticate = authenticate
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in — Lijiabu Police Desk"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(420)
        heading = QLabel(station_name or self.tr("Lijiabu Police Desk"))
        heading.setFont(heading_font(heading.font(), 2.0))
        heading.setStyleSheet("margin-bottom: 8px;")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons, self.login_button = dialog_buttons(
            self, self.try_login, save=False, text=self.tr("Log in")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.errors = FieldErrors(self.message, {"username": self.username})
        self._enter = EnterMovesFocus([self.username, self.password], self.login_button)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        name = self.username.text().strip()
        if not name:
            self.errors.show(self.tr("Please enter your user name."), "username")
            return
        try:
            self.actor = self.authenticate(name, self.password.text())
        except ServiceError as exc:
            self.errors.show(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
