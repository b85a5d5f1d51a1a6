"""The register area: search on top; villages and groups, their households, and the chosen
household's page side by side. The area lays out and keeps its lists (what the tree selects,
what the lists show, what an empty list says to do next); ``RegisterActions`` does what the
buttons ask."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
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
from lijiabu_desk.services.calls import calls_for_household
from lijiabu_desk.services.cards.issuance import card_history
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
    PeopleFilter,
    PersonListRow,
    card_state,
    person_ids,
    person_rows,
)
from lijiabu_desk.ui.empty_state import EmptyStack
from lijiabu_desk.ui.register.card_actions import CardActions
from lijiabu_desk.ui.register.household_view import HouseholdView
from lijiabu_desk.ui.register.people_model import CARD_COLOURS, PeopleModel
from lijiabu_desk.ui.register.register_actions import RegisterActions
from lijiabu_desk.ui.register.search_box import SearchBox
from lijiabu_desk.ui.register.visit_actions import VisitActions
from lijiabu_desk.ui.rows_model import RowsModel

VILLAGE = Qt.ItemDataRole.UserRole
GROUP = Qt.ItemDataRole.UserRole + 1
PLACE = Qt.ItemDataRole.UserRole + 2  # "河湾村", "河湾村一社"
PEOPLE_TAB = 1


class RegisterArea(QWidget):
    settings_requested = Signal(str)  # "villages": open Settings on that page
    call_requested = Signal(int)  # a call double-clicked on a household's page

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.has_villages = False
        self._following = False  # selecting a household's row for a search: opened already
        self.search = SearchBox(ctx)
        self.page = HouseholdView(ctx.today())
        self.actions_ = RegisterActions(
            ctx, self, self.page, self.selected_place, self.search.selected_person
        )
        self.cards_ = CardActions(ctx, self, self.page, self.selected_place)
        self.cards_button = self.cards_.menu_button()
        self.visits_ = VisitActions(ctx, self.page)
        self.reveal_button = QPushButton(self.tr("Show full numbers"))
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.tree = QTreeWidget(objectName="villages")
        self.tree.setHeaderLabel(self.tr("Villages"))
        self.households: RowsModel[HouseholdRow] = RowsModel(
            [
                (self.tr("Household"), lambda h: h.household_no),
                (self.tr("Head"), lambda h: h.head),
                (self.tr("People"), lambda h: h.members),
                (self.tr("Address"), lambda h: h.address),
                (self.tr("Tags"), lambda h: h.tags),
            ]
        )
        self.household_table = self._table("households", self.households)
        self.household_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.household_list = EmptyStack(self.household_table, "household_list")
        self.people = PeopleModel(lambda ids: person_rows(self.ctx, ids), self._expiry_colour)
        self.people_table = self._table("people", self.people)
        # Widths are fixed, not fitted to contents: fitting would read every row.
        self.people_table.horizontalHeader().setDefaultSectionSize(96)
        self.people_list = EmptyStack(self.people_table, "people_list")
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
        self.new_household_button = QPushButton(self.tr("New household"))
        self.new_person_button = QPushButton(self.tr("New person without a household…"))
        self.status = QLabel(objectName="register_status")
        self._layout()
        self._connect()
        self.apply_permissions()
        self.reload()

    def _table(self, name: str, model: RowsModel[HouseholdRow] | PeopleModel) -> QTableView:
        table = QTableView(objectName=name)
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        buttons = (self.reveal_button, self.import_button, self.export_button, self.cards_button)
        for button in buttons:
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        households_tab = QWidget()
        households_layout = QVBoxLayout(households_tab)
        households_layout.setContentsMargins(0, 0, 0, 0)
        households_layout.addWidget(self.new_household_button)
        households_layout.addWidget(self.household_list)
        people_tab = QWidget()
        people_layout = QVBoxLayout(people_tab)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_filter, 1)
        people_row.addWidget(self.new_person_button)
        people_layout.addLayout(people_row)
        people_layout.addWidget(self.people_list)
        self.lists = QTabWidget(objectName="register_lists")
        self.lists.addTab(households_tab, self.tr("Household list"))
        self.lists.addTab(people_tab, self.tr("People list"))
        self.splitter = QSplitter(objectName="register_splitter")
        for widget in (self.tree, self.lists, self.page):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([180, 360, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        actions = self.actions_
        self.reveal_button.clicked.connect(actions.reveal)
        self.import_button.clicked.connect(actions.import_roster)
        self.export_button.clicked.connect(actions.export)
        self.new_household_button.clicked.connect(actions.new_household)
        self.new_person_button.clicked.connect(lambda: actions.new_person(None))
        self.page.edit_button.clicked.connect(actions.edit_household)
        self.page.add_member_button.clicked.connect(actions.add_member)
        self.page.edit_member_button.clicked.connect(actions.edit_member)
        self.page.member_activated.connect(actions.open_person)
        self.page.leaving_button.clicked.connect(actions.member_leaving)
        self.page.head_button.clicked.connect(actions.change_head)
        self.page.move_button.clicked.connect(actions.move_member)
        self.page.calls_table.doubleClicked.connect(
            lambda i: self.call_requested.emit(self.page.calls.row_at(i.row()).id)
        )
        actions.changed.connect(self.reload)
        self.cards_.recorded.connect(self.reload)
        self.visits_.recorded.connect(self.reload)
        self.cards_.message.connect(self.status.setText)
        actions.household_saved.connect(self._household_saved)
        actions.imported.connect(self.reload)
        actions.imported.connect(self.show_households)
        actions.message.connect(self.status.setText)
        actions.settings_requested.connect(self.settings_requested)
        self.tree.currentItemChanged.connect(lambda *_: self.show_households())
        self.household_table.selectionModel().currentRowChanged.connect(self._household_row)
        self.people_table.doubleClicked.connect(self._person_activated)
        self.people_filter.currentIndexChanged.connect(lambda _i: self.show_people())
        self.lists.currentChanged.connect(lambda _i: self.show_people())
        self.search.person_chosen.connect(self.open_person_from_search)
        self.search.household_chosen.connect(self.go_to_household)

    def apply_permissions(self) -> None:
        actor = self.ctx.actor
        self.reveal_button.setEnabled(allows(actor, Permission.VIEW_FULL_ID))
        self.import_button.setEnabled(allows(actor, Permission.IMPORT))
        self.export_button.setEnabled(allows(actor, Permission.EXPORT))

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.search.ctx = ctx
        self.actions_.ctx = ctx
        self.cards_.ctx = ctx
        self.visits_.ctx = ctx
        self.apply_permissions()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Villages added in Settings meanwhile show up when the register is shown again."""
        super().showEvent(event)
        self.reload()

    # --- lists ---------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.tree.currentItem()
        keep = (current.data(0, VILLAGE), current.data(0, GROUP)) if current else None
        self.tree.blockSignals(True)  # one listing below, not one per restored selection
        self.tree.clear()
        villages = list_villages(self.ctx)
        self.has_villages = bool(villages)
        self.new_household_button.setEnabled(self.has_villages)  # a household needs a village
        for v in villages:
            village = QTreeWidgetItem(
                [self.tr("%1 (%2)").replace("%1", v.name).replace("%2", str(v.households))]
            )
            village.setData(0, VILLAGE, v.id)
            village.setData(0, PLACE, v.name)
            for g in v.groups:
                group = QTreeWidgetItem([g.name])
                group.setData(0, VILLAGE, v.id)
                group.setData(0, GROUP, g.id)
                group.setData(0, PLACE, v.name + g.name)
                village.addChild(group)
            self.tree.addTopLevelItem(village)
        if keep is not None and (item := self._tree_item(*keep)) is not None:
            self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.show_households()
        if self.page.page is not None:
            self.open_household(self.page.page.id)

    def _tree_item(self, village_id: int | None, group_id: int | None) -> QTreeWidgetItem | None:
        for n in range(self.tree.topLevelItemCount()):
            village = self.tree.topLevelItem(n)
            if village.data(0, VILLAGE) != village_id:
                continue
            if group_id is None:
                return village
            for c in range(village.childCount()):
                if village.child(c).data(0, GROUP) == group_id:
                    return village.child(c)
            return village
        return None

    def selected_place(self) -> tuple[int | None, int | None]:
        item = self.tree.currentItem()
        return (item.data(0, VILLAGE), item.data(0, GROUP)) if item else (None, None)

    def _expiry_colour(self, row: PersonListRow) -> str | None:
        """The one card rule (``card_state``), coloured as the person form colours it."""
        if row.status != ResidentStatus.ACTIVE:
            return None
        return CARD_COLOURS.get(card_state(row.id_expiry, row.id_long_term, self.ctx.today()))

    def show_people(self) -> None:
        """The people of the chosen village (or everyone), as ids; rows load as shown."""
        if self.lists.currentIndex() != PEOPLE_TAB:
            return
        village_id, _group = self.selected_place()
        kind = self.people_filter.currentData()
        ids = person_ids(self.ctx, kind, village_id=village_id)
        self.people.set_ids(ids)
        self.status.setText(self.tr("%1 people").replace("%1", str(len(ids))))
        if ids:
            self.people_list.show_content()
        elif kind == PeopleFilter.OUTSIDERS:
            self.people_list.show_empty(
                self.tr(
                    "No outsiders registered. A trader or a party from elsewhere is added "
                    "with “New person without a household…”."
                ),
                self.tr("New person without a household…"),
                lambda: self.actions_.new_person(None),
            )
        elif kind != PeopleFilter.ACTIVE:
            self.people_list.show_empty(self.tr("Nobody on this list."))
        elif not self.has_villages:
            self._say_no_villages(self.people_list)
        else:
            self._say_add_households(
                self.people_list,
                self.tr(
                    "No residents registered here yet. Add a household and its members, "
                    "or import the village's roster."
                ),
            )

    def _say_no_villages(self, where: EmptyStack) -> None:
        where.show_empty(
            self.tr(
                "No villages yet. First add the villages this post covers under "
                "Settings → Villages."
            ),
            self.tr("Open Settings → Villages"),
            lambda: self.settings_requested.emit("villages"),
        )

    def _say_add_households(self, where: EmptyStack, text: str) -> None:
        """The roster import if this account may import, else a household by hand."""
        if allows(self.ctx.actor, Permission.IMPORT):
            where.show_empty(text, self.tr("Import roster…"), self.actions_.import_roster)
        else:
            where.show_empty(text, self.tr("New household…"), self.actions_.new_household)

    def _person_activated(self, index: QModelIndex) -> None:
        """A person of the list: their household's page behind their form; the tree and the
        list stay as the officer set them."""
        row = self.people.row_at(index.row())
        if row is None:
            return
        if row.household_id is not None:
            self.open_household(row.household_id)
        self.actions_.open_person(row.id)

    def show_households(self) -> None:
        self.show_people()
        village_id, group_id = self.selected_place()
        rows = list_households(self.ctx, village_id, group_id) if village_id else []
        self.households.set_rows(rows)
        self.household_table.resizeColumnsToContents()
        self.status.setText(self.tr("%1 households").replace("%1", str(len(rows))))
        if rows:
            self.household_list.show_content()
        elif not self.has_villages:
            self._say_no_villages(self.household_list)
        elif village_id is None:
            self.household_list.show_empty(
                self.tr(
                    "Choose a village or group on the left to list its households, "
                    "or add a household."
                ),
                self.tr("New household…"),
                self.actions_.new_household,
            )
        else:
            text = self.tr("%1: no households registered yet. Add one, or import the roster.")
            place = self.tree.currentItem().data(0, PLACE)
            self._say_add_households(self.household_list, text.replace("%1", place))

    def _household_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._following:
            self.open_household(self.households.row_at(current.row()).id)

    def open_household(self, household_id: int) -> None:
        try:
            page = load_household(self.ctx, household_id)
        except ServiceError as exc:
            self.status.setText(exc.message)
            return
        self.page.show_page(page)
        self.page.show_cards(card_history(self.ctx, household_id))
        self.page.show_calls(calls_for_household(self.ctx, household_id))
        self.page.history.show_rows(record_history(self.ctx, "households", household_id))

    def go_to_household(self, household_id: int) -> None:
        """Open a household found by the search, and select it in the tree and the list, so
        that the officer sees where it is and its neighbours."""
        self.open_household(household_id)
        page = self.page.page
        if page is None or page.id != household_id:
            return
        item = self._tree_item(page.village_id, page.group_id)
        if item is not None and item is not self.tree.currentItem():
            self.tree.setCurrentItem(item)  # lists the place's households
        if item is not None:
            self.tree.scrollToItem(item)
        self.lists.setCurrentIndex(0)
        rows = [h.id for h in self.households.rows]
        if household_id in rows:
            self._following = True
            try:
                self.household_table.selectRow(rows.index(household_id))
            finally:
                self._following = False

    def open_person_from_search(self, person_id: int, household_id: int | None) -> None:
        if household_id is not None:
            self.go_to_household(household_id)
        self.actions_.open_person(person_id)

    def _household_saved(self, household_id: int) -> None:
        self.reload()
        self.go_to_household(household_id)
