"""A table of figures whose numbers open the records behind them.

Each cell may carry a ``Drill``; double-clicking it (or pressing Enter on it) emits
``drill_requested`` with it. Labels sit left, numbers right; a totals row is bold. The table is
as tall as its rows, so that tables stack without scroll bars of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from lijiabu_desk.ui.statistics.drills import Drill

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Cell:
    text: str
    drill: Drill | None = None


class FigureTable(QTableWidget):
    drill_requested = Signal(object)  # the Drill of the cell

    def __init__(self, name: str, heads: Sequence[str], *, label_columns: int = 1) -> None:
        """``label_columns``: how many leading columns hold words (left-aligned); with pairs
        of (label, number) across, every even column is a label."""
        super().__init__(0, len(heads))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(heads))
        self.label_columns = label_columns
        self.drills: dict[tuple[int, int], Drill] = {}
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if label_columns < 0:  # pairs: the labels share what room there is
            for column in range(0, len(heads), 2):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        self.cellDoubleClicked.connect(self.request)

    def _is_label(self, column: int) -> bool:
        if self.label_columns < 0:  # pairs: label, number, label, number
            return column % 2 == 0
        return column < self.label_columns

    def set_rows(self, rows: Sequence[Sequence[Cell]], *, total_rows: int = 0) -> None:
        """Show ``rows``; the last ``total_rows`` of them are totals (bold)."""
        self.drills.clear()
        self.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        hint = self.tr("Double-click to list the records behind this number")
        for r, row in enumerate(rows):
            for c in range(self.columnCount()):
                cell = row[c] if c < len(row) else Cell("")
                item = QTableWidgetItem(cell.text)
                item.setTextAlignment(LEFT if self._is_label(c) else RIGHT)
                if r >= len(rows) - total_rows:
                    item.setFont(bold)
                if cell.drill is not None:
                    self.drills[(r, c)] = cell.drill
                    item.setToolTip(hint)
                self.setItem(r, c, item)
        self.fit_size()

    def fit_size(self) -> None:
        """As tall as the rows, and never narrower than the columns' contents (the page
        scrolls sideways instead), so that no number is cut or wrapped."""
        self.resizeRowsToContents()
        header = self.horizontalHeader()
        height = 2 * self.frameWidth() + (0 if header.isHidden() else header.sizeHint().height())
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)
        widths = (
            max(self.sizeHintForColumn(c), 0 if header.isHidden() else header.sectionSizeHint(c))
            for c in range(self.columnCount())
        )
        self.setMinimumWidth(sum(widths) + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        """A new type size (View → Type size) or style: the rows' heights change with it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_size()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.fit_size()  # polished now: the header and rows have their final heights

    def drill_at(self, row: int, column: int) -> Drill | None:
        return self.drills.get((row, column))

    def request(self, row: int, column: int) -> None:
        drill = self.drill_at(row, column)
        if drill is not None:
            self.drill_requested.emit(drill)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.request(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)


def pairs_table(name: str, pairs: int = 2) -> FigureTable:
    """A table of (label, number) pairs across, without a head row."""
    table = FigureTable(name, ["", ""] * pairs, label_columns=-1)
    table.horizontalHeader().hide()
    return table
