"""Choosing a case's parties: find them in the register as you type, or add an outsider on the
spot (a trader from Ningxia joins the person index without a household).

Every way in (Enter, a click on a result, an ID number already on someone's record) goes through
``add``, which asks first before someone who moved away, died or was retired becomes a party:
three villagers can share a name, and the printed agreement carries the chosen one's address and
ID number."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.intake import PartyInput
from lijiabu_desk.services.disputes.labels import SIDES
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.register.people_list import person_rows
from lijiabu_desk.ui.register.person_check import confirm_person, mark_standing, person_line
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from lijiabu_desk.ui.register.search_box import SearchBox

SIDE_COLUMN, NAME_COLUMN, DEMAND_COLUMN, GUARDIAN_COLUMN, RELATION_COLUMN = range(5)


class PartyPicker(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_ids: list[int] = []
        self.finder = SearchBox(ctx)
        self.finder.edit.setObjectName("party_search")
        self.finder.edit.setPlaceholderText(
            self.tr("Find a party: name, pinyin or ID number, then Enter")
        )
        self.finder.person_chosen.connect(lambda person_id, _household: self.add(person_id))
        self.outsider_button = QPushButton(self.tr("New outsider…"))
        self.outsider_button.setObjectName("new_outsider")
        self.outsider_button.setToolTip(
            self.tr("Someone not in the register, e.g. a trader from another county")
        )
        self.outsider_button.clicked.connect(self.new_outsider)
        self.remove_button = QPushButton(self.tr("Remove party"))
        self.remove_button.clicked.connect(self.remove_current)
        self.table = QTableWidget(0, 5, objectName="parties")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Side"),
                self.tr("Party"),
                self.tr("What they ask for"),
                self.tr("Guardian (minor)"),
                self.tr("Relation"),
            ]
        )
        self.table.horizontalHeaderItem(GUARDIAN_COLUMN).setToolTip(
            self.tr("A party under 18 signs with a guardian: the guardian's name and relation")
        )
        self.table.horizontalHeader().setSectionResizeMode(
            DEMAND_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.horizontalHeader().setSectionResizeMode(
            NAME_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.how_to = self.tr(
            "Double-click a cell under “What they ask for” to type; for a party under 18, "
            "also the guardian and their relation."
        )
        self.hint = QLabel(self.how_to)
        self.hint.setStyleSheet("color: #666;")
        top = QHBoxLayout()
        top.addWidget(self.finder, 1)
        top.addWidget(self.outsider_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

    def add(
        self,
        person_id: int,
        side: str = "",
        demand: str = "",
        name: str = "",
        *,
        ask: bool = True,
        guardian: tuple[str, str] = ("", ""),
    ) -> bool:
        """Add a party; ``ask`` (a new choice, not a case's saved parties) asks first before
        someone no longer here is added. False when they were not added."""
        if person_id in self.person_ids:
            self.table.selectRow(self.person_ids.index(person_id))
            return False
        try:
            if ask and not confirm_person(self, self.ctx, person_id):
                self.hint.setText(self.tr("Not added. Choose another person, or search again."))
                self.finder.show_results()
                return False
            found = person_rows(self.ctx, [person_id]).get(person_id)
        except ServiceError as exc:
            self.hint.setText(exc.message)
            return False
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.person_ids.append(person_id)
        combo = QComboBox()
        combo.addItems(list(SIDES))
        combo.setCurrentText(side or SIDES[min(row, 1)])
        combo.currentTextChanged.connect(lambda _text: self.changed.emit())
        self.table.setCellWidget(row, SIDE_COLUMN, combo)
        name_item = QTableWidgetItem(person_line(found, numbers=False) if found else name)
        if found is not None:
            mark_standing(name_item, found)
        name_item.setFlags(name_item.flags() & ~name_item.flags().ItemIsEditable)
        self.table.setItem(row, NAME_COLUMN, name_item)
        self.table.setItem(row, DEMAND_COLUMN, QTableWidgetItem(demand))
        self.table.setItem(row, GUARDIAN_COLUMN, QTableWidgetItem(guardian[0]))
        self.table.setItem(row, RELATION_COLUMN, QTableWidgetItem(guardian[1]))
        self.finder.edit.clear()
        self.hint.setText(self.how_to)
        self.changed.emit()
        return True

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self.person_ids[row]
        self.changed.emit()

    def new_outsider(self) -> None:
        dialog = PersonDialog(self.ctx, parent=self)
        dialog.setWindowTitle(self.tr("New person (not in a household)"))
        dialog.saved.connect(lambda person_id: self.add(person_id))
        # The ID number is already on someone's record: that person is the party.
        dialog.open_existing.connect(lambda person_id: self.add(person_id))
        dialog.open()

    def set_parties(self, parties: tuple[PartyInput, ...], names: dict[int, str]) -> None:
        self.table.setRowCount(0)
        self.person_ids.clear()
        for party in parties:
            self.add(
                party.person_id,
                party.side,
                party.demand,
                names.get(party.person_id, ""),
                ask=False,
                guardian=(party.guardian_name, party.guardian_relation),
            )

    def parties(self) -> tuple[PartyInput, ...]:
        result = []
        for row, person_id in enumerate(self.person_ids):
            combo = self.table.cellWidget(row, SIDE_COLUMN)
            side = combo.currentText() if isinstance(combo, QComboBox) else SIDES[0]
            result.append(
                PartyInput(
                    person_id,
                    side,
                    self._text(row, DEMAND_COLUMN),
                    self._text(row, GUARDIAN_COLUMN),
                    self._text(row, RELATION_COLUMN),
                )
            )
        return tuple(result)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
