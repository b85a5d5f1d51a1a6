"""Issue 10 point 7: on a fresh database every empty area says what to do next and has the
button that does it; a household opened from the search is selected in the tree.

The sentences are checked in their English source (no catalogue installed), so the tests do
not depend on the translation being filled in; what matters is that a sentence and a working
button are there."""

from __future__ import annotations

import pytest

from lijiabu_desk.models.enums import AccountRole, OfficerRole, Relation
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.officers import OfficerInput, save_officer
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.station import StationDetails, save_station
from lijiabu_desk.ui.disputes.area import DisputesArea
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.empty_state import EmptyStack
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.register.area import RegisterArea
from lijiabu_desk.ui.register.import_dialog import ImportDialog
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from lijiabu_desk.ui.settings.officers_page import OfficerForm, OfficersPage
from lijiabu_desk.ui.settings.villages_page import VillageForm
from tests.case_setup import make_post, open_case
from tests.ui.typing_helpers import press_enter, type_text


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def window(qtbot, desk) -> MainWindow:
    widget = MainWindow(desk)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.safety.stop()


def says(stack: EmptyStack, *words: str) -> bool:
    """The empty state is shown, says ``words`` and offers a button."""
    text = stack.text.text()
    return (
        stack.is_empty_shown()
        and all(w in text for w in words)
        and stack.button.isVisibleTo(stack)
        and stack.button.isEnabled()
    )


def test_no_village_yet_sends_the_officer_to_settings_and_back(qtbot, window, desk) -> None:
    window.areas.show_area("register")
    register = window.register
    assert says(register.household_list, "No villages yet", "Settings → Villages")
    assert not register.new_household_button.isEnabled()
    register.lists.setCurrentIndex(1)
    assert says(register.people_list, "No villages yet")
    register.people_list.button.click()
    assert window.areas.current_key() == "settings"
    villages = window.settings.villages
    assert window.settings.tabs.currentWidget() is villages
    assert says(villages.list, "No villages yet")
    villages.list.button.click()  # 添加行政村…
    form = villages.form
    assert isinstance(form, VillageForm)
    type_text(qtbot, form.fields["name"], "河湾村")
    form.group_count.setValue(2)
    form.save_button.click()
    assert not villages.list.is_empty_shown()
    window.areas.show_area("register")  # the register reads the new village when shown
    assert register.tree.topLevelItemCount() == 1
    register.lists.setCurrentIndex(0)
    assert says(register.household_list, "Choose a village")
    register.tree.setCurrentItem(register.tree.topLevelItem(0))
    assert says(register.household_list, "河湾村: no households registered yet")
    register.household_list.button.click()  # the administrator imports the roster
    assert isinstance(register.actions_.dialog, ImportDialog)


def counted_afresh(qtbot, window: MainWindow, show_overview: bool = True) -> None:
    """The start page counts in the background when it is shown: wait for that count."""
    shown = window.start_page.shown
    if show_overview:
        window.areas.show_area("overview")
    qtbot.waitUntil(lambda: window.start_page.shown > shown, timeout=10_000)


def test_the_start_page_lists_what_a_new_post_lacks(qtbot, window, desk) -> None:
    overview = window.overview
    counted_afresh(qtbot, window, show_overview=False)  # the counts read after the window opened
    assert set(overview.step_buttons) == {
        "settings/station",
        "settings/villages",
        "settings/officers",
    }
    overview.step_buttons["settings/officers"].click()
    assert window.areas.current_key() == "settings"
    assert window.settings.tabs.currentWidget() is window.settings.officers
    save_station(desk, StationDetails(name="李家堡派出所"))
    save_village(desk, VillageInput(name="河湾村", group_count=1))
    save_officer(desk, OfficerInput(name="李振华", role=OfficerRole.OFFICER, badge_no="062418"))
    counted_afresh(qtbot, window)  # read again when shown
    assert set(overview.step_buttons) == {"register"}
    overview.step_buttons["register"].click()
    assert window.areas.current_key() == "register"
    save_household(desk, HouseholdInput("HW0001", list_villages(desk)[0].id))
    counted_afresh(qtbot, window)
    assert overview.step_buttons == {} and not overview.steps.isVisibleTo(overview)


def test_the_officers_list_offers_to_add_the_first(qtbot, desk, db, clock) -> None:
    page = OfficersPage(desk)
    qtbot.addWidget(page)
    assert says(page.list, "No officers yet")
    page.list.button.click()
    assert isinstance(page.form, OfficerForm)
    page.form.reject()
    auxiliary = ServiceContext(db, Actor("fj", AccountRole.AUXILIARY, 7), clock)
    page.set_context(auxiliary)  # may look, may not add: the button is there but off
    assert page.list.is_empty_shown() and not page.list.button.isEnabled()


