"""The start page's counts, read off the GUI thread.

``load_overview`` and ``queue_counts`` read the register (0.1–0.5 s on a large one, more on a
slow disk); the window used to wait for them before it appeared and again at every F5. Now it
appears with "—" in their places and ``StartPage.load`` reads them in the background, one load
at a time: asked again while one runs, it reads once more when that one reports and shows only
the newer counts, so the page never shows counts older than the last request (nor those of a
database replaced meanwhile by a restore).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from lijiabu_desk.ui.background import Background, error_message

if TYPE_CHECKING:
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.overview import Overview


@dataclass(frozen=True)
class StartCounts:
    overview: Overview
    queues: dict[str, int]


def read_counts(ctx: ServiceContext, today: date) -> StartCounts:
    """In a worker thread: the overview and every queue's count, each in its read session."""
    from lijiabu_desk.services.overview import load_overview
    from lijiabu_desk.services.queues import queue_counts

    with ctx.read() as session:
        overview = load_overview(session, today=today)
    return StartCounts(overview, queue_counts(ctx, today))


class StartPage(QObject):
    loaded = Signal(object)  # StartCounts
    failed = Signal(str)  # the sentence to show

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self.running = False
        self.pending: ServiceContext | None = None
        self.shown = 0  # loads shown so far (tests wait on it)

    def load(self, ctx: ServiceContext) -> None:
        """Read the counts from ``ctx`` in the background (after the one running, if any)."""
        self.pending = ctx
        if not self.running:
            self._start()

    def _start(self) -> None:
        ctx, self.pending = self.pending, None
        assert ctx is not None
        self.running = True
        today = ctx.today()
        self.background.run(lambda: read_counts(ctx, today), self._done, self._failed)

    def _done(self, counts: StartCounts) -> None:
        self.running = False
        if self.pending is not None:  # asked again meanwhile: those are the counts to show
            self._start()
            return
        self.shown += 1
        self.loaded.emit(counts)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        if self.pending is not None:
            self._start()
            return
        self.failed.emit(error_message(exc))
