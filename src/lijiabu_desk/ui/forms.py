"""Small form behaviours every screen shares: Enter moves on, a wrong field is marked in place
(what the user typed stays), and service errors become a message next to the field."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

INVALID_STYLE = (
    'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],'
    ' QTableWidget[invalid="true"] { border: 2px solid #c0392b; background: #fdecea; }'
)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class EnterMovesFocus(QObject):
    """Install on a form: Enter/Return in a one-line field moves to the next field, as the
    officers expect from paper-like forms; on the last field it presses ``submit``."""

    def __init__(self, fields: list[QLineEdit], submit: QAbstractButton) -> None:
        super().__init__(submit)
        self.fields = fields
        self.submit = submit
        for f in fields:
            f.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        is_enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if not is_enter or watched not in self.fields:
            return super().eventFilter(watched, event)
        index = self.fields.index(watched)  # type: ignore[arg-type]
        # The key never reaches the field, so say that its editing is finished (ID numbers
        # fill birth date and sex on this) even where no focus-out event follows.
        self.fields[index].editingFinished.emit()
        if index + 1 < len(self.fields):
            self.fields[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.submit.click()
        return True


class FieldErrors:
    """Maps service field names to widgets; shows one message and marks the field at fault."""

    def __init__(self, message: QLabel, fields: Mapping[str, QWidget]) -> None:
        self.message = message
        self.fields = fields
        message.setWordWrap(True)
        message.setStyleSheet("color: #c0392b;")

    def clear(self) -> None:
        self.message.clear()
        for widget in self.fields.values():
            mark_invalid(widget, False)

    def show(self, text: str, field: str | None = None) -> None:
        self.clear()
        self.message.setText(text)
        widget = self.fields.get(field or "")
        if widget is not None:
            mark_invalid(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.selectAll()


def dialog_buttons(
    dialog: QDialog,
    accept: Callable[[], object],
    *,
    save: bool = True,
    text: str | None = None,
    reject: Callable[[], object] | None = None,
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (or OK) and Cancel for a form. The main button is not the dialog's default: Enter
    moves between fields (``EnterMovesFocus``) and only submits from the last one."""
    kind = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(kind | QDialogButtonBox.StandardButton.Cancel)
    button = buttons.button(kind)
    if text is not None:
        button.setText(text)
    button.setAutoDefault(False)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(reject or dialog.reject)
    return buttons, button
