"""The read-only record list every area shows (calls, visits, agreements, meetings, queues):
one selectable row per record, and columns as wide as their content but never wider than a few
characters, so the key columns on the left stay in view."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from lijiabu_desk.ui.rows_model import RowsModel

#: The widest a column starts, in characters: a long address or list of names is cut short
#: (the whole text is in its tooltip) so the columns after it stay on screen.
COLUMN_CHARACTERS = 9


def record_table(name: str, model: RowsModel[Any]) -> QTableView:
    """A read-only list of records, one selectable row each (calls, visits …)."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its content, but none wider than ``COLUMN_CHARACTERS`` (nor
    narrower than its heading), so the key columns on the left are all in view."""
    view.resizeColumnsToContents()
    metrics = view.fontMetrics()
    widest = metrics.horizontalAdvance("中" * COLUMN_CHARACTERS) + 12
    header = view.horizontalHeader()
    for column in range(header.count()):
        heading = header.sectionSizeFromContents(column).width()
        view.setColumnWidth(column, max(heading, min(view.columnWidth(column), widest)))
