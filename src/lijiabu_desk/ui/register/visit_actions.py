"""What the household page's visit button does: the visit form, then (when a quarrel was found)
the dispute intake filled from the visit, saved linked to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.visits.to_dispute import intake_from_visit, register_dispute_from_visit
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.register.household_view import HouseholdView
from lijiabu_desk.ui.register.visit_dialog import VisitDialog


class VisitActions(QObject):
    recorded = Signal()  # a visit (or its case) was saved: read the page again
    dialog_opened = Signal(QDialog)

    def __init__(self, ctx: ServiceContext, page: HouseholdView) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        page.visit_button.clicked.connect(lambda: self.new_visit())

    def new_visit(self) -> VisitDialog | None:
        shown = self.page.page
        if shown is None:
            return None
        title = QCoreApplication.translate("VisitActions", "household %1").replace(
            "%1", shown.household_no
        )
        dialog = VisitDialog(self.ctx, shown.id, title, shown.members, self.page)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _saved(self, visit_id: int, dispute_found: bool) -> None:
        self.recorded.emit()
        if dispute_found:
            self.register_dispute(visit_id)

    def register_dispute(self, visit_id: int) -> IntakeDialog | None:
        ctx = self.ctx
        try:
            initial = intake_from_visit(ctx, visit_id)
        except ServiceError as exc:
            QMessageBox.warning(self.page, self.tr("Not done"), exc.message)
            return None
        dialog = IntakeDialog(
            ctx,
            parent=self.page,
            initial=initial,
            register_with=lambda data: register_dispute_from_visit(ctx, visit_id, data),
            title=self.tr("Register a dispute found on a home visit"),
        )
        dialog.saved.connect(lambda _case: self.recorded.emit())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog
