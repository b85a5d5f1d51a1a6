"""The one search box: results appear as the officer types (off the GUI thread), masked, best
first (the service ranks: residents before those who moved away or died). Each person's row says
where they live and, in grey, when they are no longer here: namesakes are told apart before one
is picked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.search import HouseholdHit, SearchResult, search
from lijiabu_desk.ui.background import Background, error_message
from lijiabu_desk.ui.register.person_check import mark_standing, person_line

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
        # Enter chooses, and goes no further: in a dialog it would also press Save.
        self.edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self.choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        is_enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if not is_enter:
            return super().eventFilter(watched, event)
        if watched is self.edit:
            self.choose_first()
            return True
        if watched is self.results:
            item = self.results.currentItem()
            if item is not None and item.data(KIND):
                self.choose(item)
            return True
        return super().eventFilter(watched, event)

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
            item = self._add(person_line(person), "person", person.id, person.household_id)
            mark_standing(item, person)
        for household in result.households:
            self._add(self._household_text(household), "household", household.id, household.id)
        if result.query.strip() and not (result.people or result.households):
            nobody = self.tr("Nobody found for “%1”.").replace("%1", result.query)
            # The service's reason when the number rule is why (a partial number for a 辅警).
            item = QListWidgetItem(f"{nobody}{result.note}" if result.note else nobody)
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

    def _add(
        self, text: str, kind: str, record_id: int, household_id: int | None
    ) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KIND, kind)
        item.setData(ID, record_id)
        item.setData(HOUSEHOLD, household_id)
        self.results.addItem(item)
        return item

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
        """Hide the results, then say what was chosen: a picker that asks first and hears No
        shows them again (``show_results``)."""
        kind = item.data(KIND)
        if self.results.hasFocus():  # back to typing, not on to the next button
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.results.setVisible(False)
        if kind == "person":
            self.person_chosen.emit(item.data(ID), item.data(HOUSEHOLD))
        elif kind == "household":
            self.household_chosen.emit(item.data(ID))

    def show_results(self) -> None:
        """The results again, for another choice among them."""
        if self.results.count():
            self.results.setVisible(True)
            self.results.setFocus()

    def selected_person(self) -> int | None:
        item = self.results.currentItem()
        return item.data(ID) if item is not None and item.data(KIND) == "person" else None
