"""Typing as a user does. QTest's key helpers only know ASCII (Chinese aborts pytest, see
PITFALLS.md), so Chinese arrives the way an input method delivers it: a commit string."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    run = ""
    for ch in text + "\0":
        if ch.isascii() and ch != "\0":
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def press_enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
