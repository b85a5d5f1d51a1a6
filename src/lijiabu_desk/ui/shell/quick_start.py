"""The login screen first, the database behind it.

Opening the database costs more than showing a window: SQLAlchemy, the models and Alembic take
about a second to import on the post's kind of PC, and the file is checked and brought to the
current schema. None of it needs the officer, who meanwhile types a password. So when a glance
at the file (``services.opening.first_look``) finds it sound and with accounts, the window takes
the single-instance lock, shows the login screen at once and opens the database in the
background (``open_locked``), then imports the main window's code; a click on 登录 before that
is done waits for it, saying so. Everything else (a new file, a damaged or foreign one, the
first start) goes the careful way, as before (``ui.app.open_for_desk``).

If the background opening fails, the login screen closes and the failure is handled as the
careful way handles it: a damaged file is set aside and the newest good backup offered.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Signal

from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.background import Background

if TYPE_CHECKING:
    from lijiabu_desk.services.actor import Actor
    from lijiabu_desk.services.database import Database
    from lijiabu_desk.services.opening import DeskLock
    from lijiabu_desk.ui.login_dialog import LoginDialog

#: What the window needs right after the login, imported while the officer types.
WINDOW_MODULES = (
    "lijiabu_desk.services.context",
    "lijiabu_desk.ui.new_password_dialog",
    "lijiabu_desk.ui.main_window",
)
#: What ``authenticate`` needs, imported with the opening (before a login can be tried).
LOGIN_MODULES = ("lijiabu_desk.services.accounts", "lijiabu_desk.services.passwords")


def import_all(names: tuple[str, ...]) -> None:
    for name in names:
        importlib.import_module(name)


class QuickStart(QObject):
    """Opens ``path`` (already locked by ``lock``) in the background while the login screen
    shows; ``authenticate`` is the login screen's check, waiting for the opening if need be."""

    opened = Signal()
    failed = Signal(object)  # the exception

    def __init__(
        self, path: Path, lock: DeskLock, *, start_area: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.lock = lock
        self.start_area = start_area
        self.background = Background(self)
        self.database: Database | None = None
        self.error: Exception | None = None
        self.warmed = False

    def begin(self) -> None:
        self.background.run(self._open, self._opened, self._failed)

    def _open(self) -> Database:
        """In a worker thread: nothing here touches Qt."""
        from lijiabu_desk.services.opening import open_locked

        database = open_locked(self.path, self.lock, thorough=False)
        import_all(LOGIN_MODULES)
        return database

    def _opened(self, database: Database) -> None:
        self.database = database
        self.opened.emit()
        self.background.run(self._warm_up, self._warmed, self._warmed)

    def _failed(self, exc: Exception) -> None:
        self.error = exc
        self.failed.emit(exc)

    def _warm_up(self) -> None:
        """In a worker thread: imports only (module-level code builds no widget)."""
        import_all(WINDOW_MODULES)
        from lijiabu_desk.ui.main_window import area_module

        module = area_module(self.start_area)
        if module:
            importlib.import_module(module)

    def _warmed(self, _result: object) -> None:
        # A failed import is not reported here: the window imports again, on the GUI thread,
        # and the error hook shows what went wrong there.
        self.warmed = True

    @property
    def done(self) -> bool:
        return self.database is not None or self.error is not None

    def wait_opened(self, dialog: LoginDialog | None = None) -> Database:
        """The database once opened; meanwhile the event loop runs (the screen stays alive) and
        ``dialog`` says what it waits for. Raises the opening's ServiceError with its sentence."""
        if not self.done:
            loop = QEventLoop()
            self.opened.connect(loop.quit)
            self.failed.connect(loop.quit)
            if dialog is not None:
                dialog.message.setText(self.tr("Opening the database, one moment…"))
                dialog.login_button.setEnabled(False)
            loop.exec()
            if dialog is not None:
                dialog.message.clear()
                dialog.login_button.setEnabled(True)
        if self.database is None:
            from lijiabu_desk.services.failures import user_message

            raise ServiceError(user_message(self.error or RuntimeError()))
        return self.database

    def authenticate(self, dialog: LoginDialog, username: str, password: str) -> Actor:
        from lijiabu_desk.services.accounts import login
        from lijiabu_desk.services.passwords import make_hasher

        database = self.wait_opened(dialog)
        return login(database, username, password, hasher=make_hasher())

    def finish(self) -> None:
        """Before the window is built on the GUI thread: the background imports are over (two
        threads must not import the same modules at once)."""
        self.background.wait()

    def abandon(self) -> None:
        """The officer cancelled: wait for the opening, then close what it opened (and the
        lock); if it never opened, release the lock here."""
        self.background.wait()
        if self.database is not None:
            self.database.close()
        else:
            self.lock.release()

    def forward(self, target: Any) -> None:
        """Close ``target`` (the login screen) with ``OPEN_FAILED`` when the opening fails."""
        self.failed.connect(lambda _exc: target.done(OPEN_FAILED))


#: The login screen's result when the database behind it could not be opened.
OPEN_FAILED = 2
