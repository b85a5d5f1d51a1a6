"""调解: sessions with their panel, agreements with numbered terms, and follow-up visits."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin, code_enum
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    FollowUpMethod,
    PanelRole,
    Performance,
    Satisfaction,
)

if TYPE_CHECKING:
    from lijiabu_desk.models.disputes import Dispute
    from lijiabu_desk.models.register import Person
    from lijiabu_desk.models.station import Officer


class MediationSession(RecordMixin, Base):
    """调解记录: one sitting."""

    __tablename__ = "mediation_sessions"

    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id"), index=True)
    held_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # statistics by period
    place: Mapped[str] = mapped_column(String(200), default="")
    statements: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")

    dispute: Mapped[Dispute] = relationship(back_populates="sessions")
    participants: Mapped[list[SessionParticipant]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class SessionParticipant(RecordMixin, Base):
    """Someone at a sitting in a panel role: an officer, a person from the index, or a name."""

    __tablename__ = "session_participants"

    session_id: Mapped[int] = mapped_column(ForeignKey("mediation_sessions.id"), index=True)
    role: Mapped[PanelRole] = mapped_column(code_enum(PanelRole))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    name: Mapped[str] = mapped_column(String(40), default="")
    organisation: Mapped[str] = mapped_column(String(80), default="")

    session: Mapped[MediationSession] = relationship(back_populates="participants")
    officer: Mapped[Officer | None] = relationship()
    person: Mapped[Person | None] = relationship()


class Agreement(RecordMixin, Base):
    """调解协议: written (协议书) or oral, 人民调解 or 治安调解."""

    __tablename__ = "agreements"

    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id"), index=True)
    kind: Mapped[AgreementKind] = mapped_column(code_enum(AgreementKind))
    form: Mapped[AgreementForm] = mapped_column(code_enum(AgreementForm))
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    facts: Mapped[str] = mapped_column(Text, default="")
    points_in_dispute: Mapped[str] = mapped_column(Text, default="")
    responsibility: Mapped[str] = mapped_column(Text, default="")
    performance_method: Mapped[str] = mapped_column(Text, default="")
    performance_place: Mapped[str] = mapped_column(String(200), default="")
    performance_deadline: Mapped[date | None] = mapped_column(Date)
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    mediator_name: Mapped[str] = mapped_column(String(40), default="")
    recorder_name: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[AgreementStatus] = mapped_column(
        code_enum(AgreementStatus), default=AgreementStatus.DRAFT
    )
    signed_on: Mapped[date | None] = mapped_column(Date, index=True)  # statistics by period
    performance: Mapped[Performance] = mapped_column(
        code_enum(Performance), default=Performance.PENDING
    )
    supplements_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"))
    # The parties want to apply jointly for judicial confirmation (30 days from signing).
    judicial_confirmation: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false()
    )
    # 治安调解: when and where the incident happened, and who else was present (witnesses …).
    incident_at: Mapped[datetime | None] = mapped_column(DateTime)
    incident_place: Mapped[str] = mapped_column(String(200), default="", server_default="")
    others_present: Mapped[str] = mapped_column(Text, default="", server_default="")

    dispute: Mapped[Dispute] = relationship(back_populates="agreements")
    mediator: Mapped[Officer | None] = relationship()
    terms: Mapped[list[AgreementTerm]] = relationship(
        back_populates="agreement", order_by="AgreementTerm.position", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="agreement")
    supplements: Mapped[Agreement | None] = relationship(remote_side="Agreement.id")


class AgreementTerm(RecordMixin, Base):
    """One numbered term; ``amount_fen`` holds money in 分 so sums are exact."""

    __tablename__ = "agreement_terms"
    __table_args__ = (UniqueConstraint("agreement_id", "position"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    amount_fen: Mapped[int | None] = mapped_column(Integer)
    due_on: Mapped[date | None] = mapped_column(Date)

    agreement: Mapped[Agreement] = relationship(back_populates="terms")


class FollowUp(RecordMixin, Base):
    """回访: planned (``due_on``) and, once made, recorded (``visited_on`` …)."""

    __tablename__ = "follow_ups"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    visited_on: Mapped[date | None] = mapped_column(Date)
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    visited_person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    performance: Mapped[Performance | None] = mapped_column(code_enum(Performance))
    findings: Mapped[str] = mapped_column(Text, default="")
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    # How the visit was made and what the parties said of the outcome (None: not recorded,
    # as on visits made before these were asked).
    method: Mapped[FollowUpMethod | None] = mapped_column(code_enum(FollowUpMethod))
    satisfaction: Mapped[Satisfaction | None] = mapped_column(code_enum(Satisfaction))

    agreement: Mapped[Agreement] = relationship(back_populates="follow_ups")
    visitor: Mapped[Officer | None] = relationship()
    visited_person: Mapped[Person | None] = relationship()
