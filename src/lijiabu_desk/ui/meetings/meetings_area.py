"""联席会议: the meetings with their open and overdue items; the chosen meeting's action items,
each marked done (or taken back) with a date; minutes printed through the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.meetings.view import (
    ItemLine,
    MeetingRow,
    list_meetings,
    load_meeting_form,
    mark_item_done,
    reopen_item,
)
from lijiabu_desk.services.printing import PrintKind, print_form
from lijiabu_desk.ui.disputes.step_dialogs import DateStepDialog
from lijiabu_desk.ui.empty_state import EmptyStack
from lijiabu_desk.ui.forms import action_buttons, open_form
from lijiabu_desk.ui.meetings.meeting_form import MeetingForm
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from lijiabu_desk.ui.record_table import fit_columns, record_table
from lijiabu_desk.ui.rows_model import RowsModel

OVERDUE = "#c0392b"


class MeetingsArea(QWidget):
    dialog_opened = Signal(QDialog)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RowsModel[MeetingRow] = RowsModel(
            [
                (self.tr("Held on"), lambda r: r.held_on.isoformat()),
                (self.tr("Meeting"), lambda r: r.title),
                (self.tr("Units"), lambda r: r.units),
                (self.tr("Topics"), lambda r: r.topics),
                (self.tr("Open items"), lambda r: r.open_items),
                (self.tr("Overdue"), lambda r: r.overdue_items or ""),
            ],
            colour=lambda r, _c: OVERDUE if r.overdue_items else None,
        )
        self.table = record_table("meetings", self.model)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_items())
        self.list = EmptyStack(self.table, "meeting_list")
        today = ctx.today
        self.items: RowsModel[ItemLine] = RowsModel(
            [
                (self.tr("Topic"), lambda i: i.topic),
                (self.tr("What"), lambda i: i.text),
                (self.tr("Unit and person"), lambda i: i.owner),
                (self.tr("Due"), lambda i: str(i.due_on or "")),
                (self.tr("State"), lambda i: i.status(today())),
                (self.tr("Done on"), lambda i: str(i.done_on or "")),
                (self.tr("Note"), lambda i: i.note),
            ],
            colour=lambda i, _c: OVERDUE if i.status(today()) == "逾期" else None,
        )
        self.item_table = record_table("meeting_items", self.items)
        self.buttons = action_buttons(
            "meeting",
            {
                "new": (self.tr("New joint meeting…"), self.new),
                "edit": (self.tr("Open…"), self.edit),
                "print": (self.tr("Print the minutes…"), self.print_minutes),
                "done": (self.tr("Item done…"), self.item_done),
                "reopen": (self.tr("Item not done after all"), self.item_reopen),
            },
        )
        self.count = QLabel(objectName="meeting_count")
        self.search = QLineEdit(objectName="meeting_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find: meeting, place or unit"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.preview: PdfPreviewDialog | None = None
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for key in ("new", "edit", "print"):
            top.addWidget(self.buttons[key])
        top.addWidget(self.search, 1)
        item_buttons = QHBoxLayout()
        for key in ("done", "reopen"):
            item_buttons.addWidget(self.buttons[key])
        item_buttons.addStretch(1)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Action items of the chosen meeting")))
        column.addWidget(self.item_table, 1)
        column.addLayout(item_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.refresh()

    def selected(self) -> MeetingRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self, keep: int | None = None) -> None:
        current = self.selected()
        keep = keep if keep is not None else (current.id if current else None)
        try:
            rows = list_meetings(self.ctx)
        except ServiceError as exc:
            self.count.setText(exc.message)
            return
        wanted = self.search.text().strip()
        if wanted:  # a meeting a month: found among what is listed
            rows = [r for r in rows if wanted in " ".join((r.title, r.place, r.units, r.number))]
        self.model.set_rows(rows)
        fit_columns(self.table)
        open_items = sum(r.open_items for r in rows)
        overdue = sum(r.overdue_items for r in rows)
        self.count.setText(
            self.tr("%1 meetings, %2 items not done, %3 overdue")
            .replace("%1", str(len(rows)))
            .replace("%2", str(open_items))
            .replace("%3", str(overdue))
        )
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif rows:
            self.table.selectRow(0)
        if rows:
            self.list.show_content()
        elif wanted:
            self.list.show_empty(
                self.tr("No meeting matches “%1”.").replace("%1", wanted),
                self.tr("Clear the search"),
                self.search.clear,
            )
        else:
            self.list.show_empty(
                self.tr(
                    "No joint meetings recorded yet. When the township's units meet on "
                    "disputes one of them cannot settle, record who came, what was decided "
                    "and who does what."
                ),
                self.tr("New joint meeting…"),
                self.new,
            )
        self.show_items()

    def show_meeting(self, meeting_id: int) -> None:
        self.refresh(keep=meeting_id)

    def show_items(self) -> None:
        row = self.selected()
        items: list[ItemLine] = []
        if row is not None:
            try:
                items = load_meeting_form(self.ctx, row.id)[1]
            except ServiceError as exc:
                self.count.setText(exc.message)
        self.items.set_rows(items)
        fit_columns(self.item_table)
        for key in ("edit", "print"):
            self.buttons[key].setEnabled(row is not None)

    def _open(self, dialog: QDialog) -> QDialog:
        # What saved comes back (an id) and is kept selected.
        return open_form(dialog, lambda *args: self.refresh(args[0] if args else None),
                         self.dialog_opened)  # fmt: skip

    def new(self) -> QDialog:
        return self._open(MeetingForm(self.ctx, parent=self))

    def edit(self) -> QDialog | None:
        row = self.selected()
        return self._open(MeetingForm(self.ctx, row.id, self)) if row else None

    def _item(self) -> ItemLine | None:
        index = self.item_table.currentIndex()
        return self.items.row_at(index.row()) if index.isValid() else None

    def item_done(self) -> QDialog | None:
        item = self._item()
        if item is None:
            return None
        ctx = self.ctx
        dialog = DateStepDialog(
            ctx, self.tr("Item done"), self.tr("Done on"),
            lambda day: mark_item_done(ctx, item.id, day), self,
        )  # fmt: skip
        return self._open(dialog)

    def item_reopen(self) -> None:
        item = self._item()
        if item is None:
            return
        try:
            reopen_item(self.ctx, item.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not done"), exc.message)
            return
        self.refresh()

    def print_minutes(self) -> PdfPreviewDialog | None:
        row = self.selected()
        if row is None:
            return None
        try:
            printed = print_form(self.ctx, PrintKind.MEETING_MINUTES, row.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), exc.message)
            return None
        self.preview = PdfPreviewDialog(printed.pdf, printed.title, f"{printed.title}.pdf", self)
        self.preview.open()
        self.dialog_opened.emit(self.preview)
        self.refresh(keep=row.id)  # the minutes are numbered when first printed
        return self.preview
