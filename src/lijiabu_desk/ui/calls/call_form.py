"""登记求助: the quick-entry form made for a ringing phone, and for correcting a call later.

The caller is found as the number or name is typed, through the register's own search box; an
unknown caller is fine with a name or a number alone. The received time is filled in from the
clock. Category and urgency are one click each (or arrow keys); Enter moves on through the
one-line fields and saves from the last one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import CallKind, Urgency
from lijiabu_desk.services.calls import CallInput, load_call_view, log_call, update_call
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.field_values import CALL_KIND_LABELS, URGENCY_LABELS
from lijiabu_desk.services.places import village_names
from lijiabu_desk.ui.choice_row import Choices
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
from lijiabu_desk.ui.register.search_box import ID, KIND, SearchBox


class CallFormDialog(GuardedFormDialog):
    saved = Signal(int)  # the call's id

    def __init__(
        self, ctx: ServiceContext, call_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.call_id = ctx, call_id
        self.caller_id: int | None = None
        self.household_id: int | None = None
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(
            self.tr("Log a service call") if call_id is None else self.tr("Edit the call")
        )
        self.finder = SearchBox(ctx)
        self.finder.edit.setObjectName("caller_search")
        self.finder.edit.setPlaceholderText(
            self.tr("Caller: type the phone number or the name, then Enter")
        )
        self.finder.person_chosen.connect(lambda pid, home: self.choose_caller(pid, home))
        self.finder.household_chosen.connect(self.choose_household)
        self.chosen = QLabel(objectName="chosen_caller")
        self.chosen.setWordWrap(True)
        self.unchoose = QPushButton(self.tr("Not this caller"), objectName="clear_caller")
        self.unchoose.clicked.connect(self.clear_caller)
        self.caller_name = line("caller_name", self.tr("name, when not found above"))
        self.caller_phone = line("caller_phone", self.tr("the number they call from"))
        self.kind = Choices("kind", dict(CALL_KIND_LABELS))
        self.urgency = Choices("urgency", dict(URGENCY_LABELS))
        self.summary = text_box("summary", 3)
        self.summary.setPlaceholderText(self.tr("What they need, in their words"))
        self.village = choice("village_id", {}, empty=self.tr("(the caller's village)"))
        self.village.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.village.setMinimumContentsLength(9)
        try:
            for village_id, name in village_names(ctx):
                self.village.addItem(name, village_id)
        except ServiceError:
            pass
        self.place = line("place", self.tr("e.g. group 3, the house by the school"))
        self.responder = officer_choice(ctx, "responder_id", empty=self.tr("(nobody sent yet)"))
        self.received_on = date_line("received_on")
        self.received_time = time_line("received_time")
        self.message = QLabel(objectName="message")
        self.errors = FieldErrors(
            self.message,
            {
                "kind": self.kind,
                "summary": self.summary,
                "caller_id": self.finder.edit,
                "caller_name": self.caller_name,
                "caller_phone": self.caller_phone,
                "household_id": self.finder.edit,
                "village_id": self.village,
                "responder_id": self.responder,
                "received_on": self.received_on,
            },
        )
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._layout(buttons)
        self._enter = EnterMovesFocus(
            [self.caller_name, self.caller_phone, self.place, self.received_on, self.received_time],
            self.save_button,
        )
        self._load()
        self.mark_clean()
        self.finder.edit.setFocus()

    def _layout(self, buttons: QWidget) -> None:
        form = QFormLayout()
        caller = QVBoxLayout()
        caller.addWidget(self.finder)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosen, 1)
        chosen.addWidget(self.unchoose)
        caller.addLayout(chosen)
        form.addRow(self.tr("Caller"), caller)
        who = QHBoxLayout()
        who.addWidget(self.caller_name, 1)
        who.addWidget(QLabel(self.tr("Phone")))
        who.addWidget(self.caller_phone, 1)
        form.addRow(self.tr("Name"), who)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Urgency"), self.urgency)
        form.addRow(self.tr("What they need"), self.summary)
        where = QHBoxLayout()
        where.addWidget(self.village)
        where.addWidget(self.place, 1)
        form.addRow(self.tr("Where"), where)
        form.addRow(self.tr("Sent"), self.responder)
        when = QHBoxLayout()
        when.addWidget(self.received_on)
        when.addWidget(self.received_time)
        when.addStretch(1)
        form.addRow(self.tr("Received"), when)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_chosen("")
        fit_to_screen(self, 760, 560)

    # --- the caller -------------------------------------------------------------------------

    def _result_text(self, kind: str, record_id: int) -> str:
        """The line the search showed for what was chosen (it tells namesakes apart)."""
        results = self.finder.results
        for row in range(results.count()):
            item: QListWidgetItem = results.item(row)
            if item.data(KIND) == kind and item.data(ID) == record_id:
                return item.text()
        return ""

    def _show_chosen(self, text: str) -> None:
        self.chosen.setText(text or self.tr("Not in the register: type the name or the number."))
        self.chosen.setStyleSheet("" if text else "color: #666;")
        self.unchoose.setVisible(bool(text))
        self.caller_name.setEnabled(self.caller_id is None)

    def choose_caller(self, person_id: int, household_id: int | None) -> None:
        self.caller_id, self.household_id = person_id, household_id
        self._show_chosen(self._result_text("person", person_id))
        self.caller_name.clear()
        self.finder.edit.clear()
        self.kind.setFocus()

    def choose_household(self, household_id: int) -> None:
        """A household found by its number or address: the caller is one of them, named below."""
        self.caller_id, self.household_id = None, household_id
        self._show_chosen(self._result_text("household", household_id))
        self.finder.edit.clear()
        self.caller_name.setFocus()

    def clear_caller(self) -> None:
        self.caller_id = self.household_id = None
        self._show_chosen("")
        self.finder.focus()

    # --- loading and saving -----------------------------------------------------------------

    def _load(self) -> None:
        if self.call_id is None:
            now = self.ctx.now()  # the phone is ringing now
            self.received_on.setText(now.date().isoformat())
            self.received_time.setText(f"{now:%H:%M}")
            self.urgency.set_value(Urgency.NORMAL)
            return
        try:
            view = load_call_view(self.ctx, self.call_id)
        except ServiceError as exc:
            self.errors.show(exc.message)
            return
        d = view.edit
        self.caller_id, self.household_id = d.caller_id, d.household_id
        if d.caller_id is not None:
            self._show_chosen(view.row.caller_name)
        elif d.household_id is not None:
            self._show_chosen(self.tr("A household in the register (the caller named below)"))
        else:
            self._show_chosen("")
        if d.caller_id is None:
            self.caller_name.setText(d.caller_name)
        self.caller_phone.setText(d.caller_phone)
        self.kind.set_value(d.kind)
        self.urgency.set_value(d.urgency)
        self.summary.setPlainText(d.summary)
        select_value(self.village, d.village_id)
        self.place.setText(d.place)
        select_value(self.responder, d.responder_id)
        self.received_on.setText(d.received_on)
        self.received_time.setText(d.received_time)

    def current_input(self) -> CallInput:
        kind = self.kind.value()
        urgency = self.urgency.value()
        return CallInput(
            kind=kind if isinstance(kind, CallKind) else None,
            summary=self.summary.toPlainText(),
            caller_id=self.caller_id,
            caller_name="" if self.caller_id is not None else self.caller_name.text(),
            caller_phone=self.caller_phone.text(),
            household_id=self.household_id,
            urgency=urgency if isinstance(urgency, Urgency) else Urgency.NORMAL,
            village_id=self.village.currentData(),
            place=self.place.text(),
            responder_id=self.responder.currentData(),
            received_on=self.received_on.text(),
            received_time=self.received_time.text(),
        )

    def save(self) -> None:
        data = self.current_input()
        try:
            if self.call_id is None:
                self.call_id = log_call(self.ctx, data)
            else:
                update_call(self.ctx, self.call_id, data)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.mark_clean(data)
        self.saved.emit(self.call_id)
        self.accept()
