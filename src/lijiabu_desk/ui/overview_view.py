"""The start page: the station's name and a grid of record counts. Lays out only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from lijiabu_desk.services.overview import Overview


class OverviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(self.tr("Record overview"))
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(12)
        self.values: dict[str, QLabel] = {}
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setLayout(self.grid)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._build_rows()

    def _labels(self) -> list[tuple[str, str]]:
        return [
            ("villages", self.tr("Villages")),
            ("households", self.tr("Households")),
            ("residents", self.tr("Residents")),
            ("outsiders", self.tr("People without a household")),
            ("officers", self.tr("Officers")),
            ("disputes", self.tr("Disputes")),
            ("open_disputes", self.tr("Disputes still open")),
            ("disputes_overdue", self.tr("Disputes past their time limit")),
            ("follow_ups_due", self.tr("Follow-up visits due")),
            ("agreements", self.tr("Mediation agreements")),
            ("home_visits", self.tr("Home visits")),
            ("service_calls", self.tr("Service calls")),
            ("id_cards_expiring", self.tr("ID cards expired or due for renewal")),
        ]

    def _build_rows(self) -> None:
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 4)
        for row, (key, text) in enumerate(self._labels()):
            label = QLabel(text)
            label.setFont(big)
            value = QLabel("—")
            value.setFont(big)
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value

    def show_overview(self, overview: Overview) -> None:
        name = overview.station_name or self.tr("Station not set up yet")
        self.title.setText(name)
        for key, label in self.values.items():
            label.setText(f"{getattr(overview, key):,}")
