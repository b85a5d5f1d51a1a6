"""Starting the desk application: translators, guards, the database, first start or login,
the window.

Order matters: refuse a network share, take the single-instance lock, look at the file (a
damaged one is set aside and a backup offered), migrate, and only then ask who is there.

The usual start keeps that order but does not make the officer watch it (issue #14): when a
glance at the file finds it sound and with accounts (``services.opening.first_look``), the lock
is taken and the login screen shown at once, and the file is opened behind it
(``shell.quick_start``); a login waits for that. Everything else — a new file, the first start,
a file that looks wrong — goes the careful way, opening first (``open_for_desk``). Only what the
login screen needs is imported before it shows; the rest is imported where it is used.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from lijiabu_desk import APP_NAME
from lijiabu_desk.services.locations import default_db_path
from lijiabu_desk.services.opening import FirstLook, first_look, lock_desk, open_desk
from lijiabu_desk.ui.i18n import install_translators, wants_english
from lijiabu_desk.ui.login_dialog import LoginDialog
from lijiabu_desk.ui.shell.quick_start import QuickStart

if TYPE_CHECKING:
    from lijiabu_desk.services.actor import Actor
    from lijiabu_desk.services.database import Database
    from lijiabu_desk.services.opening import DeskLock
    from lijiabu_desk.services.restore import DamagedDatabaseError
    from lijiabu_desk.ui.main_window import MainWindow

#: A signed-in start: the open database and who logged in (None: the officer cancelled).
SignedIn = tuple["Database", "Actor | None"]


def sign_in(database: Database) -> Actor | None:
    """First start (no accounts yet) or login; None when the user cancels."""
    from lijiabu_desk.services.accounts import create_first_admin, has_accounts, login
    from lijiabu_desk.services.passwords import make_hasher
    from lijiabu_desk.services.station import StationDetails, station_name
    from lijiabu_desk.ui.setup_dialog import SetupDialog

    hasher = make_hasher()
    with database.sessions() as session:
        first_start = not has_accounts(session)
    if first_start:

        def create(station: StationDetails, username: str, name: str, password: str) -> Actor:
            return create_first_admin(
                database,
                username=username,
                display_name=name,
                password=password,
                hasher=hasher,
                station=station,
            )

        dialog: SetupDialog | LoginDialog = SetupDialog(create)
    else:
        dialog = LoginDialog(
            lambda user, pw: login(database, user, pw, hasher=hasher),
            station_name=station_name(database),
            username=remembered_user(),
        )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    if isinstance(dialog, LoginDialog):
        QSettings().setValue("login/last_user", dialog.actor.username)
    return confirm_password(database, dialog.actor)


def remembered_user() -> str:
    return str(QSettings().value("login/last_user", ""))


def confirm_password(database: Database, actor: Actor) -> Actor | None:
    """After a login with a temporary password, the officer chooses their own (None: they
    cancelled)."""
    from lijiabu_desk.services.accounts import choose_new_password, must_change_password
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.passwords import make_hasher
    from lijiabu_desk.ui.new_password_dialog import NewPasswordDialog

    if must_change_password(database, actor.account_id):
        ctx = ServiceContext(database, actor)
        hasher = make_hasher()
        forced = NewPasswordDialog(lambda pw: choose_new_password(ctx, pw, hasher=hasher))
        if forced.exec() != QDialog.DialogCode.Accepted:
            return None
    return actor


def offer_recovery(error: DamagedDatabaseError) -> Path | None:
    """Tell the officer what happened; the backup to restore if they agree, else None."""
    title = QApplication.translate("App", "The database is damaged")
    if error.newest_backup is None:
        QMessageBox.critical(None, title, error.message)
        return None
    question = QApplication.translate("App", "Restore this backup now?")
    answer = QMessageBox.question(None, title, f"{error.message}\n\n{question}")
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return error.newest_backup.path


def confirm_new_file(db_path: Path) -> bool:
    """A path given on the command line that does not exist: create it only when asked to."""
    text = QApplication.translate(
        "App", "There is no database file at\n%1\n\nCreate a new, empty database there?"
    ).replace("%1", str(db_path))
    title = QApplication.translate("App", "New database")
    answer = QMessageBox.question(None, title, text)
    return answer == QMessageBox.StandardButton.Yes


def open_for_desk(db_path: Path) -> Database | None:
    """Open through the one opening service; None when the officer declined or it failed (the
    reason has been shown). The first start on the default path creates the file."""
    from lijiabu_desk.services.failures import user_message
    from lijiabu_desk.services.restore import DamagedDatabaseError

    create = db_path.exists() or db_path == default_db_path() or confirm_new_file(db_path)
    if not create:
        return None
    try:
        return open_desk(db_path, create=True, choose_backup=offer_recovery)
    except DamagedDatabaseError:
        return None  # already told in offer_recovery
    except Exception as exc:
        show_error(None, user_message(exc))
        return None


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.critical(parent, QApplication.translate("App", "Cannot open the database"), message)


def careful_sign_in(db_path: Path) -> SignedIn | int:
    database = open_for_desk(db_path)
    if database is None:
        return 1
    return careful_continue(database)


def careful_continue(database: Database) -> SignedIn:
    try:
        return database, sign_in(database)
    except BaseException:
        database.close()
        raise


def quick_sign_in(db_path: Path, look: FirstLook) -> SignedIn | int:
    """The login screen at once, the database opened behind it (see the module's docstring)."""
    from lijiabu_desk.services.failures import user_message

    try:
        lock = lock_desk(db_path)
    except Exception as exc:
        show_error(None, user_message(exc))
        return 1
    start_area = str(QSettings().value("main_window/area", "register"))
    starter = QuickStart(db_path, lock, start_area=start_area)
    dialog = LoginDialog(
        lambda user, pw: starter.authenticate(dialog, user, pw),
        station_name=look.station_name,
        username=remembered_user(),
    )
    starter.forward(dialog)
    starter.begin()
    result = dialog.exec()
    if starter.error is not None:  # the login screen was closed with OPEN_FAILED
        return opening_failed(db_path, lock, starter.error)
    if result != QDialog.DialogCode.Accepted or dialog.actor is None:
        starter.abandon()
        return 0
    QSettings().setValue("login/last_user", dialog.actor.username)
    database = starter.database
    assert database is not None  # the login went through it
    starter.finish()
    try:
        return database, confirm_password(database, dialog.actor)
    except BaseException:
        database.close()
        raise


def opening_failed(db_path: Path, lock: DeskLock, error: Exception) -> SignedIn | int:
    """The background opening failed: what the careful way does with that failure (a damaged
    file was set aside: the newest good backup is offered)."""
    database = recovered(db_path, error)
    if database is None:
        lock.release()
        return 1
    database.lock = lock
    return careful_continue(database)


def recovered(db_path: Path, error: Exception) -> Database | None:
    from lijiabu_desk.services.failures import user_message
    from lijiabu_desk.services.restore import DamagedDatabaseError, recover_from_backup

    if not isinstance(error, DamagedDatabaseError):
        show_error(None, user_message(error))
        return None
    backup = offer_recovery(error)
    if backup is None:
        return None
    try:
        return recover_from_backup(db_path, backup)
    except Exception as exc:
        show_error(None, user_message(exc))
        return None


def install_error_hook_on_first_error() -> None:
    """The window's error hook (``ui.error_hook``), imported when first needed: it brings the
    database's error texts, which the login screen has no use for."""

    def first(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from lijiabu_desk.ui.error_hook import install_error_hook

        install_error_hook()
        sys.excepthook(kind, exc, tb)

    sys.excepthook = first


def run_gui(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Lijiabu")
    translators = install_translators(app, english=wants_english())
    install_error_hook_on_first_error()
    look = first_look(db_path)
    if look is not None and look.has_accounts:
        outcome = quick_sign_in(db_path, look)
    else:
        outcome = careful_sign_in(db_path)
    if isinstance(outcome, int):
        return outcome
    database, actor = outcome
    window: MainWindow | None = None
    try:
        if actor is None:
            return 0
        from lijiabu_desk.services.context import ServiceContext
        from lijiabu_desk.ui.main_window import MainWindow

        window = MainWindow(ServiceContext(database, actor))
        window.show()
        for warning in database.warnings:
            QMessageBox.warning(window, QApplication.translate("App", "Please note"), warning)
        return app.exec()
    finally:
        if window is not None:  # no job of the window may outlive its database
            window.safety.stop()
            window.wait_for_background()
        # After a restore the window holds a new Database object (with the lock): close it.
        (window.ctx.db if window is not None else database).close()
        del translators
