"""The editable tables of the boundary form: measurements (from, to, direction, metres, note),
markers (kind, how many, where) and witnesses (role, name). Each reads and fills itself as the
services' input tuples; a row left wholly empty is not a row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
)

from lijiabu_desk.models.enums import MarkerKind
from lijiabu_desk.services.boundary.entry import MarkerInput, MeasurementInput, WitnessInput
from lijiabu_desk.services.field_values import MARKER_LABELS
from lijiabu_desk.ui.edit_table import EditTable


class MeasurementTable(EditTable):
    def __init__(self) -> None:
        super().__init__(
            "measurements",
            [
                QCoreApplication.translate("BoundaryTables", "From"),
                QCoreApplication.translate("BoundaryTables", "To"),
                QCoreApplication.translate("BoundaryTables", "Direction"),
                QCoreApplication.translate("BoundaryTables", "Metres"),
                QCoreApplication.translate("BoundaryTables", "Note"),
            ],
            rows=4,
        )
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 7)
        self.table.setToolTip(
            QCoreApplication.translate(
                "BoundaryTables",
                "Direction: 东/南/西/北, 东北…, a bearing such as 30°, or 北偏东30°",
            )
        )

    def rows(self) -> tuple[MeasurementInput, ...]:
        return tuple(
            MeasurementInput(*(self.text(r, c) for c in range(5))) for r in self.filled_rows()
        )

    def set_rows(self, rows: Sequence[MeasurementInput]) -> None:
        self.clear_rows()
        for m in rows:
            self.add_row((m.from_point, m.to_point, m.direction, m.distance, m.note))
        self.add_row()  # room for the next one

    def next_from(self) -> None:
        """A new row starts where the last one ended, as the tape moves on."""
        filled = self.filled_rows()
        if filled:
            row = self.add_row()
            self.set_text(row, 0, self.text(filled[-1], 1))


class MarkerTable(EditTable):
    def __init__(self) -> None:
        super().__init__(
            "markers",
            [
                QCoreApplication.translate("BoundaryTables", "Marker"),
                QCoreApplication.translate("BoundaryTables", "How many"),
                QCoreApplication.translate("BoundaryTables", "Where"),
            ],
            rows=0,
        )

    def add_row(self, values: Sequence[str] = ()) -> int:
        row = super().add_row(("", "", values[2] if len(values) > 2 else ""))
        kind = QComboBox()
        for value, label in MARKER_LABELS.items():
            kind.addItem(label, value.value)
        if values:
            kind.setCurrentIndex(max(kind.findData(values[0]), 0))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        count = QSpinBox()
        count.setRange(1, 999)
        count.setValue(int(values[1]) if len(values) > 1 and values[1] else 1)
        count.valueChanged.connect(lambda _v: self.changed.emit())
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, count)
        return row

    def rows(self) -> tuple[MarkerInput, ...]:
        found = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0)
            count = self.table.cellWidget(row, 1)
            assert isinstance(kind, QComboBox) and isinstance(count, QSpinBox)
            found.append(
                MarkerInput(MarkerKind(kind.currentData()), count.value(), self.text(row, 2))
            )
        return tuple(found)

    def set_rows(self, rows: Sequence[MarkerInput]) -> None:
        self.clear_rows()
        for m in rows:
            self.add_row((m.kind.value, str(m.count), m.location))


class WitnessTable(EditTable):
    def __init__(self) -> None:
        super().__init__(
            "witnesses",
            [
                QCoreApplication.translate("BoundaryTables", "Role"),
                QCoreApplication.translate("BoundaryTables", "Name"),
            ],
            rows=0,
        )

    def rows(self) -> tuple[WitnessInput, ...]:
        return tuple(WitnessInput(self.text(r, 0), self.text(r, 1)) for r in self.filled_rows())

    def set_rows(self, rows: Sequence[WitnessInput]) -> None:
        self.clear_rows()
        for w in rows:
            self.add_row((w.role, w.name))
