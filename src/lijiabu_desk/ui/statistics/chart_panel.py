"""One chart of the statistics screen: a caption over a matplotlib canvas, drawn by the same
function that draws it for paper (``documents.charts``).

matplotlib is loaded when the first chart is drawn, not when the window opens: the canvas is
made then; a panel that is not on screen draws when it is shown. Double-clicking a bar or a
point emits ``picked`` with what was hit: the bar's (or the month's) index and, in a stacked
bar, the index of the category hit (else -1).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from lijiabu_desk.documents.charts import FONT_SIZE, ChartName, draw_chart
from lijiabu_desk.documents.statistics_data import ReportCharts

BAR_HALF_WIDTH = 0.3  # half the width of a bar, in the axis's units (bars are 0.6 wide)
MIN_WIDTH, MIN_HEIGHT = 300, 170


class ChartPanel(QWidget):
    picked = Signal(int, int)  # bar or month index; category index in a stack, else -1

    def __init__(self, name: ChartName, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{name}")
        self.name: ChartName = name
        self.charts: ReportCharts | None = None
        self.canvas: Any = None  # FigureCanvasQTAgg, once the first chart is drawn
        self._stale = False  # charts arrived while the panel was hidden
        self.caption = QLabel(caption, objectName="chart_caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.caption.setToolTip(self.tr("Double-click a bar or a point to list its records"))
        self.placeholder = QLabel(self.tr("Counting…"), objectName="chart_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.layout_.addWidget(self.caption)
        self.layout_.addWidget(self.placeholder, 1)

    def _make_canvas(self) -> Any:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        canvas = FigureCanvasQTAgg(Figure(layout="constrained", facecolor="white"))
        canvas.setObjectName(f"canvas_{self.name}")
        canvas.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.mpl_connect("button_press_event", self._pressed)
        self.layout_.replaceWidget(self.placeholder, canvas)
        self.placeholder.hide()
        return canvas

    def show_charts(self, charts: ReportCharts) -> None:
        """Show ``charts``' chart: now if the panel is on screen, else when it is shown (a
        chart takes a few tenths of a second to draw, on the GUI thread: the other page's
        two wait until that page is opened)."""
        self.charts = charts
        self._stale = True
        if self.isVisible():
            self._draw()

    def _draw(self) -> None:
        if self.charts is None:
            return
        if self.canvas is None:
            self.canvas = self._make_canvas()
        draw_chart(self.canvas.figure, self.charts, self.name, FONT_SIZE)
        self.canvas.draw_idle()
        self._stale = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self._draw()

    def hit(self, x: float, y: float) -> tuple[int, int] | None:
        """What lies at (``x``, ``y``) in the chart's data units: (index, category) or None."""
        charts = self.charts
        if charts is None:
            return None
        if self.name == "calls":  # horizontal bars, the first at the top
            count = len(charts.calls.labels)
            row = round(y)
            if not 0 <= row < count or abs(y - row) > BAR_HALF_WIDTH or x < 0:
                return None
            return count - 1 - row, -1
        column = round(x)
        months = len(charts.cases.months)
        if not 0 <= column < months:
            return None
        if self.name != "cases":
            return column, -1
        if abs(x - column) > BAR_HALF_WIDTH or y < 0:
            return None
        base = 0
        for index, (_label, counts) in enumerate(charts.cases.stacks):
            base += counts[column]
            if counts[column] and y <= base:
                return column, index
        return None

    def _pressed(self, event: Any) -> None:
        if not event.dblclick or event.inaxes is None or event.xdata is None:
            return
        found = self.hit(float(event.xdata), float(event.ydata))
        if found is not None:
            self.picked.emit(*found)
