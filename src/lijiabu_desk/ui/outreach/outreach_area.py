"""反诈宣传: the outreach events, newest first, filtered by village; a village's coverage (its
households with at least one member who has the anti-fraud app) above the list."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.places import village_names
from lijiabu_desk.services.visits.outreach import OutreachRow, list_outreach, village_coverage
from lijiabu_desk.ui.disputes.widgets import choice
from lijiabu_desk.ui.empty_state import EmptyStack
from lijiabu_desk.ui.outreach.outreach_form import OutreachForm
from lijiabu_desk.ui.record_table import fit_columns, record_table
from lijiabu_desk.ui.rows_model import RowsModel


class OutreachArea(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.village = choice("outreach_village", {}, empty=self.tr("All villages"))
        self.coverage = QLabel(objectName="coverage")
        self.new_button = QPushButton(self.tr("Log an outreach event…"), objectName="new_outreach")
        self.new_button.clicked.connect(self.new_event)
        self.model: RowsModel[OutreachRow] = RowsModel(
            [
                (self.tr("Date"), lambda r: r.held_on.isoformat()),
                (self.tr("Village"), lambda r: r.village),
                (self.tr("Place"), lambda r: r.place),
                (self.tr("Topic"), lambda r: r.topic),
                (self.tr("Officers"), lambda r: r.officers),
                (self.tr("People reached"), lambda r: r.people_reached),
                (self.tr("Installed the app"), lambda r: r.apps_installed),
            ]
        )
        self.table = record_table("outreach_events", self.model)
        self.list = EmptyStack(self.table, "outreach_list")
        self.count = QLabel(objectName="outreach_count")
        self.village.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.village)
        top.addWidget(self.coverage, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.reload_villages()

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.reload_villages()

    def reload_villages(self) -> None:
        chosen = self.village.currentData()
        self.village.blockSignals(True)
        while self.village.count() > 1:
            self.village.removeItem(1)
        try:
            for village_id, name in village_names(self.ctx):
                self.village.addItem(name, village_id)
        except ServiceError:
            pass
        self.village.setCurrentIndex(max(self.village.findData(chosen), 0))
        self.village.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        village_id = self.village.currentData()
        try:
            rows = list_outreach(self.ctx, village_id)
            coverage = village_coverage(self.ctx, village_id) if village_id else None
        except ServiceError as exc:
            self.count.setText(exc.message)
            return
        self.model.set_rows(rows)
        fit_columns(self.table)
        if coverage is None:
            self.coverage.clear()
        else:
            self.coverage.setText(
                self.tr("Anti-fraud app: %1 of %2 households (%3%)")
                .replace("%1", str(coverage.with_app))
                .replace("%2", str(coverage.households))
                .replace("%3", f"{coverage.share * 100:.0f}")
            )
        reached = sum(r.people_reached for r in rows)
        installed = sum(r.apps_installed for r in rows)
        self.count.setText(
            self.tr("%1 events, %2 people reached, %3 installed the app")
            .replace("%1", str(len(rows)))
            .replace("%2", f"{reached:,}")
            .replace("%3", f"{installed:,}")
        )
        if rows:
            self.list.show_content()
        else:
            self.list.show_empty(
                self.tr("No outreach events logged yet."),
                self.tr("Log an outreach event…"),
                self.new_event,
            )

    def new_event(self) -> OutreachForm:
        form = OutreachForm(self.ctx, self)
        form.saved.connect(lambda _id: self.refresh())
        form.open()
        return form
