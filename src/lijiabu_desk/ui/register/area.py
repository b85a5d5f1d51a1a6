"""The register area: search on top; villages and groups, their households, and the chosen
household's page side by side. Behaviour lives here; the pieces only lay out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.history import record_history
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.services.register.households import (
    HouseholdRow,
    list_households,
    load_household,
)
from lijiabu_desk.services.register.people_list import (
    RENEWAL_WINDOW,
    PeopleFilter,
    PersonListRow,
    person_ids,
    person_rows,
)
from lijiabu_desk.services.roster.exporter import export_register
from lijiabu_desk.services.search import reveal_person
from lijiabu_desk.ui.register.household_dialog import HouseholdDialog
from lijiabu_desk.ui.register.household_view import HouseholdView
from lijiabu_desk.ui.register.import_dialog import ImportDialog
from lijiabu_desk.ui.register.member_dialogs import (
    ChangeHeadDialog,
    LeavingDialog,
    MoveMemberDialog,
)
from lijiabu_desk.ui.register.people_model import PeopleModel
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from lijiabu_desk.ui.register.search_box import SearchBox
from lijiabu_desk.ui.rows_model import RowsModel

VILLAGE = Qt.ItemDataRole.UserRole
GROUP = Qt.ItemDataRole.UserRole + 1


class RegisterArea(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QWidget | None = None  # the last dialog opened (tests drive it)
        self.search = SearchBox(ctx)
        self.reveal_button = QPushButton(self.tr("Show full numbers"))
        self.reveal_button.setEnabled(allows(ctx.actor, Permission.VIEW_FULL_ID))
        self.reveal_button.clicked.connect(self.reveal)
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setEnabled(allows(ctx.actor, Permission.IMPORT))
        self.import_button.clicked.connect(self.import_roster)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(allows(ctx.actor, Permission.EXPORT))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (self.reveal_button, self.import_button, self.export_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.tree = QTreeWidget(objectName="villages")
        self.tree.setHeaderLabel(self.tr("Villages"))
        self.tree.currentItemChanged.connect(lambda *_: self.show_households())
        self.households: RowsModel[HouseholdRow] = RowsModel(
            [
                (self.tr("Household"), lambda h: h.household_no),
                (self.tr("Head"), lambda h: h.head),
                (self.tr("People"), lambda h: h.members),
                (self.tr("Address"), lambda h: h.address),
                (self.tr("Tags"), lambda h: h.tags),
            ]
        )
        self.household_table = QTableView(objectName="households")
        self.household_table.setModel(self.households)
        self.household_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.household_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.household_table.horizontalHeader().setStretchLastSection(True)
        self.household_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: (
                self.open_household(self.households.row_at(current.row()).id)
                if current.isValid()
                else None
            )
        )
        new_household = QPushButton(self.tr("New household"))
        new_household.clicked.connect(self.new_household)
        self.people = PeopleModel(lambda ids: person_rows(self.ctx, ids), self._expiry_colour)
        self.people_table = QTableView(objectName="people")
        self.people_table.setModel(self.people)
        self.people_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        # Widths are fixed, not fitted to contents: fitting would read every row.
        self.people_table.horizontalHeader().setDefaultSectionSize(96)
        self.people_table.doubleClicked.connect(self._person_activated)
        self.people_filter = QComboBox(objectName="people_filter")
        for kind, label in (
            (PeopleFilter.ACTIVE, self.tr("All residents")),
            (PeopleFilter.ID_DUE, self.tr("ID card expired or due for renewal")),
            (PeopleFilter.HOME_SERVICE, self.tr("Needs home service")),
            (PeopleFilter.ELDERS, self.tr("Aged 70 and over")),
            (PeopleFilter.LEFT, self.tr("Moved away or deceased")),
            (PeopleFilter.OUTSIDERS, self.tr("Without a household (outsiders)")),
        ):
            self.people_filter.addItem(label, kind)
        self.people_filter.currentIndexChanged.connect(lambda _i: self.show_people())
        new_person = QPushButton(self.tr("New person without a household…"))
        new_person.clicked.connect(lambda: self.new_person(None))
        self.new_person_button = new_person
        self.page = HouseholdView(ctx.today())
        self._wire_page()
        households_tab = QWidget()
        households_layout = QVBoxLayout(households_tab)
        households_layout.setContentsMargins(0, 0, 0, 0)
        households_layout.addWidget(new_household)
        households_layout.addWidget(self.household_table)
        people_tab = QWidget()
        people_layout = QVBoxLayout(people_tab)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_filter, 1)
        people_row.addWidget(self.new_person_button)
        people_layout.addLayout(people_row)
        people_layout.addWidget(self.people_table)
        middle = QTabWidget(objectName="register_lists")
        middle.addTab(households_tab, self.tr("Household list"))
        middle.addTab(people_tab, self.tr("People list"))
        middle.currentChanged.connect(lambda _i: self.show_people())
        self.lists = middle
        self.splitter = QSplitter(objectName="register_splitter")
        for widget in (self.tree, middle, self.page):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([180, 360, 640])
        self.status = QLabel(objectName="register_status")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.search.person_chosen.connect(self.open_person_from_search)
        self.search.household_chosen.connect(self.open_household)
        self.reload()

    def _wire_page(self) -> None:
        self.page.edit_button.clicked.connect(self.edit_household)
        self.page.add_member_button.clicked.connect(self.add_member)
        self.page.edit_member_button.clicked.connect(self.edit_member)
        self.page.member_activated.connect(self.open_person)
        self.page.leaving_button.clicked.connect(self.member_leaving)
        self.page.head_button.clicked.connect(self.change_head)
        self.page.move_button.clicked.connect(self.move_member)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.search.ctx = ctx
        self.reload()

    # --- lists ---------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.tree.currentItem()
        keep = (current.data(0, VILLAGE), current.data(0, GROUP)) if current else None
        self.tree.clear()
        for v in list_villages(self.ctx):
            village = QTreeWidgetItem(
                [self.tr("%1 (%2)").replace("%1", v.name).replace("%2", str(v.households))]
            )
            village.setData(0, VILLAGE, v.id)
            for g in v.groups:
                group = QTreeWidgetItem([g.name])
                group.setData(0, VILLAGE, v.id)
                group.setData(0, GROUP, g.id)
                village.addChild(group)
                if keep == (v.id, g.id):
                    self.tree.setCurrentItem(group)
            self.tree.addTopLevelItem(village)
            if keep == (v.id, None):
                self.tree.setCurrentItem(village)
        if self.page.page is not None:
            self.open_household(self.page.page.id)

    def selected_place(self) -> tuple[int | None, int | None]:
        item = self.tree.currentItem()
        return (item.data(0, VILLAGE), item.data(0, GROUP)) if item else (None, None)

    def _expiry_colour(self, row: PersonListRow) -> str | None:
        if row.id_long_term or row.id_expiry is None or row.status != ResidentStatus.ACTIVE:
            return None
        today = self.ctx.today()
        if row.id_expiry < today:
            return "#c0392b"
        return "#d35400" if row.id_expiry - today <= RENEWAL_WINDOW else None

    def show_people(self) -> None:
        """The people of the chosen village (or everyone), as ids; rows load as shown."""
        if self.lists.currentIndex() != 1:
            return
        village_id, _group = self.selected_place()
        ids = person_ids(self.ctx, self.people_filter.currentData(), village_id=village_id)
        self.people.set_ids(ids)
        self.status.setText(self.tr("%1 people").replace("%1", str(len(ids))))

    def _person_activated(self, index: QModelIndex) -> None:
        row = self.people.row_at(index.row())
        if row is not None:
            self.open_person_from_search(row.id, row.household_id)

    def show_households(self) -> None:
        self.show_people()
        village_id, group_id = self.selected_place()
        rows = list_households(self.ctx, village_id, group_id) if village_id else []
        self.households.set_rows(rows)
        self.household_table.resizeColumnsToContents()
        self.status.setText(self.tr("%1 households").replace("%1", str(len(rows))))

    def open_household(self, household_id: int) -> None:
        try:
            page = load_household(self.ctx, household_id)
        except ServiceError as exc:
            self.status.setText(exc.message)
            return
        self.page.show_page(page)
        self.page.history.show_rows(record_history(self.ctx, "households", household_id))

    def open_person_from_search(self, person_id: int, household_id: int | None) -> None:
        if household_id is not None:
            self.open_household(household_id)
        self.open_person(person_id)

    # --- dialogs -------------------------------------------------------------------------------
    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def open_person(self, person_id: int) -> PersonDialog:
        dialog = PersonDialog(self.ctx, person_id=person_id, parent=self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open_existing.connect(self.open_person)
        self._show(dialog)
        return dialog

    def new_person(self, household_id: int | None = None) -> PersonDialog:
        dialog = PersonDialog(self.ctx, household_id=household_id, parent=self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open_existing.connect(self.open_person)
        self._show(dialog)
        return dialog

    def add_member(self) -> None:
        if self.page.page is not None:
            self.new_person(self.page.page.id)

    def edit_member(self) -> None:
        member = self.page.selected_member()
        if member is None:
            self.status.setText(self.tr("Select a member first."))
            return
        self.open_person(member.id)

    def new_household(self) -> HouseholdDialog:
        village_id, group_id = self.selected_place()
        dialog = HouseholdDialog(self.ctx, village_id=village_id, group_id=group_id, parent=self)
        dialog.saved.connect(self._household_saved)
        self._show(dialog)
        return dialog

    def edit_household(self) -> None:
        if self.page.page is None:
            return
        dialog = HouseholdDialog(self.ctx, household_id=self.page.page.id, parent=self)
        dialog.saved.connect(self._household_saved)
        self._show(dialog)

    def _household_saved(self, household_id: int) -> None:
        self.reload()
        self.show_households()
        self.open_household(household_id)

    def member_leaving(self) -> None:
        member = self.page.selected_member()
        if member is None:
            self.status.setText(self.tr("Select a member first."))
            return
        dialog = LeavingDialog(self.ctx, member, self)
        dialog.done.connect(self.reload)
        self._show(dialog)

    def move_member(self) -> None:
        member = self.page.selected_member()
        if member is None:
            self.status.setText(self.tr("Select a member first."))
            return
        dialog = MoveMemberDialog(self.ctx, member, self)
        dialog.done.connect(self.reload)
        self._show(dialog)

    def change_head(self) -> None:
        if self.page.page is None:
            return
        dialog = ChangeHeadDialog(self.ctx, self.page.page.id, self.page.page.members, self)
        dialog.done.connect(self.reload)
        self._show(dialog)

    def import_roster(self) -> ImportDialog:
        dialog = ImportDialog(self.ctx, self)
        dialog.imported.connect(self.reload)
        dialog.imported.connect(self.show_households)
        self._show(dialog)
        return dialog

    def ask_export(self) -> tuple[Path, bool] | None:
        """Where to, and whether with full numbers (only offered to roles allowed them)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the register"), "户籍人口.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not name:
            return None
        full = False
        if allows(self.ctx.actor, Permission.VIEW_FULL_ID):
            answer = QMessageBox.question(
                self,
                self.tr("Export the register"),
                self.tr(
                    "Export full ID numbers and phones? (No: they are masked.) "
                    "Either way the export is recorded."
                ),
            )
            full = answer == QMessageBox.StandardButton.Yes
        return Path(name), full

    def export(self) -> None:
        choice = self.ask_export()
        if choice is None:
            return
        target, full = choice
        village_id, _group = self.selected_place()
        try:
            result = export_register(self.ctx, target, village_id=village_id, full_numbers=full)
        except ServiceError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(
            self.tr("%1 people exported to %2")
            .replace("%1", str(result.people))
            .replace("%2", str(result.path))
        )

    def reveal(self) -> None:
        """Full ID number and phone of the person chosen in the results: audited."""
        person_id = self.search.selected_person() or (
            m.id if (m := self.page.selected_member()) else None
        )
        if person_id is None:
            self.status.setText(self.tr("Select a person in the results or the members first."))
            return
        try:
            numbers = reveal_person(self.ctx, person_id)
        except ServiceError as exc:
            self.status.setText(exc.message)
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Full numbers (this view is recorded)"))
        box.setText(
            self.tr("ID number: %1\nPhone: %2")
            .replace("%1", numbers.id_number or "—")
            .replace("%2", numbers.phone or "—")
        )
        self._show(box)
