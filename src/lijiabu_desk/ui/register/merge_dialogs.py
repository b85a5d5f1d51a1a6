"""合并重复人员 in the window: the likely pairs, and one pair's merge — the two records side by
side, a choice per differing field, what moves with them, why they cannot be merged when that
is so — and the last merge taken back in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.register.merge import Side, merge_persons, merge_preview
from lijiabu_desk.services.register.merge_pairs import PairPerson, PairRow, likely_pairs
from lijiabu_desk.services.register.merge_undo import undo_merge
from lijiabu_desk.ui.forms import fit_to_screen
from lijiabu_desk.ui.record_table import fit_columns, record_table
from lijiabu_desk.ui.rows_model import RowsModel

SURVIVOR, OTHER = 0, 1


class MergeDialog(QDialog):
    """The two records side by side; the officer keeps, per differing field, one value."""

    merged = Signal(int)  # the merge's id

    def __init__(
        self, ctx: ServiceContext, survivor_id: int, other_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.survivor_id, self.other_id = survivor_id, other_id
        self.preview = merge_preview(ctx, survivor_id, other_id)
        p = self.preview
        self.setWindowTitle(self.tr("Merge two records of %1").replace("%1", p.survivor.name))
        self.fields = QTableWidget(len(p.fields), 4, objectName="merge_fields")
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Kept record"), self.tr("Other record"), self.tr("Keep")]
        )
        self.fields.verticalHeader().setVisible(False)
        self.choices: dict[str, QButtonGroup] = {}
        for row, f in enumerate(p.fields):
            for column, text in enumerate((f.label, f.survivor, f.other)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if f.differs and column:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.fields.setItem(row, column, item)
            if f.differs:
                self.fields.setCellWidget(row, 3, self._choice(f.key, f.survivor))
        self.fields.resizeColumnsToContents()
        links = "；".join(
            f"{link.label}：{link.survivor}＋{link.other}" for link in p.links if link.other
        )
        self.links = QLabel(
            self.tr("Moves to the kept record: %1").replace("%1", links or self.tr("nothing")),
            wordWrap=True,
        )
        self.note = QLabel(p.refusal or p.note, objectName="merge_note", wordWrap=True)
        self.note.setStyleSheet("color: #c0392b;" if p.refusal else "color: #a04000;")
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet("color: #c0392b;")
        self.merge_button = QPushButton(self.tr("Merge"), objectName="merge")
        self.merge_button.setEnabled(not p.refusal)
        self.merge_button.clicked.connect(self.merge)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The other record is retired and points to the kept one; everything linked "
                    "to it moves. The merge can be undone while neither record has changed."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.links)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_screen(self, 820, 600)

    def _choice(self, key: str, survivor_value: str) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(4, 0, 4, 0)
        group = QButtonGroup(cell)
        for side, text in ((SURVIVOR, self.tr("kept")), (OTHER, self.tr("other"))):
            button = QRadioButton(text, objectName=f"{key}_{side}")
            group.addButton(button, side)
            row.addWidget(button)
        # An empty value is no choice at all: take what the other record knows.
        group.button(OTHER if not survivor_value.strip() else SURVIVOR).setChecked(True)
        self.choices[key] = group
        return cell

    def choose(self, key: str, side: int) -> None:
        self.choices[key].button(side).setChecked(True)

    def merge(self) -> None:
        choices: dict[str, Side] = {
            key: ("survivor" if group.checkedId() == SURVIVOR else "other")
            for key, group in self.choices.items()
        }
        try:
            merge_id = merge_persons(self.ctx, self.survivor_id, self.other_id, choices)
        except ServiceError as exc:
            self.message.setText(exc.message)
            return
        self.merged.emit(merge_id)
        self.accept()


class LikelyPairsDialog(QDialog):
    """可能重复的人员: the pairs the register finds, each opened for merging."""

    changed = Signal()
    dialog_opened = Signal(QDialog)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_merge: int | None = None
        self.setWindowTitle(self.tr("People who may be recorded twice"))
        self.model: RowsModel[PairRow] = RowsModel(
            [
                (self.tr("Name"), lambda r: f"{r.first.name} / {r.second.name}"),
                (self.tr("Why"), lambda r: r.reason),
                (self.tr("First"), lambda r: _person(r.first)),
                (self.tr("Second"), lambda r: _person(r.second)),
            ]
        )
        self.table = record_table("likely_pairs", self.model)
        self.table.doubleClicked.connect(lambda index: self.open_pair(index.row()))
        self.count = QLabel(objectName="pair_count")
        self.open_button = QPushButton(self.tr("Compare and merge…"), objectName="open_pair")
        self.open_button.clicked.connect(lambda: self.open_pair(self.table.currentIndex().row()))
        self.undo_button = QPushButton(self.tr("Undo the last merge"), objectName="undo_merge")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.open_button, self.undo_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 520)
        self.refresh()

    def refresh(self) -> None:
        try:
            pairs = likely_pairs(self.ctx)
        except ServiceError as exc:
            self.count.setText(exc.message)
            return
        self.model.set_rows(pairs)
        fit_columns(self.table)
        self.count.setText(
            self.tr("%1 pairs").replace("%1", str(len(pairs)))
            if pairs
            else self.tr("No likely duplicates found.")
        )
        self.open_button.setEnabled(bool(pairs))
        if pairs:
            self.table.selectRow(0)

    def open_pair(self, row: int) -> MergeDialog | None:
        if not 0 <= row < self.model.rowCount():
            return None
        pair = self.model.row_at(row)
        try:
            dialog = MergeDialog(self.ctx, pair.first.id, pair.second.id, self)
        except ServiceError as exc:
            self.count.setText(exc.message)
            return None
        dialog.merged.connect(self._merged)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _merged(self, merge_id: int) -> None:
        self.last_merge = merge_id
        self.undo_button.setEnabled(True)
        self.changed.emit()
        self.refresh()

    def undo(self) -> None:
        if self.last_merge is None:
            return
        try:
            undo_merge(self.ctx, self.last_merge)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not undone"), exc.message)
            return
        self.last_merge = None
        self.undo_button.setEnabled(False)
        self.changed.emit()
        self.refresh()


def _person(p: PairPerson) -> str:
    parts = (p.standing, str(p.birth_date or ""), p.masked_id, p.masked_phone, p.place)
    return " ".join(part for part in parts if part)
