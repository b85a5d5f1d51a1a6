"""What else a case is linked to, under its particulars: the service calls it came from, the
boundary agreements that settle it, and the joint meetings that took it up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lijiabu_desk.services.boundary.view import BoundaryRow
from lijiabu_desk.services.calls import CallRow
from lijiabu_desk.services.meetings.view import CaseTopic


def _label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class CaseLinks(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls = _label("case_calls")
        self.boundaries = _label("case_boundaries")
        self.meetings = _label("case_meetings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.calls, self.boundaries, self.meetings):
            layout.addWidget(label)

    def clear(self) -> None:
        for label in (self.calls, self.boundaries, self.meetings):
            label.clear()
            label.setVisible(False)

    def show_calls(self, rows: Sequence[CallRow]) -> None:
        """The service call or calls the case came from (the calls area opens them)."""
        lines = [
            f"{r.received_at:%Y-%m-%d %H:%M} {r.caller_name} {r.kind_label}：{r.summary}"
            for r in rows
        ]
        self.calls.setText(self.tr("From a service call: %1").replace("%1", "；".join(lines)))
        self.calls.setVisible(bool(rows))

    def show_boundaries(self, rows: Sequence[BoundaryRow]) -> None:
        """The boundary agreements that settle this case (the 地界协议 area opens them)."""
        draft = self.tr("draft")
        lines = [f"{r.number or draft} {r.parcel}（{r.status_label}）" for r in rows]
        self.boundaries.setText(self.tr("Boundary agreements: %1").replace("%1", "；".join(lines)))
        self.boundaries.setVisible(bool(rows))

    def show_meetings(self, topics: Sequence[CaseTopic]) -> None:
        """The joint meetings that took up this case: the decision and the items' state."""
        lines = []
        for t in topics:
            done = sum(1 for i in t.items if i.done_on is not None)
            lines.append(
                self.tr("%1 %2: %3 (%4 of %5 items done)")
                .replace("%1", t.held_on.isoformat())
                .replace("%2", t.meeting)
                .replace("%3", t.decision or t.title)
                .replace("%4", str(done))
                .replace("%5", str(len(t.items)))
            )
        self.meetings.setText(self.tr("Joint meetings: %1").replace("%1", "；".join(lines)))
        self.meetings.setVisible(bool(topics))
