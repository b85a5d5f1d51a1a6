"""The ways back on a person's record: undoing 迁出/死亡 (or recording 迁回) and retiring a
record added by mistake.

Each form says first what was recorded and what the step will do (the service's sentence), asks
for the reason, and before anything is written asks once more with that sentence; only a click on
the step's own button goes on (``confirm``; tests answer it themselves).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.labels import RELATION_LABELS
from lijiabu_desk.services.register.corrections import (
    ReturnInput,
    ReturnKind,
    return_plan,
    return_summary,
    undo_leaving,
)
from lijiabu_desk.services.register.households import find_household
from lijiabu_desk.services.register.retiring import checked_reason, retire_person, retire_summary
from lijiabu_desk.ui.forms import FieldErrors, confirm_irreversible
from lijiabu_desk.ui.register.member_dialogs import ActionDialog

#: (title, what will be done, the step's button) → go on?
Confirm = Callable[[str, str, str], bool]


def _sentence(text: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("中") * 30)
    return label


class ReturnDialog(ActionDialog):
    """撤销迁出/死亡登记, or 迁回 with its date, back into a household."""

    def __init__(self, ctx: ServiceContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.person_id = person_id
        self.confirm: Confirm = lambda title, text, action: confirm_irreversible(
            self, title, text, action
        )
        self.setWindowTitle(self.tr("Undo moved away / deceased"))
        self.ok_button.setText(self.tr("Undo the registration"))
        self.recorded = _sentence()
        self.note = _sentence()
        self.kind = QComboBox(objectName="kind")
        self.kind.addItem(self.tr("(choose)"), None)  # no preset: it would be recorded
        self.kind.addItem(self.tr("It was registered by mistake"), ReturnKind.MISTAKE)
        self.back_on = QLineEdit(objectName="back_on")
        self.back_on.setPlaceholderText(self.tr("e.g. 20261128"))
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("e.g. registered by mistake; back from work away"))
        self.household_no = QLineEdit(objectName="household_no")
        self.household_no.setPlaceholderText(self.tr("Household number, e.g. 1100023"))
        self.relation = QComboBox(objectName="relation")
        self.relation.addItem(self.tr("(choose)"), None)
        for value, label in RELATION_LABELS.items():
            self.relation.addItem(label, value)
        self.form.addRow(self.recorded)
        self.form.addRow(self.tr("What happened"), self.kind)
        self.form.addRow(self.tr("Moved back on"), self.back_on)
        self.form.addRow(self.tr("Why"), self.reason)
        self.form.addRow(self.tr("Back to household"), self.household_no)
        self.form.addRow(self.tr("Relation to its head"), self.relation)
        self.form.addRow(self.note)
        self.errors = FieldErrors(
            self.message,
            {
                "kind": self.kind,
                "back_on": self.back_on,
                "reason": self.reason,
                "household_id": self.household_no,
                "relation": self.relation,
            },
        )
        self.kind.currentIndexChanged.connect(lambda _i: self._show_kind())
        self._load()
        self._show_kind()

    def _load(self) -> None:
        try:
            plan = return_plan(self.ctx, self.person_id)
        except ServiceError as exc:  # not allowed, or nothing to undo: say so, offer nothing
            self.errors.show(exc.message)
            for widget in (self.kind, self.reason, self.household_no, self.relation):
                widget.setEnabled(False)
            self.ok_button.setEnabled(False)
            return
        self.setWindowTitle(self.tr("Undo moved away / deceased: %1").replace("%1", plan.name))
        self.recorded.setText(self.tr("Registered: %1.").replace("%1", plan.recorded))
        if plan.status == ResidentStatus.MOVED_AWAY:
            self.kind.addItem(self.tr("Has moved back"), ReturnKind.MOVED_BACK)
        else:  # the dead do not move back
            self.form.setRowVisible(self.back_on, False)
        self.household_no.setText(plan.household_no)
        self.relation.setCurrentIndex(max(0, self.relation.findData(plan.relation)))
        self.note.setText(plan.note)
        self.note.setVisible(bool(plan.note))

    def _show_kind(self) -> None:
        moved_back = self.kind.currentData() == ReturnKind.MOVED_BACK
        self.back_on.setEnabled(moved_back)
        if not moved_back:
            self.back_on.clear()

    def current_input(self) -> ReturnInput:
        """The form as the service takes it; the household number is looked up."""
        number = self.household_no.text().strip()
        return ReturnInput(
            self.kind.currentData(),
            self.reason.text(),
            find_household(self.ctx, number) if number else None,
            self.relation.currentData(),
            self.back_on.text(),
        )

    def submit(self) -> None:
        try:
            data = self.current_input()
            summary = return_summary(self.ctx, self.person_id, data)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        if not self.confirm(self.windowTitle(), summary, self.ok_button.text()):
            self.errors.show(self.tr("Nothing was changed."))
            return
        self.run(lambda: undo_leaving(self.ctx, self.person_id, data))


class RetirePersonDialog(ActionDialog):
    """注销 a person added by mistake: what it does, or why it may not be done, and why."""

    def __init__(self, ctx: ServiceContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.person_id = person_id
        self.confirm: Confirm = lambda title, text, action: confirm_irreversible(
            self, title, text, action
        )
        self.setWindowTitle(self.tr("Retire a person's record"))
        self.ok_button.setText(self.tr("Retire this record"))
        self.summary = _sentence()
        self.summary.setObjectName("summary")
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("e.g. registered twice, same person as 周明 (1990)"))
        self.form.addRow(
            _sentence(
                self.tr(
                    "Only for a person added by mistake. Someone who moved away or died is "
                    "recorded with “Moved away / deceased” instead."
                )
            )
        )
        self.form.addRow(self.summary)
        self.form.addRow(self.tr("Why"), self.reason)
        self.errors = FieldErrors(self.message, {"reason": self.reason})
        try:
            self.summary.setText(retire_summary(ctx, person_id))
        except ServiceError as exc:  # refused: the sentence says why and what to do first
            self.summary.setText(exc.message)
            self.summary.setStyleSheet("color: #c0392b;")
            self.reason.setEnabled(False)
            self.ok_button.setEnabled(False)

    def submit(self) -> None:
        try:
            checked_reason(self.reason.text())
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        if not self.confirm(self.windowTitle(), self.summary.text(), self.ok_button.text()):
            self.errors.show(self.tr("Nothing was changed."))
            return
        self.run(lambda: retire_person(self.ctx, self.person_id, self.reason.text()))
