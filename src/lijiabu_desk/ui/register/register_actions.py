"""What the register's buttons do: open the person and household forms, the member dialogs and
the ways back (undoing 迁出/死亡, retiring a record added by mistake), the roster import and
export, and the audited look at full numbers. The area lays out and keeps its
lists; this controller acts and tells the area what changed (as ``disputes.case_actions`` does
for a case). Its sentences keep the "RegisterArea" translation context they had when the area
did all this."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.register.households import MemberRow
from lijiabu_desk.services.roster.exporter import export_register
from lijiabu_desk.services.search import reveal_person
from lijiabu_desk.ui.register.correction_dialogs import RetirePersonDialog, ReturnDialog
from lijiabu_desk.ui.register.household_dialog import HouseholdDialog
from lijiabu_desk.ui.register.household_view import HouseholdView
from lijiabu_desk.ui.register.import_dialog import ImportDialog
from lijiabu_desk.ui.register.member_dialogs import (
    ChangeHeadDialog,
    LeavingDialog,
    MoveMemberDialog,
)
from lijiabu_desk.ui.register.person_dialog import PersonDialog

Place = tuple[int | None, int | None]  # village id, group id


class RegisterActions(QObject):
    changed = Signal()  # records changed: read the lists again
    household_saved = Signal(int)  # a household was added or changed: show it
    imported = Signal()
    message = Signal(str)  # a sentence for the status line
    settings_requested = Signal(str)  # "villages": the roster import needs a village first

    def __init__(
        self,
        ctx: ServiceContext,
        view: QWidget,
        page: HouseholdView,
        place: Callable[[], Place],
        chosen_person: Callable[[], int | None],
    ) -> None:
        """``view`` parents the dialogs; ``place`` is the village/group chosen in the tree;
        ``chosen_person`` the person chosen in the search results, if any."""
        super().__init__(view)
        self.view = view
        self.page = page
        self.ctx = ctx
        self.place = place
        self.chosen_person = chosen_person
        self.dialog: QWidget | None = None  # the last dialog opened (tests drive it)
        page.undo_leaving_button.clicked.connect(lambda: self.undo_leaving())
        page.retire_button.clicked.connect(lambda: self.retire_person())

    @property
    def ctx(self) -> ServiceContext:
        return self._ctx

    @ctx.setter
    def ctx(self, ctx: ServiceContext) -> None:
        """A new account (the window's lock, a role change): the page offers what it may do."""
        self._ctx = ctx
        self.page.can_retire = allows(ctx.actor, Permission.RETIRE_RECORDS)
        self.page.update_member_buttons()

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _member(self) -> MemberRow | None:
        """The member chosen on the household's page; if none, say so."""
        member = self.page.selected_member()
        if member is None:
            self.message.emit(QCoreApplication.translate("RegisterArea", "Select a member first."))
        return member

    # --- people ----------------------------------------------------------------------------------
    def _person_dialog(self, dialog: PersonDialog) -> PersonDialog:
        dialog.saved.connect(lambda _id: self.changed.emit())
        dialog.open_existing.connect(self.open_person)
        dialog.undo_leaving_requested.connect(
            lambda pid: self._from_person_page(dialog, self.undo_leaving(pid))
        )
        dialog.retire_requested.connect(
            lambda pid: self._from_person_page(dialog, self.retire_person(pid))
        )
        self._show(dialog)
        return dialog

    def _from_person_page(self, page: PersonDialog, step: QWidget | None) -> None:
        """A step taken from a person's page closes the page once done: what it showed is
        no longer so."""
        done = getattr(step, "done", None)
        if done is not None:
            done.connect(page.close_unchanged)

    def open_person(self, person_id: int) -> PersonDialog:
        return self._person_dialog(PersonDialog(self.ctx, person_id=person_id, parent=self.view))

    def new_person(self, household_id: int | None = None) -> PersonDialog:
        dialog = PersonDialog(self.ctx, household_id=household_id, parent=self.view)
        return self._person_dialog(dialog)

    def add_member(self) -> None:
        if self.page.page is not None:
            self.new_person(self.page.page.id)

    def edit_member(self) -> None:
        member = self._member()
        if member is None:
            return
        self.open_person(member.id)

    # --- households ------------------------------------------------------------------------------
    def new_household(self) -> HouseholdDialog:
        village_id, group_id = self.place()
        dialog = HouseholdDialog(
            self.ctx, village_id=village_id, group_id=group_id, parent=self.view
        )
        dialog.saved.connect(self.household_saved)
        self._show(dialog)
        return dialog

    def edit_household(self) -> None:
        if self.page.page is None:
            return
        dialog = HouseholdDialog(self.ctx, household_id=self.page.page.id, parent=self.view)
        dialog.saved.connect(self.household_saved)
        self._show(dialog)

    def member_leaving(self) -> None:
        member = self._member()
        if member is None:
            return
        dialog = LeavingDialog(self.ctx, member, self.view)
        dialog.done.connect(self.changed)
        self._show(dialog)

    def move_member(self) -> None:
        member = self._member()
        if member is None:
            return
        if member.relation == Relation.HEAD:  # the service refuses it: say what to do first
            self._tell(
                QCoreApplication.translate("RegisterArea", "Move to another household"),
                QCoreApplication.translate(
                    "RegisterArea",
                    "%1 is the head of this household and cannot be moved out directly. "
                    "Choose a new head first (Change head), then move %1.",
                ).replace("%1", member.name),
            )
            return
        dialog = MoveMemberDialog(self.ctx, member, self.view)
        dialog.done.connect(self.changed)
        self._show(dialog)

    def _person(self, person_id: int | None) -> int | None:
        if person_id is not None:
            return person_id
        member = self._member()
        return member.id if member is not None else None

    def undo_leaving(self, person_id: int | None = None) -> ReturnDialog | None:
        """撤销迁出/死亡登记 (or 迁回) for ``person_id`` or the member chosen on the page."""
        chosen = self._person(person_id)
        if chosen is None:
            return None
        dialog = ReturnDialog(self.ctx, chosen, self.view)
        dialog.done.connect(self.changed)
        dialog.done.connect(
            lambda: self.message.emit(
                QCoreApplication.translate("RegisterArea", "The person is in the register again.")
            )
        )
        self._show(dialog)
        return dialog

    def retire_person(self, person_id: int | None = None) -> RetirePersonDialog | None:
        """注销 the record of ``person_id`` or the member chosen on the page."""
        chosen = self._person(person_id)
        if chosen is None:
            return None
        dialog = RetirePersonDialog(self.ctx, chosen, self.view)
        dialog.done.connect(self.changed)
        dialog.done.connect(
            lambda: self.message.emit(
                QCoreApplication.translate("RegisterArea", "The record was retired.")
            )
        )
        self._show(dialog)
        return dialog

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(self.view)
        box.setWindowTitle(title)
        box.setText(text)
        self._show(box)

    def change_head(self) -> None:
        if self.page.page is None:
            return
        dialog = ChangeHeadDialog(self.ctx, self.page.page.id, self.page.page.members, self.view)
        dialog.done.connect(self.changed)
        self._show(dialog)

    # --- rosters ---------------------------------------------------------------------------------
    def import_roster(self) -> ImportDialog:
        dialog = ImportDialog(self.ctx, self.view)
        dialog.imported.connect(self.imported)
        dialog.settings_requested.connect(self.settings_requested)
        self._show(dialog)
        return dialog

    def ask_export(self) -> tuple[Path, bool] | None:
        """Where to, and whether with full numbers (only offered to roles allowed them)."""
        name, _ = QFileDialog.getSaveFileName(
            self.view,
            QCoreApplication.translate("RegisterArea", "Export the register"),
            "户籍人口.xlsx",
            QCoreApplication.translate("RegisterArea", "Excel (*.xlsx)"),
        )
        if not name:
            return None
        full = False
        if allows(self.ctx.actor, Permission.VIEW_FULL_ID):
            answer = QMessageBox.question(
                self.view,
                QCoreApplication.translate("RegisterArea", "Export the register"),
                QCoreApplication.translate(
                    "RegisterArea",
                    "Export full ID numbers and phones? (No: they are masked.) "
                    "Either way the export is recorded.",
                ),
            )
            full = answer == QMessageBox.StandardButton.Yes
        return Path(name), full

    def export(self) -> None:
        choice = self.ask_export()
        if choice is None:
            return
        target, full = choice
        village_id, _group = self.place()
        try:
            result = export_register(self.ctx, target, village_id=village_id, full_numbers=full)
        except ServiceError as exc:
            self.message.emit(exc.message)
            return
        self.message.emit(
            QCoreApplication.translate("RegisterArea", "%1 people exported to %2")
            .replace("%1", str(result.people))
            .replace("%2", str(result.path))
        )

    # --- full numbers ----------------------------------------------------------------------------
    def reveal(self) -> None:
        """Full ID number and phone of the person chosen in the results: audited."""
        person_id = self.chosen_person() or (m.id if (m := self.page.selected_member()) else None)
        if person_id is None:
            self.message.emit(
                QCoreApplication.translate(
                    "RegisterArea", "Select a person in the results or the members first."
                )
            )
            return
        try:
            numbers = reveal_person(self.ctx, person_id)
        except ServiceError as exc:
            self.message.emit(exc.message)
            return
        box = QMessageBox(self.view)
        box.setWindowTitle(
            QCoreApplication.translate("RegisterArea", "Full numbers (this view is recorded)")
        )
        box.setText(
            QCoreApplication.translate("RegisterArea", "ID number: %1\nPhone: %2")
            .replace("%1", numbers.id_number or "—")
            .replace("%2", numbers.phone or "—")
        )
        self._show(box)
