"""地界协议: every boundary agreement (or a case's), with its steps — edit the draft, finalise
(what is missing is said first), print through the preview, mark signed, back to draft, retire.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import AgreementStatus
from lijiabu_desk.services.boundary.view import BoundaryRow, list_boundaries
from lijiabu_desk.services.boundary.workflow import (
    finalise_boundary,
    mark_boundary_signed,
    reopen_boundary,
    retire_boundary,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.printing import PrintKind, print_form
from lijiabu_desk.ui.boundary.boundary_form import BoundaryForm
from lijiabu_desk.ui.disputes.step_dialogs import DateStepDialog, StepDialog
from lijiabu_desk.ui.disputes.widgets import text_box
from lijiabu_desk.ui.empty_state import EmptyStack
from lijiabu_desk.ui.forms import action_buttons, confirm_irreversible, open_form
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from lijiabu_desk.ui.record_table import fit_columns, record_table
from lijiabu_desk.ui.rows_model import RowsModel


class RetireBoundaryDialog(StepDialog):
    """注销 a draft entered by mistake, with the reason."""

    def __init__(self, ctx: ServiceContext, row: BoundaryRow, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.agreement_id = row.id
        self.setWindowTitle(self.tr("Retire the draft: %1").replace("%1", row.parcel))
        self.reason = self.add_row(self.tr("Why"), "reason", text_box("reason", 2))
        self.finish_layout()

    def submit(self) -> None:
        retire_boundary(self.ctx, self.agreement_id, self.reason.toPlainText())


class BoundaryArea(QWidget):
    dialog_opened = Signal(QDialog)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RowsModel[BoundaryRow] = RowsModel(
            [
                (self.tr("Number"), lambda r: r.number or self.tr("(draft)")),
                (self.tr("Parcel"), lambda r: r.parcel),
                (self.tr("Village"), lambda r: r.village),
                (self.tr("Parties"), lambda r: r.parties),
                (self.tr("State"), lambda r: r.status_label),
                (self.tr("Measured"), lambda r: str(r.measured_on or "")),
                (self.tr("Signed"), lambda r: str(r.signed_on or "")),
                (self.tr("Case"), lambda r: r.case_no),
            ]
        )
        self.table = record_table("boundaries", self.model)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.list = EmptyStack(self.table, "boundary_list")
        self.count = QLabel(objectName="boundary_count")
        self.search = QLineEdit(objectName="boundary_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find: number, parcel, village, party or case"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.preview: PdfPreviewDialog | None = None
        # (title, text, action) → taken? Tests answer it themselves.
        self.confirm: Callable[[str, str, str], bool] = lambda title, text, action: (
            confirm_irreversible(self, title, text, action)
        )
        self.buttons = action_buttons(
            "boundary",
            {
                "new": (self.tr("New boundary agreement…"), self.new),
                "edit": (self.tr("Open…"), self.edit),
                "finalise": (self.tr("Finalise"), self.finalise),
                "print": (self.tr("Print…"), self.print_current),
                "sign": (self.tr("Mark signed…"), self.sign),
                "reopen": (self.tr("Back to draft"), self.reopen),
                "retire": (self.tr("Retire the draft…"), self.retire),
            },
        )
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.refresh()

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        current = self.selected()
        keep = keep if keep is not None else (current.id if current else None)
        try:
            rows = list_boundaries(self.ctx)
        except ServiceError as exc:
            self.count.setText(exc.message)
            return
        wanted = self.search.text().strip()
        if wanted:  # a few dozen a year: found among what is listed
            rows = [
                r
                for r in rows
                if wanted in " ".join((r.number, r.parcel, r.village, r.parties, r.case_no))
            ]
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.count.setText(self.tr("%1 boundary agreements").replace("%1", str(len(rows))))
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif rows:
            self.table.selectRow(0)
        if rows:
            self.list.show_content()
        elif wanted:
            self.list.show_empty(
                self.tr("No boundary agreement matches “%1”.").replace("%1", wanted),
                self.tr("Clear the search"),
                self.search.clear,
            )
        else:
            self.list.show_empty(
                self.tr(
                    "No boundary agreements yet. When a field's line is measured and agreed, "
                    "write it down here with the measurements and the markers set."
                ),
                self.tr("New boundary agreement…"),
                self.new,
            )
        self._enable()

    def select_case(self, dispute_id: int) -> bool:
        """Select the newest agreement of a case and open it; False when it has none."""
        self.refresh()
        for index, row in enumerate(self.model.rows):
            if row.dispute_id == dispute_id:
                self.table.selectRow(index)
                self.edit()
                return True
        return False

    def selected(self) -> BoundaryRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        row = self.selected()
        status = row.status if row else None
        draft, final = status is AgreementStatus.DRAFT, status is AgreementStatus.FINAL
        self.buttons["edit"].setEnabled(row is not None)
        self.buttons["finalise"].setEnabled(draft)
        self.buttons["print"].setEnabled(row is not None)
        self.buttons["sign"].setEnabled(final)
        self.buttons["reopen"].setEnabled(final)
        may_retire = allows(self.ctx.actor, Permission.RETIRE_RECORDS)
        self.buttons["retire"].setEnabled(draft and may_retire)

    def _open(self, dialog: QDialog) -> QDialog:
        # What saved comes back (an id) and is kept selected.
        return open_form(dialog, lambda *args: self.refresh(args[0] if args else None),
                         self.dialog_opened)  # fmt: skip

    def new(self, dispute_id: int | None = None) -> QDialog:
        return self._open(BoundaryForm(self.ctx, parent=self, dispute_id=dispute_id))

    def edit(self) -> QDialog | None:
        row = self.selected()
        return self._open(BoundaryForm(self.ctx, row.id, self)) if row else None

    def _run(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), exc.message)
            return False
        self.refresh()
        return True

    def finalise(self) -> None:
        row = self.selected()
        if row is None:
            return
        text = self.tr(
            "Finalising numbers the agreement and locks it for printing and signing. "
            "Go back to draft to change it until it is signed."
        )
        if self.confirm(self.tr("Finalise"), text, self.tr("Finalise")):
            self._run(lambda: finalise_boundary(self.ctx, row.id))

    def reopen(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: reopen_boundary(self.ctx, row.id))

    def sign(self) -> QDialog | None:
        row = self.selected()
        if row is None:
            return None
        ctx, agreement_id = self.ctx, row.id
        dialog = DateStepDialog(
            ctx,
            self.tr("Mark signed"),
            self.tr("Signed on"),
            lambda day: mark_boundary_signed(ctx, agreement_id, day),
            self,
            notice=self.tr("Once signed, the agreement is locked for good."),
        )
        return self._open(dialog)

    def retire(self) -> QDialog | None:
        row = self.selected()
        return self._open(RetireBoundaryDialog(self.ctx, row, self)) if row else None

    def print_current(self) -> PdfPreviewDialog | None:
        row = self.selected()
        if row is None:
            return None
        try:
            printed = print_form(self.ctx, PrintKind.BOUNDARY_AGREEMENT, row.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), exc.message)
            return None
        name = f"地界协议书_{row.number or row.parcel}.pdf"
        self.preview = PdfPreviewDialog(printed.pdf, printed.title, name, self)
        self.preview.open()
        self.dialog_opened.emit(self.preview)
        return self.preview
