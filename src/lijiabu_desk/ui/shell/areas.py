"""How the main window builds each area, the first time it is shown or reached for.

An area's module is imported only then (the boundary area brings the printing code, the case
area the ledger's): nothing of an area the officer does not open is imported or read. The
quick start imports the remembered area's module while the officer types the password
(``area_module``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.ui.boundary.boundary_area import BoundaryArea
    from lijiabu_desk.ui.calls.calls_area import CallsArea
    from lijiabu_desk.ui.disputes.area import DisputesArea
    from lijiabu_desk.ui.main_window import MainWindow
    from lijiabu_desk.ui.meetings.meetings_area import MeetingsArea
    from lijiabu_desk.ui.navigation import NavigationAreas
    from lijiabu_desk.ui.outreach.outreach_area import OutreachArea
    from lijiabu_desk.ui.register.area import RegisterArea
    from lijiabu_desk.ui.settings.settings_area import SettingsArea

#: Each area: its module and its widget's class (built with the window's service context).
AREAS: dict[str, tuple[str, str]] = {
    "register": ("lijiabu_desk.ui.register.area", "RegisterArea"),
    "disputes": ("lijiabu_desk.ui.disputes.area", "DisputesArea"),
    "calls": ("lijiabu_desk.ui.calls.calls_area", "CallsArea"),
    "boundaries": ("lijiabu_desk.ui.boundary.boundary_area", "BoundaryArea"),
    "meetings": ("lijiabu_desk.ui.meetings.meetings_area", "MeetingsArea"),
    "outreach": ("lijiabu_desk.ui.outreach.outreach_area", "OutreachArea"),
    "statistics": ("lijiabu_desk.ui.statistics.area", "StatisticsArea"),
    "settings": ("lijiabu_desk.ui.settings.settings_area", "SettingsArea"),
}


def area_module(key: str) -> str:
    """The module of the area ``key`` ("" for the start page or an unknown key)."""
    return AREAS[key][0] if key in AREAS else ""


class AreaBuilders:
    """Builds an area for ``window`` and wires its requests to the window's navigation."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def builder(self, key: str) -> Callable[[], QWidget]:
        return lambda: self.build(key)

    def build(self, key: str) -> QWidget:
        module, name = AREAS[key]
        area: QWidget = getattr(importlib.import_module(module), name)(self.window.ctx)
        wire = getattr(self, f"_wire_{key}", None)
        if wire is not None:
            wire(area)
        return area

    def _wire_register(self, area: QWidget) -> None:
        window = self.window
        area.settings_requested.connect(window.open_settings)  # type: ignore[attr-defined]
        area.call_requested.connect(window.show_call)  # type: ignore[attr-defined]
        state = window.settings_store.value("main_window/register_splitter")
        if state is not None:
            area.splitter.restoreState(state)  # type: ignore[attr-defined]

    def _wire_disputes(self, area: QWidget) -> None:
        area.boundary_requested.connect(self.window.open_boundary_for)  # type: ignore[attr-defined]

    def _wire_calls(self, area: QWidget) -> None:
        area.case_requested.connect(self.window.open_case)  # type: ignore[attr-defined]

    def _wire_statistics(self, area: QWidget) -> None:
        # A figure's record opens where it lives; outreach events open their area.
        area.open_record.connect(self.window.open_record)  # type: ignore[attr-defined]
        area.area_requested.connect(self.window.areas.show_area)  # type: ignore[attr-defined]


class AreaAccess:
    """The main window's areas as properties (reaching for one builds it), and the ways from
    one area to a record in another. A mixin of ``MainWindow``, which provides ``areas``,
    ``ctx`` and ``new_call``."""

    areas: NavigationAreas
    ctx: ServiceContext

    def new_call(self) -> object:
        raise NotImplementedError

    @property
    def register(self) -> RegisterArea:
        return cast("RegisterArea", self.areas.widget("register"))

    @property
    def disputes(self) -> DisputesArea:
        return cast("DisputesArea", self.areas.widget("disputes"))

    @property
    def calls(self) -> CallsArea:
        return cast("CallsArea", self.areas.widget("calls"))

    @property
    def boundaries(self) -> BoundaryArea:
        return cast("BoundaryArea", self.areas.widget("boundaries"))

    @property
    def meetings(self) -> MeetingsArea:
        return cast("MeetingsArea", self.areas.widget("meetings"))

    @property
    def outreach(self) -> OutreachArea:
        return cast("OutreachArea", self.areas.widget("outreach"))

    @property
    def settings(self) -> SettingsArea:
        return cast("SettingsArea", self.areas.widget("settings"))

    def show_call(self, call_id: int) -> None:
        self.areas.show_area("calls")
        self.calls.show_call(call_id)

    def open_case(self, dispute_id: int) -> None:
        self.areas.show_area("disputes")
        self.disputes.show_case(dispute_id)

    def find(self) -> None:
        """Ctrl+F: the case search in the disputes area, else the register's search."""
        if self.areas.current_key() == "disputes":
            self.disputes.search.setFocus()
            self.disputes.search.selectAll()
            return
        self.areas.show_area("register")
        self.register.search.focus()

    def new_record(self) -> None:
        """Ctrl+N: a new case in the disputes area; in the register a new member of the
        household on screen, else a person."""
        if self.areas.current_key() == "disputes":
            self.disputes.new_case()
            return
        if self.areas.current_key() == "calls":
            self.new_call()
            return
        self.areas.show_area("register")
        page = self.register.page.page
        self.register.actions_.new_person(page.id if page is not None else None)

    def open_settings(self, page: str) -> None:
        """Settings on ``page`` ("villages" …), where an empty list sends the officer."""
        self.areas.show_area("settings")
        self.settings.show_page(page)

    def go_to(self, target: str) -> None:
        """A step of the start page: "settings/<page>" or an area ("register")."""
        area, _, page = target.partition("/")
        if area == "settings":
            self.open_settings(page)
        elif target == "calls/new":
            self.new_call()
        else:
            self.areas.show_area(area)

    def open_record(self, kind: str, record_id: int, household_id: int | None) -> None:
        """A queue's row: the person (on their household's page), the household, the case or
        the call."""
        if kind == "dispute":
            self.open_case(record_id)
        elif kind == "call":
            self.show_call(record_id)
        elif kind == "meeting":
            self.areas.show_area("meetings")
            self.meetings.show_meeting(record_id)
        elif kind not in ("person", "household"):
            return  # a kind with no page of its own: never opened as someone else
        else:
            self.areas.show_area("register")
            if kind == "household":
                self.register.go_to_household(record_id)
            else:
                self.register.open_person_from_search(record_id, household_id)

    def open_boundary_for(self, dispute_id: int) -> None:
        """A case's boundary agreement: its newest one, else a new one linked to the case."""
        self.areas.show_area("boundaries")
        if not self.boundaries.select_case(dispute_id):
            self.boundaries.new(dispute_id)
