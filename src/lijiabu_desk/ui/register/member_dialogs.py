"""Small dialogs on a household's members: leaving (迁出/死亡), changing the head, moving to
another household. Their undoing and retiring a record are in ``correction_dialogs``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import Relation, ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.labels import RELATION_LABELS
from lijiabu_desk.services.register.households import MemberRow, find_household
from lijiabu_desk.services.register.people import change_head, move_member, record_leaving
from lijiabu_desk.services.register.standing import AS_MEMBER
from lijiabu_desk.ui.forms import INVALID_STYLE, FieldErrors, dialog_buttons
from lijiabu_desk.ui.register.person_check import confirm_person


class ActionDialog(QDialog):
    """A short form whose OK calls one service; a refusal shows beside the field at fault."""

    done = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(INVALID_STYLE)
        self.form = QFormLayout()
        self.message = QLabel(objectName="message")
        buttons, self.ok_button = dialog_buttons(self, self.submit, save=False)
        self.ok_button.setDefault(True)  # short forms: Enter confirms
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.done.emit()
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


class LeavingDialog(ActionDialog):
    def __init__(
        self, ctx: ServiceContext, member: MemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Moved away or deceased: %1").replace("%1", member.name))
        self.member = member
        self.status = QComboBox(objectName="status")
        self.status.addItem(self.tr("Moved away"), ResidentStatus.MOVED_AWAY)
        self.status.addItem(self.tr("Deceased"), ResidentStatus.DECEASED)
        self.on = QLineEdit(objectName="left_on")
        self.on.setPlaceholderText(self.tr("e.g. 20261128"))
        self.reason = QLineEdit(objectName="left_reason")
        self.form.addRow(self.tr("What happened"), self.status)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Reason or where to"), self.reason)
        self.errors = FieldErrors(self.message, {"left_on": self.on, "left_reason": self.reason})

    def submit(self) -> None:
        self.run(
            lambda: record_leaving(
                self.ctx,
                self.member.id,
                self.status.currentData(),
                self.on.text(),
                self.reason.text(),
            )
        )


class ChangeHeadDialog(ActionDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        household_id: int,
        members: list[MemberRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Change the head of the household"))
        self.household_id = household_id
        self.new_head = QComboBox(objectName="new_head")
        for m in members:
            if m.status == ResidentStatus.ACTIVE and m.relation != Relation.HEAD:
                self.new_head.addItem(m.name, m.id)
        self.old_relation = QComboBox(objectName="old_relation")
        self.old_relation.addItem(self.tr("(choose)"), None)  # no preset: it would be recorded
        for value, label in RELATION_LABELS.items():
            if value != Relation.HEAD:
                self.old_relation.addItem(label, value)
        self.form.addRow(self.tr("New head"), self.new_head)
        self.form.addRow(self.tr("The former head becomes"), self.old_relation)
        self.errors = FieldErrors(self.message, {"relation": self.old_relation})

    def submit(self) -> None:
        if self.new_head.currentData() is None:
            self.errors.show(self.tr("There is no other member who could be the head."))
            return
        self.run(
            lambda: change_head(
                self.ctx,
                self.household_id,
                self.new_head.currentData(),
                self.old_relation.currentData(),
            )
        )


class MoveMemberDialog(ActionDialog):
    """Move a member to another household, found by its household number."""

    def __init__(
        self, ctx: ServiceContext, member: MemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Move %1 to another household").replace("%1", member.name))
        self.member = member
        self.household_no = QLineEdit(objectName="household_no")
        self.household_no.setPlaceholderText(self.tr("Household number, e.g. 1100023"))
        self.relation = QComboBox(objectName="relation")
        self.relation.addItem(self.tr("(choose)"), None)  # no preset: it would be recorded
        for value, label in RELATION_LABELS.items():
            if value != Relation.HEAD:
                self.relation.addItem(label, value)
        self.form.addRow(self.tr("To household"), self.household_no)
        self.form.addRow(self.tr("Relation to its head"), self.relation)
        self.errors = FieldErrors(
            self.message, {"household_id": self.household_no, "relation": self.relation}
        )

    def submit(self) -> None:
        try:
            target = find_household(self.ctx, self.household_no.text())
            # Someone who moved away or died joins a household only when the officer says so
            # (asked once the form is complete: the service refuses a missing relation).
            chosen = self.relation.currentData() is not None
            if chosen and not confirm_person(self, self.ctx, self.member.id, AS_MEMBER):
                self.errors.show(self.tr("Not moved."))
                return
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.run(lambda: move_member(self.ctx, self.member.id, target, self.relation.currentData()))
