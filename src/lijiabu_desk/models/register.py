"""户 and 人: households, the master index of people, and home visits."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin, code_enum
from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex, VisitPurpose

if TYPE_CHECKING:
    from lijiabu_desk.models.places import Village, VillageGroup
    from lijiabu_desk.models.services_log import ContactCard
    from lijiabu_desk.models.station import Officer


class Household(RecordMixin, Base):
    """户. The head is the member whose relation is ``Relation.HEAD``."""

    __tablename__ = "households"

    household_no: Mapped[str] = mapped_column(String(30), unique=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("village_groups.id"), index=True)
    house_no: Mapped[str] = mapped_column(String(20), default="")
    address_detail: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    phone2: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    village: Mapped[Village] = relationship(back_populates="households")
    group: Mapped[VillageGroup | None] = relationship()
    members: Mapped[list[Person]] = relationship(back_populates="household")
    tags: Mapped[list[HouseholdTag]] = relationship(
        back_populates="household", cascade="all, delete-orphan"
    )
    visits: Mapped[list[HomeVisit]] = relationship(back_populates="household")
    contact_cards: Mapped[list[ContactCard]] = relationship(back_populates="household")


class HouseholdTag(RecordMixin, Base):
    """A care tag on a household: 空巢老人, 留守儿童, 行动不便, 低保 …"""

    __tablename__ = "household_tags"
    __table_args__ = (UniqueConstraint("household_id", "tag"),)

    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    tag: Mapped[str] = mapped_column(String(20))

    household: Mapped[Household] = relationship(back_populates="tags")


class Person(RecordMixin, Base):
    """人: a resident (with household and relation) or an outsider (no household)."""

    __tablename__ = "persons"
    # The people list: active, not retired, in pinyin order — read without a sort.
    __table_args__ = (Index("ix_persons_list_order", "status", "deleted_at", "name_keys"),)

    name: Mapped[str] = mapped_column(String(40), index=True)
    # Pinyin search keys ("zhangxiaoming zxm …"), computed when the person is saved
    # (services.pinyin_keys); the search index is fed from this column by triggers.
    name_keys: Mapped[str] = mapped_column(String(400), default="", server_default="")
    sex: Mapped[Sex | None] = mapped_column(code_enum(Sex))
    ethnicity: Mapped[str] = mapped_column(String(10), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    id_issue_date: Mapped[date | None] = mapped_column(Date)
    id_expiry_date: Mapped[date | None] = mapped_column(Date, index=True)
    id_long_term: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_home_service: Mapped[bool] = mapped_column(Boolean, default=False)
    home_service_reason: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    occupation: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    origin: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    relation: Mapped[Relation | None] = mapped_column(code_enum(Relation))
    status: Mapped[ResidentStatus] = mapped_column(
        code_enum(ResidentStatus), default=ResidentStatus.ACTIVE
    )
    left_on: Mapped[date | None] = mapped_column(Date)
    left_reason: Mapped[str] = mapped_column(String(200), default="")
    # 国家反诈中心 app: the day an officer saw it installed on this person's phone (None: not
    # known to be installed).
    anti_fraud_app_on: Mapped[date | None] = mapped_column(Date)
    # A record found to be the same person as another and merged into it (retired with it).
    # No foreign-key constraint: adding one would rebuild the whole persons table on upgrade;
    # the merge service is the only writer and checks the id.
    merged_into_id: Mapped[int | None] = mapped_column(Integer)

    household: Mapped[Household | None] = relationship(back_populates="members")


class HomeVisit(RecordMixin, Base):
    """入户走访."""

    __tablename__ = "home_visits"

    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    purpose_kind: Mapped[VisitPurpose] = mapped_column(
        code_enum(VisitPurpose), default=VisitPurpose.ROUTINE, server_default="routine"
    )
    purpose: Mapped[str] = mapped_column(String(200), default="")  # in words, as typed
    # A dispute spotted on the visit and registered from it.
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    anti_fraud_app_installed: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_card_handed: Mapped[bool] = mapped_column(Boolean, default=False)
    id_photo_taken: Mapped[bool] = mapped_column(Boolean, default=False)

    household: Mapped[Household] = relationship(back_populates="visits")
    officers: Mapped[list[HomeVisitOfficer]] = relationship(
        back_populates="visit", cascade="all, delete-orphan"
    )
    people: Mapped[list[HomeVisitPerson]] = relationship(
        back_populates="visit", cascade="all, delete-orphan"
    )


class HomeVisitOfficer(RecordMixin, Base):
    """An officer who took part in a home visit."""

    __tablename__ = "home_visit_officers"
    __table_args__ = (UniqueConstraint("visit_id", "officer_id"),)

    visit_id: Mapped[int] = mapped_column(ForeignKey("home_visits.id"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)

    visit: Mapped[HomeVisit] = relationship(back_populates="officers")
    officer: Mapped[Officer] = relationship()


class HomeVisitPerson(RecordMixin, Base):
    """A member the visit did something for: the anti-fraud app installed on their phone, the
    photo taken for their ID card's renewal."""

    __tablename__ = "home_visit_people"
    __table_args__ = (UniqueConstraint("visit_id", "person_id"),)

    visit_id: Mapped[int] = mapped_column(ForeignKey("home_visits.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    app_installed: Mapped[bool] = mapped_column(Boolean, default=False)
    id_photo_taken: Mapped[bool] = mapped_column(Boolean, default=False)

    visit: Mapped[HomeVisit] = relationship(back_populates="people")
    person: Mapped[Person] = relationship()


class IdRenewal(RecordMixin, Base):
    """上门办证: an ID card renewed for someone at home, step by step — the photo taken (on a
    visit), the application sent to the county, the new card delivered with its expiry."""

    __tablename__ = "id_renewals"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    photo_taken_on: Mapped[date | None] = mapped_column(Date)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("home_visits.id"))
    application_sent_on: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    new_expiry_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()


class PersonMerge(RecordMixin, Base):
    """合并重复人员: one merge, with everything needed to undo it as one step.

    ``moves`` is JSON: each link moved to the survivor as [table, row id, column] (or retired,
    when moving it would duplicate the survivor's own: [table, row id, column, "retired"]);
    ``survivor_before`` and ``merged_before`` are JSON {"before": {...}, "after": {...}} of each
    record's columns (services/register/merge.py). ``undone_at`` is set when it was undone."""

    __tablename__ = "person_merges"

    survivor_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    moves: Mapped[str] = mapped_column(Text, default="[]")
    survivor_before: Mapped[str] = mapped_column(Text, default="{}")
    merged_before: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
