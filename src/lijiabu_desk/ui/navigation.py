"""The navigation bar on the left and the areas it switches between.

Only areas that exist are listed: no dead buttons for screens still to come. An area may be
given as a ``build`` function instead of a widget: it is built the first time it is shown or
asked for (``widget``), so that opening the window costs only what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

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
        self.widgets: dict[str, QWidget] = {}
        self.builders: dict[str, Callable[[], QWidget]] = {}
        self.fresh = ""  # the area built for the showing under way: its data is new
        self.bar.currentRowChanged.connect(self._show_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

    def add(
        self,
        key: str,
        label: str,
        widget: QWidget | None = None,
        *,
        build: Callable[[], QWidget] | None = None,
    ) -> None:
        """An area: its ``widget``, or the function that ``build``s it when first needed."""
        item = QListWidgetItem(label)
        item.setData(KEY, key)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setSizeHint(QSize(100, 44))
        if widget is None:
            if build is None:
                raise ValueError(f"area {key}: a widget or a build function")
            self.builders[key] = build
            widget = QWidget()  # holds the place in the stack
        else:
            self.widgets[key] = widget
        self.bar.addItem(item)
        self.stack.addWidget(widget)
        self.keys.append(key)
        self.labels.append(label)

    def widget(self, key: str) -> QWidget:
        """The area's widget, built now if it was not yet."""
        if key not in self.widgets:
            built = self.builders.pop(key)()
            index = self.keys.index(key)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.widgets[key] = built
        return self.widgets[key]

    def is_built(self, key: str) -> bool:
        return key in self.widgets

    def take_fresh(self, key: str) -> bool:
        """Whether ``key`` was built to be shown just now (so it need not read its data again
        when it is shown)."""
        fresh, self.fresh = self.fresh, ""
        return fresh == key

    def _show_row(self, row: int) -> None:
        self.fresh = ""
        if 0 <= row < len(self.keys):
            key = self.keys[row]
            if key not in self.widgets:
                self.widget(key)
                self.fresh = key
        self.stack.setCurrentIndex(row)

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
