"""联席会议: township government, 综治中心, police, 司法所 and court meeting together."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin

if TYPE_CHECKING:
    from lijiabu_desk.models.disputes import Dispute


class JointMeeting(RecordMixin, Base):
    __tablename__ = "joint_meetings"

    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    # Numbered when its minutes are first printed: "（2026）安李联字第3号".
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    convener: Mapped[str] = mapped_column(String(80), default="", server_default="")
    # Older records kept the topics and decisions as free text; new ones use ``agenda``.
    topics: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")

    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    action_items: Mapped[list[MeetingActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    agenda: Mapped[list[MeetingTopic]] = relationship(
        back_populates="meeting",
        order_by="MeetingTopic.position",
        cascade="all, delete-orphan",
    )


class MeetingTopic(RecordMixin, Base):
    """One topic of a meeting with its decision, and the dispute it is about, if any."""

    __tablename__ = "meeting_topics"
    __table_args__ = (UniqueConstraint("meeting_id", "position"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("joint_meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id"), index=True)
    decision: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[JointMeeting] = relationship(back_populates="agenda")
    dispute: Mapped[Dispute | None] = relationship()


class MeetingAttendee(RecordMixin, Base):
    __tablename__ = "meeting_attendees"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("joint_meetings.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(40), default="")

    meeting: Mapped[JointMeeting] = relationship(back_populates="attendees")


class MeetingActionItem(RecordMixin, Base):
    __tablename__ = "meeting_action_items"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("joint_meetings.id"), index=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_topics.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(80), default="")  # the unit
    owner_person: Mapped[str] = mapped_column(String(40), default="", server_default="")
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    meeting: Mapped[JointMeeting] = relationship(back_populates="action_items")
    topic: Mapped[MeetingTopic | None] = relationship()
