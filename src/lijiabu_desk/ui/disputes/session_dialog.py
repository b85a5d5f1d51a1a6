"""调解记录: one sitting — when, where, who in which role, what was said, checked and agreed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lijiabu_desk.models.enums import PanelRole
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import CaseView
from lijiabu_desk.services.disputes.form_data import load_session_form
from lijiabu_desk.services.disputes.sessions import ParticipantInput, SessionInput, save_session
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.disputes.participants_table import ParticipantsTable
from lijiabu_desk.ui.disputes.widgets import date_line, line, text_box, time_line
from lijiabu_desk.ui.forms import (
    INVALID_STYLE,
    EnterMovesFocus,
    FieldErrors,
    dialog_buttons,
    fit_to_screen,
    scrolling,
)
from lijiabu_desk.ui.guarded_form import GuardedFormDialog


class SessionDialog(GuardedFormDialog):
    saved = Signal(int)  # session id

    def __init__(
        self,
        ctx: ServiceContext,
        case: CaseView,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.case, self.session_id = ctx, case, session_id
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(760)
        self.setWindowTitle(self.tr("Mediation record — %1").replace("%1", case.case_no))
        self.held_on = date_line("held_on")
        self.held_time = time_line("held_on_time")
        self.place = line("place", self.tr("e.g. station mediation room"))
        self.participants = ParticipantsTable(ctx)
        self.statements = text_box("statements", 5)
        self.findings = text_box("findings", 3)
        self.outcome = text_box("outcome", 3)
        for box in (self.findings, self.outcome):  # the statements take the room left
            box.setMaximumHeight(box.minimumHeight() * 2)
        self.message = QLabel(objectName="message")
        self.errors = FieldErrors(
            self.message,
            {
                "held_on": self.held_on,
                "held_on_time": self.held_time,
                "place": self.place,
                "participants": self.participants.table,
                "statements": self.statements,
                "outcome": self.outcome,
            },
        )
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addWidget(self.held_time)
        when.addWidget(QLabel(self.tr("Place")))
        when.addWidget(self.place, 1)
        form.addRow(self.tr("Held on"), when)
        form.addRow(self.tr("Who took part"), self.participants)
        form.addRow(self.tr("What each side said"), self.statements)
        form.addRow(self.tr("What was checked"), self.findings)
        form.addRow(self.tr("Outcome"), self.outcome)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 760)
        self._enter = EnterMovesFocus([self.held_on, self.held_time, self.place], self.save_button)
        self._load()
        self.mark_clean()

    def _load(self) -> None:
        if self.session_id is None:
            today = self.ctx.today()
            self.held_on.setText(today.isoformat())
            self.participants.set_participants(self._known_panel())
            return
        try:
            data = load_session_form(self.ctx, self.session_id)
        except ServiceError as exc:
            self.errors.show(exc.message)
            return
        self.held_on.setText(data.held_on)
        self.held_time.setText(data.held_time)
        self.place.setText(data.place)
        self.participants.set_participants(data.participants)
        self.statements.setPlainText(data.statements)
        self.findings.setPlainText(data.findings)
        self.outcome.setPlainText(data.outcome)

    def _known_panel(self) -> tuple[ParticipantInput, ...]:
        """Who usually sits, from what the register knows: the officer who took the case in,
        the village's security mediator, and the parties."""
        case = self.case
        panel: list[ParticipantInput] = []
        if case.received_by_id is not None:
            panel.append(
                ParticipantInput(PanelRole.POLICE, officer_id=case.received_by_id,
                                 name=case.received_by)
            )  # fmt: skip
        if case.village_mediator:
            panel.append(ParticipantInput(PanelRole.VILLAGE_MEDIATOR, name=case.village_mediator))
        panel += [
            ParticipantInput(PanelRole.PARTY, person_id=p.person_id, name=p.name)
            for p in case.parties
        ]
        return tuple(panel)

    def current_input(self) -> SessionInput:
        return SessionInput(
            held_on=self.held_on.text(),
            held_time=self.held_time.text(),
            place=self.place.text(),
            statements=self.statements.toPlainText(),
            findings=self.findings.toPlainText(),
            outcome=self.outcome.toPlainText(),
            participants=self.participants.participants(),
        )

    def save(self) -> None:
        self.commit_open_edits()
        data = self.current_input()
        try:
            self.session_id = save_session(self.ctx, self.case.id, data, self.session_id)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.mark_clean(data)
        self.saved.emit(self.session_id)
        self.accept()
