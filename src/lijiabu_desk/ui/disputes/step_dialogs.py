"""The small forms of a case's later steps: a follow-up visit, failure, referral, signing date,
closing, reopening. Each calls one service; a refusal is shown beside the field and nothing is
lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import ReferralTarget
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import CaseView
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.labels import (
    FOLLOW_UP_METHOD_LABELS,
    PERFORMANCE_LABELS,
    REFERRAL_LABELS,
    SATISFACTION_LABELS,
    STATUS_LABELS,
)
from lijiabu_desk.services.disputes.outcomes import (
    ReferralInput,
    close_case,
    record_failure,
    refer_case,
    reopen_case,
    retire_dispute,
)
from lijiabu_desk.services.disputes.workflow import Step, allowed_steps
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.ui.disputes.widgets import choice, date_line, line, officer_choice, text_box
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors, dialog_buttons
from lijiabu_desk.ui.guarded_form import GuardedFormDialog


class StepDialog(GuardedFormDialog):
    """A form of a few rows whose Save calls ``self.submit()``; subclasses add the rows."""

    completed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(560)
        self.rows = QFormLayout()
        self.message = QLabel(objectName="message")
        self.fields: dict[str, QWidget] = {}
        self.errors = FieldErrors(self.message, self.fields)
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def add_row(self, label: str, key: str, widget: QWidget) -> Any:
        self.rows.addRow(label, widget)
        self.fields[key] = widget
        return widget

    def finish_layout(self) -> None:
        lines = [w for w in self.fields.values() if isinstance(w, QLineEdit)]
        self._enter = EnterMovesFocus(lines, self.save_button)
        self.mark_clean()

    def current_input(self) -> tuple[str, ...]:
        values = []
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QComboBox):
                values.append(str(widget.currentData()))
            else:
                values.append(widget.toPlainText())  # type: ignore[attr-defined]
        return tuple(values)

    def submit(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.submit()
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.mark_clean()
        self.completed.emit()
        self.accept()


class FollowUpDialog(StepDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        case: CaseView,
        agreement_id: int,
        follow_up_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Follow-up visit"))
        self.agreement_id, self.follow_up_id = agreement_id, follow_up_id
        self.visited_on = self.add_row(self.tr("Visited on"), "visited_on", date_line("visited_on"))
        self.visited_on.setText(ctx.today().isoformat())
        self.visitor = self.add_row(
            self.tr("Visiting officer"),
            "visitor_id",
            officer_choice(ctx, "visitor_id", empty=self.tr("(choose)")),
        )
        # The officer who took the case in usually goes back to see it kept.
        self.visitor.setCurrentIndex(max(self.visitor.findData(case.received_by_id), 0))
        self.person = self.add_row(self.tr("Person visited"), "visited_person_id", QComboBox())
        self.person.addItem(self.tr("(not recorded)"), None)
        for party in case.parties:
            self.person.addItem(f"{party.side} {party.name}", party.person_id)
        # No default: a preset "fulfilled" would be recorded as found whether or not it was.
        self.performance = self.add_row(
            self.tr("Performance"),
            "performance",
            choice("performance", PERFORMANCE_LABELS, empty=self.tr("(choose)")),
        )
        self.method = self.add_row(
            self.tr("How the visit was made"),
            "method",
            choice("method", FOLLOW_UP_METHOD_LABELS, empty=self.tr("(choose)")),
        )
        # Asked, never assumed: what the parties said of the outcome.
        self.satisfaction = self.add_row(
            self.tr("Parties satisfied?"),
            "satisfaction",
            choice("satisfaction", SATISFACTION_LABELS, empty=self.tr("(choose)")),
        )
        self.findings = self.add_row(self.tr("How it is kept"), "findings", text_box("findings"))
        self.warnings = self.add_row(
            self.tr("Signs of trouble"), "warning_signs", text_box("warning_signs", 2)
        )
        agreement = next((a for a in case.agreements if a.id == agreement_id), None)
        window = agreement.judicial_deadline if agreement is not None else None
        self.reminder = QLabel(objectName="reminder", wordWrap=True)
        if window is not None and window >= ctx.today():
            self.reminder.setText(
                self.tr(
                    "Remind the parties: they may apply together to the court for judicial "
                    "confirmation until %1."
                ).replace("%1", str(window))
            )
            self.rows.addRow(self.reminder)
        self.finish_layout()

    def submit(self) -> None:
        record_follow_up(
            self.ctx,
            self.agreement_id,
            FollowUpInput(
                visited_on=self.visited_on.text(),
                performance=self.performance.currentData(),
                visitor_id=self.visitor.currentData(),
                visited_person_id=self.person.currentData(),
                findings=self.findings.toPlainText(),
                warning_signs=self.warnings.toPlainText(),
                method=self.method.currentData(),
                satisfaction=self.satisfaction.currentData(),
            ),
            self.follow_up_id,
        )


class FailureDialog(StepDialog):
    def __init__(self, ctx: ServiceContext, dispute_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Mediation failed"))
        self.dispute_id = dispute_id
        self.reason = self.add_row(self.tr("Why"), "failure_reason", text_box("failure_reason"))
        self.routes = self.add_row(
            self.tr("Other routes told to the parties"), "open_routes", text_box("open_routes")
        )
        self.routes.setPlaceholderText(
            self.tr("e.g. may sue at the county court; may apply to the township government")
        )
        self.finish_layout()

    def submit(self) -> None:
        record_failure(
            self.ctx, self.dispute_id, self.reason.toPlainText(), self.routes.toPlainText()
        )


class ReferralDialog(StepDialog):
    def __init__(self, ctx: ServiceContext, dispute_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Refer the case"))
        self.dispute_id = dispute_id
        self.target = self.add_row(
            self.tr("Referred to"), "target", choice("target", REFERRAL_LABELS)
        )
        self.receiver = self.add_row(
            self.tr("Received by"), "receiver", line("receiver", self.tr("office and person"))
        )
        self.referred_on = self.add_row(self.tr("Date"), "referred_on", date_line("referred_on"))
        self.referred_on.setText(ctx.today().isoformat())
        self.reason = self.add_row(self.tr("Why"), "reason", text_box("reason", 2))
        self.finish_layout()

    def submit(self) -> None:
        target = self.target.currentData() or ReferralTarget.JUSTICE_OFFICE
        refer_case(
            self.ctx,
            self.dispute_id,
            ReferralInput(
                target, self.referred_on.text(), self.receiver.text(), self.reason.toPlainText()
            ),
        )


class DateStepDialog(StepDialog):
    """One date, then ``action(date_text)``: signing an agreement, recording an oral one.

    A step that locks a record says so in ``notice`` and asks ``confirm()`` before it is taken.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        title: str,
        label: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        notice: str = "",
        confirm: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.action = action
        self.confirm = confirm
        self.notice = QLabel(notice, objectName="notice", wordWrap=True)
        self.notice.setStyleSheet("color: #a04000;")
        if notice:
            self.rows.addRow(self.notice)
        self.day = self.add_row(label, "signed_on", date_line("signed_on"))
        self.day.setText(ctx.today().isoformat())
        self.finish_layout()

    def save(self) -> None:
        if self.confirm is not None and not self.confirm():
            return  # not confirmed: nothing happens, the form stays open
        super().save()

    def submit(self) -> None:
        self.action(self.day.text())


