"""The whole-file check, in the background once the window is up, with its result in the
status bar; a damaged file gets the start-up's recovery (``services.integrity``).

The officer is asked as at start-up ("The database is damaged" — the newest good backup —
"Restore this backup now?"). Yes: the window's background work is waited for, the damaged file
set aside (kept) and the backup put in its place; the window goes on with it. No: the window
goes on with the damaged file, the status bar says so in red, and the next start checks again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMessageBox

from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.background import error_message

if TYPE_CHECKING:
    from lijiabu_desk.services.integrity import FileCheck
    from lijiabu_desk.ui.main_window import MainWindow

DAMAGED_STYLE = "color: #c0392b; font-weight: bold;"


class FileCheckWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(objectName="file_check_label")
        self.started = False
        self.result: FileCheck | None = None

    def start(self) -> None:
        from lijiabu_desk.services.integrity import check_open_file

        self.started = True
        if self.window.closing:  # the delay ran out as the window was closing
            return
        path = self.window.ctx.db.path
        self.label.setText(self.tr("Checking the file…"))
        self.label.setStyleSheet("")
        self.label.setToolTip("")
        self.window.background.run(lambda: check_open_file(path), self._checked, self._failed)

    def _checked(self, result: FileCheck) -> None:
        self.result = result
        if result.ok:
            self.label.setText(self.tr("File intact"))
            self.label.setToolTip(
                self.tr("The whole database file was read and checked at %1.").replace(
                    "%1", f"{datetime.now():%H:%M}"
                )
            )
            return
        self.label.setText(self.tr("File damaged"))
        self.label.setStyleSheet(DAMAGED_STYLE)
        self.label.setToolTip(result.message)
        if self.window.closing:
            return
        backup = self.ask(result)
        if backup is not None:
            self.recover(backup)

    def _failed(self, exc: Exception) -> None:
        self.label.setText(self.tr("File not checked"))
        self.label.setToolTip(error_message(exc))

    def ask(self, result: FileCheck) -> Path | None:
        """The start-up's question (replaced in tests): the backup to restore, or None."""
        title = QCoreApplication.translate("App", "The database is damaged")
        if result.newest_backup is None:
            QMessageBox.critical(self.window, title, result.message)
            return None
        question = QCoreApplication.translate("App", "Restore this backup now?")
        answer = QMessageBox.question(self.window, title, f"{result.message}\n\n{question}")
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return result.newest_backup.path

    def recover(self, backup: Path) -> None:
        from lijiabu_desk.services.context import ServiceContext
        from lijiabu_desk.services.integrity import recover_in_place, reopen

        ctx = self.window.ctx
        self.window.wait_for_background()
        try:
            database = recover_in_place(ctx.db, backup, clock=ctx.clock)
        except ServiceError as exc:
            self.window.replace_context(
                ServiceContext(reopen(ctx.db, clock=ctx.clock), ctx.actor, ctx.clock)
            )
            self.tell(exc.message, error=True)
            return
        self.window.replace_context(ServiceContext(database, ctx.actor, ctx.clock))
        self.label.setText(self.tr("Restored from a backup"))
        self.label.setStyleSheet("")
        self.tell(self.tr("The damaged file was set aside and the backup restored."))

    def tell(self, text: str, *, error: bool = False) -> None:
        """A message that does not wait for an answer (replaced in tests)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("App", "The database is damaged"))
        box.setText(text)
        box.open()
