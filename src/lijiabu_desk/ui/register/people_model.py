"""A table model over person ids that fetches rows a block at a time, only when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from lijiabu_desk.services.labels import RELATION_LABELS, SEX_LABELS, STATUS_LABELS
from lijiabu_desk.services.register.people_list import CardState, PersonListRow

Index = QModelIndex | QPersistentModelIndex
BLOCK = 200
#: Right after the name: in the narrow list pane the card's date must show without scrolling.
EXPIRY_COLUMN = 1
CARD_COLOURS = {CardState.EXPIRED: "#c0392b", CardState.DUE: "#d35400"}


class PeopleModel(QAbstractTableModel):
    def __init__(
        self,
        fetch: Callable[[list[int]], dict[int, PersonListRow]],
        expiry_colour: Callable[[PersonListRow], str | None],
    ) -> None:
        super().__init__()
        self.fetch = fetch
        self.expiry_colour = expiry_colour
        self.ids: list[int] = []
        self.cache: dict[int, PersonListRow] = {}
        self.fetches = 0  # how many blocks were read (the tests check laziness with it)
        self.headers = [
            self.tr("Name"), self.tr("ID card valid until"), self.tr("Sex"), self.tr("Age"),
            self.tr("ID number"), self.tr("Phone"), self.tr("Household"),
            self.tr("Address"), self.tr("Relation"), self.tr("Status"),
        ]  # fmt: skip

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self.cache = {}
        self.endResetModel()

    def row_at(self, row: int) -> PersonListRow | None:
        pid = self.ids[row]
        if pid not in self.cache:
            start = row - row % BLOCK
            self.cache.update(self.fetch(self.ids[start : start + BLOCK]))
            self.fetches += 1
        return self.cache.get(pid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers[section] if orientation == Qt.Orientation.Horizontal else section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:  # removed since the ids were read
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.expiry_colour(row) if index.column() == EXPIRY_COLUMN else None
            return QColor(colour) if colour else None
        return self._text(row, index.column())

    def _text(self, r: PersonListRow, column: int) -> str:
        values = [
            r.name,
            self.tr("long-term") if r.id_long_term else (r.id_expiry.isoformat()
                                                        if r.id_expiry else ""),
            SEX_LABELS.get(r.sex, "") if r.sex else "", "" if r.age is None else str(r.age),
            r.masked_id, r.masked_phone, r.household_no,
            r.address, RELATION_LABELS.get(r.relation, "") if r.relation else "",
            STATUS_LABELS[r.status],
        ]  # fmt: skip
        return values[column]