class CloseDialog(StepDialog):
    def __init__(self, ctx: ServiceContext, dispute_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Close the case"))
        self.dispute_id = dispute_id
        self.note = self.add_row(self.tr("Closing note"), "closing_note", text_box("closing_note"))
        # What the mediation prevented: counted in the county's monthly figures.
        self.prevented_crime = QCheckBox(self.tr("Prevented a quarrel from becoming a crime"))
        self.prevented_petition = QCheckBox(self.tr("Prevented a group petition"))
        self.rows.addRow(self.tr("Prevented"), self.prevented_crime)
        self.rows.addRow("", self.prevented_petition)
        self.finish_layout()

    def submit(self) -> None:
        close_case(
            self.ctx,
            self.dispute_id,
            self.note.toPlainText(),
            prevented_crime=self.prevented_crime.isChecked(),
            prevented_petition=self.prevented_petition.isChecked(),
        )


class RetireDialog(StepDialog):
    def __init__(self, ctx: ServiceContext, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Retire %1").replace("%1", case.case_no))
        self.dispute_id = case.id
        self.rows.addRow(
            QLabel(
                self.tr(
                    "Only for a case registered by mistake. It leaves the list but is kept, "
                    "with who retired it and why; its number is not used again."
                ),
                wordWrap=True,
            )
        )
        self.reason = self.add_row(self.tr("Why"), "reason", text_box("reason", 2))
        self.reason.setPlaceholderText(self.tr("e.g. registered twice, same as case 12"))
        self.finish_layout()

    def submit(self) -> None:
        retire_dispute(self.ctx, self.dispute_id, self.reason.toPlainText())


class ReopenDialog(StepDialog):
    """重新打开 a closed case: why (required) and, when it goes back to 回访, a new visit if one
    is needed (the visits cancelled at closing stay cancelled). Saving asks ``confirm()`` first,
    once there is a reason to save; without one the service's refusal shows at the field."""

    def __init__(
        self,
        ctx: ServiceContext,
        case: CaseView,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Reopen %1").replace("%1", case.case_no))
        self.dispute_id = case.id
        self.confirm = confirm
        back_to = case.reopens_to
        self.notice = QLabel(
            self.tr(
                "Only for a case that is not settled after all: a party went back on the "
                "agreement, or it is not being kept. The case goes back to “%1” and its closing "
                "date is cleared; who reopened it and why is kept in its history."
            ).replace("%1", STATUS_LABELS[back_to] if back_to is not None else ""),
            objectName="notice",
            wordWrap=True,
        )
        self.rows.addRow(self.notice)
        self.reason = self.add_row(self.tr("Why"), "reason", text_box("reason", 2))
        self.reason.setPlaceholderText(
            self.tr("e.g. a party went back on the agreement; the money was not paid")
        )
        self.next_visit: QLineEdit | None = None
        if back_to is not None and Step.FOLLOW_UP in allowed_steps(back_to):
            self.rows.addRow(
                QLabel(
                    self.tr(
                        "The visits still planned were cancelled when the case was closed and "
                        "are not brought back. To visit again, give the day here."
                    ),
                    wordWrap=True,
                )
            )
            self.next_visit = self.add_row(
                self.tr("New visit on"), "next_visit", date_line("next_visit")
            )
        self.finish_layout()

    def save(self) -> None:
        confirm = self.confirm
        if confirm is not None and self.reason.toPlainText().strip() and not confirm():
            return  # not confirmed: nothing happens, the form stays open
        super().save()

    def submit(self) -> None:
        reopen_case(
            self.ctx,
            self.dispute_id,
            self.reason.toPlainText(),
            self.next_visit.text() if self.next_visit is not None else "",
        )
