"""The sketch on screen as the measurement table is typed: the points and legs to scale (east to
the right, north up), the agreed line bold, other legs dashed, a north arrow and a scale bar.
The printed sketch (ReportLab) is drawn from the same geometry."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from lijiabu_desk.documents.scales import format_metres
from lijiabu_desk.documents.sketch import SketchGeometry

MARGIN = 28.0


def _nice(length: float) -> float:
    """A round length (1, 2 or 5 × 10ⁿ) not over ``length``."""
    if length <= 0:
        return 1.0
    exponent = math.floor(math.log10(length))
    for step in (5, 2, 1):
        if step * 10**exponent <= length:
            return float(step * 10**exponent)
    return float(10**exponent)


class SketchView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sketch_view")
        self.geometry_: SketchGeometry | None = None
        self.setMinimumSize(220, 200)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(320, 280)

    def show_geometry(self, geometry: SketchGeometry | None) -> None:
        self.geometry_ = geometry
        self.update()

    def _transform(self, g: SketchGeometry) -> tuple[float, float, float]:
        """(pixels per metre, x offset, y offset) fitting the bounds in the widget."""
        width = max(g.bounds.width, 1.0)
        height = max(g.bounds.height, 1.0)
        room_w = max(self.width() - 2 * MARGIN, 10.0)
        room_h = max(self.height() - 2 * MARGIN - 18, 10.0)
        scale = min(room_w / width, room_h / height)
        x0 = MARGIN + (room_w - width * scale) / 2 - g.bounds.min_x * scale
        y0 = MARGIN + (room_h - height * scale) / 2 + g.bounds.max_y * scale
        return scale, x0, y0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        g = self.geometry_
        if g is None or not g.points:
            painter.setPen(QColor("#666"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("The sketch appears here as the measurements are typed."),
            )
            return
        scale, x0, y0 = self._transform(g)

        def at(name: str) -> QPointF:
            p = g.point(name)
            return QPointF(x0 + p.x * scale, y0 - p.y * scale)

        for leg in g.legs:
            pen = QPen(QColor("black"), 3 if leg.on_line else 1)
            if not leg.on_line:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(at(leg.from_point), at(leg.to_point))
        painter.setPen(QPen(QColor("black"), 1))
        painter.setBrush(QColor("black"))
        for point in g.points:
            spot = at(point.name)
            painter.drawEllipse(spot, 3, 3)
            painter.drawText(spot + QPointF(5, -5), point.name)
        self._north(painter)
        self._scale_bar(painter, scale)

    def _north(self, painter: QPainter) -> None:
        x, top = self.width() - 18.0, 8.0
        painter.setBrush(QColor("black"))
        painter.drawPolygon(
            QPolygonF([QPointF(x, top + 14), QPointF(x - 6, top + 28), QPointF(x + 6, top + 28)])
        )
        painter.drawText(QRectF(x - 10, top - 4, 20, 18), Qt.AlignmentFlag.AlignCenter, "北")

    def _scale_bar(self, painter: QPainter, scale: float) -> None:
        metres = _nice(80 / scale)
        length = metres * scale
        left, base = MARGIN, self.height() - 10.0
        painter.setPen(QPen(QColor("black"), 2))
        painter.drawLine(QPointF(left, base), QPointF(left + length, base))
        painter.setPen(QPen(QColor("black"), 1))
        painter.drawText(QPointF(left + length + 6, base + 4), f"{format_metres(metres)}米")
