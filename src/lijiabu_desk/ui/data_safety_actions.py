"""The menu actions about data safety: backup to a folder, restore, password, lock, audit check.

Questions to the user (which folder, which file, are you sure) go through small methods that
tests replace, so no test waits on a modal dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from lijiabu_desk.services.accounts import change_own_password, login
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.passwords import make_hasher
from lijiabu_desk.services.permissions import Permission, PermissionDeniedError, require
from lijiabu_desk.ui.background import error_message
from lijiabu_desk.ui.lock_dialog import LockDialog

if TYPE_CHECKING:
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.restore_check import BackupCandidate
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
        """A copy of the whole database to a folder or USB stick (the menu item is disabled
        for a role without ``COPY_DATABASE``; this says why if it is reached anyway)."""
        try:
            require(self.ctx.actor, Permission.COPY_DATABASE)
        except PermissionDeniedError as exc:
            self.inform(self.tr("Backup failed"), exc.message, error=True)
            return
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

    def _inspect(self, source: Path, title: str) -> BackupCandidate | None:
        """The checks made before anything is touched; a backup without its manifest needs a
        second, deliberate yes."""
        from lijiabu_desk.services.restore_check import UnverifiedBackupError, inspect_backup

        try:
            return inspect_backup(source, self.ctx.db.path)
        except UnverifiedBackupError as exc:
            question = self.tr(
                "Restore from this file anyway? Do so only if you know where it comes from."
            )
            if not self.confirm(title, f"{exc.message}\n\n{question}"):
                return None
        except ServiceError as exc:
            self.inform(title, exc.message, error=True)
            return None
        try:
            return inspect_backup(source, self.ctx.db.path, allow_unverified=True)
        except ServiceError as exc:
            self.inform(title, exc.message, error=True)
            return None

    def restore(self) -> None:
        from lijiabu_desk.services.context import ServiceContext
        from lijiabu_desk.services.restore import restore_backup

        source = self.ask_backup_file()
        if source is None:
            return
        title = self.tr("Restore from a backup")
        found = self._inspect(source, title)
        if found is None:
            return
        counts = found.probe.counts
        text = (
            self.tr(
                "Backup of %1: %2 households, %3 people.\n\nRestoring replaces all current "
                "data with this backup. The current data is backed up first. Restore?"
            )
            .replace("%1", found.taken_at)
            .replace("%2", str(counts.get("households", 0)))
            .replace("%3", str(counts.get("persons", 0)))
        )
        if not self.confirm(title, text):
            return
        self.window.wait_for_background()
        try:
            result = restore_backup(self.ctx, source, allow_unverified=not found.verified)
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
