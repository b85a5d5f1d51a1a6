"""One call on screen: who called, what about, where, who went, the stamped times with the
durations worked out, the outcome and the case it became; with the buttons its status allows.
The page only lays out; ``CallActions`` behaves."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.calls import CallStatus, CallView, Step
from lijiabu_desk.ui.forms import VerticalScroll

#: Button key → the step it needs (None: always offered while a call is shown).
BUTTON_STEPS: dict[str, Step | None] = {
    "arrive": Step.ARRIVE,
    "complete": Step.COMPLETE,
    "outcome": Step.SET_OUTCOME,
    "edit": Step.EDIT,
    "times": Step.CORRECT_TIMES,
    "to_dispute": Step.LINK_DISPUTE,
    "open_case": None,
    "reveal_phone": None,
    "retire": None,
}


def _value_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CallPage(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call: CallView | None = None
        self.call_id: int | None = None
        self.can_retire = False
        self.can_reveal = False
        self.nothing = QLabel(self.tr("Choose a call on the left, or log a new one."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.nothing.setStyleSheet("color: #666;")
        self.heading = QLabel(objectName="call_heading")
        font = QFont(self.heading.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        keys = (
            "received",
            "caller",
            "where",
            "responder",
            "arrived",
            "completed",
            "summary",
            "outcome",
            "aim",
            "case",
            "corrections",
        )
        self.values = {key: _value_label(f"call_{key}") for key in keys}
        texts = {
            "arrive": self.tr("Arrived (到达)"),
            "complete": self.tr("Done (办结)"),
            "outcome": self.tr("Outcome…"),
            "edit": self.tr("Edit the call…"),
            "times": self.tr("Correct the times…"),
            "to_dispute": self.tr("Register a dispute from this call…"),
            "open_case": self.tr("Open the case"),
            "reveal_phone": self.tr("Show the full number"),
            "retire": self.tr("Retire this call…"),
        }
        self.buttons = {key: QPushButton(text, objectName=key) for key, text in texts.items()}
        for key in ("arrive", "complete"):
            big = QFont(self.buttons[key].font())
            big.setPointSize(big.pointSize() + 2)
            big.setBold(True)
            self.buttons[key].setFont(big)
            self.buttons[key].setMinimumHeight(40)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        labels = {
            "received": self.tr("Received"),
            "caller": self.tr("Caller"),
            "where": self.tr("Where"),
            "responder": self.tr("Sent"),
            "arrived": self.tr("Arrived"),
            "completed": self.tr("Done"),
            "summary": self.tr("What they need"),
            "outcome": self.tr("Outcome"),
            "aim": self.tr("五小"),
            "case": self.tr("Dispute"),
            "corrections": self.tr("Corrections"),
        }
        for key, text in labels.items():
            form.addRow(text, self.values[key])
        self.steps = QGridLayout()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addLayout(self.steps)
        column.addLayout(form)
        column.addStretch(1)
        self.addWidget(self.nothing)
        self.addWidget(VerticalScroll(body))

    @staticmethod
    def _moment(moment: datetime | None) -> str:
        return "" if moment is None else f"{moment:%Y-%m-%d %H:%M}"

    def show_call(self, call: CallView | None) -> None:
        self.call = call
        self.call_id = call.row.id if call is not None else None
        if call is None:
            self.setCurrentIndex(0)
            return
        r = call.row
        self.heading.setText(f"{r.kind_label} · {r.urgency_label} · {r.status_label}")
        colour = "#c0392b" if r.status is CallStatus.OPEN else ""
        self.heading.setStyleSheet(f"color: {colour};" if colour else "")
        caller = " ".join(part for part in (r.caller_name, r.caller_phone) if part)
        not_yet = self.tr("not yet")
        arrived = self._moment(r.arrived_at) or not_yet
        if r.response_text:
            arrived += self.tr(" (after %1)").replace("%1", r.response_text)
        completed = self._moment(r.completed_at) or not_yet
        if r.completion_text:
            completed += self.tr(" (after %1)").replace("%1", r.completion_text)
        texts = {
            "received": self._moment(r.received_at),
            "caller": caller,
            "where": " ".join(part for part in (r.village, r.place) if part),
            "responder": r.responder or self.tr("nobody sent yet"),
            "arrived": arrived,
            "completed": completed,
            "summary": call.summary,
            "outcome": call.outcome or self.tr("not recorded yet"),
            "aim": r.aim_label,
            "case": r.case_no,
            "corrections": call.correction_note,
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        for key, step in BUTTON_STEPS.items():
            self.buttons[key].setVisible(step is None or step in call.steps)
        linked = r.dispute_id is not None
        self.buttons["to_dispute"].setVisible(not linked and Step.LINK_DISPUTE in call.steps)
        self.buttons["open_case"].setVisible(linked)
        self.buttons["reveal_phone"].setVisible(self.can_reveal and bool(r.caller_phone))
        self.buttons["retire"].setVisible(self.can_retire and not linked)
        self._arrange_buttons()
        self.setCurrentIndex(1)

    def _arrange_buttons(self) -> None:
        """The buttons on offer two a row, 到达 and 办结 first: no holes where others hide."""
        for button in self.buttons.values():
            self.steps.removeWidget(button)
        shown = [b for b in self.buttons.values() if not b.isHidden()]
        for index, button in enumerate(shown):
            self.steps.addWidget(button, index // 2, index % 2)
