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
from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.db.guard import InstanceLock, check_local_path
from lijiabu_desk.db.paths import backup_dir_for
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
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.passwords import make_hasher
from lijiabu_desk.services.restore import DamagedDatabaseError, open_checked, recover_from_backup
from lijiabu_desk.services.station import StationDetails, station_name
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


def offer_recovery(error: DamagedDatabaseError, db_path: Path) -> Database | None:
    """Tell the officer what happened; restore the newest good backup if they agree."""
    title = QApplication.translate("App", "The database is damaged")
    if error.newest_backup is None:
        QMessageBox.critical(None, title, error.message)
        return None
    question = QApplication.translate("App", "Restore this backup now?")
    answer = QMessageBox.question(None, title, f"{error.message}\n\n{question}")
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return recover_from_backup(db_path, error.newest_backup.path)


def open_for_desk(db_path: Path) -> Database | None:
    try:
        return open_checked(db_path, backup_dir_for(db_path))
    except DamagedDatabaseError as error:
        return offer_recovery(error, db_path)


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.critical(parent, QApplication.translate("App", "Cannot open the database"), message)


def run_gui(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Lijiabu")
    translators = install_translators(app, english=wants_english())
    lock = InstanceLock(db_path)
    try:
        check_local_path(db_path)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
        database = open_for_desk(db_path)
    except (StorageError, ServiceError) as exc:
        show_error(None, exc.message)
        lock.release()
        return 1
    if database is None:
        lock.release()
        return 1
    window: MainWindow | None = None
    try:
        actor = sign_in(database)
        if actor is None:
            return 0
        window = MainWindow(ServiceContext(database, actor))
        window.show()
        return app.exec()
    finally:
        # After a restore the window holds a new Database object: close whichever is current.
        (window.ctx.db if window is not None else database).close()
        lock.release()
        del translators
