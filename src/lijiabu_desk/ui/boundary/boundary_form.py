"""地界协议 form: the parcel, its 四至, the reference point and the tape measurements with the
sketch drawn beside them as they are typed (a row that cannot be drawn is marked and said), the
line in words, the markers, crops and costs, the parties and the witnesses. Saved as a draft;
what finalising still asks for is listed under the form."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.models.enums import AgreementStatus, DisputeCategory
from lijiabu_desk.services.boundary.entry import BoundaryInput, PartyInput, save_boundary, sketch_of
from lijiabu_desk.services.boundary.view import load_boundary_form
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.intake import PartyInput as CaseParty
from lijiabu_desk.services.disputes.listing import DisputeFilter, list_disputes
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.field_values import LAND_TYPE_LABELS
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.ui.boundary.boundary_tables import MarkerTable, MeasurementTable, WitnessTable
from lijiabu_desk.ui.boundary.photo_list import PhotoList
from lijiabu_desk.ui.boundary.sketch_view import SketchView
from lijiabu_desk.ui.disputes.party_picker import PartyPicker
from lijiabu_desk.ui.disputes.widgets import choice, date_line, line, select_value, text_box
from lijiabu_desk.ui.forms import (
    INVALID_STYLE,
    FieldErrors,
    dialog_buttons,
    fit_to_screen,
    mark_invalid,
    scrolling,
)
from lijiabu_desk.ui.guarded_form import GuardedFormDialog

SKETCH_DELAY_MS = 250
BAD_ROW = QColor("#fdecea")


class BoundaryForm(GuardedFormDialog):
    saved = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        agreement_id: int | None = None,
        parent: QWidget | None = None,
        *,
        dispute_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.agreement_id, self.dispute_id = ctx, agreement_id, dispute_id
        self.setStyleSheet(INVALID_STYLE)
        new = agreement_id is None
        self.setWindowTitle(
            self.tr("New boundary agreement") if new else self.tr("Boundary agreement")
        )
        self.parcel = line("parcel_name", self.tr("e.g. 老庄湾 (the field's local name)"))
        self.village = choice("village_id", {}, empty=self.tr("(choose)"))
        self.group = choice("group_id", {}, empty=self.tr("(no 社)"))
        self.groups: dict[int, list[tuple[int, str]]] = {}
        try:
            for v in list_villages(ctx):
                self.village.addItem(v.name, v.id)
                self.groups[v.id] = [(g.id, g.name) for g in v.groups]
        except ServiceError:
            pass
        self.village.currentIndexChanged.connect(lambda _i: self._village_changed())
        for combo in (self.village, self.group):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        self.location = line("location", self.tr("where the field lies"))
        self.land_type = choice("land_type", LAND_TYPE_LABELS, empty=self.tr("(choose)"))
        self.area = line("area_mu", self.tr("亩, if known"))
        self.certificate = line("certificate_no", self.tr("land-contract certificate no., if any"))
        self.sides = {
            side: line(side, self.tr("who or what borders it"))
            for side in ("east", "south", "west", "north")
        }
        self.reference = line("reference_point", self.tr("e.g. the corner stone at the road"))
        self.closed = QCheckBox(
            self.tr("The measurements go round the parcel and close"), objectName="closed_parcel"
        )
        self.measurements = MeasurementTable()
        self.sketch = SketchView()
        self.problems = QLabel(objectName="sketch_problems", wordWrap=True)
        self.problems.setStyleSheet("color: #c0392b;")
        self.agreed_line = text_box("agreed_line", 2)
        self.markers = MarkerTable()
        self.crops = text_box("crops", 2)
        self.costs = text_box("costs", 2)
        self.parties = PartyPicker(ctx)
        self.witnesses = WitnessTable()
        self.photos = PhotoList(ctx)
        self.measured_on = date_line("measured_on")
        self.case = choice(
            "dispute_id", {}, empty=self.tr("(none: the neighbours want the line written down)")
        )
        try:
            for category in (DisputeCategory.LAND_BOUNDARY, DisputeCategory.HOUSE_SITE):
                for row in list_disputes(self.ctx, DisputeFilter(category=category)):
                    self.case.addItem(f"{row.case_no} {row.parties}", row.id)
            if dispute_id is not None and self.case.findData(dispute_id) < 0:  # another kind
                case = load_case(ctx, dispute_id)
                self.case.addItem(f"{case.case_no} {case.category}", dispute_id)
        except ServiceError:
            pass
        self.missing = QLabel(objectName="missing", wordWrap=True)
        self.missing.setStyleSheet("color: #a04000;")
        self.message = QLabel(objectName="message")
        fields: dict[str, QWidget] = {
            "parcel_name": self.parcel, "village_id": self.village, "group_id": self.group,
            "area_mu": self.area, "measurements": self.measurements.table,
            "parties": self.parties.table, "witnesses": self.witnesses.table,
            "measured_on": self.measured_on, "status": self.parcel,
        }  # fmt: skip
        fields.update(self.sides)
        self.errors = FieldErrors(self.message, fields)
        buttons, self.save_button = dialog_buttons(self, self.save, reject=self.close)
        self.save_button.setText(self.tr("Save draft"))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.timer = QTimer(self, singleShot=True, interval=SKETCH_DELAY_MS)
        self.timer.timeout.connect(self.redraw)
        self.measurements.changed.connect(self.timer.start)
        self.closed.toggled.connect(lambda _on: self.timer.start())
        self._layout(buttons)
        self._load()
        self.redraw()
        self.mark_clean()

    def _layout(self, buttons: QWidget) -> None:
        parcel = QFormLayout()
        parcel.addRow(self.tr("Parcel"), self.parcel)
        where = QHBoxLayout()
        where.addWidget(self.village)
        where.addWidget(self.group)
        where.addWidget(self.location, 1)
        parcel.addRow(self.tr("Village"), where)
        kind = QHBoxLayout()
        kind.addWidget(self.land_type)
        kind.addWidget(QLabel(self.tr("Area")))
        kind.addWidget(self.area)
        kind.addWidget(QLabel(self.tr("Certificate")))
        kind.addWidget(self.certificate, 1)
        parcel.addRow(self.tr("Land type"), kind)
        sides = QGridLayout()
        words = (self.tr("East"), self.tr("South"), self.tr("West"), self.tr("North"))
        for index, (key, label) in enumerate(zip(self.sides, words, strict=True)):
            sides.addWidget(QLabel(label), index // 2, (index % 2) * 2)
            sides.addWidget(self.sides[key], index // 2, (index % 2) * 2 + 1)
        parcel.addRow(self.tr("四至"), sides)
        parcel.addRow(self.tr("Reference point"), self.reference)
        measuring = QGroupBox(
            self.tr("Tape measurements (from the reference point, one leg a row)")
        )
        table_and_sketch = QHBoxLayout(measuring)
        left = QVBoxLayout()
        left.addWidget(self.closed)
        left.addWidget(self.measurements, 1)
        left.addWidget(self.problems)
        table_and_sketch.addLayout(left, 3)
        table_and_sketch.addWidget(self.sketch, 2)
        rest = QFormLayout()
        rest.addRow(self.tr("The line in words"), self.agreed_line)
        rest.addRow(self.tr("Markers set"), self.markers)
        rest.addRow(self.tr("Crops, structures"), self.crops)
        rest.addRow(self.tr("Who bears which cost"), self.costs)
        rest.addRow(self.tr("Parties"), self.parties)
        rest.addRow(self.tr("Witnesses"), self.witnesses)
        rest.addRow(self.tr("Measured on"), self.measured_on)
        rest.addRow(self.tr("Dispute"), self.case)
        rest.addRow(self.tr("Photos"), self.photos)
        body = QVBoxLayout()
        body.addLayout(parcel)
        body.addWidget(measuring)
        body.addLayout(rest)
        body.addWidget(self.missing)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 700)

    def _village_changed(self) -> None:
        chosen = self.group.currentData()
        while self.group.count() > 1:
            self.group.removeItem(1)
        for group_id, name in self.groups.get(self.village.currentData(), []):
            self.group.addItem(name, group_id)
        select_value(self.group, chosen)

    def redraw(self) -> None:
        """The sketch from the rows as typed; a row that cannot be drawn is tinted and said."""
        data = self.current_input()
        result = sketch_of(data)
        self.sketch.show_geometry(result.geometry)
        bad = {p.row for p in result.problems if p.row is not None}
        rows = self.measurements.filled_rows()
        self.measurements.table.blockSignals(True)  # a tint is not an edit
        for index, row in enumerate(rows):
            for column in range(self.measurements.table.columnCount()):
                item = self.measurements.table.item(row, column)
                if item is not None:
                    item.setBackground(BAD_ROW if index in bad else QColor("white"))
        self.measurements.table.blockSignals(False)
        said = [str(p) for p in result.problems] + [str(w) for w in result.warnings]
        if result.geometry is not None and not result.problems:
            said += [
                self.tr("Closes on %1 within %2 m (allowed %3 m).")
                .replace("%1", c.point)
                .replace("%2", f"{c.error_m:.2f}")
                .replace("%3", f"{c.tolerance_m:.2f}")
                for c in result.geometry.closures
            ]
        self.problems.setText("\n".join(said) if data.measurements else "")
        self.problems.setStyleSheet("color: #c0392b;" if result.problems else "color: #1e7b34;")

    def _load(self) -> None:
        if self.agreement_id is None:
            self.measured_on.setText(self.ctx.today().isoformat())
            select_value(self.case, self.dispute_id)
            return
        try:
            form = load_boundary_form(self.ctx, self.agreement_id)
        except ServiceError as exc:
            self.errors.show(exc.message)
            return
        d = form.data
        self.photos.show_agreement(self.agreement_id)
        select_value(self.case, d.dispute_id)
        self.parcel.setText(d.parcel_name)
        select_value(self.village, d.village_id)
        self._village_changed()
        select_value(self.group, d.group_id)
        self.location.setText(d.location)
        select_value(self.land_type, d.land_type)
        self.area.setText(d.area_mu)
        self.certificate.setText(d.certificate_no)
        for key, edit in self.sides.items():
            edit.setText(getattr(d, key))
        self.reference.setText(d.reference_point)
        self.closed.setChecked(d.closed_parcel)
        self.measurements.set_rows(d.measurements)
        self.agreed_line.setPlainText(d.agreed_line)
        self.markers.set_rows(d.markers)
        self.crops.setPlainText(d.crops)
        self.costs.setPlainText(d.costs)
        self.parties.set_parties(
            tuple(CaseParty(p.person_id, p.side) for p in d.parties), form.party_names
        )
        self.witnesses.set_rows(d.witnesses)
        self.measured_on.setText(d.measured_on)
        locked = form.status is not AgreementStatus.DRAFT
        self.save_button.setEnabled(not locked)
        if locked:
            self.missing.setText(self.tr("Finalised: go back to draft to change it."))
        elif form.missing:
            self.missing.setText(
                self.tr("Still missing before it can be finalised:\n%1").replace(
                    "%1", "\n".join(f"· {m}" for m in form.missing)
                )
            )

    def current_input(self) -> BoundaryInput:
        return BoundaryInput(
            parcel_name=self.parcel.text(),
            village_id=self.village.currentData(),
            group_id=self.group.currentData(),
            location=self.location.text(),
            land_type=self.land_type.currentData(),
            area_mu=self.area.text(),
            certificate_no=self.certificate.text(),
            east=self.sides["east"].text(),
            south=self.sides["south"].text(),
            west=self.sides["west"].text(),
            north=self.sides["north"].text(),
            reference_point=self.reference.text(),
            closed_parcel=self.closed.isChecked(),
            measurements=self.measurements.rows(),
            agreed_line=self.agreed_line.toPlainText(),
            markers=self.markers.rows(),
            crops=self.crops.toPlainText(),
            costs=self.costs.toPlainText(),
            parties=tuple(PartyInput(p.person_id, p.side) for p in self.parties.parties()),
            witnesses=self.witnesses.rows(),
            measured_on=self.measured_on.text(),
            dispute_id=self.case.currentData(),
        )

    def save(self) -> None:
        self.commit_open_edits()
        data = self.current_input()
        try:
            self.agreement_id = save_boundary(self.ctx, data, self.agreement_id)
        except ServiceError as exc:
            field = getattr(exc, "field", None) or ""
            self.errors.show(exc.message, field.split(".")[0])
            if field.startswith("measurements."):
                mark_invalid(self.measurements.table, True)
            return
        self.mark_clean(data)
        self.saved.emit(self.agreement_id)
        self.accept()
