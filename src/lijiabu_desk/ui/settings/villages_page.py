"""Villages (行政村): a filterable table and a form for the village, its head and mediator, and
how many groups (社) it has. Groups are only ever added here, never removed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.cards.issuance import responsible_officers, set_responsible_officer
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.officers import OFFICER_ROLE_LABELS, list_officers
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.places import VillageInput, VillageView, list_villages, save_village
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.rows_model import RowsModel
from lijiabu_desk.ui.settings.list_page import NOTE_STYLE, ListPage

# Read-only fields stay legible.
DISABLED_STYLE = "QLineEdit:disabled, QComboBox:disabled { color: #333; }"

MAX_GROUPS = 40


class VillageForm(QDialog):
    """Adds a village (``village`` None) or changes one; ``saved_id`` is set once saved."""

    def __init__(
        self, ctx: ServiceContext, village: VillageView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.village = ctx, village
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New village") if village is None else self.tr("Village details")
        )
        self.setStyleSheet(f"{INVALID_STYLE}\n{DISABLED_STYLE}")
        self.setMinimumWidth(460)
        self.fields: dict[str, QLineEdit] = {
            key: self._line(key)
            for key in ("name", "head_name", "head_phone", "mediator_name", "mediator_phone")
        }
        self.responsible = QComboBox(objectName="responsible_officer")
        self.responsible.addItem(self.tr("(none: the station chief is on the cards)"), None)
        for officer in list_officers(ctx):
            role = OFFICER_ROLE_LABELS.get(officer.role, "")
            self.responsible.addItem(
                f"{officer.name}（{role}）" if role else officer.name, officer.id
            )
        self.stored_responsible: int | None = None
        self.group_count = QSpinBox()
        self.group_count.setObjectName("group_count")
        self.group_count.setRange(0, MAX_GROUPS)
        self.groups = QLabel()
        self.groups.setObjectName("groups")
        self.groups.setWordWrap(True)
        self.groups_label = QLabel(self.tr("Groups registered"))
        self.note = QLabel(self.tr("Only the administrator may change villages."))
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = QLabel()
        self.message.setObjectName("message")
        buttons, self.save_button = dialog_buttons(self, self.save)
        self._build_layout(buttons)
        self.errors = FieldErrors(self.message, self.fields)
        # Focus given to the spin box's line edit lands on the spin box; Enter there is left to
        # the dialog, which presses Save (its default button).
        chain = [*self.fields.values(), self.group_count.lineEdit()]
        self._enter = EnterMovesFocus(chain, self.save_button)
        self.show_village(village)
        self.set_editable(allows(ctx.actor, Permission.EDIT_SETTINGS))

    def _build_layout(self, buttons: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Village name"), self.fields["name"])
        form.addRow(self.tr("Village head"), self.fields["head_name"])
        form.addRow(self.tr("Head's phone"), self.fields["head_phone"])
        form.addRow(self.tr("Security mediator"), self.fields["mediator_name"])
        form.addRow(self.tr("Mediator's phone"), self.fields["mediator_phone"])
        form.addRow(self.tr("Responsible officer"), self.responsible)
        form.addRow(self.tr("Number of groups"), self.group_count)
        form.addRow(self.groups_label, self.groups)
        hint = QLabel(
            self.tr("Groups 1 to this number are created; groups already registered are kept.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def show_village(self, village: VillageView | None) -> None:
        has_groups = village is not None and bool(village.groups)
        self.groups.setVisible(has_groups)
        self.groups_label.setVisible(has_groups)
        if village is None:
            return
        for key, edit in self.fields.items():
            edit.setText(getattr(village, key))
        self.stored_responsible = responsible_officers(self.ctx).get(village.id)
        index = self.responsible.findData(self.stored_responsible)
        if index < 0 and self.stored_responsible is not None:  # no longer serving: say so
            self.responsible.addItem(
                self.tr("(an officer no longer serving)"), self.stored_responsible
            )
            index = self.responsible.count() - 1
        self.responsible.setCurrentIndex(max(index, 0))
        highest = max((g.number for g in village.groups), default=0)
        self.group_count.setMinimum(highest)
        self.group_count.setValue(highest)
        names = [g.name for g in sorted(village.groups, key=lambda g: g.number)]
        self.groups.setText("、".join(names))

    def set_editable(self, editable: bool) -> None:
        for edit in self.fields.values():
            edit.setEnabled(editable)
        self.group_count.setEnabled(editable)
        self.responsible.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.note.setVisible(not editable)

    def values(self) -> VillageInput:
        return VillageInput(
            **{key: edit.text() for key, edit in self.fields.items()},
            group_count=self.group_count.value(),
        )

    def save(self) -> None:
        """The village, then its responsible officer if changed (a setting of its own)."""
        village_id = (
            self.saved_id
            if self.saved_id is not None
            else (None if self.village is None else self.village.id)
        )
        try:
            self.saved_id = save_village(self.ctx, self.values(), village_id)
            chosen = self.responsible.currentData()
            if chosen != self.stored_responsible:
                name = next(v.name for v in list_villages(self.ctx) if v.id == self.saved_id)
                set_responsible_officer(self.ctx, name, chosen)
                self.stored_responsible = chosen
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.accept()


class VillagesPage(ListPage[VillageView]):
    """All villages; the filter box narrows by village, head or mediator name."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        model: RowsModel[VillageView] = RowsModel(
            [
                (self.tr("Village"), lambda v: v.name),
                (self.tr("Households"), lambda v: v.households),
                (self.tr("Groups"), lambda v: len(v.groups)),
                (self.tr("Village head"), lambda v: v.head_name),
                (self.tr("Head's phone"), lambda v: v.head_phone),
                (self.tr("Security mediator"), lambda v: v.mediator_name),
                (self.tr("Mediator's phone"), lambda v: v.mediator_phone),
            ]
        )
        super().__init__(
            ctx,
            model,
            filter_hint=self.tr("Filter by village, head or mediator"),
            read_only_note=self.tr("Only the administrator may change villages."),
            select_first=self.tr("Select a village first."),
            empty_text=self.tr(
                "No villages yet. Add the villages this post covers, with their groups (社): "
                "households are registered in a village."
            ),
            empty_button=self.tr("Add a village…"),
            parent=parent,
        )

    def load_rows(self) -> list[VillageView]:
        return list_villages(self.ctx)

    def matches(self, village: VillageView, text: str) -> bool:
        names = (village.name, village.head_name, village.mediator_name)
        return any(text in name.lower() for name in names)

    def make_form(self, village: VillageView | None) -> VillageForm:
        return VillageForm(self.ctx, village, self)
