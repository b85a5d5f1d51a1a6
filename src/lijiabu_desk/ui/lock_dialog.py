"""The screen lock: after idle time, the current user's password is asked again.

Open windows and unsaved work stay as they are underneath; the dialog cannot be closed with Esc,
only unlocked (or the program quit, which asks about unsaved work as usual).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.forms import FieldErrors
from lijiabu_desk.ui.type_size import heading_font


class LockDialog(QDialog):
    def __init__(
        self,
        user_label: str,
        unlock: Callable[[str], object],
        quit_app: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.unlock_with = unlock
        self.quit_app = quit_app
        self.setWindowTitle(self.tr("Screen locked"))
        self.setModal(True)
        self.setMinimumWidth(420)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        title = QLabel(self.tr("The screen is locked"))
        title.setFont(heading_font(title.font(), 1.75))
        who = QLabel(self.tr("Enter the password of %1 to go on.").replace("%1", user_label))
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.errors = FieldErrors(self.message, {"password": self.password})
        unlock_button = QPushButton(self.tr("Unlock"))
        unlock_button.setObjectName("unlock")
        unlock_button.clicked.connect(self.try_unlock)
        quit_button = QPushButton(self.tr("Quit the program"))
        quit_button.clicked.connect(self.quit_app)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(unlock_button)
        layout = QVBoxLayout(self)
        for widget in (title, who, self.password, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.password.setFocus()

    def try_unlock(self) -> None:
        try:
            self.unlock_with(self.password.text())
        except ServiceError as exc:
            self.password.clear()
            self.errors.show(exc.message, "password")
            return
        self.accept()

    def reject(self) -> None:  # Esc does not unlock
        return
