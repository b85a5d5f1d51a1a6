"""No table sizes its columns by reading every row (issue #14): ``fit_columns`` judges a
column by its first rows (those on screen when the list is scrolled), however long the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from lijiabu_desk.ui.record_table import COLUMN_CHARACTERS, SAMPLE_ROWS, fit_columns, record_table
from lijiabu_desk.ui.rows_model import RowsModel


class Counting(RowsModel[int]):
    """Remembers which rows the view read."""

    def __init__(self) -> None:
        super().__init__([("编号", lambda r: r), ("地址", lambda r: "马家山村三社" * (r % 3))])
        self.read: set[int] = set()

    def data(self, index: Any, role: int = 0) -> Any:
        self.read.add(index.row())
        return super().data(index, role)


def test_a_long_list_is_sized_by_its_first_rows(qtbot) -> None:
    model = Counting()
    model.set_rows(list(range(5_000)))
    view = record_table("long", model)
    qtbot.addWidget(view)
    fit_columns(view)
    assert model.read and len(model.read) <= SAMPLE_ROWS
    widest = view.fontMetrics().horizontalAdvance("中" * COLUMN_CHARACTERS) + 12
    assert view.columnWidth(1) == widest  # the long addresses among them still count


def test_scrolled_down_the_rows_on_screen_are_read(qtbot) -> None:
    model = Counting()
    model.set_rows(list(range(5_000)))
    view = record_table("long", model)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.verticalScrollBar().setValue(3_000)
    QApplication.processEvents()
    model.read.clear()
    fit_columns(view)
    assert len(model.read) <= SAMPLE_ROWS and min(model.read) >= 2_900
