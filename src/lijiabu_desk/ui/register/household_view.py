"""A household's page: its details, members, contact cards, visits and history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import Relation, ResidentStatus
from lijiabu_desk.services.calls import CallRow
from lijiabu_desk.services.cards.issuance import CardHistory, CardIssue
from lijiabu_desk.services.cards.who import format_phone
from lijiabu_desk.services.labels import RELATION_LABELS, SEX_LABELS, STATUS_LABELS
from lijiabu_desk.services.register.households import (
    HouseholdPage,
    MemberRow,
)
from lijiabu_desk.services.register.people_list import CardState, card_state
from lijiabu_desk.services.visits.listing import VisitLine
from lijiabu_desk.ui.calls.calls_table import calls_model
from lijiabu_desk.ui.history_view import HistoryView
from lijiabu_desk.ui.record_table import fit_columns, record_table
from lijiabu_desk.ui.register.people_model import CARD_COLOURS
from lijiabu_desk.ui.rows_model import RowsModel

EXPIRY_COLUMN = 6


class HouseholdView(QWidget):
    """Lays out one household; the area decides what the buttons do.

    The household's own buttons sit on one row, the selected member's on the next; the member's
    row (and the member table's context menu) offers only what fits the member: 迁出/死亡 for
    someone here, its undoing for someone who left."""

    member_activated = Signal(int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.page: HouseholdPage | None = None
        self.can_retire = True  # 迁出/死亡, its undoing and 注销: roles with RETIRE_RECORDS
        self.title = QLabel(objectName="household_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.details = QLabel(objectName="household_details")
        self.details.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit household"))
        self.add_member_button = QPushButton(self.tr("Add member"))
        self.edit_member_button = QPushButton(self.tr("Edit member"))
        self.leaving_button = QPushButton(self.tr("Moved away / deceased"))
        self.head_button = QPushButton(self.tr("Change head"))
        self.move_button = QPushButton(self.tr("Move to another household…"))
        self.undo_leaving_button = QPushButton(self.tr("Undo moved away / deceased…"))
        self.retire_button = QPushButton(self.tr("Retire this record…"))
        household_row = QHBoxLayout()
        for b in (self.edit_button, self.add_member_button, self.head_button):
            household_row.addWidget(b)
        household_row.addStretch(1)
        member_row = QHBoxLayout()
        for b in self.member_buttons():
            member_row.addWidget(b)
        member_row.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addLayout(household_row)
        buttons.addLayout(member_row)
        self.members: RowsModel[MemberRow] = RowsModel(
            [
                (self.tr("Name"), lambda m: m.name),
                (
                    self.tr("Relation"),
                    lambda m: RELATION_LABELS.get(m.relation, "") if m.relation else "",
                ),
                (self.tr("Sex"), lambda m: SEX_LABELS.get(m.sex, "") if m.sex else ""),
                (self.tr("Age"), lambda m: m.age),
                (self.tr("ID number"), lambda m: m.masked_id),
                (self.tr("Phone"), lambda m: m.masked_phone),
                (self.tr("ID card valid until"), self._expiry_text),
                (self.tr("Status"), lambda m: STATUS_LABELS[m.status]),
                (self.tr("Home service"), lambda m: self.tr("yes") if m.needs_home_service else ""),
            ],
            colour=self._colour,
        )
        self.member_table = self._table(self.members)
        self.member_table.doubleClicked.connect(
            lambda index: self.member_activated.emit(self.members.row_at(index.row()).id)
        )
        self.member_table.selectionModel().selectionChanged.connect(
            lambda *_: self.update_member_buttons()
        )
        self.member_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.member_table.customContextMenuRequested.connect(self._member_menu)
        self.member_menu = QMenu(self)
        self.cards: RowsModel[CardIssue] = RowsModel(
            [
                (self.tr("Handed over"), lambda c: c.issued_on.isoformat()),
                (self.tr("Officer on the card"), lambda c: c.officer),
                (self.tr("Handed over by"), lambda c: c.handed_over_by),
                (self.tr("Numbers on the card"), self._numbers_text),
            ]
        )
        self.card_state = QLabel(objectName="card_state")
        self.card_state.setWordWrap(True)
        self.print_card_button = QPushButton(self.tr("Print contact card…"))
        self.handover_button = QPushButton(self.tr("Record card handed over…"))
        self.visits: RowsModel[VisitLine] = RowsModel(
            [
                (self.tr("Date"), lambda v: v.visit_date.isoformat()),
                (self.tr("Purpose"), lambda v: v.purpose),
                (self.tr("Officers"), lambda v: v.officers),
                (self.tr("Done"), lambda v: v.done),
                (self.tr("Notes"), lambda v: v.summary),
            ]
        )
        self.visit_button = QPushButton(self.tr("Log a home visit…"), objectName="new_visit")
        self.calls = calls_model()
        self.calls_table = record_table("household_calls", self.calls)
        self.calls_table.setToolTip(self.tr("Double-click a call to open it"))
        self.history = HistoryView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.member_table, self.tr("Members"))
        self.tabs.addTab(self._cards_tab(), self.tr("Contact cards"))
        self.tabs.addTab(self._visits_tab(), self.tr("Home visits"))
        self.tabs.addTab(self.calls_table, self.tr("Service calls"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs)
        self.show_page(None)

    def _visits_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.visit_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        self.visit_table = self._table(self.visits)
        layout.addWidget(self.visit_table)
        return tab

    def _cards_tab(self) -> QWidget:
        """Whether the card is current (and why not), the card buttons, then every handover."""
        tab = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.card_state, 1)
        row.addWidget(self.print_card_button)
        row.addWidget(self.handover_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        self.card_table = self._table(self.cards)
        layout.addWidget(self.card_table)
        return tab

    def _numbers_text(self, c: CardIssue) -> str:
        parts = [
            (self.tr("badge"), c.badge_no),
            (self.tr("mobile"), format_phone(c.officer_phone)),
            (self.tr("24-hour"), c.duty_phone),
            (self.tr("chief"), format_phone(c.chief_phone)),
            (self.tr("anti-fraud"), c.anti_fraud_phone),
        ]
        return "，".join(f"{label} {value}" for label, value in parts if value)

    def show_cards(self, history: CardHistory | None) -> None:
        """The card history and a plain line: current, or why a new card is needed."""
        self.cards.set_rows(list(history.issues) if history else [])
        self.card_table.resizeColumnsToContents()
        if history is None:
            self.card_state.clear()
        elif history.state.current:
            self.card_state.setText(
                self.tr("The contact card is current (handed over on %1).").replace(
                    "%1", history.issues[0].issued_on.isoformat()
                )
            )
            self.card_state.setStyleSheet("color: #1b6e2a; font-weight: bold;")
        elif not history.issues:
            self.card_state.setText(self.tr("No contact card has been handed over yet."))
            self.card_state.setStyleSheet("color: #9a5b00; font-weight: bold;")
        else:
            self.card_state.setText(
                self.tr("The card is out of date: %1. A new card is needed.").replace(
                    "%1", history.state.reason
                )
            )
            self.card_state.setStyleSheet("color: #b00020; font-weight: bold;")

    def buttons(self) -> list[QPushButton]:
        return [self.edit_button, self.add_member_button, self.head_button, *self.member_buttons()]

    def member_buttons(self) -> list[QPushButton]:
        """What can be done to the selected member, in the order the row and the menu show."""
        return [
            self.edit_member_button,
            self.move_button,
            self.leaving_button,
            self.undo_leaving_button,
            self.retire_button,
        ]

    def update_member_buttons(self) -> None:
        """Offer what fits the selected member: 迁出/死亡 or, for someone who left, its undoing
        (in the same place). A head is not moved to another household before a new head is
        chosen: the button's tip says so, and so does a click."""
        member = self.selected_member()
        here = member is None or member.status == ResidentStatus.ACTIVE
        self.leaving_button.setVisible(here)
        self.undo_leaving_button.setVisible(not here)
        chosen = member is not None
        self.edit_member_button.setEnabled(chosen)
        self.move_button.setEnabled(chosen)  # someone who left: the dialog asks first
        head = chosen and member.relation == Relation.HEAD  # type: ignore[union-attr]
        self.move_button.setToolTip(
            self.tr("The head stays: choose a new head first (Change head).") if head else ""
        )
        not_allowed = self.tr("Only the station chief or an officer may do this.")
        for button in (self.leaving_button, self.undo_leaving_button, self.retire_button):
            button.setEnabled(chosen and self.can_retire)
            button.setToolTip("" if self.can_retire else not_allowed)
        if self.can_retire:
            self.retire_button.setToolTip(
                self.tr("Only for a person added by mistake; the record and the reason are kept.")
            )

    def _member_menu(self, at: QPoint) -> None:
        """Right-click on a member: the member row's buttons, as a menu."""
        row = self.member_table.indexAt(at).row()
        if row < 0:
            return
        self.member_table.selectRow(row)
        self.member_menu.clear()
        for button in self.member_buttons():
            if button.isHidden():  # 迁出/死亡 or its undoing, whichever does not fit
                continue
            action = self.member_menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        self.member_menu.popup(self.member_table.viewport().mapToGlobal(at))

    def _table(self, model: RowsModel) -> QTableView:  # type: ignore[type-arg]
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _expiry_text(self, m: MemberRow) -> str:
        if m.id_long_term:
            return self.tr("long-term")
        if m.id_expiry is None:
            return ""
        text = m.id_expiry.isoformat()
        state = card_state(m.id_expiry, m.id_long_term, self.today)
        if state is CardState.EXPIRED:
            return text + " " + self.tr("(expired)")
        if state is CardState.DUE:
            return text + " " + self.tr("(renew now)")
        return text

    def _colour(self, m: MemberRow, column: int) -> str | None:
        if m.status != ResidentStatus.ACTIVE:
            return "#888888"
        if column == EXPIRY_COLUMN:
            return CARD_COLOURS.get(card_state(m.id_expiry, m.id_long_term, self.today))
        return None

    def show_calls(self, rows: list[CallRow]) -> None:
        """The household's service calls, newest first (from the calls services)."""
        self.calls.set_rows(rows)
        fit_columns(self.calls_table)

    def show_page(self, page: HouseholdPage | None) -> None:
        """The household's details; its cards come with ``show_cards``."""
        self.page = page
        self.show_cards(None)
        for button in (
            self.edit_button,
            self.add_member_button,
            self.head_button,
            self.print_card_button,
            self.handover_button,
            self.visit_button,
        ):
            button.setEnabled(page is not None)
        if page is None:
            self.title.setText(self.tr("Choose a household on the left, or search (Ctrl+F)."))
            self.details.clear()
            for model in (self.members, self.visits):
                model.set_rows([])
            self.calls.set_rows([])
            self.update_member_buttons()
            return
        self.title.setText(
            self.tr("Household %1 — head: %2")
            .replace("%1", page.household_no)
            .replace("%2", page.head or self.tr("(none)"))
        )
        parts = [self.tr("Address: %1").replace("%1", page.address)]
        phones = "、".join(p for p in (page.phone, page.phone2) if p)
        if phones:
            parts.append(self.tr("Phone: %1").replace("%1", phones))
        if page.tags:
            parts.append(self.tr("Tags: %1").replace("%1", "、".join(page.tags)))
        self.details.setText("    ".join(parts))
        self.members.set_rows(page.members)
        self.visits.set_rows(page.visits)
        fit_columns(self.visit_table)
        self.member_table.resizeColumnsToContents()
        self.update_member_buttons()

    def selected_member(self) -> MemberRow | None:
        rows = self.member_table.selectionModel().selectedRows()
        return self.members.row_at(rows[0].row()) if rows else None
