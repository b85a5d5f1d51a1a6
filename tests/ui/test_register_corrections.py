"""Issue 10 point 3 at the desk, in the register: a member moved to another household from the
household page, a 迁出 undone, a record added by mistake retired; each from the window, each
asking before it writes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select as sql_select

from lijiabu_desk.models import AuditEntry, Person
from lijiabu_desk.models.enums import AccountRole, Relation, ResidentStatus
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.corrections import ReturnKind
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, record_leaving, save_person
from lijiabu_desk.ui.register.area import RegisterArea
from lijiabu_desk.ui.register.correction_dialogs import RetirePersonDialog, ReturnDialog
from lijiabu_desk.ui.register.member_dialogs import MoveMemberDialog
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", group_count=3))
    return desk


@pytest.fixture
def homes(desk) -> tuple[int, int]:
    village = list_villages(desk)[0].id
    first = save_household(desk, HouseholdInput("HW0001", village))
    second = save_household(desk, HouseholdInput("HW0002", village))
    save_person(desk, PersonInput(name="李桂兰", household_id=first, relation=Relation.HEAD))
    save_person(desk, PersonInput(name="周明", household_id=first, relation=Relation.SON))
    return first, second


@pytest.fixture
def area(qtbot, desk, homes, chinese) -> RegisterArea:
    widget = RegisterArea(desk)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.open_household(homes[0])
    return widget


class Asked:
    """The last question before a step: its text; answered Yes or No by the test."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, _title: str, text: str, _action: str) -> bool:
        self.texts.append(text)
        return self.answer


def names(area: RegisterArea) -> list[str]:
    return [m.name for m in area.page.members.rows]


def choose(area: RegisterArea, name: str) -> None:
    area.page.member_table.selectRow(names(area).index(name))


def person(desk: ServiceContext, person_id: int) -> Person:
    with desk.db.sessions() as s:
        found = s.get(Person, person_id)
        s.expunge(found)
        return found


def id_of(desk: ServiceContext, name: str) -> int:
    with desk.db.sessions() as s:
        return s.scalars(sql_select(Person.id).where(Person.name == name)).one()


def test_the_household_page_offers_moving_a_member(qtbot, area, desk) -> None:
    page = area.page
    assert page.move_button.isVisible() and not page.move_button.isEnabled()  # nobody chosen
    choose(area, "周明")
    assert page.move_button.isEnabled()
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = area.actions_.dialog
    assert isinstance(dialog, MoveMemberDialog) and dialog.isVisible()
    type_text(qtbot, dialog.household_no, "HW0002")
    dialog.relation.setCurrentIndex(dialog.relation.findData(Relation.SON))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert names(area) == ["李桂兰"]
    with desk.db.sessions() as s:
        moved = s.scalars(sql_select(Person).where(Person.name == "周明")).one()
        assert moved.household.household_no == "HW0002"


def test_the_member_menu_offers_it_too_and_a_head_is_told_what_to_do_first(qtbot, area) -> None:
    table = area.page.member_table
    head_row = table.visualRect(area.page.members.index(0, 0)).center()
    table.customContextMenuRequested.emit(head_row)
    menu = {a.text(): a for a in area.page.member_menu.actions()}
    assert area.page.move_button.text() in menu and area.page.retire_button.text() in menu
    assert area.page.undo_leaving_button.text() not in menu  # she is still here
    area.page.member_menu.close()
    menu[area.page.move_button.text()].trigger()
    told = area.actions_.dialog
    assert isinstance(told, QMessageBox) and "李桂兰" in told.text()
    told.close()


