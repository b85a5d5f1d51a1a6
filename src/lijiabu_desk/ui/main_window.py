"""The main window: menus, the status bar (account, last backup, file check, database) and the
start page.

It opens fast whatever the register's size (issue #14): an area is built the first time it is
shown (``NavigationAreas.add(..., build=...)``; the areas are properties, so code that reaches
for one builds it), the start page's counts are read in the background after the window is up
(``shell.start_page``), the whole-file check follows them (``shell.file_check``), and the backup
on exit runs in the background while the window says so (``SafetyController``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QScrollArea, QWidget

from lijiabu_desk import __version__
from lijiabu_desk.services.permissions import ROLE_LABELS, Permission, allows
from lijiabu_desk.ui.background import Background, error_message
from lijiabu_desk.ui.data_safety_actions import DataSafetyActions
from lijiabu_desk.ui.forms import fit_to_screen
from lijiabu_desk.ui.navigation import NavigationAreas
from lijiabu_desk.ui.overview_view import OverviewView
from lijiabu_desk.ui.safety import SafetyController
from lijiabu_desk.ui.shell.areas import AREAS, AreaAccess, AreaBuilders, area_module
from lijiabu_desk.ui.shell.file_check import FileCheckWatch
from lijiabu_desk.ui.shell.start_page import StartCounts, StartPage
from lijiabu_desk.ui.type_size import (
    TypeSize,
    apply_saved_type_size,
    apply_type_size,
    save_type_size,
)

if TYPE_CHECKING:
    from lijiabu_desk.services.backups import BackupInfo
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.ui.accounts_dialog import AccountsDialog
    from lijiabu_desk.ui.audit_viewer import AuditViewer
    from lijiabu_desk.ui.calls.call_form import CallFormDialog
    from lijiabu_desk.ui.queues.queue_dialog import QueueDialog
    from lijiabu_desk.ui.register.merge_dialogs import LikelyPairsDialog

__all__ = ["MainWindow", "area_module"]

#: After the first counts, how long the whole-file check waits (the officer's first clicks).
FILE_CHECK_DELAY_MS = 2_000


class MainWindow(AreaAccess, QMainWindow):
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        # The account's own type size, before any widget takes the application's font.
        type_size = apply_saved_type_size(ctx.actor.username)
        super().__init__(parent)
        self.ctx = ctx
        self.type_size = type_size
        self.settings_store = QSettings()
        self.closing = False
        self.setWindowTitle(self.tr("Lijiabu Police Desk"))
        self.background = Background(self)  # reads for the start page and the file check
        self.overview = OverviewView()
        self.areas = NavigationAreas(self)
        overview = QScrollArea(objectName="overview_scroll")  # large type on a small screen
        overview.setWidgetResizable(True)
        overview.setWidget(self.overview)
        self.areas.add("overview", self.tr("Overview"), overview)
        self.builders = AreaBuilders(self)
        for key, label in self._area_labels():
            self.areas.add(key, label, build=self.builders.builder(key))
        self.setCentralWidget(self.areas)
        self.safety = SafetyController(ctx, self, monotonic=monotonic)
        self.actions_ = DataSafetyActions(self)
        self.start_page = StartPage(self.background, self)
        self.file_check = FileCheckWatch(self)
        self._build_status_bar()
        self._build_menu()
        self._build_shortcuts()
        fit_to_screen(self, 1280, 800)
        geometry = self.settings_store.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.areas.show_area(str(self.settings_store.value("main_window/area", "register")))
        self.safety.backup_finished.connect(self.show_backup)
        self.safety.backup_failed.connect(self.show_backup_failure)
        self.safety.lock_requested.connect(self.actions_.lock_screen)
        self.overview.go.connect(self.go_to)
        self.overview.queues.open_queue.connect(self.open_queue)
        self.start_page.loaded.connect(self.show_start_counts)
        self.start_page.failed.connect(self.show_counts_failure)
        self.areas.bar.currentRowChanged.connect(self._area_shown)
        self.show_backup(self.safety.newest_backup())
        QTimer.singleShot(0, self, self.refresh)  # once the window is on screen

    def _area_labels(self) -> list[tuple[str, str]]:
        return [
            ("register", self.tr("Register")),
            ("disputes", self.tr("Disputes")),
            ("calls", self.tr("Service calls")),
            ("boundaries", self.tr("Boundaries")),
            ("meetings", self.tr("Joint meetings")),
            ("outreach", self.tr("Anti-fraud")),
            ("statistics", self.tr("Statistics")),
            ("settings", self.tr("Settings")),
        ]

    def _build_status_bar(self) -> None:
        role = ROLE_LABELS[self.ctx.actor.role]
        self.user_label = QLabel(
            self.tr("User: %1 (%2)").replace("%1", self.ctx.actor.label).replace("%2", role)
        )
        self.user_label.setObjectName("user_label")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backup_label")
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(self.ctx.db.path)))
        self.db_label.setObjectName("database_label")
        labels = (self.user_label, self.backup_label, self.file_check.label, self.db_label)
        for label in labels:
            self.statusBar().addPermanentWidget(label)

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.find)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.activated.connect(self.new_record)
        # The phone rings whatever is on screen, a form included.
        call = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        call.setContext(Qt.ShortcutContext.ApplicationShortcut)
        call.activated.connect(self.new_call)

    def new_call(self) -> CallFormDialog:
        """Ctrl+Shift+N: the quick-entry call form; saved, the call opens in the calls area
        with its 到达 and 办结 buttons."""
        from lijiabu_desk.ui.calls.call_form import CallFormDialog

        dialog = CallFormDialog(self.ctx, parent=self)
        dialog.saved.connect(self.show_call)
        dialog.open()
        self.calls.actions_.dialog_opened.emit(dialog)
        return dialog

    def _area_shown(self, _row: int) -> None:
        key = self.areas.current_key()
        if key == "overview":  # counts and steps as they are now
            self.refresh()
        elif self.areas.take_fresh(key):  # built for this showing: its data is new
            return
        elif key == "calls":  # calls logged from another area
            self.calls.refresh()
        elif key == "outreach":  # villages added meanwhile
            self.outreach.reload_villages()
        elif key == "boundaries":
            self.boundaries.refresh()
        elif key == "meetings":
            self.meetings.refresh()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        )
        file_menu.addSeparator()
        backup_to = self._action(
            self.tr("&Back up to a folder or USB stick…"), self.actions_.backup_to
        )
        backup_to.setEnabled(allows(self.ctx.actor, Permission.COPY_DATABASE))
        file_menu.addAction(backup_to)
        restore = self._action(self.tr("Re&store from a backup…"), self.actions_.restore)
        restore.setEnabled(allows(self.ctx.actor, Permission.RESTORE))
        file_menu.addAction(restore)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        )
        self._build_view_menu()
        register_menu = self.menuBar().addMenu(self.tr("&Register"))
        duplicates = self._action(self.tr("People who may be recorded &twice…"), self.open_pairs)
        duplicates.setEnabled(allows(self.ctx.actor, Permission.RETIRE_RECORDS))
        register_menu.addAction(duplicates)
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        account_menu.addAction(
            self._action(self.tr("&Change my password…"), self.actions_.change_password)
        )
        account_menu.addAction(
            self._action(self.tr("&Lock the screen"), self.actions_.lock_screen, "Ctrl+L")
        )
        account_menu.addSeparator()
        manage = self._action(self.tr("&Manage accounts…"), self.open_accounts)
        manage.setEnabled(allows(self.ctx.actor, Permission.MANAGE_ACCOUNTS))
        account_menu.addAction(manage)
        audit = self._action(self.tr("&Audit trail…"), self.open_audit)
        audit.setEnabled(allows(self.ctx.actor, Permission.VIEW_AUDIT))
        account_menu.addAction(audit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), self.show_about))

    def _build_view_menu(self) -> None:
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        sizes = view_menu.addMenu(self.tr("Type &size"))
        group = QActionGroup(self)
        self.type_size_actions: dict[TypeSize, QAction] = {}
        for size in TypeSize:
            action = QAction(size.label, self, checkable=True)
            action.setChecked(size is self.type_size)
            action.triggered.connect(lambda _checked=False, s=size: self.set_type_size(s))
            group.addAction(action)
            sizes.addAction(action)
            self.type_size_actions[size] = action

    def set_type_size(self, size: TypeSize) -> None:
        """Change the type size now, and remember it for this account."""
        apply_type_size(size)
        save_type_size(self.ctx.actor.username, size)
        self.type_size = size
        self.type_size_actions[size].setChecked(True)

    def open_accounts(self) -> AccountsDialog:
        from lijiabu_desk.ui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.ctx, self.actions_.hasher, self)
        dialog.open()
        return dialog

    def open_pairs(self) -> LikelyPairsDialog:
        from lijiabu_desk.ui.register.merge_dialogs import LikelyPairsDialog

        dialog = LikelyPairsDialog(self.ctx, self)
        dialog.changed.connect(self.register.reload)
        dialog.open()
        return dialog

    def open_audit(self) -> AuditViewer:
        from lijiabu_desk.ui.audit_viewer import AuditViewer

        dialog = AuditViewer(self.ctx, self)
        dialog.open()
        return dialog

    def replace_context(self, ctx: ServiceContext) -> None:
        """After a restore the database object is new; everything reads from it from now on."""
        self.ctx = ctx
        self.safety.ctx = ctx
        for key in AREAS:
            if self.areas.is_built(key):
                self.areas.widget(key).set_context(ctx)  # type: ignore[attr-defined]
        self.refresh()

    def wait_for_background(self) -> None:
        """Before the database is closed or replaced: no job of the window still reads it."""
        self.background.wait()
        self.safety.background.wait()

    def refresh(self) -> None:
        """F5: the start page's counts (read in the background), and the list on screen."""
        self.start_page.load(self.ctx)
        if self.areas.is_built("disputes") and self.disputes.isVisible():  # F5 on the list
            self.disputes.refresh()
        if self.areas.is_built("calls") and self.calls.isVisible():
            self.calls.refresh()

    def show_start_counts(self, counts: StartCounts) -> None:
        overview = counts.overview
        self.overview.show_overview(overview)
        self.areas.set_badge("overview", self.overview.queues.show_counts(counts.queues))
        if overview.station_name:
            self.setWindowTitle(
                self.tr("%1 — Lijiabu Police Desk").replace("%1", overview.station_name)
            )
        self.statusBar().showMessage(self.tr("Counts refreshed"), 3000)
        if not self.file_check.started:
            QTimer.singleShot(FILE_CHECK_DELAY_MS, self.file_check, self.file_check.start)

    def show_counts_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def open_queue(self, key: str) -> QueueDialog:
        from lijiabu_desk.ui.queues.queue_dialog import QueueDialog

        dialog = QueueDialog(self.ctx, key, self.ctx.today(), self)
        dialog.open_record.connect(self.open_record)
        dialog.open()
        self.calls.actions_.dialog_opened.emit(dialog)
        return dialog

    def show_backup(self, info: BackupInfo | None) -> None:
        if info is None:
            self.backup_label.setText(self.tr("No backup yet"))
        else:
            self.backup_label.setText(
                self.tr("Last backup: %1").replace("%1", f"{info.taken_at:%Y-%m-%d %H:%M}")
            )
            if info.damaged_attachments:  # the bytes of a photo changed since it was attached
                self.statusBar().showMessage(
                    self.tr(
                        "%1 attached files no longer match what was attached (%2): restore them "
                        "from an older backup or attach them again."
                    )
                    .replace("%1", str(len(info.damaged_attachments)))
                    .replace("%2", "、".join(info.damaged_attachments[:3])),
                    60_000,
                )

    def show_backup_failure(self, message: str) -> None:
        self.backup_label.setText(self.tr("Backup failed"))
        self.backup_label.setStyleSheet("color: #c0392b;")
        self.statusBar().showMessage(message, 30_000)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        text = self.tr(
            "Lijiabu Police Desk, version %1.\nRegister, mediation and service records "
            "for a village police post; works without a network."
        )
        box.setText(text.replace("%1", __version__))
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Back up on the way out, in the background, saying so; the window goes only once
        the backup is checked (a failure is said, and the window still closes)."""
        if self.closing:  # asked again while the backup runs
            event.ignore()
            return
        self.closing = True
        self.areas.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.backup_label.setText(self.tr("Backing up…"))
        self.statusBar().showMessage(
            self.tr("Backing up before closing; the window closes when the backup is checked.")
        )
        try:
            self.safety.backup_before_exit()
        except Exception as exc:  # said, and the window still closes
            QMessageBox.warning(self, self.tr("Backup failed"), error_message(exc))
        self.safety.stop()
        self.background.wait()
        self.settings_store.setValue("main_window/geometry", self.saveGeometry())
        self.settings_store.setValue("main_window/area", self.areas.current_key())
        if self.areas.is_built("register"):
            self.settings_store.setValue(
                "main_window/register_splitter", self.register.splitter.saveState()
            )
        event.accept()
