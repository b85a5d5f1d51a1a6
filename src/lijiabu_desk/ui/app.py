"""Starting the desk application: translators, opening the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from lijiabu_desk import APP_NAME
from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.i18n import install_translators, wants_english
from lijiabu_desk.ui.main_window import MainWindow


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
    window = MainWindow(database)
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
        del translators
