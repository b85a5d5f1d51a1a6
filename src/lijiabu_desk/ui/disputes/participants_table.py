"""Who sat at a mediation session, in which panel role (the 五方 panel, parties, invited)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import PanelRole
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.labels import PANEL_ROLE_LABELS
from lijiabu_desk.services.disputes.sessions import ParticipantInput
from lijiabu_desk.ui.disputes.widgets import choice, officer_choice, officer_name

ROLE, NAME, ORGANISATION = 0, 1, 2
#: Item data on the name cell: ("officer" | "person", id) for someone from our records.
SOURCE = Qt.ItemDataRole.UserRole


class ParticipantsTable(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, objectName="participants")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Organisation")]
        )
        self.table.horizontalHeader().setSectionResizeMode(
            ORGANISATION, QHeaderView.ResizeMode.Stretch
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(230)  # the five-party panel and the parties, unscrolled
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.officer = officer_choice(ctx, "participant_officer")
        add_officer = QPushButton(self.tr("Add officer"))
        add_officer.clicked.connect(self.add_chosen_officer)
        add_other = QPushButton(self.tr("Add someone else"))
        add_other.setObjectName("add_participant")
        add_other.clicked.connect(lambda: self.add(PanelRole.INVITED, "", "", None, edit=True))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.officer, 1)
        buttons.addWidget(add_officer)
        buttons.addWidget(add_other)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add(
        self,
        role: PanelRole,
        name: str,
        organisation: str,
        source: tuple[str, int] | None,
        *,
        edit: bool = False,
    ) -> None:
        """Add a row; ``edit`` opens its name for typing (someone added by hand)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = choice("", PANEL_ROLE_LABELS)
        combo.setCurrentIndex(combo.findData(role))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, ROLE, combo)
        item = QTableWidgetItem(name)
        item.setData(SOURCE, source)
        if source is not None:  # a name from our records is not retyped
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, NAME, item)
        self.table.setItem(row, ORGANISATION, QTableWidgetItem(organisation))
        if edit:
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(item)
        self.changed.emit()

    def add_chosen_officer(self) -> None:
        officer_id = self.officer.currentData()
        if officer_id is not None:
            self.add(PanelRole.POLICE, officer_name(self.officer), "", ("officer", officer_id))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_participants(self, participants: tuple[ParticipantInput, ...]) -> None:
        self.table.setRowCount(0)
        for p in participants:
            source = (
                ("officer", p.officer_id)
                if p.officer_id is not None
                else ("person", p.person_id)
                if p.person_id is not None
                else None
            )
            self.add(p.role, p.name, p.organisation, source)

    def participants(self) -> tuple[ParticipantInput, ...]:
        result = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, ROLE)
            role = combo.currentData() if isinstance(combo, QComboBox) else PanelRole.INVITED
            item = self.table.item(row, NAME)
            organisation = self.table.item(row, ORGANISATION)
            source = item.data(SOURCE) if item is not None else None
            kind, record_id = source if source else ("", None)
            result.append(
                ParticipantInput(
                    role=role,
                    officer_id=record_id if kind == "officer" else None,
                    person_id=record_id if kind == "person" else None,
                    name=item.text() if item is not None else "",
                    organisation=organisation.text() if organisation is not None else "",
                )
            )
        return tuple(result)
