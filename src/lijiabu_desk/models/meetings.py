"""联席会议: township government, 综治中心, police, 司法所 and court meeting together."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin


class JointMeeting(RecordMixin, Base):
    __tablename__ = "joint_meetings"

    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")

    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    action_items: Mapped[list[MeetingActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


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
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(80), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)

    meeting: Mapped[JointMeeting] = relationship(back_populates="action_items")
