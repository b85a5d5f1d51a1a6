"""A read-only table model over a list of plain rows (dataclasses from the services).

Columns are (header, getter) pairs; the model holds the rows it was given and nothing else, so
it never touches the database from the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[Row], Any]]],
        *,
        colour: Callable[[Row, int], str | None] | None = None,
    ) -> None:
        """``colour(row, column)`` may return a colour name for the text of that cell
        (for example red for an expired ID card)."""
        super().__init__()
        self.columns = list(columns)
        self.colour = colour
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.colour:
            name = self.colour(self.rows[index.row()], index.column())
            return QColor(name) if name else None
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        return "" if value is None else str(value)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return str(section + 1)
