"""The main window: menu, status bar with the open database, and the start page."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from lijiabu_desk import __version__
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.overview import load_overview
from lijiabu_desk.services.permissions import ROLE_LABELS
from lijiabu_desk.ui.overview_view import OverviewView


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        database = ctx.db
        self.setWindowTitle(self.tr("Lijiabu Police Desk"))
        self.resize(1100, 720)
        self.overview = OverviewView()
        self.setCentralWidget(self.overview)
        self._build_menu()
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(database.path)))
        self.db_label.setObjectName("database_label")
        role = ROLE_LABELS[ctx.actor.role]
        self.user_label = QLabel(
            self.tr("User: %1 (%2)").replace("%1", ctx.actor.label).replace("%2", role)
        )
        self.user_label.setObjectName("user_label")
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.refresh()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        with self.ctx.read() as session:
            overview = load_overview(session, today=self.ctx.today())
        self.overview.show_overview(overview)
        if overview.station_name:
            self.setWindowTitle(
                self.tr("%1 — Lijiabu Police Desk").replace("%1", overview.station_name)
            )
        self.statusBar().showMessage(self.tr("Counts refreshed"), 3000)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        text = self.tr(
            "Lijiabu Police Desk, version %1.\nRegister, mediation and service records "
            "for a village police post; works without a network."
        )
        box.setText(text.replace("%1", __version__))
        box.open()
