"""The navigation bar on the left and the areas it switches between.

Only areas that exist are listed: no dead buttons for screens still to come.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

KEY = Qt.ItemDataRole.UserRole


class NavigationAreas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QListWidget(objectName="navigation")
        self.bar.setFixedWidth(120)
        font = QFont(self.bar.font())
        font.setPointSize(font.pointSize() + 3)
        self.bar.setFont(font)
        self.bar.setSpacing(4)
        self.stack = QStackedWidget()
        self.keys: list[str] = []
        self.labels: list[str] = []
        self.bar.currentRowChanged.connect(self.stack.setCurrentIndex)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

    def add(self, key: str, label: str, widget: QWidget) -> None:
        item = QListWidgetItem(label)
        item.setData(KEY, key)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setSizeHint(QSize(100, 44))
        self.bar.addItem(item)
        self.stack.addWidget(widget)
        self.keys.append(key)
        self.labels.append(label)

    def set_badge(self, key: str, count: int) -> None:
        """A count beside an area's name ("概览 12"): what is due there today."""
        if key not in self.keys:
            return
        index = self.keys.index(key)
        label = self.labels[index]
        self.bar.item(index).setText(f"{label} {count}" if count else label)

    def show_area(self, key: str) -> None:
        if key in self.keys:
            self.bar.setCurrentRow(self.keys.index(key))
        elif self.keys:
            self.bar.setCurrentRow(0)

    def current_key(self) -> str:
        row = self.bar.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else ""
