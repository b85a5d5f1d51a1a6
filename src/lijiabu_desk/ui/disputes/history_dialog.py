"""A case's history: every change to the case and its records, with the account that made it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_history import case_history
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.history_view import HistoryView


class CaseHistoryDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, dispute_id: int, case_no: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", case_no))
        self.resize(900, 560)
        self.history = HistoryView(show_record=True)
        self.message = QLabel(objectName="message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        try:
            self.history.show_rows(case_history(ctx, dispute_id))
        except ServiceError as exc:
            self.message.setText(exc.message)
