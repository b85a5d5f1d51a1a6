"""What the call page's buttons do: stamp 到达 and 办结, open the step's form, open a case from
the call. Every refusal arrives as a sentence; after each step the call is read again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from lijiabu_desk.services.calls import (
    CallView,
    intake_from_call,
    register_dispute_from_call,
    reveal_caller_phone,
    stamp_arrival,
    stamp_completion,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.ui.calls.call_dialogs import OutcomeDialog, RetireCallDialog, TimesDialog
from lijiabu_desk.ui.calls.call_form import CallFormDialog
from lijiabu_desk.ui.calls.call_page import CallPage
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.forms import open_form


class CallActions(QObject):
    changed = Signal(int)  # the call was changed: read it again
    case_requested = Signal(int)  # open this dispute in the disputes area
    dialog_opened = Signal(QDialog)  # for tests and for the window to keep a reference

    def __init__(self, ctx: ServiceContext, page: CallPage) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.set_context(ctx)
        slots: dict[str, Callable[[], object]] = {
            "arrive": self.arrive,
            "complete": self.complete,
            "outcome": lambda: self._open(OutcomeDialog(self.ctx, self._call(), self.page)),
            "edit": self.edit,
            "times": lambda: self._open(TimesDialog(self.ctx, self._call(), self.page)),
            "to_dispute": self.to_dispute,
            "open_case": self.open_case,
            "reveal_phone": self.reveal_phone,
            "retire": self.retire,
        }
        for key, slot in slots.items():
            page.buttons[key].clicked.connect(slot)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.page.can_retire = allows(ctx.actor, Permission.RETIRE_RECORDS)
        self.page.can_reveal = allows(ctx.actor, Permission.VIEW_FULL_ID)

    def _call(self) -> CallView:
        """The call on the page (there is one whenever a button shows)."""
        assert self.page.call is not None
        return self.page.call

    def _call_id(self) -> int:
        return self._call().row.id

    def _open(self, dialog: QDialog) -> QDialog:
        call_id = self._call_id()
        return open_form(dialog, lambda *_: self.changed.emit(call_id), self.dialog_opened)

    def _run(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except ServiceError as exc:
            QMessageBox.warning(self.page, self.tr("Not done"), exc.message)
            return False
        self.changed.emit(self._call_id())
        return True

    def arrive(self) -> None:
        call_id = self._call_id()
        self._run(lambda: stamp_arrival(self.ctx, call_id))

    def complete(self) -> None:
        """办结 stamps the time; when no outcome is written yet, its form opens at once."""
        call_id = self._call_id()
        done = self._run(lambda: stamp_completion(self.ctx, call_id))
        call = self.page.call
        if done and call is not None and not call.outcome.strip():
            self._open(OutcomeDialog(self.ctx, call, self.page))

    def edit(self) -> None:
        self._open(CallFormDialog(self.ctx, self._call_id(), self.page))

    def to_dispute(self) -> IntakeDialog | None:
        """The intake form filled from the call; saved, the case and the call are linked."""
        call_id = self._call_id()
        try:
            initial = intake_from_call(self.ctx, call_id)
        except ServiceError as exc:
            QMessageBox.warning(self.page, self.tr("Not done"), exc.message)
            return None
        ctx = self.ctx
        dialog = IntakeDialog(
            ctx,
            parent=self.page,
            initial=initial,
            register_with=lambda data: register_dispute_from_call(ctx, call_id, data),
            title=self.tr("Register a dispute from a service call"),
        )
        dialog.saved.connect(lambda _case: self.changed.emit(call_id))
        dialog.saved.connect(self.case_requested.emit)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def open_case(self) -> None:
        dispute_id = self._call().row.dispute_id
        if dispute_id is not None:
            self.case_requested.emit(dispute_id)

    def reveal_phone(self) -> None:
        try:
            number = reveal_caller_phone(self.ctx, self._call_id())
        except ServiceError as exc:
            QMessageBox.warning(self.page, self.tr("Not done"), exc.message)
            return
        box = QMessageBox(self.page)
        box.setWindowTitle(self.tr("Caller's number"))
        said = self.tr("%1 (this look-up is recorded in the audit trail)")
        box.setText(said.replace("%1", number))
        box.open()
        self.dialog_opened.emit(box)

    def retire(self) -> None:
        self._open(RetireCallDialog(self.ctx, self._call(), self.page))
