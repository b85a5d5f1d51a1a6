"""Which period the statistics cover: a month, a quarter or a year, and which one.

Three controls in a row — the kind (月 / 季度 / 年), the year, and the month or quarter (hidden
for a year) — and one signal, ``changed``, when the period they name changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from lijiabu_desk.services.statistics.periods import (
    FIRST_YEAR,
    LAST_YEAR,
    Period,
    month,
    quarter,
    year,
)

MONTHLY, QUARTERLY, YEARLY = "month", "quarter", "year"


class PeriodChooser(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(objectName="period_kind")
        self.kind.addItem(self.tr("Month"), MONTHLY)
        self.kind.addItem(self.tr("Quarter"), QUARTERLY)
        self.kind.addItem(self.tr("Year"), YEARLY)
        self.year = QSpinBox(objectName="period_year")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" (year)"))
        self.month = QComboBox(objectName="period_month")
        for number in range(1, 13):
            self.month.addItem(self.tr("Month %1").replace("%1", str(number)), number)
        self.month.setCurrentIndex(today.month - 1)
        self.quarter = QComboBox(objectName="period_quarter")
        quarters = (self.tr("1st quarter"), self.tr("2nd quarter"),
                    self.tr("3rd quarter"), self.tr("4th quarter"))  # fmt: skip
        for number, label in enumerate(quarters, start=1):
            self.quarter.addItem(label, number)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.month, self.quarter):
            layout.addWidget(widget)
        self._show_parts()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.month.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.quarter.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _show_parts(self) -> None:
        kind = self.kind.currentData()
        self.month.setVisible(kind == MONTHLY)
        self.quarter.setVisible(kind == QUARTERLY)

    def _kind_changed(self, _index: int) -> None:
        self._show_parts()
        self.changed.emit()

    def period(self) -> Period:
        kind = self.kind.currentData()
        if kind == MONTHLY:
            return month(self.year.value(), int(self.month.currentData()))
        if kind == QUARTERLY:
            return quarter(self.year.value(), int(self.quarter.currentData()))
        return year(self.year.value())

    def set_period(self, kind: str, year_number: int, part: int = 1) -> None:
        """Show ``kind`` (MONTHLY, QUARTERLY, YEARLY) of ``year_number``; ``part`` is the month
        or the quarter. ``changed`` is emitted once."""
        widgets = (self.kind, self.year, self.month, self.quarter)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.year.setValue(year_number)
        if kind == MONTHLY:
            self.month.setCurrentIndex(part - 1)
        elif kind == QUARTERLY:
            self.quarter.setCurrentIndex(part - 1)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_parts()
        self.changed.emit()
