"""The processes ``bench_startup.py`` starts and times: a bare PySide6 window, and the desk.

Run by the bench, not by hand: ``startup_child.py bare`` or ``startup_child.py desk DB SETTINGS
TYPING_S``. Each prints one JSON line of ``time.monotonic()`` stamps (on Linux the same clock in
every process, so the parent subtracts the moment it started the process). Only the standard
library and PySide6 are imported here before the desk's own entry point, so the child pays for
nothing the real ``lijiabu-desk`` would not.

Both children watch the screen the same way, a 5 ms timer polling the top-level windows, so the
bare window and the desk are seen at the same resolution. The desk child logs in as the demo
township's admin ``TYPING_S`` seconds after the login screen is shown (an officer typing the
password), waits for the start page's counts, lets the window settle, then closes it and times
the exit (the backup on exit) while the timer measures how long the event loop stalls.

The desk prepares the main window behind the login screen (opens the database, imports the
window's code). ``ready`` is when that is done, as seen from here: the window's module and the
start area's module (the register, on fresh settings) fully imported. The login waits for it if
typing took less time, so that "after login" measures what the window adds after the click;
how long the preparation took is reported beside it (``ready``).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import json
import os
import sys
import time
from collections.abc import Sequence
from types import ModuleType
from typing import Any

POLL_MS = 5
READY_MODULES = (
    ("lijiabu_desk.ui.main_window", "MainWindow"),
    ("lijiabu_desk.ui.register.area", "RegisterArea"),  # the start area on fresh settings
)
READY_TIMEOUT_S = 60.0
SETTLE_S = 3.0  # after the window is shown: time for the background work to run and be felt
USER, PASSWORD = "admin", "demo"  # the demo township's administrator (services.demo)


class CheapHasher(importlib.abc.MetaPathFinder):
    """Gives ``services.passwords.make_hasher`` the bench's cheap argon2 parameters (those the
    township's admin password was hashed with) when the app first imports it, so that the
    child imports nothing ahead of the app and a login never re-hashes the password."""

    NAME = "lijiabu_desk.services.passwords"

    def find_spec(self, name: str, path: Sequence[str] | None, target: Any = None) -> Any:
        if name != self.NAME:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            original(module)

            def make_hasher() -> Any:
                from argon2 import PasswordHasher

                return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

            module.make_hasher = make_hasher  # type: ignore[attr-defined]

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


class Watcher:
    """A 5 ms timer: calls ``step`` and records the longest gap between its ticks per phase."""

    def __init__(self, step: Any) -> None:
        from PySide6.QtCore import QTimer

        self.step = step
        self.phase = "start"
        self.gaps: dict[str, float] = {}
        self.last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.monotonic()
        self.gaps[self.phase] = max(self.gaps.get(self.phase, 0.0), now - self.last)
        self.last = now
        self.step(now)


def shown(class_name: str) -> Any:
    """The visible, exposed top-level window of that class, if any."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == class_name and widget.isVisible():
            handle = widget.windowHandle()
            if handle is not None and handle.isExposed():
                return widget
    return None


def prepared() -> bool:
    """The window's code and the start area's are imported (their classes exist)."""
    return all(hasattr(sys.modules.get(name), attr) for name, attr in READY_MODULES)


def bare() -> None:
    """A bare PySide6 window of about the login screen's size: a heading, two fields, a button."""
    from PySide6.QtWidgets import (
        QApplication,
        QFormLayout,
        QLabel,
        QLineEdit,
        QPushButton,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv)
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("李家堡派出所"))
    form = QFormLayout()
    form.addRow("用户名", QLineEdit())
    form.addRow("密码", QLineEdit())
    layout.addLayout(form)
    layout.addWidget(QPushButton("登录"))
    window.setWindowTitle("登录")
    stamps: dict[str, float] = {}

    def step(now: float) -> None:
        if "shown" not in stamps and shown("QWidget") is window:
            stamps["shown"] = now
            app.quit()

    watcher = Watcher(step)
    window.show()
    app.exec()
    del watcher
    print(json.dumps(stamps), flush=True)


def desk(db: str, settings: str, typing_s: float) -> None:
    os.environ["LIJIABU_SETTINGS_DIR"] = os.path.join(settings, "anchor")
    sys.meta_path.insert(0, CheapHasher())
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = QApplication(sys.argv)
    stamps: dict[str, float] = {}

    def log_in() -> None:
        dialog = shown("LoginDialog")
        if dialog is None:
            stamps["error"] = -1.0
            app.exit(3)
            return
        dialog.username.setText(USER)
        dialog.password.setText(PASSWORD)
        stamps["click"] = time.monotonic()
        dialog.login_button.click()

    def counted(window: Any) -> bool:
        label = window.findChild(QLabel, "count_households")
        return label is not None and label.text() not in ("", "—")

    def close(window: Any) -> None:
        watcher.phase = "exit"
        stamps["close"] = time.monotonic()
        window.close()
        stamps["closed"] = time.monotonic()

    def step(now: float) -> None:
        if "login" not in stamps:
            if shown("LoginDialog") is not None:
                stamps["login"] = now
                watcher.phase = "login"
            return
        if "click" not in stamps:
            if "ready" not in stamps and prepared():
                stamps["ready"] = now
            typed = now - stamps["login"] >= typing_s
            waited_enough = now - stamps["login"] >= READY_TIMEOUT_S
            if typed and ("ready" in stamps or waited_enough):
                stamps["click"] = 0.0  # asked; set again when it happens
                QTimer.singleShot(0, log_in)
            return
        if "window" not in stamps:
            if (window := shown("MainWindow")) is not None:
                stamps["window"] = now
                watcher.phase = "window"
                QTimer.singleShot(0, lambda: stamps.setdefault("idle", time.monotonic()))
            return
        window = shown("MainWindow")
        if window is None:
            return
        if "counts" not in stamps and counted(window):
            stamps["counts"] = now
        if "counts" in stamps and "close" not in stamps and now - stamps["window"] >= SETTLE_S:
            QTimer.singleShot(0, lambda w=window: close(w))
            stamps["close"] = 0.0  # asked; set again when it starts

    watcher = Watcher(step)
    from lijiabu_desk.cli import main as desk_main

    stamps["rc"] = float(desk_main(["--db", db]))
    stamps["end"] = time.monotonic()
    watcher.timer.stop()
    result: dict[str, Any] = dict(stamps)
    result["gaps"] = watcher.gaps
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "bare":
        bare()
    else:
        desk(sys.argv[2], sys.argv[3], float(sys.argv[4]))
