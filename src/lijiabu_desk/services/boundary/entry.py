"""地界协议: the record as the form holds it, and saving a draft.

A draft may be saved half-filled (the officer types it in the field and finishes at the
station); only the measurements are checked at once, row by row, because a table that cannot
make a sketch is wrong whatever else is missing. Finalising asks for everything (``check``).
The post records a mediated line; it does not decide title to land.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from lijiabu_desk.documents.sketch import MeasurementRow, SketchResult, compute_sketch
from lijiabu_desk.models import (
    BoundaryAgreement,
    BoundaryMarker,
    BoundaryMeasurement,
    BoundaryParty,
    BoundaryWitness,
    Dispute,
    Officer,
    Person,
    Village,
    VillageGroup,
)
from lijiabu_desk.models.enums import AgreementStatus, LandType, MarkerKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.common import coerce_codes, optional_date
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.text_rules import column_text
from lijiabu_desk.services.validation import check_not_future

AREA_MAX_MU = 100_000.0


@dataclass(frozen=True)
class PartyInput:
    person_id: int
    side: str = ""  # "甲方", "乙方" …; empty: by order


@dataclass(frozen=True)
class MeasurementInput:
    from_point: str
    to_point: str
    direction: str  # a bearing or 东南西北 as typed (see documents.directions)
    distance: str  # metres as typed
    note: str = ""


@dataclass(frozen=True)
class MarkerInput:
    kind: MarkerKind
    count: int = 1
    location: str = ""

    def __post_init__(self) -> None:
        coerce_codes(self, kind=MarkerKind)


@dataclass(frozen=True)
class WitnessInput:
    role: str  # 派出所所长, 村委会主任, 调解员, 其他
    name: str
    officer_id: int | None = None


@dataclass(frozen=True)
class BoundaryInput:
    parcel_name: str
    village_id: int | None = None
    group_id: int | None = None
    location: str = ""
    land_type: LandType | None = None
    area_mu: str = ""  # as typed
    certificate_no: str = ""
    east: str = ""
    south: str = ""
    west: str = ""
    north: str = ""
    reference_point: str = ""
    closed_parcel: bool = False
    measurements: tuple[MeasurementInput, ...] = ()
    agreed_line: str = ""  # the line in words
    markers: tuple[MarkerInput, ...] = ()
    crops: str = ""
    costs: str = ""
    parties: tuple[PartyInput, ...] = ()
    witnesses: tuple[WitnessInput, ...] = ()
    measured_on: str = ""
    dispute_id: int | None = None

    def __post_init__(self) -> None:
        coerce_codes(self, land_type=LandType)


SIDES = ("甲方", "乙方", "丙方", "丁方")


def _distance(text: str, row: int) -> float | None:
    cleaned = text.strip().replace("米", "").replace("m", "").replace("，", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise ValidationError(
            f"丈量表第{row + 1}行：距离“{text.strip()}”不是数字，请填写米数（如 12.5）。",
            f"measurements.{row}",
        ) from None


def sketch_of(data: BoundaryInput) -> SketchResult:
    """The sketch the measurements make (problems and all), for the form as it is typed."""
    rows = [
        MeasurementRow(m.from_point, m.to_point, m.direction, _distance(m.distance, i), m.note)
        for i, m in enumerate(data.measurements)
    ]
    reference = data.measurements[0].from_point if data.measurements else None
    return compute_sketch(rows, reference, closed=data.closed_parcel)


def check_measurements(data: BoundaryInput) -> SketchResult:
    """Refuse a table that cannot make a sketch, at its first bad row (all are listed)."""
    result = sketch_of(data)
    if result.problems:
        first = result.problems[0]
        field = f"measurements.{first.row}" if first.row is not None else "measurements"
        lines = "\n".join(str(p) for p in result.problems)
        raise ValidationError(f"丈量表有误，画不出示意图：\n{lines}", field)
    return result


def _area(text: str) -> float | None:
    cleaned = text.strip().removesuffix("亩").strip()
    if not cleaned:
        return None
    try:
        area = float(cleaned)
    except ValueError:
        raise ValidationError("面积请填写亩数（如 1.5），不知道可以不填。", "area_mu") from None
    if not 0 < area <= AREA_MAX_MU:
        raise ValidationError("面积应大于0亩。", "area_mu")
    return area


def _live(session: Session, model: type, record_id: int | None, message: str, field: str) -> None:
    if record_id is None:
        return
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise ValidationError(message, field)


def load_boundary(session: Session, agreement_id: int) -> BoundaryAgreement:
    agreement = session.get(BoundaryAgreement, agreement_id)
    if agreement is None or agreement.deleted_at is not None:
        raise NotFoundError("找不到这份地界协议，可能已被注销。")
    return agreement


def _apply(session: Session, a: BoundaryAgreement, data: BoundaryInput) -> None:
    a.parcel_name = column_text("boundary_agreements", "parcel_name", data.parcel_name.strip())
    a.location = column_text("boundary_agreements", "location", data.location.strip())
    a.village_id, a.group_id, a.land_type = data.village_id, data.group_id, data.land_type
    a.area_mu = _area(data.area_mu)
    a.certificate_no = column_text(
        "boundary_agreements", "certificate_no", data.certificate_no.strip()
    )
    for side in ("east", "south", "west", "north"):
        setattr(a, side, column_text("boundary_agreements", side, getattr(data, side).strip()))
    a.reference_point = column_text(
        "boundary_agreements", "reference_point", data.reference_point.strip()
    )
    a.closed_parcel = data.closed_parcel
    a.agreed_line, a.crops, a.costs = (
        data.agreed_line.strip(),
        data.crops.strip(),
        data.costs.strip(),
    )
    a.dispute_id = data.dispute_id
    # The old rows go first: a row keeps its place (a unique position) in the new table.
    a.measurements, a.markers, a.parties, a.witnesses = [], [], [], []
    session.flush()
    a.measurements = [
        BoundaryMeasurement(
            position=i + 1,
            from_point=m.from_point.strip(),
            to_point=m.to_point.strip(),
            direction=m.direction.strip(),
            distance_m=_distance(m.distance, i) or 0.0,
            note=m.note.strip(),
        )
        for i, m in enumerate(data.measurements)
    ]
    a.markers = [
        BoundaryMarker(kind=m.kind, count=max(m.count, 1), location=m.location.strip())
        for m in data.markers
    ]
    seen: set[int] = set()
    parties = []
    for index, p in enumerate(data.parties):
        if p.person_id in seen:
            raise ValidationError("同一个人只能作为一方当事人。", "parties")
        seen.add(p.person_id)
        side = p.side.strip() or SIDES[min(index, len(SIDES) - 1)]
        parties.append(BoundaryParty(person_id=p.person_id, side=side))
    a.parties = parties
    a.witnesses = [
        BoundaryWitness(role=w.role.strip(), name=w.name.strip(), officer_id=w.officer_id)
        for w in data.witnesses
        if w.name.strip() or w.officer_id is not None
    ]


def save_boundary(ctx: ServiceContext, data: BoundaryInput, agreement_id: int | None = None) -> int:
    """Save a draft (new, or the draft ``agreement_id``); returns its id. An empty measurement
    table is fine in a draft; a table with rows must make a sketch."""
    if data.measurements:
        check_measurements(data)
    _area(data.area_mu)
    measured = optional_date(data.measured_on, field="measured_on", label="丈量日期")
    if measured is not None:
        check_not_future(measured, today=ctx.today(), field="measured_on", label="丈量日期")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        _live(session, Village, data.village_id, "所选行政村不存在，请重新选择。", "village_id")
        _live(session, VillageGroup, data.group_id, "所选村民小组不存在。", "group_id")
        _live(session, Dispute, data.dispute_id, "所选纠纷不存在，请重新选择。", "dispute_id")
        for p in data.parties:
            _live(session, Person, p.person_id, "所选当事人在人员库中找不到。", "parties")
        for w in data.witnesses:
            _live(session, Officer, w.officer_id, "所选见证民警不存在。", "witnesses")
        if agreement_id is None:
            agreement = BoundaryAgreement(status=AgreementStatus.DRAFT)
            session.add(agreement)
        else:
            agreement = load_boundary(session, agreement_id)
            if agreement.status is not AgreementStatus.DRAFT:
                raise ValidationError(
                    "协议已定稿，不能再修改。如需改动，请先退回草稿（已签署的不能退回）。",
                    "status",
                )
        _apply(session, agreement, data)
        agreement.measured_on = measured
        session.flush()
        return agreement.id
