"""The main window opens fast and closes safely (issue #14): areas built when first shown, the
start page's counts read off the GUI thread, the whole-file check in the background with the
start-up's recovery, and the backup on exit in the background with the window saying so.

The window's new sentences are compared with what ``tr`` gives for them, so that these tests
hold whether or not the catalogue has their Chinese yet (``test_translations`` checks that)."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from lijiabu_desk.db.guard import InstanceLock
from lijiabu_desk.models import Village
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.integrity import FileCheck
from lijiabu_desk.ui import safety
from lijiabu_desk.ui.forms import WINDOW_FRAME
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.shell import file_check, start_page
from lijiabu_desk.ui.shell.areas import AREAS
from tests.ui.screens import AVAILABLE_HEIGHT, MAX_MIN_HEIGHT, SCREEN_WIDTH, smallest_size


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def text(window: MainWindow, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def counted(qtbot, window: MainWindow, after: int = 0) -> None:
    qtbot.waitUntil(lambda: window.start_page.shown > after, timeout=10_000)


def test_only_the_area_on_screen_is_built(qtbot, desk, chinese) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert window.areas.current_key() == "register"  # the default start area
    assert [k for k in AREAS if window.areas.is_built(k)] == ["register"]
    window.areas.show_area("calls")
    assert window.areas.is_built("calls") and window.areas.stack.currentWidget() is window.calls
    assert not window.areas.is_built("meetings")
    assert window.meetings is window.areas.widget("meetings")  # reaching for it builds it
    assert window.areas.is_built("meetings")
    assert not window.areas.is_built("settings")


def test_the_counts_are_read_in_a_worker_after_the_window_is_up(
    qtbot, desk, chinese, monkeypatch
) -> None:
    with desk.write() as s:
        s.add(Village(name="河湾村"))
    threads: list[threading.Thread] = []
    real = start_page.read_counts

    def spy(ctx, today):
        threads.append(threading.current_thread())
        return real(ctx, today)

    monkeypatch.setattr(start_page, "read_counts", spy)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    assert text(window, "count_villages") == "—" and not threads  # nothing read yet
    counted(qtbot, window)
    assert text(window, "count_villages") == "1"
    assert threads and threads[0] is not threading.main_thread()


def test_a_refresh_asked_during_a_load_shows_only_the_newer_counts(
    qtbot, desk, chinese, monkeypatch
) -> None:
    release = threading.Event()
    real = start_page.read_counts
    calls: list[int] = []

    def slow_first(ctx, today):
        counts = real(ctx, today)
        calls.append(counts.overview.villages)
        if len(calls) == 1:
            release.wait(10)
        return counts

    monkeypatch.setattr(start_page, "read_counts", slow_first)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10_000)  # read 0 villages, held
    with desk.write() as s:
        s.add(Village(name="河湾村"))
    window.refresh()
    release.set()
    counted(qtbot, window)
    assert calls == [0, 1] and window.start_page.shown == 1  # the stale load never shown
    assert text(window, "count_villages") == "1"


def test_the_exit_backup_runs_in_the_background_and_the_window_says_so(
    qtbot, desk, chinese, monkeypatch
) -> None:
    seen: dict[str, object] = {}
    real = safety.take_backup

    def slow_backup(ctx, **kw):
        seen["thread"] = threading.current_thread()
        time.sleep(0.4)
        return real(ctx, **kw)

    monkeypatch.setattr(safety, "take_backup", slow_backup)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    ticks: list[str] = []
    ticker = QTimer(interval=20)
    ticker.timeout.connect(lambda: ticks.append(text(window, "backup_label")))
    ticker.start()
    desk.clock.now = datetime(2026, 11, 28, 17, 45)
    window.close()
    ticker.stop()
    assert seen["thread"] is not threading.main_thread()
    # The event loop ran meanwhile (the timer ticked), and the window said what it was doing.
    assert len(ticks) >= 5 and window.tr("Backing up…") in ticks
    assert not window.isVisible()
    newest = window.safety.newest_backup()
    assert newest is not None and newest.reason == "exit"  # verified before it got its name
    assert newest.taken_at == datetime(2026, 11, 28, 17, 45) and newest.path.exists()


def test_the_exit_waits_for_a_backup_already_running(qtbot, desk, monkeypatch) -> None:
    spans: dict[str, tuple[float, float]] = {}
    real = safety.take_backup

    def timed(ctx, *, reason, **kw):
        started = time.monotonic()
        time.sleep(0.3)
        info = real(ctx, reason=reason, **kw)
        spans[reason] = (started, time.monotonic())
        return info

    monkeypatch.setattr(safety, "take_backup", timed)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.safety.backup_in_background("scheduled")
    window.close()
    assert set(spans) == {"scheduled", "exit"}
    assert spans["exit"][0] >= spans["scheduled"][1]  # one after the other, never together


def test_a_failed_exit_backup_is_said_and_the_window_still_closes(qtbot, desk, monkeypatch) -> None:
    def refuse(ctx, **kw):
        raise ServiceError("备份没有完成：磁盘已满。")

    told: list[str] = []
    monkeypatch.setattr(safety, "take_backup", refuse)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: told.append(message))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert told == ["备份没有完成：磁盘已满。"] and not window.isVisible()


def test_the_whole_file_check_says_the_file_is_intact(qtbot, desk, chinese, monkeypatch):
    monkeypatch.setattr("lijiabu_desk.ui.main_window.FILE_CHECK_DELAY_MS", 0)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.file_check.result is not None, timeout=10_000)
    assert window.file_check.result.ok
    assert text(window, "file_check_label") == window.file_check.tr("File intact")


def test_a_damaged_file_found_while_open_gets_the_start_ups_recovery(
    qtbot, desk, chinese, monkeypatch
) -> None:
    with desk.write() as s:
        s.add(Village(name="河湾村"))
    backup = take_backup(desk, reason="scheduled")
    with desk.write() as s:
        s.add(Village(name="后来村"))
    lock = InstanceLock(desk.db.path)  # as the window holds it, opened by services.opening
    lock.acquire()
    desk.db.lock = lock
    damaged = FileCheck(False, "第 12 页已损坏", backup)
    monkeypatch.setattr("lijiabu_desk.services.integrity.check_open_file", lambda _p: damaged)
    monkeypatch.setattr("lijiabu_desk.ui.main_window.FILE_CHECK_DELAY_MS", 0)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    asked: list[str] = []
    told: list[str] = []
    window.file_check.ask = lambda result: asked.append(result.message) or backup.path
    window.file_check.tell = lambda message, error=False: told.append(message)
    window.show()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert "已损坏（第 12 页已损坏）" in asked[0] and "最新的完好备份" in asked[0]
    assert window.ctx.db is not desk.db and window.ctx.db.lock is lock  # the lock passed on
    assert lock.is_held
    with window.ctx.read() as s:
        assert [v.name for v in s.query(Village)] == ["河湾村"]
    kept = [p for p in Path(desk.db.path).parent.iterdir() if ".damaged-" in p.name]
    assert kept  # the file found damaged is set aside, never deleted
    assert text(window, "file_check_label") == window.file_check.tr("Restored from a backup")
    assert file_check.DAMAGED_STYLE not in window.file_check.label.styleSheet()
    window.close()
    window.ctx.db.close()
    assert not lock.is_held


@pytest.fixture
def small_screen(monkeypatch) -> None:
    room = QRect(0, 0, SCREEN_WIDTH, AVAILABLE_HEIGHT)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: room)


def test_every_area_once_built_still_fits_a_small_screen(
    qtbot, desk, chinese, small_screen
) -> None:
    """Areas are built when first shown: the window still fits 1366×768 with each of them
    (what ``test_screen_fit`` measured when every area was built with the window)."""
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    for key in AREAS:
        window.areas.show_area(key)
        QApplication.processEvents()
        width, height = smallest_size(window)
        assert width <= SCREEN_WIDTH and height <= MAX_MIN_HEIGHT, (key, width, height)
        shown = window.size() + WINDOW_FRAME
        assert shown.width() <= SCREEN_WIDTH and shown.height() <= AVAILABLE_HEIGHT, key
    assert all(window.areas.is_built(key) for key in AREAS)
