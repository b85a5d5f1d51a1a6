"""登记: the intake form for a new case, and for correcting one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import DisputeSource, PlaceKind, RiskGrade
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.form_data import load_dispute_form
from lijiabu_desk.services.disputes.intake import (
    DisputeInput,
    register_dispute,
    update_dispute,
)
from lijiabu_desk.services.disputes.labels import (
    CATEGORY_LABELS,
    PLACE_LABELS,
    RISK_LABELS,
    SOURCE_LABELS,
)
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.places import village_names
from lijiabu_desk.ui.disputes.party_picker import PartyPicker
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


class IntakeDialog(GuardedFormDialog):
    """``initial`` and ``register_with``: a case opened from a service call or a home visit,
    the form filled from it and saved by ``register_with`` (which links the two)."""

    saved = Signal(int)  # dispute id

    def __init__(
        self,
        ctx: ServiceContext,
        dispute_id: int | None = None,
        parent: QWidget | None = None,
        *,
        initial: DisputeInput | None = None,
        register_with: Callable[[DisputeInput], int] | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dispute_id = dispute_id
        self.initial, self.register_with = initial, register_with
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(760)
        if not title:
            title = (
                self.tr("Register a dispute") if dispute_id is None else self.tr("Edit the case")
            )
        self.setWindowTitle(title)
        self.category = choice("category", CATEGORY_LABELS, empty=self.tr("(choose)"))
        self.source = choice("source", SOURCE_LABELS)
        self.place_kind = choice("place_kind", PLACE_LABELS)
        self.village = choice("village_id", {}, empty=self.tr("(no village)"))
        try:
            for village_id, name in village_names(ctx):
                self.village.addItem(name, village_id)
        except ServiceError:
            pass
        self.place_detail = line("place_detail", self.tr("e.g. group 3, by the threshing floor"))
        self.received_on = date_line("received_on")
        self.received_time = time_line("received_on_time")
        self.received_by = officer_choice(ctx, "received_by_id", empty=self.tr("(not chosen)"))
        self.risk = choice("risk_grade", RISK_LABELS)
        self.deadline = date_line("deadline")
        self.deadline.setPlaceholderText(self.tr("empty: 30 days after intake"))
        self.facts = text_box("facts", 5)
        self.parties = PartyPicker(ctx)
        self.message = QLabel(objectName="message")
        self.errors = FieldErrors(
            self.message,
            {
                "category": self.category,
                "village_id": self.village,
                "place_detail": self.place_detail,
                "received_on": self.received_on,
                "received_on_time": self.received_time,
                "received_by_id": self.received_by,
                "deadline": self.deadline,
                "facts": self.facts,
                "parties": self.parties.table,
            },
        )
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.place_kind.currentIndexChanged.connect(self._place_changed)
        self._layout(buttons)
        self._enter = EnterMovesFocus(
            [self.place_detail, self.received_on, self.received_time, self.deadline],
            self.save_button,
        )
        self._load()
        self.mark_clean()

    def _layout(self, buttons: QWidget) -> None:
        form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.received_on)
        when.addWidget(self.received_time)
        when.addWidget(QLabel(self.tr("Received by")))
        when.addWidget(self.received_by, 1)
        form.addRow(self.tr("Received on"), when)
        kind = QHBoxLayout()
        kind.addWidget(self.category, 1)
        kind.addWidget(QLabel(self.tr("Source")))
        kind.addWidget(self.source, 1)
        form.addRow(self.tr("Category"), kind)
        place = QHBoxLayout()
        place.addWidget(self.place_kind)
        place.addWidget(self.village)
        place.addWidget(self.place_detail, 1)
        form.addRow(self.tr("Place"), place)
        risk = QHBoxLayout()
        risk.addWidget(self.risk)
        risk.addWidget(QLabel(self.tr("Time limit")))
        risk.addWidget(self.deadline, 1)
        form.addRow(self.tr("Risk grade"), risk)
        form.addRow(self.tr("Parties"), self.parties)
        form.addRow(self.tr("Facts"), self.facts)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 720)

    def _place_changed(self) -> None:
        in_village = self.place_kind.currentData() is PlaceKind.VILLAGE
        self.village.setEnabled(in_village or self.village.currentData() is not None)

    def _load(self) -> None:
        if self.initial is not None:
            self._fill(self.initial, {})
            return
        if self.dispute_id is None:
            select_value(self.place_kind, PlaceKind.VILLAGE)
            # Taken in now, by the form's clock: never a fixed or midnight time.
            now = self.ctx.now()
            self.received_on.setText(now.date().isoformat())
            self.received_time.setText(f"{now:%H:%M}")
            return
        try:
            form = load_dispute_form(self.ctx, self.dispute_id)
        except ServiceError as exc:
            self.errors.show(exc.message)
            return
        self._fill(form.data, form.party_names)

    def _fill(self, d: DisputeInput, party_names: dict[int, str]) -> None:
        select_value(self.category, d.category)
        select_value(self.source, d.source)
        select_value(self.place_kind, d.place_kind)
        select_value(self.village, d.village_id)
        select_value(self.received_by, d.received_by_id)
        select_value(self.risk, d.risk_grade)
        self.place_detail.setText(d.place_detail)
        self.received_on.setText(d.received_on)
        self.received_time.setText(d.received_time)
        self.deadline.setText(d.deadline)
        self.facts.setPlainText(d.facts)
        self.parties.set_parties(d.parties, party_names)

    def current_input(self) -> DisputeInput:
        return DisputeInput(
            category=self.category.currentData(),
            source=self.source.currentData() or DisputeSource.APPLICATION,
            place_kind=self.place_kind.currentData() or PlaceKind.STATION,
            facts=self.facts.toPlainText(),
            parties=self.parties.parties(),
            village_id=self.village.currentData(),
            place_detail=self.place_detail.text(),
            received_on=self.received_on.text(),
            received_time=self.received_time.text(),
            received_by_id=self.received_by.currentData(),
            risk_grade=self.risk.currentData() or RiskGrade.ORDINARY,
            deadline=self.deadline.text(),
        )

    def save(self) -> None:
        self.commit_open_edits()
        data = self.current_input()
        try:
            if self.dispute_id is None and self.register_with is not None:
                self.dispute_id = self.register_with(data)
            elif self.dispute_id is None:
                self.dispute_id = register_dispute(self.ctx, data)
            else:
                update_dispute(self.ctx, self.dispute_id, data)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.mark_clean(data)
        self.saved.emit(self.dispute_id)
        self.accept()
