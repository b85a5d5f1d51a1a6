"""Run a service call off the GUI thread and get its plain-data result back on it.

The call gets no Qt objects and returns plain data; errors come back as the ServiceError or
StorageError that the services raise, so the window can show their message. Modelled on Anki's
``CollectionOp``: the widget says what to do, and what to do with the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lijiabu_desk.services.failures import user_message


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Background(QObject):
    """One per window; keeps running jobs alive until they report back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self._running: set[_Job] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        job = _Job(fn)
        job.setAutoDelete(False)
        self._running.add(job)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._running.discard(job)
            handler(value)

        job.signals.done.connect(lambda value: finish(on_done, value))
        job.signals.failed.connect(lambda exc: finish(on_error, exc))
        self.pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)


def error_message(exc: BaseException) -> str:
    """What to tell the user about a job that failed: the service's own sentence, or, for an
    error no service foresaw, a Chinese sentence that names only its kind (never its text,
    which for a database error holds SQL and values)."""
    return user_message(exc)
