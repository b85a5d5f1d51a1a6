"""The one search box: results appear as the officer types (off the GUI thread), masked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.labels import SEX_LABELS, STATUS_LABELS
from lijiabu_desk.services.register.people_list import PersonListRow
from lijiabu_desk.services.search import HouseholdHit, SearchResult, search
from lijiabu_desk.ui.background import Background, error_message

DEBOUNCE_MS = 120
KIND = Qt.ItemDataRole.UserRole
ID = Qt.ItemDataRole.UserRole + 1
HOUSEHOLD = Qt.ItemDataRole.UserRole + 2


class SearchBox(QWidget):
    person_chosen = Signal(int, object)  # person id, household id or None
    household_chosen = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = Background(self)
        self.sequence = 0
        self.shown_query = ""
        self.choose_when_shown = False  # Enter came before the results: choose on arrival
        self.edit = QLineEdit(objectName="search")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr(
                "Search: name, pinyin (zxm), ID number, phone, household number, address — Ctrl+F"
            )
        )
        self.results = QListWidget(objectName="search_results")
        self.results.setVisible(False)
        self.results.setMaximumHeight(260)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _text: self.timer.start())
        self.edit.returnPressed.connect(self.choose_first)
        self.results.itemActivated.connect(self.choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def run_search(self) -> None:
        query = self.edit.text()
        self.sequence += 1
        ticket = self.sequence
        if not query.strip():
            self.show_result(SearchResult(query, [], []), ticket)
            return
        ctx = self.ctx
        self.background.run(
            lambda: search(ctx, query),
            lambda result: self.show_result(result, ticket),
            lambda exc: self.show_error(error_message(exc), ticket),
        )

    def show_result(self, result: SearchResult, ticket: int) -> None:
        if ticket != self.sequence:  # an answer to an older keystroke
            return
        self.shown_query = result.query
        self.results.clear()
        for person in result.people:
            self._add(self._person_text(person), "person", person.id, person.household_id)
        for household in result.households:
            self._add(self._household_text(household), "household", household.id, household.id)
        if result.query.strip() and not (result.people or result.households):
            item = QListWidgetItem(self.tr("Nobody found for “%1”.").replace("%1", result.query))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.setVisible(self.results.count() > 0)
        if self.choose_when_shown:
            self.choose_when_shown = False
            self.choose_first()

    def show_error(self, message: str, ticket: int) -> None:
        self.choose_when_shown = False
        if ticket == self.sequence:
            self.results.clear()
            self.results.addItem(message)
            self.results.setVisible(True)

    def _add(self, text: str, kind: str, record_id: int, household_id: int | None) -> None:
        item = QListWidgetItem(text)
        item.setData(KIND, kind)
        item.setData(ID, record_id)
        item.setData(HOUSEHOLD, household_id)
        self.results.addItem(item)

    def _person_text(self, p: PersonListRow) -> str:
        parts = [p.name, SEX_LABELS.get(p.sex, "") if p.sex else ""]
        if p.age is not None:
            parts.append(self.tr("%1 yrs").replace("%1", str(p.age)))
        parts += [p.masked_id, p.masked_phone, p.address, p.household_no]
        if p.status.value != "active":
            parts.append(f"（{STATUS_LABELS[p.status]}）")
        return "  ".join(x for x in parts if x)

    def _household_text(self, h: HouseholdHit) -> str:
        return (
            self.tr("Household %1  %2  head %3  %4 people")
            .replace("%1", h.household_no)
            .replace("%2", h.address)
            .replace("%3", h.head or "—")
            .replace("%4", str(h.members))
        )

    def choose_first(self) -> None:
        """Enter: the first result for what is typed now, never one left from earlier text."""
        self.timer.stop()
        if self.shown_query != self.edit.text():
            self.choose_when_shown = True
            self.run_search()
            return
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(KIND):
                self.choose(item)
                return

    def choose(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND)
        if kind == "person":
            self.person_chosen.emit(item.data(ID), item.data(HOUSEHOLD))
        elif kind == "household":
            self.household_chosen.emit(item.data(ID))
        self.results.setVisible(False)

    def selected_person(self) -> int | None:
        item = self.results.currentItem()
        return item.data(ID) if item is not None and item.data(KIND) == "person" else None
