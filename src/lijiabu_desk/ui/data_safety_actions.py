"""The menu actions about data safety: backup to a folder, restore, password, lock, audit check.

Questions to the user (which folder, which file, are you sure) go through small methods that
tests replace, so no test waits on a modal dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from lijiabu_desk.db.backup import read_manifest
from lijiabu_desk.services.accounts import change_own_password, login
from lijiabu_desk.services.backups import check_restorable, take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.passwords import make_hasher
from lijiabu_desk.services.restore import restore_backup
from lijiabu_desk.ui.background import error_message
from lijiabu_desk.ui.lock_dialog import LockDialog

if TYPE_CHECKING:
    from lijiabu_desk.ui.main_window import MainWindow


class DataSafetyActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hasher = make_hasher()
        self.lock_dialog: LockDialog | None = None

    # --- questions (replaced in tests) ---------------------------------------------------------
    def ask_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Back up to which folder?"))
        return Path(folder) if folder else None

    def ask_backup_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Choose a backup"), "", self.tr("Backups (*.sqlite3)")
        )
        return Path(name) if name else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str, *, error: bool = False) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        box.open()

    def ask_password(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.window, self.tr("Change my password"), label, QLineEdit.EchoMode.Password
        )
        return text if ok else None

    # --- actions -------------------------------------------------------------------------------
    @property
    def ctx(self) -> ServiceContext:
        return self.window.ctx

    def backup_to(self) -> None:
        folder = self.ask_folder()
        if folder is None:
            return
        ctx = self.ctx
        self.window.statusBar().showMessage(self.tr("Backing up…"))

        def done(info: object) -> None:
            self.window.statusBar().clearMessage()
            self.inform(
                self.tr("Backup finished"),
                self.tr("The backup was written and checked:\n%1").replace("%1", str(info.path)),  # type: ignore[attr-defined]
            )

        def failed(exc: Exception) -> None:
            self.window.statusBar().clearMessage()
            self.inform(self.tr("Backup failed"), error_message(exc), error=True)

        self.window.safety.background.run(
            lambda: take_backup(ctx, reason="manual", folder=folder), done, failed
        )

    def restore(self) -> None:
        source = self.ask_backup_file()
        if source is None:
            return
        title = self.tr("Restore from a backup")
        try:
            found = check_restorable(source)
        except ServiceError as exc:
            self.inform(title, exc.message, error=True)
            return
        manifest = read_manifest(source) or {}
        taken = str(manifest.get("taken_at", self.tr("unknown"))).replace("T", " ")
        text = (
            self.tr(
                "Backup of %1: %2 households, %3 people.\n\nRestoring replaces all current "
                "data with this backup. The current data is backed up first. Restore?"
            )
            .replace("%1", taken)
            .replace("%2", str(found.counts.get("households", 0)))
            .replace("%3", str(found.counts.get("persons", 0)))
        )
        if not self.confirm(title, text):
            return
        self.window.safety.background.wait()
        try:
            result = restore_backup(self.ctx, source)
        except ServiceError as exc:
            self.inform(title, exc.message, error=True)
            return
        self.window.replace_context(ServiceContext(result.database, self.ctx.actor, self.ctx.clock))
        self.inform(title, self.tr("The backup was restored."))

    def change_password(self) -> None:
        old = self.ask_password(self.tr("Current password"))
        if old is None:
            return
        new = self.ask_password(self.tr("New password (at least 8 characters, letters and digits)"))
        if new is None:
            return
        again = self.ask_password(self.tr("New password again"))
        if again is None:
            return
        title = self.tr("Change my password")
        if new != again:
            self.inform(
                title, self.tr("The two passwords differ; nothing was changed."), error=True
            )
            return
        try:
            change_own_password(self.ctx, old, new, hasher=self.hasher)
        except ServiceError as exc:
            self.inform(title, exc.message, error=True)
            return
        self.inform(title, self.tr("Your password was changed."))

    def lock_screen(self) -> None:
        if self.lock_dialog is not None and self.lock_dialog.isVisible():
            return
        self.window.safety.locked = True
        actor = self.ctx.actor

        def unlock(password: str) -> object:
            return login(self.ctx.db, actor.username, password, hasher=self.hasher)

        self.lock_dialog = LockDialog(actor.label, unlock, self.window.close, self.window)
        self.lock_dialog.accepted.connect(self.window.safety.unlocked)
        self.lock_dialog.open()
