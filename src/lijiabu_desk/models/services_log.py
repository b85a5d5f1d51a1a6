"""Service to villagers: contact cards handed out, service calls, anti-fraud outreach."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin, code_enum
from lijiabu_desk.models.enums import CallKind, FiveSmallAim, Urgency

if TYPE_CHECKING:
    from lijiabu_desk.models.disputes import Dispute
    from lijiabu_desk.models.places import Village
    from lijiabu_desk.models.register import Household, Person
    from lijiabu_desk.models.station import Officer


class ContactCard(RecordMixin, Base):
    """警民连心卡 handed to a household by an officer."""

    __tablename__ = "contact_cards"
    # A household's latest live card (which card is current, in the queue and the statistics)
    # read from the index alone.
    __table_args__ = (
        Index(
            "ix_contact_cards_latest",
            "household_id",
            "issued_on",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Date, index=True)  # the day it was handed over
    # What the card carried, as printed: a later change to any of these makes it out of date.
    printed_badge_no: Mapped[str] = mapped_column(String(20), default="", server_default="")
    printed_officer_phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    printed_duty_phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    printed_chief_phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    printed_anti_fraud_phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    handed_over_by_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))

    household: Mapped[Household | None] = relationship(back_populates="contact_cards")
    officer: Mapped[Officer] = relationship(foreign_keys=[officer_id])
    handed_over_by: Mapped[Officer | None] = relationship(foreign_keys=[handed_over_by_id])


class ServiceCall(RecordMixin, Base):
    """服务求助: a villager's call, who went, and how it ended."""

    __tablename__ = "service_calls"

    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    caller_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    caller_name: Mapped[str] = mapped_column(String(40), default="")
    caller_phone: Mapped[str] = mapped_column(String(20), default="")
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    kind: Mapped[CallKind] = mapped_column(code_enum(CallKind))
    urgency: Mapped[Urgency] = mapped_column(code_enum(Urgency), default=Urgency.NORMAL)
    aim: Mapped[FiveSmallAim | None] = mapped_column(code_enum(FiveSmallAim))
    summary: Mapped[str] = mapped_column(Text, default="")
    # Where help was needed: the village (for the list's filter) and the spot, as told.
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"), index=True)
    place: Mapped[str] = mapped_column(String(200), default="", server_default="")
    responder_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), index=True)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)  # 办结; None: still open
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Every correction of a stamped time, one line each with its reason (services.calls).
    correction_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id"), index=True)

    caller: Mapped[Person | None] = relationship()
    household: Mapped[Household | None] = relationship()
    village: Mapped[Village | None] = relationship()
    responder: Mapped[Officer | None] = relationship()
    dispute: Mapped[Dispute | None] = relationship()


class OutreachEvent(RecordMixin, Base):
    """反诈宣传 / safety outreach."""

    __tablename__ = "outreach_events"

    held_on: Mapped[date] = mapped_column(Date, index=True)
    # The village it was held in (a square, the village committee); None: the market, a school
    # or elsewhere outside one village.
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"), index=True)
    place: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(200), default="")
    people_reached: Mapped[int] = mapped_column(Integer, default=0)
    apps_installed: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    officers: Mapped[list[OutreachOfficer]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class OutreachOfficer(RecordMixin, Base):
    __tablename__ = "outreach_officers"
    __table_args__ = (UniqueConstraint("event_id", "officer_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("outreach_events.id"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)

    event: Mapped[OutreachEvent] = relationship(back_populates="officers")
    officer: Mapped[Officer] = relationship()
