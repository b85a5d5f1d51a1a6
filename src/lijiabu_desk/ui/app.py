"""Starting the desk application: translators, guards, the database, first start or login,
the window.

Order matters: refuse a network share, take the single-instance lock, look at the file (a
damaged one is set aside and a backup offered), migrate, and only then ask who is there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from lijiabu_desk import APP_NAME
from lijiabu_desk.services.accounts import (
    choose_new_password,
    create_first_admin,
    has_accounts,
    login,
    must_change_password,
)
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.failures import user_message
from lijiabu_desk.services.locations import default_db_path
from lijiabu_desk.services.opening import open_desk
from lijiabu_desk.services.passwords import make_hasher
from lijiabu_desk.services.restore import DamagedDatabaseError
from lijiabu_desk.services.station import StationDetails, station_name
from lijiabu_desk.ui.error_hook import install_error_hook
from lijiabu_desk.ui.i18n import install_translators, wants_english
from lijiabu_desk.ui.login_dialog import LoginDialog
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.new_password_dialog import NewPasswordDialog
from lijiabu_desk.ui.setup_dialog import SetupDialog


def sign_in(database: Database) -> Actor | None:
    """First start (no accounts yet) or login; None when the user cancels."""
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
        remembered = QSettings()
        dialog = LoginDialog(
            lambda user, pw: login(database, user, pw, hasher=hasher),
            station_name=station_name(database),
            username=str(remembered.value("login/last_user", "")),
        )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    actor = dialog.actor
    if isinstance(dialog, LoginDialog):
        QSettings().setValue("login/last_user", actor.username)
    if must_change_password(database, actor.account_id):
        ctx = ServiceContext(database, actor)
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


def run_gui(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Lijiabu")
    translators = install_translators(app, english=wants_english())
    install_error_hook()
    database = open_for_desk(db_path)
    if database is None:
        return 1
    window: MainWindow | None = None
    try:
        actor = sign_in(database)
        if actor is None:
            return 0
        window = MainWindow(ServiceContext(database, actor))
        window.show()
        for warning in database.warnings:
            QMessageBox.warning(window, QApplication.translate("App", "Please note"), warning)
        return app.exec()
    finally:
        # After a restore the window holds a new Database object (with the lock): close it.
        (window.ctx.db if window is not None else database).close()
        del translators
