"""Run a service call off the GUI thread and get its plain-data result back on it.

The call gets no Qt objects and returns plain data; errors come back as the ServiceError or
StorageError that the services raise, so the window can show their message. Modelled on Anki's
``CollectionOp``: the widget says what to do, and what to do with the result.

Results are delivered to a slot of the ``Background`` object itself, so a job that reports after
its window was deleted is dropped by Qt instead of calling into a dead widget. ``idle`` is
emitted when the last running job has reported (the exit's backup waits for it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object, object)  # the job, its result
    failed = Signal(object, object)  # the job, the exception


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.done, result)

    def _report(self, signal: Any, value: object) -> None:
        # The window that asked may be gone by now (closed while the job ran, its objects
        # deleted): then there is no one to tell, and the result is dropped.
        with contextlib.suppress(RuntimeError):
            signal.emit(self, value)


class Background(QObject):
    """One per window (or controller); keeps running jobs alive until they report back."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self._running: dict[_Job, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        # Jobs that reported, kept until no thread runs: a worker may still be on its way out
        # of ``run`` when its result arrives here.
        self._retired: list[_Job] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        if self.pool.activeThreadCount() == 0:
            self._retired.clear()
        job = _Job(fn)
        job.setAutoDelete(False)
        self._running[job] = (on_done, on_error)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.pool.start(job)

    def _done(self, job: _Job, value: Any) -> None:
        self._deliver(job, 0, value)

    def _failed(self, job: _Job, exc: Exception) -> None:
        self._deliver(job, 1, exc)

    def _deliver(self, job: _Job, which: int, value: Any) -> None:
        self._retired.append(job)
        handlers = self._running.pop(job, None)
        try:
            if handlers is not None:
                handlers[which](value)
        finally:
            self._report_idle()

    def _report_idle(self) -> None:
        if not self._running:
            self.idle.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the jobs have run (their results are delivered later, by the event
        loop). For the moments when nothing else may touch the database: a restore, the end."""
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)


def error_message(exc: BaseException) -> str:
    """What to tell the user about a job that failed: the service's own sentence, or, for an
    error no service foresaw, a Chinese sentence that names only its kind (never its text,
    which for a database error holds SQL and values)."""
    from lijiabu_desk.services.failures import user_message

    return user_message(exc)
