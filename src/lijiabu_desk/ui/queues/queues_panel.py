"""今日待办 on the start page: each work queue with its count as a button that opens its list.
An empty queue stays on the page and says so ("无"), so the officer sees it was checked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from lijiabu_desk.services.queue_labels import QUEUE_LABELS


class QueuesPanel(QFrame):
    open_queue = Signal(str)  # the queue's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="queues")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#queues { background: #eef5ff; }")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        title = QLabel(self.tr("Today's work"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 2)
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 2)
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, label) in enumerate(QUEUE_LABELS.items(), start=1):
            text = QLabel(label)
            text.setFont(big)
            button = QPushButton("—", objectName=f"queue_{key}")
            button.setFont(big)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("0000 件 ▸") + 24)
            button.clicked.connect(lambda _checked=False, k=key: self.open_queue.emit(k))
            grid.addWidget(text, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignRight)
            self.buttons[key] = button

    def show_counts(self, counts: dict[str, int]) -> int:
        """Show each count; returns the total due (for the navigation bar)."""
        for key, button in self.buttons.items():
            count = counts.get(key, 0)
            button.setText(
                self.tr("%1 ▸").replace("%1", f"{count:,}") if count else self.tr("none")
            )
            button.setStyleSheet("color: #c0392b; font-weight: bold;" if count else "color: #666;")
            button.setEnabled(bool(count))
        return sum(counts.values())
