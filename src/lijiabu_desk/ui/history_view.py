"""The History tab every record page carries: who changed what, when (from the audit trail)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from lijiabu_desk.services.history import AuditRow
from lijiabu_desk.ui.rows_model import RowsModel


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, show_record: bool = False) -> None:
        """``show_record`` adds a column naming the kind of record (for a history that spans
        several, such as a dispute case with its parties, sessions and agreements)."""
        super().__init__(parent)
        columns = [
            (self.tr("Time"), lambda r: f"{r.at:%Y-%m-%d %H:%M}"),
            (self.tr("Account"), lambda r: r.actor),
            (self.tr("Action"), lambda r: r.action),
            (self.tr("Details"), lambda r: r.summary),
        ]
        if show_record:
            columns.insert(3, (self.tr("Record"), lambda r: r.record))
        self.details_column = len(columns) - 1
        self.model: RowsModel[AuditRow] = RowsModel(columns)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            self.details_column, QHeaderView.ResizeMode.Stretch
        )
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_rows(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(list(reversed(rows)))  # newest first
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            self.details_column, QHeaderView.ResizeMode.Stretch
        )
