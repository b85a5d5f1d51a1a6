"""警民连心卡 in the window: the handover form (登记已发卡) and the sheets' preview, which notes
whether they were printed or saved, so that the officer can then be asked about the handover.

A handover is recorded only when the officer says the cards were handed out, never at printing:
sheets get misprinted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from lijiabu_desk.services.cards.issuance import record_handed_over
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.officers import OFFICER_ROLE_LABELS, list_officers
from lijiabu_desk.services.validation import parse_date
from lijiabu_desk.ui.forms import FieldErrors
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from lijiabu_desk.ui.register.member_dialogs import ActionDialog


class HandoverDialog(ActionDialog):
    """登记已发卡 for one household or a printed batch: who handed the cards over, and when.
    The card's officer and numbers are recorded as they print today."""

    def __init__(
        self,
        ctx: ServiceContext,
        household_ids: Sequence[int],
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.household_ids = list(household_ids)
        self.recorded = 0
        self.setWindowTitle(self.tr("Record contact cards handed over"))
        self.setMinimumWidth(440)
        self.ok_button.setText(self.tr("Record"))
        self.what = QLabel(what, objectName="what")
        self.what.setWordWrap(True)
        self.giver = QComboBox(objectName="handed_over_by")
        self.giver.addItem(self.tr("(choose)"), None)  # no preset: it would be recorded
        for officer in list_officers(ctx):
            role = OFFICER_ROLE_LABELS.get(officer.role, "")
            self.giver.addItem(f"{officer.name}（{role}）" if role else officer.name, officer.id)
        self.on = QLineEdit(ctx.today().isoformat(), objectName="issued_on")
        self.on.setPlaceholderText(self.tr("e.g. 20261128"))
        note = QLabel(
            self.tr(
                "Record this once the cards are in the households' hands. The officer and "
                "the numbers on the card are recorded as they print today."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.form.addRow(self.tr("Cards for"), self.what)
        self.form.addRow(self.tr("Handed over by"), self.giver)
        self.form.addRow(self.tr("Handed over on"), self.on)
        self.form.addRow(note)
        self.errors = FieldErrors(
            self.message, {"handed_over_by": self.giver, "issued_on": self.on}
        )

    def submit(self) -> None:
        giver = self.giver.currentData()
        if giver is None:
            self.errors.show(self.tr("Choose who handed the cards over."), "handed_over_by")
            return

        def record() -> None:
            on = parse_date(self.on.text(), field="issued_on", label="发卡日期")
            self.recorded = record_handed_over(self.ctx, self.household_ids, int(giver), on)

        self.run(record)


class CardPreview(PdfPreviewDialog):
    """The card sheets' preview; ``used`` turns true once they were sent to a printer or saved
    (the print or save dialog was accepted)."""

    def __init__(
        self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None, warning: str
    ) -> None:
        super().__init__(pdf, title, suggested_name, parent, warning=warning)
        self.used = False

    def print_pdf(self) -> None:
        ask = self.run_print_dialog

        def noting(printer: QPrinter) -> bool:
            accepted = ask(printer)
            self.used = self.used or accepted
            return accepted

        self.run_print_dialog = noting
        try:
            super().print_pdf()
        finally:
            self.run_print_dialog = ask

    def save_pdf(self) -> None:
        ask = self.choose_save_path

        def noting(start: str) -> str:
            chosen = ask(start)
            self.used = self.used or bool(chosen)
            return chosen

        self.choose_save_path = noting
        try:
            super().save_pdf()
        finally:
            self.choose_save_path = ask
