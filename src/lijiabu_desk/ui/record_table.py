"""The read-only record list every area shows (calls, visits, agreements, meetings, queues):
one selectable row per record, and columns as wide as their content but never wider than a few
characters, so the key columns on the left stay in view.

A column's width is judged by its first ``SAMPLE_ROWS`` rows, never by every row: Qt's own
``resizeColumnsToContents`` looks at up to 1,000 rows per column (129,000 ``data()`` calls and
0.4 s for a 2,000-row list), for widths that are capped at ``COLUMN_CHARACTERS`` anyway; a
longer text further down is cut short like any other, its whole text in the tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from lijiabu_desk.ui.rows_model import RowsModel

#: The widest a column starts, in characters: a long address or list of names is cut short
#: (the whole text is in its tooltip) so the columns after it stay on screen.
COLUMN_CHARACTERS = 9

#: How many rows a column's width is judged by (about two screenfuls).
SAMPLE_ROWS = 50


def record_table(name: str, model: RowsModel[Any]) -> QTableView:
    """A read-only list of records, one selectable row each (calls, visits …)."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its content in the first ``SAMPLE_ROWS`` rows, but none wider
    than ``COLUMN_CHARACTERS`` (nor narrower than its heading), so the key columns on the left
    are all in view."""
    # The horizontal header's precision is how many rows QTableView reads to size a column
    # (here and whenever its sections are set to resize to their contents).
    view.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
    view.resizeColumnsToContents()
    metrics = view.fontMetrics()
    widest = metrics.horizontalAdvance("中" * COLUMN_CHARACTERS) + 12
    header = view.horizontalHeader()
    for column in range(header.count()):
        heading = header.sectionSizeFromContents(column).width()
        view.setColumnWidth(column, max(heading, min(view.columnWidth(column), widest)))
