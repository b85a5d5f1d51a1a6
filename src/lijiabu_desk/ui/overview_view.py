"""The start page: the station's name, what to set up next on a new database, and a grid of
record counts. Lays out only: the window goes where a step's button asks (``go``).

The counts arrive after the page is on screen (the window reads them in the background): until
then every count shows "—", and the title and the steps keep their place empty, so that nothing
jumps when they come."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.overview import Overview
from lijiabu_desk.ui.queues.queues_panel import QueuesPanel


class OverviewView(QWidget):
    #: Where a next step's button leads: "settings/station", "settings/officers",
    #: "settings/villages", "register" or "calls/new" (the quick-entry call form).
    go = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = QFrame(objectName="next_steps")
        self.steps.setFrameShape(QFrame.Shape.StyledPanel)
        self.steps.setStyleSheet("#next_steps { background: #fff4d6; }")
        self.steps_layout = QVBoxLayout(self.steps)
        self.steps.setVisible(False)  # until the counts say what a new post lacks
        self.steps_body: QWidget | None = None
        self.step_buttons: dict[str, QPushButton] = {}
        self.title = QLabel(" ")  # the station's name, with the counts; its height kept meanwhile
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(self.tr("Record overview"))
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.call_button = QPushButton(
            self.tr("Log a service call (Ctrl+Shift+N)"), objectName="overview_new_call"
        )
        call_font = QFont(self.call_button.font())
        call_font.setPointSize(call_font.pointSize() + 3)
        self.call_button.setFont(call_font)
        self.call_button.setMinimumHeight(44)
        self.call_button.clicked.connect(lambda: self.go.emit("calls/new"))
        self.queues = QueuesPanel()
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
        layout.addWidget(self.steps, 0, Qt.AlignmentFlag.AlignHCenter)  # a new post: first
        layout.addSpacing(16)
        layout.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.queues, 0, Qt.AlignmentFlag.AlignHCenter)
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
        self.show_steps(overview)

    def _next_steps(self, overview: Overview) -> list[tuple[str, str, str]]:
        """(where to, what is missing and why, the button) for what a new post lacks."""
        steps = []
        if not overview.station_name:
            steps.append(
                (
                    "settings/station",
                    self.tr(
                        "The station's name, address and phones are not filled in yet: "
                        "every printed form carries them."
                    ),
                    self.tr("Open Settings → Station"),
                )
            )
        if not overview.villages:
            steps.append(
                (
                    "settings/villages",
                    self.tr(
                        "No villages yet. First add the villages this post covers under "
                        "Settings → Villages."
                    ),
                    self.tr("Open Settings → Villages"),
                )
            )
        if not overview.officers:
            steps.append(
                (
                    "settings/officers",
                    self.tr(
                        "No officers yet. Add the post's officers and auxiliary officers "
                        "under Settings → Officers."
                    ),
                    self.tr("Open Settings → Officers"),
                )
            )
        if overview.villages and not overview.households:
            steps.append(
                (
                    "register",
                    self.tr(
                        "No households registered yet. Add them in the register, or "
                        "import a village's roster."
                    ),
                    self.tr("Open the register"),
                )
            )
        return steps

    def show_steps(self, overview: Overview) -> None:
        """One line per step still to take, each with the button that takes it."""
        if self.steps_body is not None:  # the steps shown before go at once
            self.steps_layout.removeWidget(self.steps_body)
            self.steps_body.hide()
            self.steps_body.deleteLater()
        self.steps_body = QWidget()
        layout = QVBoxLayout(self.steps_body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.step_buttons = {}
        steps = self._next_steps(overview)
        if steps:
            title = QLabel(self.tr("To get started"))
            title.setStyleSheet("font-weight: bold;")
            layout.addWidget(title)
        for target, text, button_text in steps:
            row = QHBoxLayout()
            button = QPushButton(button_text, objectName=f"step_{target.replace('/', '_')}")
            button.clicked.connect(lambda _checked=False, t=target: self.go.emit(t))
            row.addWidget(QLabel(text), 1)  # one line each: wrapped, they were cut short
            row.addWidget(button)
            layout.addLayout(row)
            self.step_buttons[target] = button
        self.steps_layout.addWidget(self.steps_body)
        self.steps.setVisible(bool(steps))
