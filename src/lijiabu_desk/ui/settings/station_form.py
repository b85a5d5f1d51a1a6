"""The station's own details (派出所设置): every StationDetails field, saved through the service.

Enter moves to the next field, Ctrl+S saves while the tab is shown; a field at fault is marked
and everything typed stays. Without EDIT_SETTINGS the form is shown but cannot be changed.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import DocumentKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.numbering import DEFAULT_PREFIXES, format_number
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.station import StationDetails, load_station, save_station
from lijiabu_desk.ui.forms import INVALID_STYLE, EnterMovesFocus, FieldErrors
from lijiabu_desk.ui.station_fields import station_fields

PREFIX_KINDS: dict[str, DocumentKind] = {
    "prefix_peoples_mediation": DocumentKind.PEOPLES_MEDIATION,
    "prefix_police_mediation": DocumentKind.POLICE_MEDIATION,
    "prefix_dispute_case": DocumentKind.DISPUTE_CASE,
    "prefix_boundary": DocumentKind.BOUNDARY,
}

HINT_STYLE = "color: #666;"
CONTENT_WIDTH = 720
# Read-only fields stay legible.
DISABLED_STYLE = "QLineEdit:disabled, QComboBox:disabled { color: #333; }"
NOTE_STYLE = "background: #fff4d6; border: 1px solid #e0c36a; border-radius: 3px; padding: 6px;"


class StationForm(QWidget):
    """``fields[name]`` is the line edit of StationDetails field ``name``."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(f"{INVALID_STYLE}\n{DISABLED_STYLE}")
        self.fields: dict[str, QLineEdit] = {}
        self.hints: dict[str, QLabel] = {}
        self.read_only_note = QLabel(
            self.tr("Only the administrator may change the station settings.")
        )
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self._build_layout()
        self.errors = FieldErrors(self.message, self.fields)
        self._enter = EnterMovesFocus(list(self.fields.values()), self.save_button)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.shortcut.activated.connect(self.save)
        self.apply_permissions()
        self.reload()

    # --- layout ---------------------------------------------------------------------------

    def _build_layout(self) -> None:
        station_box = QGroupBox(self.tr("Basic details"))
        station_form = QFormLayout(station_box)
        for key, label in [*station_fields(), ("seal_text", self.tr("Seal text"))]:
            station_form.addRow(label, self._field(key))
        self.fields["seal_text"].setPlaceholderText(
            self.tr("The words on the seal, as printed under the signature")
        )
        numbers_box = QGroupBox(self.tr("Document numbers"))
        numbers_layout = QVBoxLayout(numbers_box)
        explain = QLabel(
            self.tr("The prefix goes into each document number; left empty, the default is used.")
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        numbers_layout.addWidget(explain)
        numbers_form = QFormLayout()
        numbers_layout.addLayout(numbers_form)
        for key, label in (
            ("prefix_peoples_mediation", self.tr("People's mediation")),
            ("prefix_police_mediation", self.tr("Police mediation")),
            ("prefix_dispute_case", self.tr("Dispute cases")),
            ("prefix_boundary", self.tr("Boundary disputes")),
        ):
            numbers_form.addRow(label, self._prefix_field(key))
        align_labels(station_form, numbers_form)
        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.read_only_note)
        content_layout.addWidget(station_box)
        content_layout.addWidget(numbers_box)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(content)
        # Let the tab's own background show through instead of the scroll area's grey.
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        footer = QWidget()
        footer.setMaximumWidth(CONTENT_WIDTH)
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(0, 0, 0, 0)
        footer_layout.addWidget(self.message)
        footer_layout.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(footer)

    def _field(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.textEdited.connect(self.status.clear)  # "saved" no longer holds
        self.fields[key] = edit
        return edit

    def _prefix_field(self, key: str) -> QWidget:
        edit = self._field(key)
        edit.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", DEFAULT_PREFIXES[PREFIX_KINDS[key]])
        )
        # No setMaxLength: Qt would cut a pasted prefix without a word. The text rule refuses
        # an over-long one at save, naming the limit and the count.
        hint = QLabel()
        hint.setObjectName(f"{key}_hint")
        hint.setStyleSheet(HINT_STYLE)
        self.hints[key] = hint
        edit.textChanged.connect(lambda _text, k=key: self.update_hint(k))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(hint)
        return box

    # --- behaviour ------------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.apply_permissions()
        self.reload()

    def can_edit(self) -> bool:
        return allows(self.ctx.actor, Permission.EDIT_SETTINGS)

    def apply_permissions(self) -> None:
        editable = self.can_edit()
        for edit in self.fields.values():
            edit.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.shortcut.setEnabled(editable)
        self.read_only_note.setVisible(not editable)

    def update_hint(self, key: str) -> None:
        """Show how the prefix prints, e.g. 安李人调 → （2026）安李人调字第1号."""
        typed = self.fields[key].text().strip()
        prefix = typed or DEFAULT_PREFIXES[PREFIX_KINDS[key]]
        number = format_number(prefix, self.ctx.today().year, 1)
        text = self.tr("Printed as %1") if typed else self.tr("Empty: printed as %1")
        self.hints[key].setText(text.replace("%1", number))

    def reload(self) -> None:
        self.errors.clear()
        self.status.clear()
        try:
            details = load_station(self.ctx)
        except ServiceError as exc:
            self.errors.show(exc.message)
            return
        self.show_details(details or StationDetails(name=""))

    def show_details(self, details: StationDetails) -> None:
        for f in fields(StationDetails):
            self.fields[f.name].setText(getattr(details, f.name))
        for key in PREFIX_KINDS:
            self.update_hint(key)

    def details(self) -> StationDetails:
        return StationDetails(
            **{f.name: self.fields[f.name].text() for f in fields(StationDetails)}
        )

    def save(self) -> bool:
        self.status.clear()
        try:
            clean = save_station(self.ctx, self.details())
        except ServiceError as exc:
            self.errors.show(exc.message, getattr(exc, "field", None))
            return False
        self.errors.clear()
        self.show_details(clean)
        self.status.setText(self.tr("Saved at %1.").replace("%1", f"{self.ctx.now():%H:%M}"))
        return True


def align_labels(*forms: QFormLayout) -> None:
    """Give the label columns of several forms one width, so their fields line up."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
