"""调解协议: the draft form, with what is still missing listed beside it.

The form only saves drafts. Finalising, marking signed and printing are steps on the case page,
so the content that is printed for signing is always the stored content.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import AgreementForm, AgreementKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    AgreementInput,
    TermInput,
    check_agreement,
    save_agreement,
)
from lijiabu_desk.services.disputes.form_data import load_agreement_form, new_agreement_form
from lijiabu_desk.services.disputes.labels import FORM_LABELS, KIND_LABELS
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.disputes.terms_table import TermsTable
from lijiabu_desk.ui.disputes.widgets import (
    choice,
    date_line,
    line,
    officer_choice,
    select_value,
    text_box,
    time_line,
)
from lijiabu_desk.ui.forms import (
    INVALID_STYLE,
    EnterMovesFocus,
    FieldErrors,
    dialog_buttons,
    fit_to_screen,
    scrolling,
)
from lijiabu_desk.ui.guarded_form import GuardedFormDialog


class AgreementDialog(GuardedFormDialog):
    saved = Signal(int)  # agreement id

    def __init__(
        self,
        ctx: ServiceContext,
        dispute_id: int,
        agreement_id: int | None = None,
        *,
        kind: AgreementKind = AgreementKind.PEOPLES_MEDIATION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.dispute_id, self.agreement_id = ctx, dispute_id, agreement_id
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(820)
        self.setWindowTitle(self.tr("Mediation agreement (draft)"))
        self.kind = choice("kind", KIND_LABELS)
        self.form = choice("form", FORM_LABELS)
        self.facts = text_box("facts", 3)
        self.points = text_box("points_in_dispute", 2)
        self.responsibility = text_box("responsibility", 2)
        self.terms = TermsTable()
        self.method = line("performance_method", self.tr("e.g. cash handed over in person"))
        self.place = line("performance_place", self.tr("e.g. the village committee"))
        self.deadline = date_line("performance_deadline")
        self.mediator = officer_choice(ctx, "mediator_id", empty=self.tr("(not an officer)"))
        self.mediator_name = line("mediator_name", self.tr("mediator's name"))
        self.recorder = line("recorder_name")
        # 治安调解 only: when and where the incident happened and who else was there.
        self.incident_on = date_line("incident_on")
        self.incident_time = time_line("incident_on_time")
        self.incident_place = line("incident_place", self.tr("where it happened"))
        self.others = line("others_present", self.tr("witnesses, others present (or none)"))
        self.judicial = QCheckBox(
            self.tr("The parties want to apply to the court for judicial confirmation")
        )
        self.missing = QLabel(objectName="missing")
        self.missing.setWordWrap(True)
        self.message = QLabel(objectName="message")
        self.errors = FieldErrors(
            self.message,
            {
                "terms": self.terms.table,
                "performance_deadline": self.deadline,
                "mediator_id": self.mediator,
                "incident_on": self.incident_on,
                "incident_on_time": self.incident_time,
                "incident_place": self.incident_place,
                "others_present": self.others,
            },
        )
        buttons, self.save_button = dialog_buttons(
            self, self.save, text=self.tr("Save draft"), reject=self.close
        )
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._layout(buttons)
        self._enter = EnterMovesFocus(
            [
                self.incident_on,
                self.incident_time,
                self.incident_place,
                self.others,
                self.method,
                self.place,
                self.deadline,
                self.mediator_name,
                self.recorder,
            ],
            self.save_button,
        )
        self._load(kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.mediator.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.mark_clean()

    def _layout(self, buttons: QWidget) -> None:
        form = QFormLayout()
        kind = QHBoxLayout()
        kind.addWidget(self.kind, 1)
        kind.addWidget(self.form, 1)
        form.addRow(self.tr("Kind"), kind)
        self.incident_row = QWidget()
        incident = QHBoxLayout(self.incident_row)
        incident.setContentsMargins(0, 0, 0, 0)
        incident.addWidget(self.incident_on, 1)
        incident.addWidget(self.incident_time, 1)
        incident.addWidget(QLabel(self.tr("at")))
        incident.addWidget(self.incident_place, 3)
        form.addRow(self.tr("Incident time and place"), self.incident_row)
        form.addRow(self.tr("Others present"), self.others)
        self.form_rows = form
        form.addRow(self.tr("Main facts"), self.facts)
        form.addRow(self.tr("Points in dispute"), self.points)
        form.addRow(self.tr("Responsibility"), self.responsibility)
        form.addRow(self.tr("Terms"), self.terms)
        form.addRow(self.tr("How it is carried out"), self.method)
        where = QHBoxLayout()
        where.addWidget(self.place, 2)
        where.addWidget(QLabel(self.tr("By")))
        where.addWidget(self.deadline, 1)
        form.addRow(self.tr("Where"), where)
        who = QHBoxLayout()
        who.addWidget(self.mediator, 1)
        who.addWidget(self.mediator_name, 1)
        who.addWidget(QLabel(self.tr("Recorder")))
        who.addWidget(self.recorder, 1)
        self.mediator_label = QLabel(self.tr("Mediator"))
        form.addRow(self.mediator_label, who)
        form.addRow("", self.judicial)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 760)

    def _load(self, kind: AgreementKind) -> None:
        try:
            if self.agreement_id is None:
                data = new_agreement_form(self.ctx, self.dispute_id, AgreementInput(kind=kind))
            else:
                data = load_agreement_form(self.ctx, self.agreement_id)
        except ServiceError as exc:
            self.errors.show(exc.message)
            return
        select_value(self.kind, data.kind)
        select_value(self.form, data.form)
        self.facts.setPlainText(data.facts)
        self.points.setPlainText(data.points_in_dispute)
        self.responsibility.setPlainText(data.responsibility)
        self.terms.set_terms(data.terms)
        if not data.terms:
            self.terms.add(TermInput(""))
        self.method.setText(data.performance_method)
        self.place.setText(data.performance_place)
        self.deadline.setText(data.performance_deadline)
        select_value(self.mediator, data.mediator_id)
        self.mediator_name.setText(data.mediator_name if data.mediator_id is None else "")
        self.recorder.setText(data.recorder_name)
        self.judicial.setChecked(data.judicial_confirmation)
        self.incident_on.setText(data.incident_on)
        self.incident_time.setText(data.incident_time)
        self.incident_place.setText(data.incident_place)
        self.others.setText(data.others_present)
        self.show_missing()

    def _kind_changed(self) -> None:
        """A police agreement is presided over by an officer chosen from the list; a people's
        mediation agreement may name a mediator who is not an officer."""
        police = self.kind.currentData() is AgreementKind.POLICE_MEDIATION
        self.mediator_label.setText(self.tr("Presiding officer") if police else self.tr("Mediator"))
        self.mediator_name.setVisible(not police and self.mediator.currentData() is None)
        self.form_rows.setRowVisible(self.incident_row, police)
        self.form_rows.setRowVisible(self.others, police)

    def current_input(self) -> AgreementInput:
        return AgreementInput(
            kind=self.kind.currentData() or AgreementKind.PEOPLES_MEDIATION,
            form=self.form.currentData() or AgreementForm.WRITTEN,
            facts=self.facts.toPlainText(),
            points_in_dispute=self.points.toPlainText(),
            responsibility=self.responsibility.toPlainText(),
            terms=self.terms.terms(),
            performance_method=self.method.text(),
            performance_place=self.place.text(),
            performance_deadline=self.deadline.text(),
            mediator_id=self.mediator.currentData(),
            mediator_name=self.mediator_name.text(),
            recorder_name=self.recorder.text(),
            judicial_confirmation=self.judicial.isChecked(),
            incident_on=self.incident_on.text(),
            incident_time=self.incident_time.text(),
            incident_place=self.incident_place.text(),
            others_present=self.others.text(),
        )

    def show_missing(self) -> None:
        if self.agreement_id is None:
            self.missing.setText(self.tr("Save the draft to see what is still missing."))
            return
        try:
            missing = check_agreement(self.ctx, self.agreement_id)
        except ServiceError as exc:
            self.missing.setText(exc.message)
            return
        if missing:
            lines = "\n".join(f"• {item}" for item in missing)
            heading = self.tr("Still missing before it can be finalised:")
            self.missing.setText(f"{heading}\n{lines}")
            self.missing.setStyleSheet("color: #a04000;")
        else:
            self.missing.setText(self.tr("Complete: it can be finalised and printed."))
            self.missing.setStyleSheet("color: #1e7b34;")

    def save(self) -> None:
        self.commit_open_edits()
        data = self.current_input()
        try:
            self.agreement_id = save_agreement(self.ctx, self.dispute_id, data, self.agreement_id)
        except ServiceError as exc:
            self.message.setStyleSheet("color: #c0392b;")
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.errors.clear()
        self.mark_clean(data)
        self.saved.emit(self.agreement_id)
        self.show_missing()
        self.message.setText(self.tr("Draft saved."))
        self.message.setStyleSheet("color: #1e7b34;")
