"""First login with a temporary password: the holder chooses their own before going on."""

from __future__ import annotations

from collections.abc import Callable

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


class NewPasswordDialog(QDialog):
    def __init__(self, choose: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose = choose
        self.setWindowTitle(self.tr("Choose your own password"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr(
                "You logged in with a temporary password. Choose your own "
                "password now: at least 8 characters, letters and digits."
            )
        )
        intro.setWordWrap(True)
        self.password = QLineEdit(objectName="password")
        self.confirm = QLineEdit(objectName="confirm")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.confirm)
        self.message = QLabel(objectName="message")
        buttons, self.ok_button = dialog_buttons(self, self.submit, save=False)
        layout = QVBoxLayout(self)
        for item in (intro, self.message):
            layout.addWidget(item)
        layout.insertLayout(1, form)
        layout.addWidget(buttons)
        self.errors = FieldErrors(
            self.message, {"password": self.password, "confirm": self.confirm}
        )
        self._enter = EnterMovesFocus([self.password, self.confirm], self.ok_button)

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.errors.show(
                self.tr("The two passwords differ; please type them again."), "confirm"
            )
            return
        try:
            self.choose(self.password.text())
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.accept()
