"""Starting the desk application: translators, the database, first start or login, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lijiabu_desk import APP_NAME
from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.services.accounts import create_first_admin, has_accounts, login
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.passwords import make_hasher
from lijiabu_desk.services.station import StationDetails
from lijiabu_desk.ui.i18n import install_translators, wants_english
from lijiabu_desk.ui.login_dialog import LoginDialog
from lijiabu_desk.ui.main_window import MainWindow
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
        dialog = LoginDialog(lambda user, pw: login(database, user, pw, hasher=hasher))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def run_gui(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Lijiabu")
    translators = install_translators(app, english=wants_english())
    try:
        database = open_database(db_path)
    except (StorageError, ServiceError) as exc:
        QMessageBox.critical(None, app.translate("App", "Cannot open the database"), exc.message)
        return 1
    try:
        actor = sign_in(database)
        if actor is None:
            return 0
        window = MainWindow(ServiceContext(database, actor))
        window.show()
        return app.exec()
    finally:
        database.close()
        del translators
