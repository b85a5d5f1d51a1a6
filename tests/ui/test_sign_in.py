"""First start and login, driven through the dialogs as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from lijiabu_desk.models import Account, Station
from lijiabu_desk.services.accounts import create_first_admin, login
from lijiabu_desk.services.database import Database
from lijiabu_desk.ui.login_dialog import LoginDialog
from lijiabu_desk.ui.setup_dialog import SetupDialog
from tests.ui.typing_helpers import press_enter, type_text

PASSWORD = "Lijiabu#2026"


@pytest.fixture
def setup_dialog(qtbot, db: Database, hasher, chinese) -> SetupDialog:
    def create(station, username, name, password):
        return create_first_admin(
            db,
            username=username,
            display_name=name,
            password=password,
            hasher=hasher,
            station=station,
        )

    dialog = SetupDialog(create)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def field(dialog, name: str) -> QLineEdit:
    widget = dialog.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def fill_setup(qtbot, dialog: SetupDialog, password: str) -> None:
    type_text(qtbot, field(dialog, "name"), "李家堡派出所")
    type_text(qtbot, field(dialog, "duty_phone"), "0932-8123456")
    type_text(qtbot, field(dialog, "chief_name"), "侯志远")
    type_text(qtbot, field(dialog, "username"), "houzhang")
    type_text(qtbot, field(dialog, "display_name"), "侯志远")
    type_text(qtbot, field(dialog, "password"), password)
    type_text(qtbot, field(dialog, "confirm"), password)


def test_first_start_creates_station_and_admin(qtbot, setup_dialog, db: Database) -> None:
    fill_setup(qtbot, setup_dialog, PASSWORD)
    press_enter(qtbot, field(setup_dialog, "confirm"))  # Enter on the last field submits
    assert setup_dialog.result() == SetupDialog.DialogCode.Accepted
    assert setup_dialog.actor is not None and setup_dialog.actor.username == "houzhang"
    with db.sessions() as s:
        assert s.scalars(select(Station.name)).one() == "李家堡派出所"
        assert s.scalars(select(Account.display_name)).one() == "侯志远"


def test_a_weak_password_keeps_what_was_typed_and_marks_the_field(
    qtbot, setup_dialog, db: Database
) -> None:
    fill_setup(qtbot, setup_dialog, "abc")
    setup_dialog.save_button.click()
    assert setup_dialog.result() != SetupDialog.DialogCode.Accepted
    assert "至少需要 8 位" in setup_dialog.message.text()
    assert field(setup_dialog, "password").property("invalid") is True
    assert field(setup_dialog, "name").text() == "李家堡派出所"  # nothing lost
    with db.sessions() as s:
        assert s.scalars(select(Account)).all() == []


def test_mismatched_passwords_are_caught_before_saving(qtbot, setup_dialog) -> None:
    fill_setup(qtbot, setup_dialog, PASSWORD)
    type_text(qtbot, field(setup_dialog, "confirm"), "x")
    setup_dialog.save_button.click()
    assert "两次输入的密码不一致" in setup_dialog.message.text()
    assert field(setup_dialog, "confirm").property("invalid") is True


def test_enter_moves_to_the_next_field(qtbot, setup_dialog) -> None:
    name = field(setup_dialog, "name")
    name.setFocus()
    press_enter(qtbot, name)
    assert setup_dialog.focusWidget() is field(setup_dialog, "county_bureau")


@pytest.fixture
def login_dialog(qtbot, db: Database, hasher, chinese) -> LoginDialog:
    create_first_admin(
        db, username="houzhang", display_name="侯志远", password=PASSWORD, hasher=hasher
    )
    dialog = LoginDialog(lambda u, p: login(db, u, p, hasher=hasher), station_name="李家堡派出所")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_login_with_enter(qtbot, login_dialog: LoginDialog) -> None:
    type_text(qtbot, login_dialog.username, "houzhang")
    press_enter(qtbot, login_dialog.username)
    type_text(qtbot, login_dialog.password, PASSWORD)
    press_enter(qtbot, login_dialog.password)
    assert login_dialog.result() == LoginDialog.DialogCode.Accepted
    assert login_dialog.actor.display_name == "侯志远"


def test_a_wrong_password_says_so_and_keeps_the_user_name(qtbot, login_dialog) -> None:
    type_text(qtbot, login_dialog.username, "houzhang")
    type_text(qtbot, login_dialog.password, "nope")
    login_dialog.login_button.click()
    assert login_dialog.result() != LoginDialog.DialogCode.Accepted
    assert "用户名或密码不正确" in login_dialog.message.text()
    assert login_dialog.username.text() == "houzhang"
    assert login_dialog.password.text() == ""


def test_a_temporary_password_must_be_replaced_at_first_login(qtbot, db, hasher, chinese):
    from lijiabu_desk.models.enums import AccountRole
    from lijiabu_desk.services.accounts import (
        add_account,
        choose_new_password,
        must_change_password,
    )
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.ui.new_password_dialog import NewPasswordDialog

    admin = create_first_admin(
        db, username="houzhang", display_name="", password=PASSWORD, hasher=hasher
    )
    add_account(
        ServiceContext(db, admin),
        username="wangjing",
        display_name="王静",
        role=AccountRole.OFFICER,
        password="Temp#12345",
        hasher=hasher,
    )
    officer = login(db, "wangjing", "Temp#12345", hasher=hasher)
    assert must_change_password(db, officer.account_id)
    ctx = ServiceContext(db, officer)
    dialog = NewPasswordDialog(lambda pw: choose_new_password(ctx, pw, hasher=hasher))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.password, "Temp#12345")
    type_text(qtbot, dialog.confirm, "Temp#12345")
    dialog.ok_button.click()
    assert "不能与临时密码相同" in dialog.message.text()
    dialog.password.clear()
    dialog.confirm.clear()
    type_text(qtbot, dialog.password, "Wang#2026x")
    press_enter(qtbot, dialog.password)
    type_text(qtbot, dialog.confirm, "Wang#2026x")
    press_enter(qtbot, dialog.confirm)
    assert dialog.result() == NewPasswordDialog.DialogCode.Accepted
    assert not must_change_password(db, officer.account_id)
    assert login(db, "wangjing", "Wang#2026x", hasher=hasher).display_name == "王静"
