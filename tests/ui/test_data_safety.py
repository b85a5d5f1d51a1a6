"""Backups, restore and the idle lock in the main window, with a fake clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from lijiabu_desk.models import Village
from lijiabu_desk.services.accounts import create_first_admin
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.ui.main_window import MainWindow
from tests.ui.typing_helpers import type_text

PASSWORD = "Lijiabu#2026"


class Ticks:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def window(qtbot, db: Database, hasher, clock, ticks, chinese) -> MainWindow:
    actor = create_first_admin(
        db,
        username="houzhang",
        display_name="侯志远",
        password=PASSWORD,
        hasher=hasher,
        clock=clock,
    )
    win = MainWindow(ServiceContext(db, actor, clock), monotonic=ticks)
    win.actions_.hasher = hasher
    qtbot.addWidget(win)
    win.show()
    return win


def status(window: MainWindow, name: str) -> str:
    return window.findChild(QLabel, name).text()


def test_scheduled_backup_updates_the_status_bar(qtbot, window: MainWindow, ticks) -> None:
    assert status(window, "backup_label") == "尚未备份"
    ticks.t += 29 * 60
    window.safety.tick()
    assert not window.safety.background.busy  # not due yet
    ticks.t += 60
    window.safety.tick()
    qtbot.waitUntil(lambda: status(window, "backup_label").startswith("上次备份："), timeout=10_000)
    assert status(window, "backup_label") == "上次备份：2026-11-28 09:00"


def test_idle_time_locks_and_the_password_unlocks(qtbot, window: MainWindow, ticks) -> None:
    ticks.t += 9 * 60
    window.safety.tick()
    assert window.actions_.lock_dialog is None
    ticks.t += 60
    window.safety.tick()
    dialog = window.actions_.lock_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.password, "wrong")
    dialog.try_unlock()
    assert dialog.isVisible() and "用户名或密码不正确" in dialog.message.text()
    dialog.reject()  # Esc does nothing
    assert dialog.isVisible()
    type_text(qtbot, dialog.password, PASSWORD)
    dialog.try_unlock()
    assert not dialog.isVisible() and not window.safety.locked
    assert window.isVisible()  # the work underneath is untouched


def test_activity_postpones_the_lock(qtbot, window: MainWindow, ticks) -> None:
    ticks.t += 9 * 60
    qtbot.mouseMove(window, window.rect().center())
    qtbot.keyClick(window, "a")
    ticks.t += 2 * 60
    window.safety.tick()
    assert window.actions_.lock_dialog is None


def test_restore_from_the_menu(qtbot, window: MainWindow, tmp_path: Path) -> None:
    ctx = window.ctx
    with ctx.write() as s:
        s.add(Village(name="河湾村"))
    backup = take_backup(ctx, reason="manual", folder=tmp_path / "usb").path
    with ctx.write() as s:
        s.add(Village(name="后来村"))
    shown = window.start_page.shown
    window.refresh()
    qtbot.waitUntil(lambda: window.start_page.shown > shown, timeout=10_000)
    assert status(window, "count_villages") == "2"
    questions: list[str] = []
    window.actions_.ask_backup_file = lambda: backup
    window.actions_.confirm = lambda title, text: questions.append(text) or True
    window.actions_.restore()
    assert "0 户，0 人" in questions[0] and "确认恢复" in questions[0]
    assert window.ctx is not ctx  # a new database object after the restore
    qtbot.waitUntil(lambda: status(window, "count_villages") == "1", timeout=10_000)


def test_restore_of_a_bad_file_says_why(qtbot, window: MainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("nonsense")
    told: list[str] = []
    window.actions_.ask_backup_file = lambda: junk
    window.actions_.inform = lambda title, text, error=False: told.append(text)
    window.actions_.restore()
    assert told and "不是数据库文件" in told[0]


def test_a_backup_without_manifest_needs_a_second_yes(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    ctx = window.ctx
    with ctx.write() as s:
        s.add(Village(name="河湾村"))
    backup = take_backup(ctx, reason="manual", folder=tmp_path / "usb").path
    Path(str(backup) + ".json").unlink()
    with ctx.write() as s:
        s.add(Village(name="后来村"))
    questions: list[str] = []
    window.actions_.ask_backup_file = lambda: backup
    window.actions_.confirm = lambda title, text: questions.append(text) or False
    window.actions_.restore()
    assert len(questions) == 1 and "没有备份说明文件" in questions[0]
    assert window.ctx is ctx  # declined: nothing happened
    window.actions_.confirm = lambda title, text: questions.append(text) or True
    window.actions_.restore()
    assert "确认恢复" in questions[-1] and window.ctx is not ctx
    with window.ctx.db.sessions() as s:
        assert s.scalars(select(Village.name)).all() == ["河湾村"]


def test_a_crafted_backup_is_refused_from_the_menu(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    import sqlite3
    from contextlib import closing

    ctx = window.ctx
    backup = take_backup(ctx, reason="manual", folder=tmp_path / "usb").path
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute("CREATE TRIGGER evil AFTER INSERT ON audit_entries BEGIN SELECT 1; END")
        conn.commit()
    told: list[str] = []
    window.actions_.ask_backup_file = lambda: backup
    window.actions_.inform = lambda title, text, error=False: told.append(text)
    window.actions_.restore()
    assert told and "被改动过" in told[0] and window.ctx is ctx


def test_closing_the_window_backs_up(qtbot, window: MainWindow, clock) -> None:
    clock.now = datetime(2026, 11, 28, 17, 45)
    window.close()
    newest = window.safety.newest_backup()
    assert newest is not None and newest.reason == "exit"
    assert newest.taken_at == datetime(2026, 11, 28, 17, 45)
