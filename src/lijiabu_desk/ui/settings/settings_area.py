"""Settings (设置): the station's details, its officers and the villages, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.ui.settings.officers_page import OfficersPage
from lijiabu_desk.ui.settings.station_form import StationForm
from lijiabu_desk.ui.settings.villages_page import VillagesPage


class SettingsArea(QWidget):
    """``station``, ``officers`` and ``villages`` are the three tabs' pages. Everyone may look;
    only an actor with EDIT_SETTINGS may save (the services check it too)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.station = StationForm(ctx)
        self.officers = OfficersPage(ctx)
        self.villages = VillagesPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.station, self.tr("Station"))
        self.tabs.addTab(self.officers, self.tr("Officers"))
        self.tabs.addTab(self.villages, self.tr("Villages"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def pages(self) -> tuple[StationForm, OfficersPage, VillagesPage]:
        return self.station, self.officers, self.villages

    def set_context(self, ctx: ServiceContext) -> None:
        """After a restore (a new Database) or another login: read from ``ctx`` from now on."""
        self.ctx = ctx
        for page in self.pages():
            page.set_context(ctx)

    def reload(self) -> None:
        """Read everything again; text typed but not saved in the station form is dropped."""
        for page in self.pages():
            page.reload()

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    def show_page(self, key: str) -> None:
        """``station``, ``officers`` or ``villages``, read afresh (another screen may have sent
        the officer here to add the first one)."""
        page = {"station": self.station, "officers": self.officers, "villages": self.villages}
        chosen = page.get(key, self.station)
        if chosen is not self.station:  # the station form keeps what is being typed
            chosen.reload()
        self.show_tab(chosen)
