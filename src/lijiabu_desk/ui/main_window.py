"""The main window: menus, the status bar (account, last backup, database) and the start page."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QScrollArea, QWidget

from lijiabu_desk import __version__
from lijiabu_desk.services.backups import BackupInfo
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.overview import load_overview
from lijiabu_desk.services.permissions import ROLE_LABELS, Permission, allows
from lijiabu_desk.services.queues import queue_counts
from lijiabu_desk.ui.accounts_dialog import AccountsDialog
from lijiabu_desk.ui.audit_viewer import AuditViewer
from lijiabu_desk.ui.boundary.boundary_area import BoundaryArea
from lijiabu_desk.ui.calls.call_form import CallFormDialog
from lijiabu_desk.ui.calls.calls_area import CallsArea
from lijiabu_desk.ui.data_safety_actions import DataSafetyActions
from lijiabu_desk.ui.disputes.area import DisputesArea
from lijiabu_desk.ui.forms import fit_to_screen
from lijiabu_desk.ui.meetings.meetings_area import MeetingsArea
from lijiabu_desk.ui.navigation import NavigationAreas
from lijiabu_desk.ui.outreach.outreach_area import OutreachArea
from lijiabu_desk.ui.overview_view import OverviewView
from lijiabu_desk.ui.queues.queue_dialog import QueueDialog
from lijiabu_desk.ui.register.area import RegisterArea
from lijiabu_desk.ui.register.merge_dialogs import LikelyPairsDialog
from lijiabu_desk.ui.safety import SafetyController
from lijiabu_desk.ui.settings.settings_area import SettingsArea
from lijiabu_desk.ui.type_size import (
    TypeSize,
    apply_saved_type_size,
    apply_type_size,
    save_type_size,
)


class MainWindow(QMainWindow):
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
        self.setWindowTitle(self.tr("Lijiabu Police Desk"))
        self.overview = OverviewView()
        self.register = RegisterArea(ctx)
        self.areas = NavigationAreas(self)
        overview = QScrollArea(objectName="overview_scroll")  # large type on a small screen
        overview.setWidgetResizable(True)
        overview.setWidget(self.overview)
        self.areas.add("overview", self.tr("Overview"), overview)
        self.areas.add("register", self.tr("Register"), self.register)
        self.disputes = DisputesArea(ctx)
        self.areas.add("disputes", self.tr("Disputes"), self.disputes)
        self.calls = CallsArea(ctx)
        self.areas.add("calls", self.tr("Service calls"), self.calls)
        self.boundaries = BoundaryArea(ctx)
        self.areas.add("boundaries", self.tr("Boundaries"), self.boundaries)
        self.meetings = MeetingsArea(ctx)
        self.areas.add("meetings", self.tr("Joint meetings"), self.meetings)
        self.outreach = OutreachArea(ctx)
        self.areas.add("outreach", self.tr("Anti-fraud"), self.outreach)
        self.settings = SettingsArea(ctx)
        self.areas.add("settings", self.tr("Settings"), self.settings)
        self.setCentralWidget(self.areas)
        self.safety = SafetyController(ctx, self, monotonic=monotonic)
        self.actions_ = DataSafetyActions(self)
        self._build_status_bar()
        self._build_menu()
        self._build_shortcuts()
        fit_to_screen(self, 1280, 800)
        self.settings_store = QSettings()
        geometry = self.settings_store.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings_store.value("main_window/register_splitter")
        if splitter is not None:
            self.register.splitter.restoreState(splitter)
        self.areas.show_area(str(self.settings_store.value("main_window/area", "register")))
        self.safety.backup_finished.connect(self.show_backup)
        self.safety.backup_failed.connect(self.show_backup_failure)
        self.safety.lock_requested.connect(self.actions_.lock_screen)
        self.overview.go.connect(self.go_to)
        self.overview.queues.open_queue.connect(self.open_queue)
        self.register.settings_requested.connect(self.open_settings)
        self.calls.case_requested.connect(self.open_case)
        self.disputes.boundary_requested.connect(self.open_boundary_for)
        self.register.call_requested.connect(self.show_call)
        self.areas.bar.currentRowChanged.connect(self._area_shown)
        self.refresh()
        self.show_backup(self.safety.newest_backup())

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
        for label in (self.user_label, self.backup_label, self.db_label):
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
        dialog = CallFormDialog(self.ctx, parent=self)
        dialog.saved.connect(self.show_call)
        dialog.open()
        self.calls.actions_.dialog_opened.emit(dialog)
        return dialog

    def show_call(self, call_id: int) -> None:
        self.areas.show_area("calls")
        self.calls.show_call(call_id)

    def open_case(self, dispute_id: int) -> None:
        self.areas.show_area("disputes")
        self.disputes.show_case(dispute_id)

    def find(self) -> None:
        """Ctrl+F: the case search in the disputes area, else the register's search."""
        if self.areas.current_key() == "disputes":
            self.disputes.search.setFocus()
            self.disputes.search.selectAll()
            return
        self.areas.show_area("register")
        self.register.search.focus()

    def new_record(self) -> None:
        """Ctrl+N: a new case in the disputes area; in the register a new member of the
        household on screen, else a person."""
        if self.areas.current_key() == "disputes":
            self.disputes.new_case()
            return
        if self.areas.current_key() == "calls":
            self.new_call()
            return
        self.areas.show_area("register")
        page = self.register.page.page
        self.register.actions_.new_person(page.id if page is not None else None)

    def open_settings(self, page: str) -> None:
        """Settings on ``page`` ("villages" …), where an empty list sends the officer."""
        self.areas.show_area("settings")
        self.settings.show_page(page)

    def go_to(self, target: str) -> None:
        """A step of the start page: "settings/<page>" or an area ("register")."""
        area, _, page = target.partition("/")
        if area == "settings":
            self.open_settings(page)
        elif target == "calls/new":
            self.new_call()
        else:
            self.areas.show_area(area)

    def _area_shown(self, _row: int) -> None:
        if self.areas.current_key() == "overview":  # counts and steps as they are now
            self.refresh()
        elif self.areas.current_key() == "calls":  # calls logged from another area
            self.calls.refresh()
        elif self.areas.current_key() == "outreach":  # villages added meanwhile
            self.outreach.reload_villages()
        elif self.areas.current_key() == "boundaries":
            self.boundaries.refresh()
        elif self.areas.current_key() == "meetings":
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
        dialog = AccountsDialog(self.ctx, self.actions_.hasher, self)
        dialog.open()
        return dialog

    def open_pairs(self) -> LikelyPairsDialog:
        dialog = LikelyPairsDialog(self.ctx, self)
        dialog.changed.connect(self.register.reload)
        dialog.open()
        return dialog

    def open_audit(self) -> AuditViewer:
        dialog = AuditViewer(self.ctx, self)
        dialog.open()
        return dialog

    def replace_context(self, ctx: ServiceContext) -> None:
        """After a restore the database object is new; everything reads from it from now on."""
        self.ctx = ctx
        self.safety.ctx = ctx
        self.register.set_context(ctx)
        self.disputes.set_context(ctx)
        self.calls.set_context(ctx)
        self.outreach.set_context(ctx)
        self.boundaries.set_context(ctx)
        self.meetings.set_context(ctx)
        self.settings.set_context(ctx)
        self.refresh()

    def refresh(self) -> None:
        try:
            with self.ctx.read() as session:
                overview = load_overview(session, today=self.ctx.today())
        except ServiceError as exc:
            self.statusBar().showMessage(exc.message, 10_000)
            return
        self.overview.show_overview(overview)
        self.show_queues()
        if self.disputes.isVisible():  # F5 on the case list re-reads it too
            self.disputes.refresh()
        if self.calls.isVisible():
            self.calls.refresh()
        if overview.station_name:
            self.setWindowTitle(
                self.tr("%1 — Lijiabu Police Desk").replace("%1", overview.station_name)
            )
        self.statusBar().showMessage(self.tr("Counts refreshed"), 3000)

    def show_queues(self) -> None:
        """Today's queue counts on the start page, their total beside 概览."""
        try:
            counts = queue_counts(self.ctx, self.ctx.today())
        except ServiceError as exc:
            self.statusBar().showMessage(exc.message, 10_000)
            return
        self.areas.set_badge("overview", self.overview.queues.show_counts(counts))

    def open_queue(self, key: str) -> QueueDialog:
        dialog = QueueDialog(self.ctx, key, self.ctx.today(), self)
        dialog.open_record.connect(self.open_record)
        dialog.open()
        self.calls.actions_.dialog_opened.emit(dialog)
        return dialog

    def open_record(self, kind: str, record_id: int, household_id: int | None) -> None:
        """A queue's row: the person (on their household's page), the household, the case or
        the call."""
        if kind == "dispute":
            self.open_case(record_id)
        elif kind == "call":
            self.show_call(record_id)
        elif kind == "meeting":
            self.areas.show_area("meetings")
            self.meetings.show_meeting(record_id)
        else:
            self.areas.show_area("register")
            if kind == "household":
                self.register.go_to_household(record_id)
            else:
                self.register.open_person_from_search(record_id, household_id)

    def open_boundary_for(self, dispute_id: int) -> None:
        """A case's boundary agreement: its newest one, else a new one linked to the case."""
        self.areas.show_area("boundaries")
        if not self.boundaries.select_case(dispute_id):
            self.boundaries.new(dispute_id)

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
        """Back up on the way out (a failure is said, and the window still closes)."""
        try:
            self.safety.backup_now("exit")
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), exc.message)
        self.safety.stop()
        self.settings_store.setValue("main_window/geometry", self.saveGeometry())
        self.settings_store.setValue("main_window/area", self.areas.current_key())
        self.settings_store.setValue(
            "main_window/register_splitter", self.register.splitter.saveState()
        )
        event.accept()