def test_the_case_list_offers_intake_then_clearing_filters(qtbot, desk) -> None:
    area = DisputesArea(desk)
    qtbot.addWidget(area)
    opened: list[object] = []
    area.actions_.dialog_opened.connect(opened.append)
    assert says(area.list, "No disputes registered yet")
    area.list.button.click()
    assert opened and isinstance(opened[-1], IntakeDialog)
    opened[-1].reject()
    post = make_post(desk)
    open_case(desk, post)
    area.overdue.setChecked(True)  # the new case is not overdue
    assert says(area.list, "No case matches")
    area.list.button.click()  # 清除筛选条件
    assert not area.overdue.isChecked() and area.model.rowCount() == 1
    assert not area.list.is_empty_shown()


def test_outsiders_list_offers_to_add_one(qtbot, desk) -> None:
    save_village(desk, VillageInput(name="河湾村", group_count=1))
    area = RegisterArea(desk)
    qtbot.addWidget(area)
    area.lists.setCurrentIndex(1)
    area.people_filter.setCurrentIndex(area.people_filter.count() - 1)  # outsiders
    assert says(area.people_list, "No outsiders registered")
    area.people_list.button.click()
    assert isinstance(area.actions_.dialog, PersonDialog)
    area.actions_.dialog.reject()


def test_the_roster_import_without_a_village_says_where_to_add_one(qtbot, window) -> None:
    window.areas.show_area("register")
    dialog = window.register.actions_.import_roster()
    assert not dialog.choose_button.isEnabled()
    assert "Settings → Villages" in dialog.summary.text()
    assert "--village" not in dialog.summary.text()  # no command line inside the window
    dialog.settings_button.click()
    assert not dialog.isVisible()
    assert window.areas.current_key() == "settings"
    assert window.settings.tabs.currentWidget() is window.settings.villages


@pytest.fixture
def township(desk) -> dict[str, int]:
    save_village(desk, VillageInput(name="河湾村", group_count=2))
    save_village(desk, VillageInput(name="马家山村", group_count=1))
    villages = {v.name: v for v in list_villages(desk)}
    he, ma = villages["河湾村"], villages["马家山村"]
    return {
        "HW0001": save_household(desk, HouseholdInput("HW0001", he.id, he.groups[0].id)),
        "HW0002": save_household(desk, HouseholdInput("HW0002", he.id, he.groups[1].id)),
        "MJ0001": save_household(desk, HouseholdInput("MJ0001", ma.id, ma.groups[0].id)),
    }


def test_a_household_opened_from_the_search_is_selected_in_the_tree(qtbot, desk, township) -> None:
    area = RegisterArea(desk)
    qtbot.addWidget(area)
    area.show()
    area.tree.setCurrentItem(area.tree.topLevelItem(1))  # 马家山村: another village
    area.search.household_chosen.emit(township["HW0002"])  # a household result activated
    assert area.page.page is not None and area.page.page.household_no == "HW0002"
    item = area.tree.currentItem()
    assert item.text(0) == "二社" and item.parent().text(0).startswith("河湾村")
    current = area.household_table.currentIndex()
    assert current.isValid() and area.households.row_at(current.row()).id == township["HW0002"]
    assert area.household_table.selectionModel().isRowSelected(current.row())


def test_a_person_found_by_the_search_shows_their_household_in_the_tree(
    qtbot, desk, township
) -> None:
    save_person(
        desk,
        PersonInput(name="张晓明", household_id=township["HW0001"], relation=Relation.HEAD),
    )
    area = RegisterArea(desk)
    qtbot.addWidget(area)
    area.show()
    type_text(qtbot, area.search.edit, "zxm")
    press_enter(qtbot, area.search.edit)  # the first result, when it has arrived
    qtbot.waitUntil(lambda: isinstance(area.actions_.dialog, PersonDialog), timeout=5000)
    assert area.tree.currentItem().text(0) == "一社"
    current = area.household_table.currentIndex()
    assert area.households.row_at(current.row()).id == township["HW0001"]


def test_the_people_list_keeps_its_place_when_a_person_opens(qtbot, desk, township) -> None:
    """Opening a person from the people list is not a search: the list stays as set."""
    save_person(
        desk,
        PersonInput(name="马秀兰", household_id=township["MJ0001"], relation=Relation.HEAD),
    )
    area = RegisterArea(desk)
    qtbot.addWidget(area)
    area.lists.setCurrentIndex(1)
    assert area.people.rowCount() == 1
    area.people_table.doubleClicked.emit(area.people.index(0, 0))
    assert area.tree.currentItem() is None and area.lists.currentIndex() == 1
    assert area.page.page is not None and area.page.page.household_no == "MJ0001"
    assert isinstance(area.actions_.dialog, PersonDialog)