def test_undoing_a_moved_away_from_the_household_page(qtbot, area, desk) -> None:
    son = id_of(desk, "周明")
    record_leaving(desk, son, ResidentStatus.MOVED_AWAY, "20261101", "外出务工")
    area.reload()
    choose(area, "周明")
    page = area.page
    assert page.undo_leaving_button.isVisible() and not page.leaving_button.isVisible()
    qtbot.mouseClick(page.undo_leaving_button, Qt.MouseButton.LeftButton)
    dialog = area.actions_.dialog
    assert isinstance(dialog, ReturnDialog)
    assert "2026年11月1日迁出（外出务工）" in dialog.recorded.text()
    assert dialog.household_no.text() == "HW0001"
    assert dialog.relation.currentData() == Relation.SON
    assert dialog.kind.currentData() is None  # nothing preset
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReturnKind.MISTAKE))
    dialog.ok_button.click()
    assert "请填写原因" in dialog.message.text() and dialog.isVisible()
    type_text(qtbot, dialog.reason, "登记错了")
    dialog.confirm = no = Asked(False)
    dialog.ok_button.click()
    assert no.texts and no.texts[0].startswith("将为周明撤销迁出登记")
    assert person(desk, son).status == ResidentStatus.MOVED_AWAY and dialog.isVisible()
    dialog.confirm = Asked(True)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    back = person(desk, son)
    assert (back.status, back.left_on, back.left_reason) == (ResidentStatus.ACTIVE, None, "")
    assert [m.status for m in page.members.rows] == [ResidentStatus.ACTIVE] * 2
    with desk.db.sessions() as s:
        last = s.scalars(sql_select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert "登记错了" in last.changes and last.record_id == son


def test_undoing_a_death_from_the_persons_page(qtbot, area, desk) -> None:
    trader = save_person(desk, PersonInput(name="马哈麦", origin="宁夏同心县"))
    record_leaving(desk, trader, ResidentStatus.DECEASED, "20261020", "病故")
    form = area.actions_.open_person(trader)
    assert isinstance(form, PersonDialog) and form.undo_leaving_button.isVisible()
    assert "病故" in form.left_line.text()
    form.undo_leaving_button.click()
    dialog = area.actions_.dialog
    assert isinstance(dialog, ReturnDialog) and dialog.household_no.text() == ""
    assert dialog.kind.findData(ReturnKind.MOVED_BACK) < 0  # the dead do not move back
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReturnKind.MISTAKE))
    type_text(qtbot, dialog.reason, "登记错了，是同名的另一人")
    dialog.confirm = Asked(True)
    dialog.ok_button.click()
    assert not dialog.isVisible() and not form.isVisible()
    assert person(desk, trader).status == ResidentStatus.ACTIVE


def test_retiring_a_person_added_by_mistake(qtbot, area, desk) -> None:
    save_person(
        desk, PersonInput(name="周明明", household_id=area.page.page.id, relation=Relation.SON)
    )
    area.reload()
    choose(area, "周明明")
    qtbot.mouseClick(area.page.retire_button, Qt.MouseButton.LeftButton)
    dialog = area.actions_.dialog
    assert isinstance(dialog, RetirePersonDialog) and dialog.ok_button.isEnabled()
    assert dialog.summary.text().startswith("将注销周明明的人员记录")
    dialog.ok_button.click()
    assert "请填写注销原因" in dialog.message.text()
    type_text(qtbot, dialog.reason, "重复登记")
    dialog.confirm = asked = Asked(True)
    dialog.ok_button.click()
    assert asked.texts == [dialog.summary.text()] and not dialog.isVisible()
    assert names(area) == ["李桂兰", "周明"]
    assert person(desk, id_of(desk, "周明明")).deleted_at is not None


def test_a_head_with_members_is_refused_with_what_to_do_first(qtbot, area) -> None:
    choose(area, "李桂兰")
    area.page.retire_button.click()
    dialog = area.actions_.dialog
    assert isinstance(dialog, RetirePersonDialog)
    assert "请先用“更换户主”另选户主" in dialog.summary.text()
    assert not dialog.ok_button.isEnabled() and not dialog.reason.isEnabled()


def test_an_auxiliary_is_not_offered_retiring_or_undoing(qtbot, area, desk) -> None:
    aux = ServiceContext(desk.db, Actor("fujing", AccountRole.AUXILIARY), desk.clock)
    area.set_context(aux)
    choose(area, "周明")
    page = area.page
    assert page.move_button.isEnabled() and page.edit_member_button.isEnabled()
    assert not page.retire_button.isEnabled() and not page.leaving_button.isEnabled()
    form = area.actions_.open_person(id_of(desk, "周明"))
    assert not form.retire_button.isEnabled()
    area.set_context(desk)
    choose(area, "周明")
    assert page.retire_button.isEnabled()
