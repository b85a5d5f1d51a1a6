"""上门办证 on a person's page: where the renewal of their ID card stands, and the button of its
next step (photo, sent to the county, new card delivered with the expiry the rule proposes)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.visits.renewals import (
    RenewalStage,
    proposed_expiry,
    record_application_sent,
    record_delivered,
    record_photo,
    renewal_views,
)
from lijiabu_desk.ui.disputes.step_dialogs import DateStepDialog, StepDialog
from lijiabu_desk.ui.disputes.widgets import date_line


class DeliveredDialog(StepDialog):
    """送证: the day the new card was handed over, its issue date and its expiry (proposed)."""

    def __init__(self, ctx: ServiceContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("New ID card delivered"))
        self.on = self.add_row(self.tr("Delivered on"), "delivered_on", date_line("delivered_on"))
        self.on.setText(ctx.today().isoformat())
        self.issued = self.add_row(self.tr("Issued on"), "issue_date", date_line("issue_date"))
        self.issued.setPlaceholderText(self.tr("empty: the day the application was sent"))
        self.expiry = self.add_row(self.tr("Valid until"), "expiry", date_line("expiry"))
        self.rule = QLabel(objectName="rule", wordWrap=True)
        self.rows.addRow("", self.rule)
        self.issued.editingFinished.connect(self.propose)
        self.propose()
        self.finish_layout()

    def propose(self) -> None:
        """The expiry the validity rule gives for the issue date typed (or the sending day)."""
        try:
            proposed = proposed_expiry(self.ctx, self.person_id, self.issued.text())
        except ServiceError as exc:
            self.rule.setText(exc.message)
            return
        if proposed is None:
            self.expiry.clear()
            self.expiry.setPlaceholderText(self.tr("long-term"))
            self.rule.setText(self.tr("By the holder's age the new card is valid long-term."))
        else:
            self.expiry.setText(proposed.isoformat())
            self.rule.setText(
                self.tr("Proposed by the holder's age; change it to what the card says.")
            )

    def submit(self) -> None:
        record_delivered(
            self.ctx, self.person_id, self.on.text(), self.issued.text(), self.expiry.text()
        )


class RenewalBox(QObject):
    """The stage line and the next step's button; ``changed`` after a step is recorded."""

    changed = Signal()
    dialog_opened = Signal(QDialog)

    def __init__(self, ctx: ServiceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent
        self.person_id: int | None = None
        self.stage = QLabel(objectName="renewal_stage")
        self.button = QPushButton(objectName="renewal_step")
        self.button.clicked.connect(self.next_step)
        self.row = QWidget()
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.button)
        self.current: RenewalStage | None = None

    def show_person(self, person_id: int | None, due: bool) -> None:
        """Shown for a living person whose card is due, or whose renewal is under way."""
        self.person_id = person_id
        if person_id is None:
            self.row.setVisible(False)
            return
        try:
            view = renewal_views(self.ctx, [person_id])[person_id]
        except ServiceError as exc:
            self.stage.setText(exc.message)
            return
        self.current = view.stage
        under_way = view.stage is not RenewalStage.DUE
        self.row.setVisible(due or under_way)
        texts = {
            RenewalStage.DUE: self.tr("Renewal: photo not taken yet"),
            RenewalStage.PHOTO: self.tr("Renewal: photo taken %1, not sent yet"),
            RenewalStage.SENT: self.tr("Renewal: sent to the county %1, card not back yet"),
        }
        day = view.application_sent_on or view.photo_taken_on
        self.stage.setText(texts.get(view.stage, "").replace("%1", day.isoformat() if day else ""))
        buttons = {
            RenewalStage.DUE: self.tr("Photo taken…"),
            RenewalStage.PHOTO: self.tr("Application sent…"),
            RenewalStage.SENT: self.tr("New card delivered…"),
        }
        self.button.setText(buttons.get(view.stage, ""))

    def next_step(self) -> QDialog | None:
        person_id = self.person_id
        if person_id is None or self.current is None:
            return None
        ctx = self.ctx
        dialog: QDialog
        if self.current is RenewalStage.DUE:
            dialog = DateStepDialog(
                ctx, self.tr("ID photo taken"), self.tr("Taken on"),
                lambda day: record_photo(ctx, person_id, day), self.parent_widget,
            )  # fmt: skip
        elif self.current is RenewalStage.PHOTO:
            dialog = DateStepDialog(
                ctx, self.tr("Application sent to the county"), self.tr("Sent on"),
                lambda day: record_application_sent(ctx, person_id, day), self.parent_widget,
            )  # fmt: skip
        else:
            dialog = DeliveredDialog(ctx, person_id, self.parent_widget)
        dialog.completed.connect(self.changed.emit)  # type: ignore[attr-defined]
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog
