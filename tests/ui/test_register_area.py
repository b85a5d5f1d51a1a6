"""The register area driven as an officer would: households, members, search, full numbers."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry, Person
from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.register.area import RegisterArea
from lijiabu_desk.ui.register.household_dialog import HouseholdDialog
from lijiabu_desk.ui.register.people_model import EXPIRY_COLUMN
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from tests.ui.typing_helpers import press_enter, type_text

ZHANG_ID = "622421201003150015"  # 男, 2010-03-15


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", group_count=3))
    return desk


@pytest.fixture
def area(qtbot, desk, chinese) -> RegisterArea:
    widget = RegisterArea(desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names_in_table(area: RegisterArea) -> list[str]:
    return [area.page.members.index(r, 0).data() for r in range(area.page.members.rowCount())]


def test_new_household_then_a_member_typed_with_an_id_number(qtbot, area, desk) -> None:
    area.tree.setCurrentItem(area.tree.topLevelItem(0).child(1))  # 河湾村 二社
    dialog = area.actions_.new_household()
    assert isinstance(dialog, HouseholdDialog) and dialog.group.currentText() == "二社"
    type_text(qtbot, dialog.fields["household_no"], "HW0007")
    type_text(qtbot, dialog.fields["house_no"], "7号")
    dialog.tags["空巢老人"].setChecked(True)
    dialog.save_button.click()
    assert area.page.page is not None and area.page.page.household_no == "HW0007"
    assert area.households.rowCount() == 1
    area.actions_.add_member()
    person = area.actions_.dialog
    assert isinstance(person, PersonDialog)
    type_text(qtbot, person.fields["name"], "张晓明")
    press_enter(qtbot, person.fields["name"])  # Enter moves on to the ID number
    assert person.focusWidget() is person.fields["id_number"]
    type_text(qtbot, person.fields["id_number"], ZHANG_ID)
    press_enter(qtbot, person.fields["id_number"])
    assert person.fields["birth_date"].text() == "2010-03-15"
    assert person.fields["sex"].text() == "男"
    person.relation.setCurrentIndex(person.relation.findData(Relation.HEAD))
    person.save_button.click()
    assert names_in_table(area) == ["张晓明"]
    assert area.page.members.index(0, 4).data() == "622***********0015"


def test_a_wrong_id_keeps_the_text_and_marks_the_field(qtbot, area) -> None:
    dialog = area.actions_.new_person()
    type_text(qtbot, dialog.fields["name"], "李桂兰")
    type_text(qtbot, dialog.fields["id_number"], "110105194912310021")
    dialog.save_button.click()
    assert "校验位" in dialog.message.text()
    assert dialog.fields["id_number"].property("invalid") is True
    assert dialog.fields["name"].text() == "李桂兰" and dialog.isVisible()


def test_an_existing_id_number_opens_that_person(qtbot, area, desk) -> None:
    first = save_person(desk, PersonInput(name="张晓明", id_number=ZHANG_ID))
    dialog = area.actions_.new_person()
    dialog.inform = lambda text: None
    type_text(qtbot, dialog.fields["name"], "张小明")
    type_text(qtbot, dialog.fields["id_number"], ZHANG_ID)
    dialog.save_button.click()
    opened = area.actions_.dialog
    assert isinstance(opened, PersonDialog) and opened is not dialog
    assert opened.person_id == first and opened.fields["name"].text() == "张晓明"
    with desk.db.sessions() as s:
        assert len(s.scalars(select(Person)).all()) == 1


def test_closing_with_unsaved_changes_asks(qtbot, area) -> None:
    dialog = area.actions_.new_person()
    type_text(qtbot, dialog.fields["name"], "王")
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False
    dialog.reject()
    assert asked and dialog.isVisible()
    dialog.confirm_discard = lambda: True
    dialog.reject()
    assert not dialog.isVisible()


def test_search_as_you_type_opens_the_household(qtbot, area, desk) -> None:
    village = area.tree.topLevelItem(0).data(0, Qt_USER)
    household = save_household(desk, HouseholdInput("HW0001", village))
    save_person(
        desk,
        PersonInput(
            name="张晓明",
            id_number=ZHANG_ID,
            phone="13912345678",
            household_id=household,
            relation=Relation.HEAD,
        ),
    )
    type_text(qtbot, area.search.edit, "zxm")
    qtbot.waitUntil(lambda: area.search.results.count() > 0, timeout=5000)
    first = area.search.results.item(0).text()
    assert "张晓明" in first and "622***********0015" in first and "139****5678" in first
    area.search.results.setCurrentRow(0)
    area.actions_.reveal()
    assert "622421201003150015" in area.actions_.dialog.text()
    with desk.db.sessions() as s:
        assert (
            s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first()
            == "view_full_id"
        )
    press_enter(qtbot, area.search.edit)
    assert area.page.page is not None and area.page.page.household_no == "HW0001"
    assert (
        isinstance(area.actions_.dialog, PersonDialog)
        and area.actions_.dialog.person_id is not None
    )


def test_expired_id_cards_stand_out(qtbot, area, desk, clock) -> None:
    clock.now = datetime(2026, 11, 28, 9)
    village = area.tree.topLevelItem(0).data(0, Qt_USER)
    household = save_household(desk, HouseholdInput("HW0002", village))
    save_person(
        desk,
        PersonInput(
            name="张晓明",
            id_number=ZHANG_ID,
            id_issue_date="2020-06-01",
            household_id=household,
            relation=Relation.HEAD,
        ),
    )
    area.open_household(household)
    cell = area.page.members.index(0, 6)
    assert cell.data() == "2025-06-01 （已过期）"
    assert cell.data(Qt_FOREGROUND).name() == "#c0392b"


def test_ctrl_f_goes_to_the_search_box(qtbot, desk, chinese) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.areas.show_area("overview")
    window.find()
    assert window.areas.current_key() == "register"
    assert (
        window.register.search.edit.hasFocus()
        or window.focusWidget() is window.register.search.edit
    )


from PySide6.QtCore import Qt  # noqa: E402

Qt_USER = Qt.ItemDataRole.UserRole
Qt_FOREGROUND = Qt.ItemDataRole.ForegroundRole


def test_import_preview_then_confirm(qtbot, area, desk, tmp_path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["户号", "姓名", "与户主关系", "公民身份号码", "社"])
    wb.active.append(["HW0100", "张晓明", "户主", ZHANG_ID, "一社"])
    wb.active.append(["HW0100", "王芳", "妻", 6.21102e17, "一社"])
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    dialog = area.actions_.import_roster()
    dialog.preview(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.creates.rowCount() == 1 and dialog.rejections.rowCount() == 1
    assert "存成了数字" in dialog.rejections.index(0, 1).data()
    assert "尚未写入" in dialog.summary.text()
    with desk.db.sessions() as s:
        assert s.scalars(select(Person)).all() == []
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.plan is None, timeout=10_000)
    with desk.db.sessions() as s:
        assert [p.name for p in s.scalars(select(Person))] == ["张晓明"]


def test_export_asks_where_and_writes(qtbot, area, desk, tmp_path) -> None:
    save_person(desk, PersonInput(name="张晓明", id_number=ZHANG_ID))
    target = tmp_path / "out.xlsx"
    area.actions_.ask_export = lambda: (target, False)
    area.actions_.export()
    assert target.exists() and "已导出" in area.status.text()


def test_the_people_list_holds_ids_and_loads_rows_as_shown(qtbot, ctx, clock, hasher, chinese):
    from PySide6.QtTest import QAbstractItemModelTester

    from lijiabu_desk.services.demo import create_demo
    from lijiabu_desk.services.register.people_list import PeopleFilter

    desk = ServiceContext(ctx.db, ctx.actor, clock)
    create_demo(desk, households=300, seed=2, hasher=hasher)
    area = RegisterArea(desk)
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    QAbstractItemModelTester(area.people, QAbstractItemModelTester.FailureReportingMode.Fatal)
    area.lists.setCurrentIndex(1)
    total = area.people.rowCount()
    assert total > 1000
    assert area.people.fetches <= 2 and len(area.people.cache) <= 400  # only what is shown
    area.people_table.scrollToBottom()
    qtbot.wait(50)
    assert len(area.people.cache) < total
    area.people_filter.setCurrentIndex(area.people_filter.findData(PeopleFilter.ID_DUE))
    due = area.people.rowCount()
    assert 0 < due < total
    first = area.people.row_at(0)
    assert first.id_expiry is not None and not first.id_long_term
    assert area.people.index(0, EXPIRY_COLUMN).data(Qt_FOREGROUND) is not None


def test_the_person_page_masks_until_asked_and_records_the_asking(qtbot, area, desk) -> None:
    pid = save_person(desk, PersonInput(name="张晓明", id_number=ZHANG_ID, phone="13912345678"))
    dialog = area.actions_.open_person(pid)
    assert dialog.fields["id_number"].text() == "622***********0015"
    assert dialog.fields["phone"].text() == "139****5678"
    dialog.reveal_button.click()
    assert dialog.fields["id_number"].text() == ZHANG_ID
    assert not dialog.has_unsaved_changes()
    with desk.db.sessions() as s:
        assert (
            s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first()
            == "view_full_id"
        )
    type_text(qtbot, dialog.fields["occupation"], "务农")
    dialog.save_button.click()
    with desk.db.sessions() as s:
        person = s.get(Person, pid)
        assert (person.id_number, person.occupation) == (ZHANG_ID, "务农")


def test_move_a_member_to_another_household(qtbot, area, desk) -> None:
    village = area.tree.topLevelItem(0).data(0, Qt_USER)
    first = save_household(desk, HouseholdInput("HW0001", village))
    save_household(desk, HouseholdInput("HW0002", village))
    save_person(desk, PersonInput(name="李桂兰", household_id=first, relation=Relation.HEAD))
    son = save_person(desk, PersonInput(name="周明", household_id=first, relation=Relation.SON))
    area.open_household(first)
    area.page.member_table.selectRow(1)
    area.actions_.move_member()
    dialog = area.actions_.dialog
    type_text(qtbot, dialog.household_no, "HW0009")
    dialog.ok_button.click()
    assert "没有户号为“HW0009”的户" in dialog.message.text() and dialog.isVisible()
    dialog.household_no.clear()
    type_text(qtbot, dialog.household_no, "HW0002")
    dialog.relation.setCurrentIndex(dialog.relation.findData(Relation.SON))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    with desk.db.sessions() as s:
        assert s.get(Person, son).household.household_no == "HW0002"


def test_window_layout_is_remembered(qtbot, desk, chinese) -> None:
    first = MainWindow(desk)
    qtbot.addWidget(first)
    first.resize(700, 520)
    first.areas.show_area("settings")
    first.register.splitter.setSizes([100, 300, 600])
    wanted = first.register.splitter.saveState()
    first.close()
    second = MainWindow(desk)
    qtbot.addWidget(second)
    assert second.areas.current_key() == "settings"
    assert (second.size().width(), second.size().height()) == (700, 520)
    assert second.register.splitter.saveState() == wanted


def test_the_household_form_also_asks_before_losing_typed_text(qtbot, area) -> None:
    dialog = area.actions_.new_household()
    dialog.reject()  # nothing typed: closes without asking
    assert not dialog.isVisible()
    dialog = area.actions_.new_household()
    type_text(qtbot, dialog.fields["household_no"], "HW0050")
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False
    dialog.reject()
    assert asked and dialog.isVisible() and dialog.fields["household_no"].text() == "HW0050"
