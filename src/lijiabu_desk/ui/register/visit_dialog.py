"""登记走访: a home visit as it happened — when, why, who went, what was done for whom (the
anti-fraud app installed, the photo for an ID card), whether the contact card was handed over,
and whether a quarrel was found (the intake opens after saving)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import ResidentStatus, VisitPurpose
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.field_values import VISIT_PURPOSE_LABELS
from lijiabu_desk.services.officers import list_officers
from lijiabu_desk.services.register.households import MemberRow
from lijiabu_desk.services.visits.entry import VisitInput, log_visit
from lijiabu_desk.ui.choice_row import Choices
from lijiabu_desk.ui.disputes.widgets import date_line, line, text_box
from lijiabu_desk.ui.forms import (
    INVALID_STYLE,
    EnterMovesFocus,
    FieldErrors,
    dialog_buttons,
    fit_to_screen,
    scrolling,
)
from lijiabu_desk.ui.guarded_form import GuardedFormDialog

APP_COLUMN, PHOTO_COLUMN = 2, 3
ID = Qt.ItemDataRole.UserRole


def _tick() -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


class VisitDialog(GuardedFormDialog):
    saved = Signal(int, bool)  # the visit's id; whether a dispute was found and is to be registered

    def __init__(
        self,
        ctx: ServiceContext,
        household_id: int,
        title: str,
        members: list[MemberRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.household_id = ctx, household_id
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(self.tr("Home visit: %1").replace("%1", title))
        self.visit_date = date_line("visit_date")
        self.visit_date.setText(ctx.today().isoformat())
        self.kind = Choices("purpose_kind", dict(VISIT_PURPOSE_LABELS))
        self.kind.set_value(VisitPurpose.ROUTINE)
        self.purpose = line("purpose", self.tr("in words, if the kind does not say it all"))
        self.officers = QListWidget(objectName="officers")
        self.officers.setMaximumHeight(110)
        try:
            for officer in list_officers(ctx):
                item = QListWidgetItem(officer.name)
                item.setData(ID, officer.id)
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.officers.addItem(item)
        except ServiceError:
            pass
        living = [m for m in members if m.status is ResidentStatus.ACTIVE]
        self.member_ids = [m.id for m in living]
        self.members = QTableWidget(len(living), 4, objectName="members")
        self.members.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("ID card until"), self.tr("App installed"),
             self.tr("Photo for ID card")]
        )  # fmt: skip
        for row, m in enumerate(living):
            name = QTableWidgetItem(m.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            expiry = QTableWidgetItem(m.id_expiry.isoformat() if m.id_expiry else "")
            expiry.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for column, item in enumerate((name, expiry, _tick(), _tick())):
                self.members.setItem(row, column, item)
        self.members.verticalHeader().setVisible(False)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.card = QCheckBox(self.tr("Contact card handed over"), objectName="card_handed_over")
        self.dispute = QCheckBox(
            self.tr("A dispute was found: register it after saving"), objectName="dispute_found"
        )
        self.summary = text_box("summary", 3)
        self.summary.setPlaceholderText(self.tr("What was done and found"))
        self.message = QLabel(objectName="message")
        self.errors = FieldErrors(
            self.message,
            {
                "visit_date": self.visit_date,
                "purpose_kind": self.kind,
                "purpose": self.purpose,
                "officers": self.officers,
                "members": self.members,
                "summary": self.summary,
            },
        )
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.visit_date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Officers"), self.officers)
        form.addRow(self.tr("Done for"), self.members)
        form.addRow("", self.card)
        form.addRow(self.tr("Notes"), self.summary)
        form.addRow("", self.dispute)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._enter = EnterMovesFocus([self.visit_date, self.purpose], self.save_button)
        fit_to_screen(self, 720, 600)
        self.mark_clean()

    def _checked(self, column: int) -> tuple[int, ...]:
        return tuple(
            person_id
            for row, person_id in enumerate(self.member_ids)
            if self.members.item(row, column).checkState() == Qt.CheckState.Checked
        )

    def tick(self, person_id: int, column: int) -> None:
        """Tick a member's box (as a click does)."""
        row = self.member_ids.index(person_id)
        self.members.item(row, column).setCheckState(Qt.CheckState.Checked)

    def choose_officer(self, officer_id: int) -> None:
        for row in range(self.officers.count()):
            item = self.officers.item(row)
            if item.data(ID) == officer_id:
                item.setCheckState(Qt.CheckState.Checked)

    def current_input(self) -> VisitInput:
        officers = tuple(
            self.officers.item(row).data(ID)
            for row in range(self.officers.count())
            if self.officers.item(row).checkState() == Qt.CheckState.Checked
        )
        kind = self.kind.value()
        return VisitInput(
            household_id=self.household_id,
            visit_date=self.visit_date.text(),
            purpose_kind=kind if isinstance(kind, VisitPurpose) else None,
            officer_ids=officers,
            purpose=self.purpose.text(),
            summary=self.summary.toPlainText(),
            app_installed_for=self._checked(APP_COLUMN),
            photo_taken_for=self._checked(PHOTO_COLUMN),
            card_handed_over=self.card.isChecked(),
        )

    def save(self) -> None:
        data = self.current_input()
        try:
            visit_id = log_visit(self.ctx, data)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.mark_clean(data)
        self.saved.emit(visit_id, self.dispute.isChecked())
        self.accept()
