"""Create or edit a household: number, village and group, house number, phones, care tags."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.places import VillageView, list_villages
from lijiabu_desk.services.register.households import (
    CARE_TAGS,
    HouseholdInput,
    load_household,
    save_household,
)
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.guarded_form import GuardedFormDialog

FIELDS = ("household_no", "house_no", "address_detail", "phone", "phone2", "notes")


class HouseholdDialog(GuardedFormDialog):
    saved = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        household_id: int | None = None,
        village_id: int | None = None,
        group_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(
            self.tr("New household") if household_id is None else self.tr("Edit household")
        )
        self.fields = {key: QLineEdit(objectName=key) for key in FIELDS}
        self.village = QComboBox(objectName="village")
        self.group = QComboBox(objectName="group")
        self.villages: list[VillageView] = list_villages(ctx)
        for v in self.villages:
            self.village.addItem(v.name, v.id)
        self.village.currentIndexChanged.connect(self._fill_groups)
        self.tags = {tag: QCheckBox(tag) for tag in CARE_TAGS}
        form = QFormLayout()
        form.addRow(self.tr("Household number"), self.fields["household_no"])
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("House number"), self.fields["house_no"])
        form.addRow(self.tr("Address detail"), self.fields["address_detail"])
        form.addRow(self.tr("Phone"), self.fields["phone"])
        form.addRow(self.tr("Second phone"), self.fields["phone2"])
        form.addRow(self.tr("Notes"), self.fields["notes"])
        tag_box = QGroupBox(self.tr("Care tags"))
        tag_grid = QGridLayout(tag_box)
        for n, box in enumerate(self.tags.values()):
            tag_grid.addWidget(box, n // 4, n % 4)
        self.message = QLabel(objectName="message")
        self.errors = FieldErrors(
            self.message,
            {**self.fields, "village_id": self.village, "group_id": self.group},  # type: ignore[dict-item]
        )
        buttons, self.save_button = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tag_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._enter = EnterMovesFocus([self.fields[k] for k in FIELDS], self.save_button)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._load(village_id, group_id)
        self.mark_clean()

    def _fill_groups(self) -> None:
        self.group.clear()
        self.group.addItem(self.tr("(no group)"), None)
        village = next((v for v in self.villages if v.id == self.village.currentData()), None)
        for g in village.groups if village else []:
            self.group.addItem(g.name, g.id)

    def _select(self, combo: QComboBox, value: int | None) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _load(self, village_id: int | None, group_id: int | None) -> None:
        self._fill_groups()
        if self.household_id is not None:
            page = load_household(self.ctx, self.household_id)
            for key in FIELDS:
                self.fields[key].setText(getattr(page, key))
            village_id, group_id = page.village_id, page.group_id
            for tag in page.tags:
                if tag in self.tags:
                    self.tags[tag].setChecked(True)
        self._select(self.village, village_id)
        self._select(self.group, group_id)

    def current_input(self) -> HouseholdInput:
        return HouseholdInput(
            household_no=self.fields["household_no"].text(),
            village_id=self.village.currentData(),
            group_id=self.group.currentData(),
            house_no=self.fields["house_no"].text(),
            address_detail=self.fields["address_detail"].text(),
            phone=self.fields["phone"].text(),
            phone2=self.fields["phone2"].text(),
            notes=self.fields["notes"].text(),
            tags=tuple(tag for tag, box in self.tags.items() if box.isChecked()),
        )

    def save(self) -> None:
        try:
            household_id = save_household(self.ctx, self.current_input(), self.household_id)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.household_id = household_id
        self.mark_clean()
        self.saved.emit(household_id)
        self.accept()
