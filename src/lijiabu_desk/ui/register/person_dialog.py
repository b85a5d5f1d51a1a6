"""A person's page: the form, and the record's history.

Typing an ID number fills birth date and sex and proposes the card's expiry; a number already on
someone's record opens that record instead of making a second person. What the user typed stays
when a field is wrong; closing with unsaved changes asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.history import record_history
from lijiabu_desk.services.labels import RELATION_LABELS
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.register.people import (
    DuplicatePersonError,
    PersonInput,
    load_person,
    preview_id,
    save_person,
)
from lijiabu_desk.services.search import reveal_person
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.guarded_form import GuardedFormDialog
from lijiabu_desk.ui.history_view import HistoryView

TEXT_FIELDS = (
    "name", "id_number", "sex", "birth_date", "ethnicity", "id_issue_date", "id_expiry_date",
    "phone", "occupation", "address", "origin", "home_service_reason", "notes",
)  # fmt: skip


class PersonDialog(GuardedFormDialog):
    saved = Signal(int)  # person id
    open_existing = Signal(int)  # the ID number belongs to this person

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        person_id: int | None = None,
        household_id: int | None = None,
        relation: Relation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.household_id = household_id
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(640)
        self.fields = {key: self._edit(key) for key in TEXT_FIELDS}
        self.fields["id_number"].setPlaceholderText(self.tr("18 digits; fills birth date and sex"))
        for key in ("birth_date", "id_issue_date", "id_expiry_date"):
            self.fields[key].setPlaceholderText(self.tr("e.g. 20261128"))
        self.fields["sex"].setPlaceholderText(self.tr("男 or 女"))
        self.relation = QComboBox()
        self.relation.setObjectName("relation")
        self.relation.addItem(self.tr("(not in a household)"), None)
        for value, label in RELATION_LABELS.items():
            self.relation.addItem(label, value)
        self.needs_service = QCheckBox(self.tr("Needs home service (cannot come to the station)"))
        self.reveal_button = QPushButton(self.tr("Show full numbers"))
        self.reveal_button.setToolTip(self.tr("Shows the full ID number and phone; recorded."))
        self.reveal_button.setEnabled(
            person_id is not None and allows(ctx.actor, Permission.VIEW_FULL_ID)
        )
        self.reveal_button.clicked.connect(self.reveal)
        self.id_hint = QLabel()
        self.id_hint.setObjectName("id_hint")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.errors = FieldErrors(self.message, self.fields)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._form_page(), self.tr("Basic details"))
        self.history = HistoryView()
        self.tabs.addTab(self.history, self.tr("History"))
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        order = [self.fields[k] for k in TEXT_FIELDS if k != "notes"]
        self._enter = EnterMovesFocus(order, self.save_button)
        self.fields["id_number"].editingFinished.connect(self.fill_from_id)
        self.fields["id_issue_date"].editingFinished.connect(self.fill_from_id)
        self._load(relation)
        self.mark_clean()

    def _edit(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        return edit

    def _form_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        labels = {
            "name": self.tr("Name"), "id_number": self.tr("ID number"), "sex": self.tr("Sex"),
            "birth_date": self.tr("Birth date"), "ethnicity": self.tr("Ethnicity"),
            "id_issue_date": self.tr("ID card issued"), "id_expiry_date": self.tr("Valid until"),
            "phone": self.tr("Phone"), "occupation": self.tr("Occupation"),
            "address": self.tr("Address (if not the household's)"),
            "origin": self.tr("Comes from (outsiders)"),
            "home_service_reason": self.tr("Reason for home service"), "notes": self.tr("Notes"),
        }  # fmt: skip
        left = QFormLayout()
        right = QFormLayout()
        for n, key in enumerate(TEXT_FIELDS):
            (left if n < 7 else right).addRow(labels[key], self.fields[key])
        right.addRow(self.tr("Relation to the head"), self.relation)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.id_hint, 1, 0)
        grid.addWidget(self.reveal_button, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.needs_service, 2, 0, 1, 2)
        return page

    def _load(self, relation: Relation | None) -> None:
        if self.person_id is None:
            self.setWindowTitle(self.tr("New person"))
            self._select_relation(relation if self.household_id is not None else None)
            self.tabs.setTabEnabled(1, False)
            return
        form = load_person(self.ctx, self.person_id)
        self.setWindowTitle(self.tr("Person: %1").replace("%1", form.data.name))
        for key in TEXT_FIELDS:
            self.fields[key].setText(getattr(form.data, key))
        self.needs_service.setChecked(form.data.needs_home_service)
        self.household_id = form.data.household_id
        self._select_relation(form.data.relation)
        self.history.show_rows(record_history(self.ctx, "persons", self.person_id))
        if form.id_long_term:
            self.fields["id_expiry_date"].setPlaceholderText(self.tr("long-term"))
            self.id_hint.setText(self.tr("The card is valid long-term."))

    def _select_relation(self, relation: Relation | None) -> None:
        self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
        self.relation.setEnabled(self.household_id is not None)

    def reveal(self) -> None:
        """Put the full numbers into the fields (audited), e.g. to correct a digit."""
        if self.person_id is None:
            return
        try:
            numbers = reveal_person(self.ctx, self.person_id)
        except ServiceError as exc:
            self.errors.show(exc.message)
            return
        unchanged = not self.has_unsaved_changes()
        self.fields["id_number"].setText(numbers.id_number)
        self.fields["phone"].setText(numbers.phone)
        if unchanged:  # showing is not changing
            self.mark_clean()
        self.reveal_button.setEnabled(False)

    def current_input(self) -> PersonInput:
        values = {key: self.fields[key].text() for key in TEXT_FIELDS}
        return PersonInput(
            **values,
            needs_home_service=self.needs_service.isChecked(),
            household_id=self.household_id,
            relation=self.relation.currentData() if self.household_id is not None else None,
        )

    def fill_from_id(self) -> None:
        """Show what the ID number says, fill birth date and sex, propose the expiry."""
        text = self.fields["id_number"].text()
        if not text.strip() or "*" in text:
            self.id_hint.clear()
            return
        try:
            preview = preview_id(text, self.fields["id_issue_date"].text(), today=self.ctx.today())
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None) or "id_number")
            self.id_hint.clear()
            return
        self.errors.clear()
        self.fields["birth_date"].setText(preview.birth_date.isoformat())
        self.fields["sex"].setText(preview.sex)
        if preview.proposed_expiry and not self.fields["id_expiry_date"].text().strip():
            self.fields["id_expiry_date"].setText(preview.proposed_expiry.isoformat())
        hint = self.tr("Born %1, %2.").replace("%1", preview.birth_date.isoformat())
        hint = hint.replace("%2", preview.sex)
        if preview.long_term:
            hint += " " + self.tr("The card is valid long-term.")
        self.id_hint.setText(hint)

    def save(self) -> None:
        data = self.current_input()
        try:
            person_id = save_person(self.ctx, data, self.person_id)
        except DuplicatePersonError as exc:
            self.inform(exc.message)
            self.mark_clean(data)  # nothing to keep: the existing record opens instead
            self.open_existing.emit(exc.existing_id)
            self.accept()
            return
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.person_id = person_id
        self.mark_clean()
        self.saved.emit(person_id)
        self.accept()

    def inform(self, text: str) -> None:
        box = QMessageBox(self.parentWidget())
        box.setWindowTitle(self.tr("Already registered"))
        box.setText(text)
        box.open()
