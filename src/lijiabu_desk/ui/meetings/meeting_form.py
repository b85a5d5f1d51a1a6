"""联席会议 form: when and where, the convener, the units and persons at the table, the topics
(each with the case it is about and the decision) and the action items (what, which unit and
person, by when), an item under a topic or among the other items."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.listing import list_disputes
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.meetings.entry import (
    UNITS,
    AttendeeInput,
    ItemInput,
    MeetingInput,
    TopicInput,
    save_meeting,
)
from lijiabu_desk.services.meetings.view import load_meeting_form
from lijiabu_desk.ui.disputes.widgets import date_line, line
from lijiabu_desk.ui.edit_table import EditTable
from lijiabu_desk.ui.forms import (
    INVALID_STYLE,
    EnterMovesFocus,
    FieldErrors,
    dialog_buttons,
    fit_to_screen,
    scrolling,
)
from lijiabu_desk.ui.guarded_form import GuardedFormDialog

OTHER = 0  # the topic column's "other items"


class MeetingForm(GuardedFormDialog):
    saved = Signal(int)

    def __init__(
        self, ctx: ServiceContext, meeting_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.item_ids: dict[int, int | None] = {}
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(
            self.tr("Joint meeting") if meeting_id else self.tr("New joint meeting")
        )
        self.held_on = date_line("held_on")
        self.place = line("place", self.tr("e.g. the township government's meeting room"))
        self.title = line("title", self.tr("e.g. joint meeting on disputes, November"))
        self.convener = line("convener", self.tr("e.g. the township's 综治中心"))
        self.attendees = EditTable(
            "attendees", [self.tr("Unit"), self.tr("Name"), self.tr("Title")], rows=0
        )
        self.attendees.table.setToolTip("、".join(UNITS))
        self.topics = EditTable("topics", [self.tr("Topic"), self.tr("Decision")], rows=1)
        self.cases: list[tuple[int, str]] = []
        with contextlib.suppress(ServiceError):  # no cases listed: the form still works
            self.cases = [(r.id, f"{r.case_no} {r.parties}") for r in list_disputes(ctx)]
        self.items = EditTable(
            "items",
            [self.tr("Topic no."), self.tr("What"), self.tr("Unit"), self.tr("Person"),
             self.tr("Due"), self.tr("Note")],
            rows=1,
        )  # fmt: skip
        self.items.table.setToolTip(self.tr("Topic no.: 1, 2 … for a topic; empty: other items"))
        self.case_of: dict[int, int | None] = {}
        self.case_choice = QComboBox(objectName="topic_case")
        self.case_choice.addItem(self.tr("(no case)"), None)
        for case_id, text in self.cases:
            self.case_choice.addItem(text, case_id)
        self.topics.table.currentCellChanged.connect(lambda *_: self._show_case())
        self.case_choice.currentIndexChanged.connect(lambda _i: self._set_case())
        self.message = QLabel(objectName="message")
        self.errors = FieldErrors(
            self.message,
            {
                "held_on": self.held_on,
                "place": self.place,
                "attendees": self.attendees.table,
                "topics": self.topics.table,
                "items": self.items.table,
            },
        )
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        form = QFormLayout()
        form.addRow(self.tr("Held on"), self.held_on)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Convened by"), self.convener)
        form.addRow(self.tr("Attending"), self.attendees)
        form.addRow(self.tr("Topics"), self.topics)
        form.addRow(self.tr("Case of the chosen topic"), self.case_choice)
        form.addRow(self.tr("Action items"), self.items)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._enter = EnterMovesFocus(
            [self.held_on, self.place, self.title, self.convener], self.save_button
        )
        fit_to_screen(self, 900, 680)
        self._load()
        self.mark_clean()

    def _show_case(self) -> None:
        row = self.topics.table.currentRow()
        index = self.case_choice.findData(self.case_of.get(row))
        self.case_choice.blockSignals(True)
        self.case_choice.setCurrentIndex(max(index, 0))
        self.case_choice.blockSignals(False)

    def _set_case(self) -> None:
        row = self.topics.table.currentRow()
        if row >= 0:
            self.case_of[row] = self.case_choice.currentData()

    def set_topic_case(self, row: int, case_id: int | None) -> None:
        self.case_of[row] = case_id
        self._show_case()

    def _load(self) -> None:
        if self.meeting_id is None:
            self.held_on.setText(self.ctx.today().isoformat())
            for unit in ("镇政府", "综治中心", "派出所", "司法所"):
                self.attendees.add_row((unit, "", ""))
            return
        try:
            data, _items = load_meeting_form(self.ctx, self.meeting_id)
        except ServiceError as exc:
            self.errors.show(exc.message)
            return
        self.held_on.setText(data.held_on)
        self.place.setText(data.place)
        self.title.setText(data.title)
        self.convener.setText(data.convener)
        self.attendees.clear_rows()
        for a in data.attendees:
            self.attendees.add_row((a.unit, a.name, a.title))
        self.topics.clear_rows()
        self.items.clear_rows()
        for number, t in enumerate(data.topics, start=1):
            self.topics.add_row((t.title, t.decision))
            self.case_of[number - 1] = t.dispute_id
            for i in t.items:
                self._add_item(str(number), i)
        for i in data.other_items:
            self._add_item("", i)
        self.items.add_row()

    def _add_item(self, topic: str, i: ItemInput) -> None:
        row = self.items.add_row((topic, i.text, i.owner, i.owner_person, i.due_on, i.note))
        self.item_ids[row] = i.item_id

    def current_input(self) -> MeetingInput:
        topics = []
        rows = self.topics.filled_rows()
        numbered: dict[str, list[ItemInput]] = {str(n): [] for n in range(1, len(rows) + 1)}
        other: list[ItemInput] = []
        for r in self.items.filled_rows():
            values = [self.items.text(r, c) for c in range(6)]
            item = ItemInput(*values[1:], item_id=self.item_ids.get(r))  # type: ignore[arg-type]
            numbered.get(values[0].strip(), other).append(item)
        for n, r in enumerate(rows, start=1):
            topics.append(
                TopicInput(
                    self.topics.text(r, 0),
                    self.topics.text(r, 1),
                    self.case_of.get(r),
                    tuple(numbered[str(n)]),
                )
            )
        return MeetingInput(
            held_on=self.held_on.text(),
            place=self.place.text(),
            title=self.title.text(),
            convener=self.convener.text(),
            attendees=tuple(
                AttendeeInput(*(self.attendees.text(r, c) for c in range(3)))
                for r in self.attendees.filled_rows()
            ),
            topics=tuple(topics),
            other_items=tuple(other),
        )

    def save(self) -> None:
        self.commit_open_edits()
        data = self.current_input()
        try:
            self.meeting_id = save_meeting(self.ctx, data, self.meeting_id)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.mark_clean(data)
        self.saved.emit(self.meeting_id)
        self.accept()
