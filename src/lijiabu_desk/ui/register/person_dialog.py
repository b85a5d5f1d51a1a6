"""A person's page: the form, and the record's history.

Typing an ID number fills birth date and sex and proposes the card's expiry; a number already on
someone's record opens that record instead of making a second person. What the user typed stays
when a field is wrong; closing with unsaved changes asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import Relation, ResidentStatus
from lijiabu_desk.services.calls import calls_for_person
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.history import record_history
from lijiabu_desk.services.labels import RELATION_LABELS, STATUS_LABELS
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.register.people import (
    DuplicatePersonError,
    PersonInput,
    load_person,
    preview_id,
    save_person,
)
from lijiabu_desk.services.register.people_list import CardState, card_state
from lijiabu_desk.services.search import reveal_person
from lijiabu_desk.services.validation import ETHNIC_GROUPS, parse_date
from lijiabu_desk.services.visits.listing import VisitLine, visits_for_person
from lijiabu_desk.ui.calls.calls_table import calls_model
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.guarded_form import GuardedFormDialog
from lijiabu_desk.ui.history_view import HistoryView
from lijiabu_desk.ui.record_table import record_table
from lijiabu_desk.ui.register.people_model import CARD_COLOURS
from lijiabu_desk.ui.register.renewal_box import RenewalBox
from lijiabu_desk.ui.rows_model import RowsModel

TEXT_FIELDS = (
    "name", "id_number", "sex", "birth_date", "id_issue_date", "id_expiry_date",
    "phone", "occupation", "address", "origin", "home_service_reason", "notes",
)  # fmt: skip
#: The fields of the left column; 民族 (a list, not typed) follows the birth date there.
LEFT_FIELDS = TEXT_FIELDS[:6]


class PersonDialog(GuardedFormDialog):
    saved = Signal(int)  # person id
    open_existing = Signal(int)  # the ID number belongs to this person
    undo_leaving_requested = Signal(int)  # 撤销迁出/死亡登记 for this person
    retire_requested = Signal(int)  # 注销 this record

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
        # Two columns of fields: wider as the type grows (640 px at normal type).
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 53)
        self.fields = {key: self._edit(key) for key in TEXT_FIELDS}
        self.fields["id_number"].setPlaceholderText(self.tr("18 digits; fills birth date and sex"))
        for key in ("birth_date", "id_issue_date", "id_expiry_date"):
            self.fields[key].setPlaceholderText(self.tr("e.g. 20261128"))
        self.fields["sex"].setPlaceholderText(self.tr("男 or 女"))
        self.ethnicity = QComboBox(objectName="ethnicity")  # chosen, never typed
        self.ethnicity.setEditable(False)
        self.ethnicity.addItem(self.tr("(not filled in)"), "")
        for group in ETHNIC_GROUPS:
            self.ethnicity.addItem(group, group)
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
        self.card_flag = QLabel(objectName="id_card_flag", wordWrap=True)  # expired / due
        self.left_line = QLabel(objectName="left_line")  # 迁出/死亡 as recorded
        self.undo_leaving_button = QPushButton(self.tr("Undo moved away / deceased…"))
        self.retire_button = QPushButton(self.tr("Retire this record…"))
        may_retire = person_id is not None and allows(ctx.actor, Permission.RETIRE_RECORDS)
        for button, signal in (
            (self.undo_leaving_button, self.undo_leaving_requested),
            (self.retire_button, self.retire_requested),
        ):
            button.setEnabled(may_retire)
            button.setVisible(person_id is not None)
            button.clicked.connect(lambda _c=False, s=signal: self._correction(s))
        self.active = True  # a person who moved away or died needs no renewal
        self.message = QLabel()
        self.message.setObjectName("message")
        self.errors = FieldErrors(
            self.message, {**self.fields, "ethnicity": self.ethnicity, "relation": self.relation}
        )
        self.renewal = RenewalBox(ctx, self)
        self.renewal.changed.connect(self.renewal_recorded)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._form_page(), self.tr("Basic details"))
        self.history = HistoryView()
        self.tabs.addTab(self.history, self.tr("History"))
        self.calls = calls_model()
        self.tabs.addTab(record_table("person_calls", self.calls), self.tr("Service calls"))
        self.visits: RowsModel[VisitLine] = RowsModel(
            [
                (self.tr("Date"), lambda v: v.visit_date.isoformat()),
                (self.tr("Purpose"), lambda v: v.purpose),
                (self.tr("Done"), lambda v: v.done),
                (self.tr("Officers"), lambda v: v.officers),
            ]
        )
        self.tabs.addTab(record_table("person_visits", self.visits), self.tr("Home visits"))
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
        self.fields["id_expiry_date"].textChanged.connect(self.show_card_state)
        self._load(relation)
        self.show_card_state()
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
            "birth_date": self.tr("Birth date"),
            "id_issue_date": self.tr("ID card issued"), "id_expiry_date": self.tr("Valid until"),
            "phone": self.tr("Phone"), "occupation": self.tr("Occupation"),
            "address": self.tr("Address (if not the household's)"),
            "origin": self.tr("Comes from (outsiders)"),
            "home_service_reason": self.tr("Reason for home service"), "notes": self.tr("Notes"),
        }  # fmt: skip
        left = QFormLayout()
        right = QFormLayout()
        for key in TEXT_FIELDS:
            (left if key in LEFT_FIELDS else right).addRow(labels[key], self.fields[key])
            if key == "birth_date":
                left.addRow(self.tr("Ethnicity"), self.ethnicity)
        right.addRow(self.tr("Relation to the head"), self.relation)
        expiry_row, _role = left.getWidgetPosition(self.fields["id_expiry_date"])
        left.insertRow(expiry_row + 1, "", self.card_flag)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.id_hint, 1, 0)
        grid.addWidget(self.reveal_button, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.renewal.row, 2, 0, 1, 2)  # across: the stage line is long
        grid.addWidget(self.needs_service, 3, 0, 1, 2)
        corrections = QHBoxLayout()
        corrections.addWidget(self.left_line, 1)
        corrections.addWidget(self.undo_leaving_button)
        corrections.addWidget(self.retire_button)
        grid.addLayout(corrections, 4, 0, 1, 2)
        return page

    def _correction(self, request: SignalInstance) -> None:
        """Undo 迁出/死亡 or retire: asked of the register once the form holds nothing unsaved
        (the step closes this page)."""
        if self.has_unsaved_changes():
            self.errors.show(self.tr("Save or undo your changes here first."))
            return
        request.emit(self.person_id)

    def close_unchanged(self) -> None:
        """Close after a step taken elsewhere changed the record (nothing typed here is lost:
        the step is offered only when the form is saved)."""
        self.mark_clean()
        self.accept()

    def _load(self, relation: Relation | None) -> None:
        if self.person_id is None:
            self.setWindowTitle(self.tr("New person"))
            self._select_relation(relation if self.household_id is not None else None)
            self.tabs.setTabEnabled(1, False)
            self.tabs.setTabEnabled(2, False)
            self.tabs.setTabEnabled(3, False)
            return
        form = load_person(self.ctx, self.person_id)
        self.setWindowTitle(self.tr("Person: %1").replace("%1", form.data.name))
        for key in TEXT_FIELDS:
            self.fields[key].setText(getattr(form.data, key))
        self.select_ethnicity(form.data.ethnicity)
        self.needs_service.setChecked(form.data.needs_home_service)
        self.active = form.status == ResidentStatus.ACTIVE
        self.undo_leaving_button.setVisible(not self.active)
        if not self.active:
            recorded = [form.left_on.isoformat() if form.left_on else "", form.left_reason]
            self.left_line.setText(
                self.tr("Registered as %1: %2")
                .replace("%1", STATUS_LABELS[form.status])
                .replace("%2", "，".join(x for x in recorded if x))
            )
        self.show_card_state()
        self.household_id = form.data.household_id
        self._select_relation(form.data.relation)
        self.history.show_rows(record_history(self.ctx, "persons", self.person_id))
        self.calls.set_rows(calls_for_person(self.ctx, self.person_id))
        self.visits.set_rows(visits_for_person(self.ctx, self.person_id))
        if form.id_long_term:
            self.fields["id_expiry_date"].setPlaceholderText(self.tr("long-term"))
            self.id_hint.setText(self.tr("The card is valid long-term."))

    def select_ethnicity(self, value: str) -> None:
        """Choose ``value``; one stored before the list existed ("汉", a typing slip) is shown
        as it is, so nothing is lost, and saving asks for one of the 56 groups."""
        index = self.ethnicity.findData(value)
        if index < 0:
            self.ethnicity.addItem(value, value)
            index = self.ethnicity.count() - 1
        self.ethnicity.setCurrentIndex(index)

    def _select_relation(self, relation: Relation | None) -> None:
        # A member of a household has a relation to choose; nothing is preset for a new one.
        in_household = self.household_id is not None
        self.relation.setItemText(
            0, self.tr("(choose)") if in_household else self.tr("(not in a household)")
        )
        self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
        self.relation.setEnabled(self.household_id is not None)

    def show_card_state(self) -> None:
        """Expired or soon due, by the rule the people list uses, said beside the date."""
        text = self.fields["id_expiry_date"].text()
        try:
            expiry = parse_date(text) if text.strip() and self.active else None
        except ServiceError:
            expiry = None  # a half-typed date: the field says so when saved
        today = self.ctx.today()
        state = card_state(expiry, False, today)
        if self.person_id is not None:
            self.renewal.show_person(self.person_id if self.active else None, state is not None)
        if state is CardState.EXPIRED:
            sentence = self.tr("The card expired on %1: remind the holder to renew it.")
        elif state is CardState.DUE:
            sentence = self.tr("The card expires on %1, in %2 days: it can be renewed now.")
        else:
            self.card_flag.clear()
            self.card_flag.setVisible(False)
            return
        assert expiry is not None
        sentence = sentence.replace("%1", expiry.isoformat())
        self.card_flag.setText(sentence.replace("%2", str((expiry - today).days)))
        self.card_flag.setStyleSheet(f"color: {CARD_COLOURS[state]}; font-weight: bold;")
        # Two lines of room: a wrapped label in a form does not make the window taller.
        self.card_flag.setMinimumHeight(self.card_flag.fontMetrics().lineSpacing() * 2 + 4)
        self.card_flag.setVisible(True)

    def renewal_recorded(self) -> None:
        """A new card was delivered (or a step recorded): its dates come from the record; what
        else was typed and not saved stays as typed."""
        if self.person_id is None:
            return
        dirty = self.has_unsaved_changes()
        form = load_person(self.ctx, self.person_id)
        for key in ("id_issue_date", "id_expiry_date"):
            self.fields[key].setText(getattr(form.data, key))
        if not dirty:
            self.mark_clean()
        self.show_card_state()  # the renewal's stage line too

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
            ethnicity=self.ethnicity.currentData() or "",
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
