"""Keeping the desk safe while it runs: scheduled backups, backup on exit, the idle lock.

Behaviour only; the window lays out. Time comes from an injected monotonic clock and the
backup time from the service context's clock, so tests drive both by hand.

Every backup runs on a worker thread. The one on exit too (``backup_before_exit``): the event
loop keeps turning while it runs, so the window stays painted and says "正在备份……" instead of
freezing for the seconds a large register takes to copy and check; the call returns, and the
window closes, only once the backup is verified (or has failed), after any backup already
running.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from lijiabu_desk.services.backups import BackupInfo, last_backup, take_backup
from lijiabu_desk.ui.background import Background, error_message

if TYPE_CHECKING:
    from lijiabu_desk.services.context import ServiceContext

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class SafetyController(QObject):
    backup_finished = Signal(object)  # BackupInfo
    backup_failed = Signal(str)
    lock_requested = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget,
        *,
        backup_every_s: int = 30 * 60,
        idle_lock_s: int = 10 * 60,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.monotonic = monotonic
        self.backup_every_s = backup_every_s
        self.idle_lock_s = idle_lock_s
        self.background = Background(self)
        self.locked = False
        self.last_activity = monotonic()
        self.last_backup_run = monotonic()
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(15_000)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in ACTIVITY_EVENTS and not self.locked:
            self.last_activity = self.monotonic()
        return False

    def tick(self) -> None:
        """Called by the timer (and by tests): lock when idle, back up when due."""
        now = self.monotonic()
        if not self.locked and self.idle_lock_s and now - self.last_activity >= self.idle_lock_s:
            self.locked = True
            self.lock_requested.emit()
        if (
            self.backup_every_s
            and now - self.last_backup_run >= self.backup_every_s
            and not self.background.busy
        ):
            self.backup_in_background("scheduled")

    def unlocked(self) -> None:
        self.locked = False
        self.last_activity = self.monotonic()

    def backup_in_background(self, reason: str) -> None:
        self.last_backup_run = self.monotonic()
        ctx = self.ctx
        self.background.run(
            lambda: take_backup(ctx, reason=reason),
            self.backup_finished.emit,
            lambda exc: self.backup_failed.emit(error_message(exc)),
        )

    def backup_before_exit(self, reason: str = "exit") -> BackupInfo:
        """The backup on exit, in the background; returns once it is verified (raises its
        ServiceError if it failed). A backup already running is waited for first. The event
        loop runs meanwhile: the caller disables what must not be used."""
        self.tick_timer.stop()
        loop = QEventLoop()
        outcome: dict[str, Any] = {}
        ctx = self.ctx

        def report(key: str) -> Callable[[Any], None]:
            def store(value: Any) -> None:
                outcome[key] = value
                loop.quit()

            return store

        def start() -> None:
            self.background.idle.disconnect(start)
            self.background.run(
                lambda: take_backup(ctx, reason=reason), report("info"), report("error")
            )

        self.background.idle.connect(start)
        if not self.background.busy:
            start()
        if not outcome:
            loop.exec()
        if "error" in outcome:
            raise outcome["error"]
        self.backup_finished.emit(outcome["info"])
        return outcome["info"]

    def newest_backup(self) -> BackupInfo | None:
        return last_backup(self.ctx)

    def stop(self) -> None:
        self.tick_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.background.wait()
