"""The printed 地界协议书's data from the record: parties as on the mediation agreements (masked
for a role that may not see full numbers), the parcel and its 四至, the measurements with the
sketch they make, the markers, the witnesses, and the photos attached to it as an annex."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import object_session

from lijiabu_desk.documents.boundary_data import (
    BoundaryAgreementData,
    BoundaryMarkerLine,
    BoundaryMeasurementLine,
    BoundaryParty,
    BoundaryPhoto,
    BoundaryWitness,
)
from lijiabu_desk.documents.sketch import FourSides, SketchDrawing
from lijiabu_desk.models import Attachment, BoundaryAgreement, Station
from lijiabu_desk.models.enums import AgreementStatus
from lijiabu_desk.services.boundary.entry import BoundaryInput, sketch_of
from lijiabu_desk.services.boundary.workflow import measurement_inputs
from lijiabu_desk.services.field_values import LAND_TYPE_LABELS, MARKER_LABELS
from lijiabu_desk.services.printing.agreement_doc import party_details

#: Under the sketch: it shows the agreed line only.
SKETCH_CAPTION = (
    "本图依据现场丈量数据绘制，只表示双方当事人约定的地界位置，不作为确定土地权属的依据。"
)
PHOTO_TYPES = ("image/jpeg", "image/png")


def _photos(a: BoundaryAgreement) -> tuple[BoundaryPhoto, ...]:
    session = object_session(a)
    if session is None:
        return ()
    found = session.scalars(
        select(Attachment)
        .where(
            Attachment.owner_table == BoundaryAgreement.__tablename__,
            Attachment.owner_id == a.id,
            Attachment.deleted_at.is_(None),
            Attachment.media_type.in_(PHOTO_TYPES),
        )
        .order_by(Attachment.id)
    )
    return tuple(BoundaryPhoto(p.description or p.filename, p.content) for p in found)


def boundary_document(
    a: BoundaryAgreement, station: Station | None, today: date, masked: bool
) -> BoundaryAgreementData:
    on = a.signed_on or a.measured_on or today
    parties = []
    for party in a.parties:
        if party.deleted_at is not None:
            continue
        d = party_details(party.side, party.person, on, masked=masked)
        parties.append(
            BoundaryParty(d.side, d.name, d.sex, d.birth, d.ethnicity, d.address, d.phone,
                          d.id_number)
        )  # fmt: skip
    rows = measurement_inputs(a)
    sides = FourSides(a.east, a.south, a.west, a.north)
    result = sketch_of(
        BoundaryInput(a.parcel_name, measurements=rows, closed_parcel=a.closed_parcel)
    )
    sketch = None
    if rows and result.ok and result.geometry is not None:
        title = f"地界示意图 · {a.village.name if a.village else ''}{a.parcel_name}".rstrip(" ·")
        sketch = SketchDrawing(result.geometry, title, sides, SKETCH_CAPTION)
    draft = a.status is AgreementStatus.DRAFT
    return BoundaryAgreementData(
        station_name=(f"{station.county_bureau}{station.name}" if station else ""),
        number="" if draft else (a.number or ""),
        status_words="草稿" if draft else "",
        village=a.village.name if a.village else "",
        group=a.group.name if a.group else "",
        parcel_name=a.parcel_name,
        location=a.location,
        land_type=LAND_TYPE_LABELS[a.land_type] if a.land_type else "",
        area_mu=f"{a.area_mu:g}" if a.area_mu is not None else "",
        certificate_no=a.certificate_no,
        sides=sides,
        reference_point=a.reference_point,
        agreed_line=a.agreed_line,
        measurements=tuple(
            BoundaryMeasurementLine(m.from_point, m.to_point, m.direction, m.distance_m, m.note)
            for m in a.measurements
            if m.deleted_at is None
        ),
        closed_parcel=a.closed_parcel,
        markers=tuple(
            BoundaryMarkerLine(MARKER_LABELS[m.kind], m.count, m.location)
            for m in a.markers
            if m.deleted_at is None
        ),
        crops=a.crops,
        costs=a.costs,
        parties=tuple(parties),
        witnesses=tuple(
            BoundaryWitness(w.role, w.name or (w.officer.name if w.officer else ""))
            for w in a.witnesses
            if w.deleted_at is None
        ),
        measured_on=a.measured_on,
        signed_on=a.signed_on,
        case_number=a.dispute.case_no if a.dispute else "",
        photos=_photos(a),
        sketch=sketch,
    )
