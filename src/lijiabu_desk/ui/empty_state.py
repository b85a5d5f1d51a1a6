"""What an empty list shows instead of blank rows: a sentence that says what to do next, and
the button that does it (no village yet → 设置 → 行政村). Lays out only; the owner decides the
sentence and what the button does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyStack(QStackedWidget):
    """``content`` (a table, a list) while it has rows; otherwise the sentence and a button."""

    def __init__(self, content: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.content = content
        self.empty = QWidget(objectName=f"{name}_empty")
        self.text = QLabel(objectName="empty_text", wordWrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setStyleSheet("color: #444;")
        self.button = QPushButton(objectName="empty_button")
        self.button.clicked.connect(self._run)
        self._action: Callable[[], object] | None = None
        layout = QVBoxLayout(self.empty)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def show_empty(
        self,
        text: str,
        button: str = "",
        action: Callable[[], object] | None = None,
        *,
        enabled: bool = True,
    ) -> None:
        """Say ``text``; ``button`` (if any) runs ``action``."""
        self.text.setText(text)
        self._action = action
        self.button.setText(button)
        self.button.setVisible(bool(button) and action is not None)
        self.button.setEnabled(enabled)
        self.setCurrentWidget(self.empty)

    def is_empty_shown(self) -> bool:
        return self.currentWidget() is self.empty

    def _run(self) -> None:
        if self._action is not None:
            self._action()
