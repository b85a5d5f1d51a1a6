"""矛盾纠纷: the case, its parties and its referral elsewhere."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin, code_enum
from lijiabu_desk.models.enums import (
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    PlaceKind,
    ReferralTarget,
    RiskGrade,
)

if TYPE_CHECKING:
    from lijiabu_desk.models.mediation import Agreement, MediationSession
    from lijiabu_desk.models.places import Village
    from lijiabu_desk.models.register import Person
    from lijiabu_desk.models.station import Officer


class Dispute(RecordMixin, Base):
    """One case, numbered per year ("case_no" is the printed number)."""

    __tablename__ = "disputes"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    case_no: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    category: Mapped[DisputeCategory] = mapped_column(code_enum(DisputeCategory), index=True)
    source: Mapped[DisputeSource] = mapped_column(code_enum(DisputeSource))
    place_kind: Mapped[PlaceKind] = mapped_column(code_enum(PlaceKind))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"), index=True)
    place_detail: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    facts: Mapped[str] = mapped_column(Text, default="")
    risk_grade: Mapped[RiskGrade] = mapped_column(code_enum(RiskGrade), default=RiskGrade.ORDINARY)
    status: Mapped[DisputeStatus] = mapped_column(
        code_enum(DisputeStatus), default=DisputeStatus.REGISTERED, index=True
    )
    deadline: Mapped[date] = mapped_column(Date)
    failure_reason: Mapped[str] = mapped_column(Text, default="")
    # When mediation fails: the routes still open to the parties (诉讼, 仲裁, 行政处理 …).
    open_routes: Mapped[str] = mapped_column(Text, default="", server_default="")
    closing_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    # What the mediation is judged to have prevented, counted in the county's figures:
    # 防止民转刑 (a quarrel that would have become a crime) and 防止群体性上访.
    prevented_crime: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    prevented_petition: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false()
    )

    village: Mapped[Village | None] = relationship()
    received_by: Mapped[Officer | None] = relationship()
    parties: Mapped[list[DisputeParty]] = relationship(
        back_populates="dispute", order_by="DisputeParty.position", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[MediationSession]] = relationship(
        back_populates="dispute", order_by="MediationSession.held_at"
    )
    agreements: Mapped[list[Agreement]] = relationship(back_populates="dispute")
    referrals: Mapped[list[Referral]] = relationship(back_populates="dispute")


class DisputeParty(RecordMixin, Base):
    """A party to a case: a person from the index, on a side, with what they ask for."""

    __tablename__ = "dispute_parties"
    __table_args__ = (UniqueConstraint("dispute_id", "person_id"),)

    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    side: Mapped[str] = mapped_column(String(10), default="甲方")
    demand: Mapped[str] = mapped_column(Text, default="")
    # A minor party's guardian (法定监护人), who signs beside the minor.
    guardian_name: Mapped[str] = mapped_column(String(40), default="", server_default="")
    guardian_relation: Mapped[str] = mapped_column(String(20), default="", server_default="")

    dispute: Mapped[Dispute] = relationship(back_populates="parties")
    person: Mapped[Person] = relationship()


class Referral(RecordMixin, Base):
    """移交: the case handed to another body."""

    __tablename__ = "referrals"

    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id"), index=True)
    referred_on: Mapped[date] = mapped_column(Date)
    target: Mapped[ReferralTarget] = mapped_column(code_enum(ReferralTarget))
    receiver: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    dispute: Mapped[Dispute] = relationship(back_populates="referrals")
