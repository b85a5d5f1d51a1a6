"""Import a village roster: choose the file and village, read the preview, then confirm.

Nothing is written until the officer confirms; then it is one transaction after a backup.
Reading a large file and writing it run off the GUI thread. The preview names, above its tables,
every column of the roster that is not imported and every 社 it will create or could not read;
its Households tab shows each household's 社 and house number.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.labels import RELATION_LABELS
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.services.roster.household_plan import PlannedHousehold
from lijiabu_desk.services.roster.importer import (
    ImportPlan,
    ImportResult,
    PlannedPerson,
    Rejection,
    apply_import,
    plan_import,
)
from lijiabu_desk.ui.background import Background, error_message
from lijiabu_desk.ui.rows_model import RowsModel


class ImportDialog(QDialog):
    imported = Signal()
    settings_requested = Signal(str)  # no village yet: open Settings on the villages page

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ImportPlan | None = None
        self.path: Path | None = None
        self.background = Background(self)
        self.setWindowTitle(self.tr("Import a village roster"))
        self.resize(900, 560)
        self.village = QComboBox(objectName="village")
        for v in list_villages(ctx):
            self.village.addItem(v.name, v.name)
        choose = QPushButton(self.tr("Choose the roster file…"))
        choose.clicked.connect(self.choose_file)
        self.choose_button = choose
        self.settings_button = QPushButton(self.tr("Open Settings → Villages"))
        self.settings_button.clicked.connect(self.open_villages)
        self.settings_button.setVisible(False)
        self.file_label = QLabel(objectName="file")
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.notes = QLabel(objectName="notes")  # the columns not imported, the 社 to create
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(
            "QLabel { background: #fff8e1; border: 1px solid #e0c070; padding: 6px; }"
        )
        self.notes.setVisible(False)
        people_columns = [
            (self.tr("Row"), lambda p: p.cell),
            (self.tr("Household"), lambda p: p.household_no),
            (self.tr("Name"), lambda p: p.name),
            (self.tr("Relation"), lambda p: RELATION_LABELS[p.relation]),
            (self.tr("Changes"), lambda p: "、".join(p.changes)),
        ]
        self.creates: RowsModel[PlannedPerson] = RowsModel(people_columns)
        self.updates: RowsModel[PlannedPerson] = RowsModel(people_columns)
        self.households: RowsModel[PlannedHousehold] = RowsModel(
            [
                (self.tr("Household"), lambda h: h.household_no),
                (self.tr("Head"), lambda h: h.head),
                (self.tr("Group"), lambda h: h.group_name),
                (self.tr("House number and address"), lambda h: h.house_no + h.address_detail),
                (self.tr("What happens"), self._household_state),
            ]
        )
        self.rejections: RowsModel[Rejection] = RowsModel(
            [
                (self.tr("Row"), lambda r: r.cell),
                (self.tr("Why it was not taken"), lambda r: r.reason),
            ]
        )
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableView] = {}
        for key, model, title in (
            ("creates", self.creates, self.tr("New")),
            ("updates", self.updates, self.tr("Updated")),
            ("households", self.households, self.tr("Households")),
            ("rejections", self.rejections, self.tr("Rejected")),
        ):
            table = self.tables[key] = QTableView(objectName=key)
            table.setModel(model)
            table.horizontalHeader().setStretchLastSection(True)
            self.tabs.addTab(table, title)
        self.confirm_button = QPushButton(self.tr("Import"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Village")))
        top.addWidget(self.village)
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.settings_button)
        bottom.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        if self.village.count() == 0:
            self._needs_a_village()

    def _needs_a_village(self) -> None:
        """A roster goes into a village: with none registered, say where to add one."""
        self.choose_button.setEnabled(False)
        self.village.setEnabled(False)
        self.summary.setText(
            self.tr(
                "No villages yet, so a roster cannot be imported. First add the village "
                "under Settings → Villages."
            )
        )
        self.settings_button.setVisible(True)

    def open_villages(self) -> None:
        self.settings_requested.emit("villages")
        self.reject()

    def ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the roster file"),
            "",
            self.tr("Rosters (*.xlsx *.xlsm *.xls *.csv)"),
        )
        return Path(name) if name else None

    def choose_file(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.preview(path)

    def preview(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)
        self.summary.setText(self.tr("Reading the roster…"))
        self.notes.setVisible(False)
        self.confirm_button.setEnabled(False)
        ctx, village = self.ctx, self.village.currentData()
        self.background.run(
            lambda: plan_import(ctx, path, village=village), self.show_plan, self.show_error
        )

    def _household_state(self, home: PlannedHousehold) -> str:
        if home.existing_id is None:
            return self.tr("New household")
        if home.changes:
            return self.tr("Registered; the roster fills in: %1").replace(
                "%1", "、".join(home.changes)
            )
        return self.tr("Registered, nothing to fill in")

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.creates.set_rows(plan.creates)
        self.updates.set_rows(plan.updates)
        self.households.set_rows(plan.households)
        self.rejections.set_rows(plan.rejections)
        self.notes.setText("\n".join(f"• {note}" for note in plan.notes))
        self.notes.setVisible(bool(plan.notes))
        self.summary.setText(
            self.tr(
                "%1: %2 new, %3 updated, %4 unchanged, %5 rejected; %6 new households. "
                "Nothing has been written yet."
            )
            .replace("%1", plan.village)
            .replace("%2", str(len(plan.creates)))
            .replace("%3", str(len(plan.updates)))
            .replace("%4", str(plan.unchanged))
            .replace("%5", str(len(plan.rejections)))
            .replace("%6", str(len(plan.new_households)))
        )
        self.confirm_button.setEnabled(plan.has_work)
        if plan.rejections and not (plan.creates or plan.updates):
            self.tabs.setCurrentWidget(self.tables["rejections"])

    def show_error(self, exc: Exception) -> None:
        self.summary.setText(error_message(exc))
        self.summary.setStyleSheet("color: #c0392b;")

    def confirm(self) -> None:
        if self.plan is None:
            return
        self.confirm_button.setEnabled(False)
        self.summary.setText(self.tr("Backing up, then importing…"))
        ctx, plan = self.ctx, self.plan
        self.background.run(lambda: apply_import(ctx, plan), self.done_importing, self.show_error)

    def done_importing(self, result: ImportResult) -> None:
        self.summary.setText(
            self.tr("Imported: %1 new, %2 updated. A backup was taken first.")
            .replace("%1", str(result.summary["imported"]))
            .replace("%2", str(result.summary["updated"]))
        )
        self.plan = None
        self.imported.emit()
