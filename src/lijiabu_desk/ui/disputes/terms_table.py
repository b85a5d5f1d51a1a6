"""The numbered terms of an agreement: what, how much (元) and by when."""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from lijiabu_desk.services.disputes.agreements import TermInput

TEXT, AMOUNT, DUE = 0, 1, 2


class TermsTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, objectName="terms")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Term"), self.tr("Amount (yuan)"), self.tr("Due (e.g. 20261210)")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (AMOUNT, DUE):  # as wide as the heading, at every type size
            header.resizeSection(column, header.sectionSizeFromContents(column).width() + 8)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        add = QPushButton(self.tr("Add term"))
        add.setObjectName("add_term")
        add.clicked.connect(lambda: self.add(TermInput(""), edit=True))
        remove = QPushButton(self.tr("Remove term"))
        remove.clicked.connect(self.remove_current)
        up = QPushButton(self.tr("Move up"))
        up.clicked.connect(self.move_up)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (add, up, remove):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add(self, term: TermInput, *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in ((TEXT, term.text), (AMOUNT, term.amount), (DUE, term.due)):
            self.table.setItem(row, column, QTableWidgetItem(value))
        if edit:
            self.table.setCurrentCell(row, TEXT)
            self.table.editItem(self.table.item(row, TEXT))
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_up(self) -> None:
        row = self.table.currentRow()
        if row <= 0:
            return
        terms = list(self.terms(keep_empty=True))
        terms[row - 1], terms[row] = terms[row], terms[row - 1]
        self.set_terms(tuple(terms))
        self.table.setCurrentCell(row - 1, TEXT)

    def set_terms(self, terms: tuple[TermInput, ...]) -> None:
        self.table.setRowCount(0)
        for term in terms:
            self.add(term)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def terms(self, *, keep_empty: bool = False) -> tuple[TermInput, ...]:
        rows = (
            TermInput(self._cell(r, TEXT), self._cell(r, AMOUNT), self._cell(r, DUE))
            for r in range(self.table.rowCount())
        )
        return tuple(t for t in rows if keep_empty or t.text.strip() or t.amount or t.due)
