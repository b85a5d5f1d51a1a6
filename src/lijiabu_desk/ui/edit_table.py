"""A small editable table of text cells with “add a row” and “remove the row” under it: the
rows of a form that has a few of something (measurements, markers, attendees, action items)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class EditTable(QWidget):
    """A table of text cells with “add row” and “remove row” under it."""

    changed = Signal()

    def __init__(self, name: str, headings: Sequence[str], rows: int = 3) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headings), objectName=name)
        self.table.setHorizontalHeaderLabels(list(headings))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(QCoreApplication.translate("EditTable", "Add a row"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(QCoreApplication.translate("EditTable", "Remove the row"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for _ in range(rows):
            self.add_row()

    def add_row(self, values: Sequence[str] = ()) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def clear_rows(self) -> None:
        self.table.setRowCount(0)

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            self.table.setItem(row, column, QTableWidgetItem(text))
        else:
            item.setText(text)

    def filled_rows(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if any(self.text(row, c) for c in range(self.table.columnCount()))
        ]
