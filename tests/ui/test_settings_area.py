"""The settings screens (station, officers, villages), driven as a user would: Chinese arrives
through the input method, Enter moves on, buttons are clicked; what is shown and what is stored
are both checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit

from lijiabu_desk.models.enums import AccountRole, OfficerRole
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.officers import OfficerInput, list_officers, save_officer
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.station import StationDetails, load_station, save_station
from lijiabu_desk.ui.settings import SettingsArea
from lijiabu_desk.ui.settings.officers_page import OfficerForm
from lijiabu_desk.ui.settings.villages_page import VillageForm
from tests.ui.typing_helpers import press_enter, type_text

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def admin(db, clock) -> ServiceContext:
    """The setup administrator on the test clock (2026-11-28 09:00)."""
    return ServiceContext(db, SETUP_ACTOR, clock)


@pytest.fixture
def area(qtbot, admin, chinese) -> SettingsArea:
    widget = SettingsArea(admin)
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    qtbot.waitExposed(widget)
    QAbstractItemModelTester(widget.officers.model, FATAL)
    QAbstractItemModelTester(widget.villages.model, FATAL)
    return widget


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def shown(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def seed_officers(ctx: ServiceContext) -> None:
    save_officer(ctx, OfficerInput("侯志远", OfficerRole.CHIEF, "093201", "13909321234"))
    save_officer(ctx, OfficerInput("王静", OfficerRole.OFFICER, "093215", "13893201122"))
    save_officer(ctx, OfficerInput("马小军", OfficerRole.AUXILIARY, "", "", active=False))


def seed_villages(ctx: ServiceContext) -> None:
    save_village(ctx, VillageInput("李家堡村", "张德明", "13993201234", group_count=8))
    save_village(ctx, VillageInput("阳坡村", mediator_name="李福海", group_count=3))


# --- station ----------------------------------------------------------------------------------


def test_station_typed_with_enter_between_fields_and_saved(qtbot, area, admin) -> None:
    form = area.station
    f = form.fields
    type_text(qtbot, f["name"], "李家堡派出所")
    press_enter(qtbot, f["name"])
    assert QApplication.focusWidget() is f["county_bureau"]
    for key, text in (
        ("county_bureau", "安宁县公安局"),
        ("address", "李家堡镇中街12号"),
        ("duty_phone", "0932-8123456"),
        ("chief_name", "侯志远"),
        ("chief_phone", "13909321234"),
        ("mediation_committee", "李家堡镇人民调解委员会"),
        ("seal_text", "安宁县公安局李家堡派出所"),
        ("prefix_peoples_mediation", "安李人调"),
    ):
        type_text(qtbot, QApplication.focusWidget(), text)
        assert f[key].text() == text
        press_enter(qtbot, f[key])
    assert QApplication.focusWidget() is f["prefix_police_mediation"]
    assert "（2026）安李人调字第1号" in form.hints["prefix_peoples_mediation"].text()
    assert "（2026）安李公调字第1号" in form.hints["prefix_police_mediation"].text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "09:00" in form.status.text() and form.message.text() == ""
    type_text(qtbot, f["address"], "东")
    assert form.status.text() == ""  # a change after saving is not "saved"
    stored = load_station(admin)
    assert stored is not None
    assert (stored.name, stored.chief_name, stored.duty_phone) == (
        "李家堡派出所",
        "侯志远",
        "0932-8123456",
    )
    assert stored.prefix_peoples_mediation == "安李人调" and stored.prefix_police_mediation == ""


def test_a_bad_phone_is_marked_and_everything_typed_stays(qtbot, area, admin) -> None:
    form = area.station
    f = form.fields
    type_text(qtbot, f["name"], "李家堡派出所")
    type_text(qtbot, f["chief_name"], "侯志远")
    type_text(qtbot, f["chief_phone"], "1390932123")  # ten digits
    type_text(qtbot, f["prefix_boundary"], "安李界")
    form.save_button.click()
    assert "所长电话" in form.message.text() and form.status.text() == ""
    assert f["chief_phone"].property("invalid") is True
    assert f["name"].property("invalid") is not True
    assert [f[k].text() for k in ("name", "chief_name", "chief_phone", "prefix_boundary")] == [
        "李家堡派出所",
        "侯志远",
        "1390932123",
        "安李界",
    ]
    assert load_station(admin) is None  # nothing stored
    retype(qtbot, f["chief_phone"], "13909321234")
    qtbot.keyClick(f["chief_phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert f["chief_phone"].property("invalid") is False and form.message.text() == ""
    assert "09:00" in form.status.text()
    stored = load_station(admin)
    assert stored is not None and stored.chief_phone == "13909321234"
    assert stored.prefix_boundary == "安李界"


def test_a_pasted_prefix_too_long_is_kept_whole_and_refused_with_its_count(
    qtbot, area, admin
) -> None:
    form = area.station
    f = form.fields
    type_text(qtbot, f["name"], "李家堡派出所")
    long_prefix = "安定区公安分局李家堡派出所人民调解委员会人调"  # 22 characters
    f["prefix_peoples_mediation"].setText(long_prefix)  # as a paste would
    assert f["prefix_peoples_mediation"].text() == long_prefix  # not cut by the field
    form.save_button.click()
    assert "20" in form.message.text() and "22" in form.message.text()
    assert f["prefix_peoples_mediation"].text() == long_prefix
    assert load_station(admin) is None


def test_ctrl_s_works_only_while_the_station_tab_is_shown(qtbot, area, admin) -> None:
    type_text(qtbot, area.station.fields["name"], "李家堡派出所")
    area.show_tab(area.officers)
    qtbot.keyClick(area.officers.filter, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_station(admin) is None
    area.show_tab(area.station)
    qtbot.keyClick(area.station.fields["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_station(admin) == StationDetails(name="李家堡派出所")


# --- read-only ---------------------------------------------------------------------------------


def test_an_officer_account_sees_everything_but_changes_nothing(qtbot, db, admin, chinese) -> None:
    save_station(admin, StationDetails(name="李家堡派出所", chief_name="侯志远"))
    seed_officers(admin)
    seed_villages(admin)
    area = SettingsArea(ServiceContext(db, Actor("x", AccountRole.OFFICER)))
    qtbot.addWidget(area)
    area.show()
    station = area.station
    assert station.fields["chief_name"].text() == "侯志远"
    assert all(not edit.isEnabled() for edit in station.fields.values())
    assert not station.save_button.isEnabled() and station.read_only_note.isVisible()
    assert area.officers.model.rowCount() == 3 and area.villages.model.rowCount() == 2
    for page in (area.officers, area.villages):
        area.show_tab(page)
        assert not page.add_button.isEnabled() and page.note.isVisible()
    station.save()  # even if reached, the service refuses
    assert "无权修改派出所设置" in station.message.text()
    area.show_tab(area.officers)
    area.officers.table.selectRow(0)
    qtbot.mouseClick(area.officers.edit_button, Qt.MouseButton.LeftButton)
    form = area.officers.form
    assert isinstance(form, OfficerForm) and form.isVisible()
    assert not form.save_button.isEnabled() and not form.name.isEnabled()
    form.reject()


def test_set_context_switches_to_read_only(qtbot, area, db) -> None:
    assert area.station.save_button.isEnabled()
    area.set_context(ServiceContext(db, Actor("x", AccountRole.AUXILIARY)))
    assert area.ctx.actor.role == AccountRole.AUXILIARY
    assert not area.station.save_button.isEnabled()
    assert not area.officers.add_button.isEnabled() and not area.villages.add_button.isEnabled()


# --- officers ----------------------------------------------------------------------------------


def test_add_then_edit_an_officer_and_a_duplicate_badge_is_refused(qtbot, area, admin) -> None:
    page = area.officers
    area.show_tab(page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, OfficerForm) and form.isVisible()
    type_text(qtbot, form.name, "王静")
    press_enter(qtbot, form.name)
    assert form.focusWidget() is form.badge_no  # Enter passes the rank: 民警 is preset
    assert form.role.currentText() == "民警"
    type_text(qtbot, form.badge_no, "093215")
    press_enter(qtbot, form.badge_no)
    type_text(qtbot, form.phone, "13893201122")
    press_enter(qtbot, form.phone)  # Enter on the last field saves
    assert form.result() == OfficerForm.DialogCode.Accepted
    assert shown(page.model)[0][:4] == ["王静", "093215", "民警", "13893201122"]
    assert [(o.name, o.role, o.active) for o in list_officers(admin)] == [
        ("王静", OfficerRole.OFFICER, True)
    ]

    form = page.add()
    type_text(qtbot, form.name, "李强")
    form.role.setCurrentIndex(form.role.findData(OfficerRole.CHIEF))
    type_text(qtbot, form.badge_no, "093215")
    form.save_button.click()
    assert "已经登记给另一位警员" in form.message.text()
    assert form.badge_no.property("invalid") is True and form.isVisible()
    assert (form.name.text(), form.badge_no.text()) == ("李强", "093215")
    assert len(list_officers(admin, include_inactive=True)) == 1
    form.reject()

    row = page.table.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    form = page.form
    assert isinstance(form, OfficerForm) and form.name.text() == "王静"
    retype(qtbot, form.phone, "0932-8123456")
    form.active.setChecked(False)
    form.save_button.click()
    assert form.result() == OfficerForm.DialogCode.Accepted
    assert shown(page.model)[0][3] == "0932-8123456"
    assert list_officers(admin) == []  # no longer active
    (officer,) = list_officers(admin, include_inactive=True)
    assert (officer.phone, officer.active) == ("0932-8123456", False)
    assert "王静" in page.message.text()


def test_edit_needs_a_selection(qtbot, area, admin) -> None:
    seed_officers(admin)
    area.reload()
    assert area.officers.edit() is None and area.officers.message.text() != ""


def test_officer_filter_by_name_or_badge(qtbot, area, admin) -> None:
    seed_officers(admin)
    area.reload()
    page = area.officers
    assert page.model.rowCount() == 3
    type_text(qtbot, page.filter, "王")
    assert [r[0] for r in shown(page.model)] == ["王静"]
    retype(qtbot, page.filter, "0932")
    assert sorted(r[0] for r in shown(page.model)) == ["侯志远", "王静"]
    retype(qtbot, page.filter, "赵")
    assert page.model.rowCount() == 0
    page.filter.clear()
    assert page.model.rowCount() == 3


# --- villages ----------------------------------------------------------------------------------


def test_add_a_village_with_five_groups_then_add_two_more(qtbot, area, admin) -> None:
    page = area.villages
    area.show_tab(page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, VillageForm) and not form.groups.isVisible()
    f = form.fields
    for key, text in (
        ("name", "马家湾村"),
        ("head_name", "马德福"),
        ("head_phone", "13993205678"),
        ("mediator_name", "马玉兰"),
        ("mediator_phone", "13809327788"),
    ):
        type_text(qtbot, f[key], text)
        press_enter(qtbot, f[key])
    assert form.focusWidget() in (form.group_count, form.group_count.lineEdit())
    form.group_count.selectAll()
    qtbot.keyClicks(form.group_count, "5")
    press_enter(qtbot, form.group_count)  # Enter on the last field saves
    assert form.result() == VillageForm.DialogCode.Accepted
    assert shown(page.model) == [
        ["马家湾村", "0", "5", "马德福", "13993205678", "马玉兰", "13809327788"]
    ]
    (village,) = list_villages(admin)
    assert [g.name for g in village.groups] == ["一社", "二社", "三社", "四社", "五社"]

    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, VillageForm) and form.groups.isVisible()
    assert form.groups.text() == "一社、二社、三社、四社、五社"
    assert form.group_count.minimum() == 5  # groups are not removed here
    form.group_count.setValue(7)
    form.save_button.click()
    assert shown(page.model)[0][2] == "7"
    assert len(list_villages(admin)[0].groups) == 7


def test_a_village_name_twice_is_refused_and_kept(qtbot, area, admin) -> None:
    seed_villages(admin)
    area.reload()
    form = area.villages.open_form()
    type_text(qtbot, form.fields["name"], "阳坡村")
    type_text(qtbot, form.fields["head_phone"], "139")
    form.save_button.click()
    assert "村主任电话" in form.message.text()
    assert form.fields["head_phone"].property("invalid") is True
    retype(qtbot, form.fields["head_phone"], "13993201234")
    form.save_button.click()
    assert "已经登记过了" in form.message.text()
    assert form.fields["name"].property("invalid") is True
    assert form.fields["name"].text() == "阳坡村" and form.isVisible()
    assert len(list_villages(admin)) == 2


def test_village_filter_by_village_head_or_mediator(qtbot, area, admin) -> None:
    seed_villages(admin)
    area.reload()
    page = area.villages
    type_text(qtbot, page.filter, "李家")
    assert [r[0] for r in shown(page.model)] == ["李家堡村"]
    retype(qtbot, page.filter, "福海")
    assert [r[0] for r in shown(page.model)] == ["阳坡村"]
    page.filter.clear()
    assert page.model.rowCount() == 2


def test_reload_shows_changes_made_elsewhere(qtbot, area, admin) -> None:
    assert area.officers.model.rowCount() == 0 and area.station.fields["name"].text() == ""
    save_station(admin, StationDetails(name="李家堡派出所"))
    seed_officers(admin)
    seed_villages(admin)
    area.reload()
    assert area.station.fields["name"].text() == "李家堡派出所"
    assert area.officers.model.rowCount() == 3 and area.villages.model.rowCount() == 2
