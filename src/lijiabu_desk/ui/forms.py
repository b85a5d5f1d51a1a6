"""Small form behaviours every screen shares: Enter moves on, a wrong field is marked in place
(what the user typed stays), and service errors become a message next to the field."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt, SignalInstance
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

#: Room a window's title bar and frame take on screen, beyond the window's own size.
WINDOW_FRAME = QSize(16, 40)

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


def action_buttons(
    prefix: str, actions: Mapping[str, tuple[str, Callable[[], object]]]
) -> dict[str, QPushButton]:
    """A list area's buttons: key → (text, what the click does); object names ``prefix_key``."""
    buttons = {}
    for key, (text, slot) in actions.items():
        button = QPushButton(text, objectName=f"{prefix}_{key}")
        button.clicked.connect(slot)
        buttons[key] = button
    return buttons


def open_form(dialog: QDialog, when_done: Callable[..., object], opened: SignalInstance) -> QDialog:
    """Open a step's form: ``when_done`` runs once it saved (its ``saved`` or ``completed``
    signal, with what the signal carries), and ``opened`` hears of it (tests and the window
    keep a reference)."""
    for name in ("saved", "completed"):
        signal = getattr(dialog, name, None)
        if signal is not None:
            signal.connect(when_done)
    dialog.open()
    opened.emit(dialog)
    return dialog


def confirm_irreversible(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a step that locks a record. The step's own button names it; Cancel is the
    default, so neither Enter nor Esc takes the step: only a click on ``action`` does."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


class VerticalScroll(QScrollArea):
    """A long form that scrolls up and down, never sideways: as wide as the form needs and as
    short as a small screen (1366×768 with the taskbar) needs, at every type size."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)
        body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """The form's needs change with its content (a case shown, the type size): pass the
        news up, so the window makes room instead of cutting the form off at the side."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _extra(self) -> QSize:
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(bar + frame, frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        inner = self.widget().minimumSizeHint()
        return QSize(inner.width(), min(inner.height(), 120)) + self._extra()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.widget().sizeHint().expandedTo(self.widget().minimumSizeHint()) + self._extra()


def scrolling(form: QLayout) -> VerticalScroll:
    """``form`` in a vertical scroll area (the margins stay with the dialog)."""
    body = QWidget()
    body.setLayout(form)
    form.setContentsMargins(0, 0, 0, 0)
    return VerticalScroll(body)


def fit_to_screen(window: QWidget, width: int = 0, height: int = 0) -> None:
    """Open at least ``width``×``height`` and as large as the window would like, but never
    larger than the screen beside the taskbar, title bar included."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - WINDOW_FRAME
    wanted = window.sizeHint().expandedTo(QSize(width, height))
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSizeHint()))
