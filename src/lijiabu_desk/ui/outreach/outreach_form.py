"""登记宣传活动: an anti-fraud outreach event — when, where (a village square, the market, a
school), who went, the topic, how many people were reached and installed the app, and those
known by name who installed it there (found in the register)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.officers import list_officers
from lijiabu_desk.services.places import village_names
from lijiabu_desk.services.visits.outreach import OutreachInput, log_outreach
from lijiabu_desk.ui.disputes.widgets import choice, date_line, line, text_box
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

ITEM_ID = Qt.ItemDataRole.UserRole


def checkable(text: str, value: int) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ITEM_ID, value)
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


def checked_ids(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        widget.item(row).data(ITEM_ID)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


class OutreachForm(GuardedFormDialog):
    saved = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(self.tr("Log an anti-fraud outreach event"))
        self.held_on = date_line("held_on")
        self.held_on.setText(ctx.today().isoformat())
        self.village = choice("village_id", {}, empty=self.tr("(not in one village)"))
        try:
            for village_id, name in village_names(ctx):
                self.village.addItem(name, village_id)
        except ServiceError:
            pass
        self.place = line("place", self.tr("e.g. the livestock market, the primary school"))
        self.topic = line("topic", self.tr("e.g. fake customer service refunds"))
        self.officers = QListWidget(objectName="officers")
        self.officers.setMaximumHeight(110)
        try:
            for officer in list_officers(ctx):
                self.officers.addItem(checkable(officer.name, officer.id))
        except ServiceError:
            pass
        self.reached = line("people_reached", self.tr("about how many"))
        self.installed = line("apps_installed", self.tr("how many installed the app"))
        self.finder = SearchBox(ctx)
        self.finder.edit.setObjectName("installer_search")
        self.finder.edit.setPlaceholderText(
            self.tr("Known by name and installed it there: find them, then Enter")
        )
        self.finder.person_chosen.connect(lambda pid, _home: self.add_person(pid))
        self.people = QListWidget(objectName="named_installers")
        self.people.setMaximumHeight(90)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.people.takeItem(self.people.currentRow()))
        self.notes = text_box("notes", 2)
        self.message = QLabel(objectName="message")
        self.errors = FieldErrors(
            self.message,
            {
                "held_on": self.held_on,
                "place": self.place,
                "village_id": self.village,
                "officers": self.officers,
                "people_reached": self.reached,
                "apps_installed": self.installed,
                "members": self.people,
            },
        )
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.held_on)
        where = QHBoxLayout()
        where.addWidget(self.village)
        where.addWidget(self.place, 1)
        form.addRow(self.tr("Where"), where)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Officers"), self.officers)
        counts = QHBoxLayout()
        counts.addWidget(self.reached)
        counts.addWidget(QLabel(self.tr("Installed the app")))
        counts.addWidget(self.installed)
        form.addRow(self.tr("People reached"), counts)
        named = QVBoxLayout()
        named.addWidget(self.finder)
        row = QHBoxLayout()
        row.addWidget(self.people, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        named.addLayout(row)
        form.addRow(self.tr("By name"), named)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._enter = EnterMovesFocus(
            [self.held_on, self.place, self.topic, self.reached, self.installed],
            self.save_button,
        )
        fit_to_screen(self, 680, 560)
        self.mark_clean()

    def add_person(self, person_id: int) -> None:
        if person_id in checked_ids(self.people):
            return
        text = ""
        for row in range(self.finder.results.count()):
            found = self.finder.results.item(row)
            if found.data(KIND) == "person" and found.data(ID) == person_id:
                text = found.text()
        item = checkable(text or str(person_id), person_id)
        item.setCheckState(Qt.CheckState.Checked)
        self.people.addItem(item)
        self.finder.edit.clear()

    def choose_officer(self, officer_id: int) -> None:
        for row in range(self.officers.count()):
            if self.officers.item(row).data(ITEM_ID) == officer_id:
                self.officers.item(row).setCheckState(Qt.CheckState.Checked)

    def current_input(self) -> OutreachInput:
        return OutreachInput(
            held_on=self.held_on.text(),
            place=self.place.text(),
            officer_ids=checked_ids(self.officers),
            topic=self.topic.text(),
            village_id=self.village.currentData(),
            people_reached=self.reached.text(),
            apps_installed=self.installed.text(),
            app_installed_for=checked_ids(self.people),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        data = self.current_input()
        try:
            event_id = log_outreach(self.ctx, data)
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return
        self.mark_clean(data)
        self.saved.emit(event_id)
        self.accept()
