"""地界协议: an agreed field boundary with its measurements, markers, parties and witnesses.

The post records a mediated line; it does not decide title to land.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin, code_enum
from lijiabu_desk.models.enums import AgreementStatus, LandType, MarkerKind

if TYPE_CHECKING:
    from lijiabu_desk.models.disputes import Dispute
    from lijiabu_desk.models.places import Village, VillageGroup
    from lijiabu_desk.models.register import Person
    from lijiabu_desk.models.station import Officer


class BoundaryAgreement(RecordMixin, Base):
    __tablename__ = "boundary_agreements"

    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id"), index=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("village_groups.id"))
    parcel_name: Mapped[str] = mapped_column(String(80), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    land_type: Mapped[LandType | None] = mapped_column(code_enum(LandType))
    area_mu: Mapped[float | None] = mapped_column(Float)  # 亩, where known
    # 土地承包经营权证号, where there is one
    certificate_no: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # The measurements go round the parcel and close on the first point (checked: the
    # closing error must be within tolerance); otherwise they run along one line.
    closed_parcel: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    east: Mapped[str] = mapped_column(String(80), default="")
    south: Mapped[str] = mapped_column(String(80), default="")
    west: Mapped[str] = mapped_column(String(80), default="")
    north: Mapped[str] = mapped_column(String(80), default="")
    reference_point: Mapped[str] = mapped_column(String(200), default="")
    agreed_line: Mapped[str] = mapped_column(Text, default="")
    crops: Mapped[str] = mapped_column(Text, default="")  # crops or structures affected
    costs: Mapped[str] = mapped_column(Text, default="", server_default="")  # who bears which cost
    measured_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[AgreementStatus] = mapped_column(
        code_enum(AgreementStatus), default=AgreementStatus.DRAFT
    )

    dispute: Mapped[Dispute | None] = relationship()
    village: Mapped[Village | None] = relationship()
    group: Mapped[VillageGroup | None] = relationship()
    parties: Mapped[list[BoundaryParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan"
    )
    measurements: Mapped[list[BoundaryMeasurement]] = relationship(
        back_populates="agreement",
        order_by="BoundaryMeasurement.position",
        cascade="all, delete-orphan",
    )
    markers: Mapped[list[BoundaryMarker]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan"
    )
    witnesses: Mapped[list[BoundaryWitness]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan"
    )


class BoundaryParty(RecordMixin, Base):
    __tablename__ = "boundary_parties"
    __table_args__ = (UniqueConstraint("agreement_id", "person_id"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("boundary_agreements.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    side: Mapped[str] = mapped_column(String(10), default="甲方")

    agreement: Mapped[BoundaryAgreement] = relationship(back_populates="parties")
    person: Mapped[Person] = relationship()


class BoundaryMeasurement(RecordMixin, Base):
    """One tape measurement: from a point, along a direction, a distance in metres."""

    __tablename__ = "boundary_measurements"
    __table_args__ = (UniqueConstraint("agreement_id", "position"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("boundary_agreements.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    from_point: Mapped[str] = mapped_column(String(80))
    to_point: Mapped[str] = mapped_column(String(80), default="")
    direction: Mapped[str] = mapped_column(String(20), default="")
    distance_m: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(200), default="")

    agreement: Mapped[BoundaryAgreement] = relationship(back_populates="measurements")


class BoundaryMarker(RecordMixin, Base):
    __tablename__ = "boundary_markers"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("boundary_agreements.id"), index=True)
    kind: Mapped[MarkerKind] = mapped_column(code_enum(MarkerKind))
    count: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    location: Mapped[str] = mapped_column(String(200), default="")

    agreement: Mapped[BoundaryAgreement] = relationship(back_populates="markers")


class BoundaryWitness(RecordMixin, Base):
    """见证人: station chief, village head, mediator …"""

    __tablename__ = "boundary_witnesses"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("boundary_agreements.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(40))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))

    agreement: Mapped[BoundaryAgreement] = relationship(back_populates="witnesses")
    officer: Mapped[Officer | None] = relationship()
