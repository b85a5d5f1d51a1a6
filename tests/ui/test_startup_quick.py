"""The login screen first, the database behind it (issue #14, ``ui.shell.quick_start``)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from lijiabu_desk.db.guard import DatabaseInUseError, InstanceLock
from lijiabu_desk.services import passwords
from lijiabu_desk.services.accounts import create_first_admin
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.opening import first_look, lock_desk
from lijiabu_desk.services.station import StationDetails
from lijiabu_desk.ui import app as desk_app
from lijiabu_desk.ui.login_dialog import LoginDialog
from lijiabu_desk.ui.shell.quick_start import QuickStart

PASSWORD = "Lijiabu#2026"


@pytest.fixture
def post(db_path: Path, hasher, clock, monkeypatch) -> Path:
    """A post's file with its station and administrator, closed (as before a start)."""
    db = open_database(db_path)
    create_first_admin(
        db,
        username="houzhang",
        display_name="侯志远",
        password=PASSWORD,
        hasher=hasher,
        station=StationDetails(name="李家堡派出所"),
        clock=clock,
    )
    db.close()
    monkeypatch.setattr(passwords, "make_hasher", lambda: hasher)  # the account's parameters
    return db_path


def free(path: Path) -> bool:
    """Whether another copy of the app could take the database now."""
    other = InstanceLock(path)
    try:
        other.acquire()
    except DatabaseInUseError:
        return False
    other.release()
    return True


def test_the_database_opens_in_a_worker_while_the_login_screen_shows(qtbot, post: Path) -> None:
    lock = lock_desk(post)
    starter = QuickStart(post, lock, start_area="register")
    starter.begin()
    dialog = LoginDialog(lambda u, p: starter.authenticate(dialog, u, p))
    qtbot.addWidget(dialog)
    database = starter.wait_opened(dialog)
    try:
        assert database.lock is lock and not free(post)
        with pytest.raises(ServiceError, match="用户名或密码不正确"):
            starter.authenticate(dialog, "houzhang", "wrong")
        actor = starter.authenticate(dialog, "houzhang", PASSWORD)
        assert actor.username == "houzhang"
        starter.finish()
        qtbot.waitUntil(lambda: starter.warmed, timeout=20_000)
    finally:
        database.close()
    assert free(post)


def answer_login(monkeypatch, password: str = PASSWORD) -> None:
    """The login screen answered as an officer would, through its own exec loop."""
    real_exec = LoginDialog.exec

    def typed(dialog: LoginDialog) -> int:
        def log_in() -> None:
            dialog.username.setText("houzhang")
            dialog.password.setText(password)
            dialog.login_button.click()

        QTimer.singleShot(0, log_in)
        return real_exec(dialog)

    monkeypatch.setattr(LoginDialog, "exec", typed)


def test_a_quick_start_logs_in_and_hands_over_the_open_database(
    qtbot, post: Path, monkeypatch, chinese
) -> None:
    look = first_look(post)
    assert look is not None and look.has_accounts
    answer_login(monkeypatch)
    outcome = desk_app.quick_sign_in(post, look)
    assert not isinstance(outcome, int)
    database, actor = outcome
    try:
        assert actor is not None and actor.username == "houzhang"
        assert database.lock is not None and not free(post)
        assert QSettings().value("login/last_user") == "houzhang"
    finally:
        database.close()
    assert free(post)


def test_cancelling_the_login_screen_lets_go_of_the_database(
    qtbot, post: Path, monkeypatch
) -> None:
    real_exec = LoginDialog.exec

    def cancelled(dialog: LoginDialog) -> int:
        QTimer.singleShot(0, dialog.reject)
        return real_exec(dialog)

    monkeypatch.setattr(LoginDialog, "exec", cancelled)
    look = first_look(post)
    assert look is not None
    assert desk_app.quick_sign_in(post, look) == 0
    assert free(post)


def test_an_opening_that_fails_behind_the_login_screen_is_said(
    qtbot, post: Path, monkeypatch
) -> None:
    """A file from a newer version looks sound at a glance; opening it is refused: the login
    screen closes by itself and the refusal is said, as the careful way says it."""
    with closing(sqlite3.connect(post)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: told.append(text))
    look = first_look(post)
    assert look is not None and look.has_accounts  # the glance cannot tell
    assert desk_app.quick_sign_in(post, look) == 1
    assert told and "更新版本" in told[0]
    assert free(post)


def test_a_database_open_elsewhere_is_refused_before_the_login_screen(
    qtbot, post: Path, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: told.append(text))
    shown: list[LoginDialog] = []
    monkeypatch.setattr(
        LoginDialog, "exec", lambda d: shown.append(d) or QDialog.DialogCode.Rejected
    )
    other = InstanceLock(post)
    other.acquire()
    try:
        look = first_look(post)
        assert look is not None
        assert desk_app.quick_sign_in(post, look) == 1
    finally:
        other.release()
    assert told and "已经在另一个" in told[0] and not shown
