"""The administrator's audit viewer: filter, read, check the chain, export."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.audit_check import verify_audit
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.field_values import actor_label
from lijiabu_desk.services.history import (
    AuditFilter,
    AuditRow,
    audit_actors,
    export_audit_csv,
    search_audit,
)
from lijiabu_desk.services.labels import ACTION_LABELS
from lijiabu_desk.ui.rows_model import RowsModel


class AuditViewer(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 600)
        self.actor = QComboBox()
        self.actor.setObjectName("actor")
        self.action = QComboBox()
        self.action.setObjectName("action")
        self.action.addItem(self.tr("All actions"), "")
        for code, label in ACTION_LABELS.items():
            self.action.addItem(label, str(code))
        today = QDate.fromString(ctx.today().isoformat(), "yyyy-MM-dd")
        self.since = QDateEdit(today.addMonths(-1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        search = QPushButton(self.tr("Search"))
        search.clicked.connect(self.search)
        check = QPushButton(self.tr("Check the chain"))
        check.clicked.connect(self.check_chain)
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(self.export)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Account"), self.actor),
            (self.tr("Action"), self.action),
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(search)
        filters.addStretch(1)
        filters.addWidget(check)
        filters.addWidget(export)
        self.model: RowsModel[AuditRow] = RowsModel(
            [
                (self.tr("Time"), lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}"),
                (self.tr("Account"), lambda r: r.actor),
                (self.tr("Action"), lambda r: r.action),
                (self.tr("Record"), lambda r: r.record),
                (self.tr("Details"), lambda r: r.summary),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self._fill_actors()
        self.search()

    def _fill_actors(self) -> None:
        self.actor.addItem(self.tr("All accounts"), "")
        for name in audit_actors(self.ctx):
            self.actor.addItem(actor_label(name), name)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            actor=self.actor.currentData() or "",
            action=self.action.currentData() or "",
            since=datetime.combine(self.since.date().toPython(), time.min),
            until=datetime.combine(self.until.date().toPython(), time.max),
        )

    def search(self) -> None:
        try:
            rows = search_audit(self.ctx, self.current_filter())
        except ServiceError as exc:
            self.message.setText(exc.message)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("%1 entries").replace("%1", str(len(rows))))

    def check_chain(self) -> None:
        result = verify_audit(self.ctx)
        self.message.setText(result.message)
        self.message.setStyleSheet("" if result.report.ok else "color: #c0392b;")

    def ask_export_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "审计记录.csv", self.tr("CSV (*.csv)")
        )
        return Path(name) if name else None

    def export(self) -> None:
        target = self.ask_export_path()
        if target is None:
            return
        try:
            count = export_audit_csv(self.ctx, self.current_filter(), target)
        except ServiceError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("%1 entries exported to %2")
            .replace("%1", str(count))
            .replace("%2", str(target))
        )
