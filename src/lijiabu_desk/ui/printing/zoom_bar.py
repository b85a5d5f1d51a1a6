"""Zoom controls for a QPdfView: out, a choice of fit modes and percentages, in."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

FIT_WIDTH = "fit-width"
FIT_PAGE = "fit-page"
STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def with_keys(text: str, key: QKeySequence.StandardKey) -> str:
    keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


class ZoomBar(QWidget):
    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.combo = QComboBox()
        self.combo.setObjectName("zoom")
        self.combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.combo.addItem(self.tr("Whole page"), FIT_PAGE)
        for step in STEPS:
            self.combo.addItem(f"{step:.0%}", step)
        self.combo.setToolTip(self.tr("Zoom"))
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(
            with_keys(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        )
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(
            with_keys(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        )
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.combo.currentIndexChanged.connect(self._apply)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.zoom_out_button)
        layout.addWidget(self.combo)
        layout.addWidget(self.zoom_in_button)
        self._apply()

    def _apply(self) -> None:
        choice = self.combo.currentData()
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def effective_factor(self) -> float:
        """The zoom factor on screen; in the fit modes QPdfView keeps its old zoomFactor, so
        work it out from the first page's size, the viewport and the screen resolution."""
        view = self.view
        document = view.document()
        if view.zoomMode() == QPdfView.ZoomMode.Custom or document is None:
            return view.zoomFactor()
        if document.pageCount() == 0:
            return view.zoomFactor()
        page = document.pagePointSize(0)
        margins = view.documentMargins()
        width = view.viewport().width() - margins.left() - margins.right()
        height = view.viewport().height() - margins.top() - margins.bottom()
        pixels_per_point = view.logicalDpiX() / 72.0
        factor = width / (page.width() * pixels_per_point)
        if view.zoomMode() == QPdfView.ZoomMode.FitInView:
            factor = min(factor, height / (page.height() * pixels_per_point))
        return factor

    def zoom_in(self) -> None:
        current = self.effective_factor()
        self._choose(next((s for s in STEPS if s > current + 0.01), STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.effective_factor()
        self._choose(next((s for s in reversed(STEPS) if s < current - 0.01), STEPS[0]))

    def _choose(self, step: float) -> None:
        self.combo.setCurrentIndex(self.combo.findData(step))
