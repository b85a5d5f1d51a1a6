"""The post itself, its staff, and the per-year counters behind document numbers."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lijiabu_desk.models.base import Base, RecordMixin, code_enum
from lijiabu_desk.models.enums import DocumentKind, OfficerRole


class Station(RecordMixin, Base):
    """派出所设置. One row; everything printed reads its header from here."""

    __tablename__ = "stations"

    name: Mapped[str] = mapped_column(String(80))
    county_bureau: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    duty_phone: Mapped[str] = mapped_column(String(20), default="")
    chief_name: Mapped[str] = mapped_column(String(40), default="")
    chief_phone: Mapped[str] = mapped_column(String(20), default="")
    mediation_committee: Mapped[str] = mapped_column(String(80), default="")
    seal_text: Mapped[str] = mapped_column(String(80), default="")
    anti_fraud_phone: Mapped[str] = mapped_column(String(20), default="96110")
    # Document-number prefixes, as in "（2026）安李人调字第12号".
    prefix_peoples_mediation: Mapped[str] = mapped_column(String(20), default="")
    prefix_police_mediation: Mapped[str] = mapped_column(String(20), default="")
    prefix_dispute_case: Mapped[str] = mapped_column(String(20), default="")
    prefix_boundary: Mapped[str] = mapped_column(String(20), default="")


class Officer(RecordMixin, Base):
    """民警 / 辅警 / 所长."""

    __tablename__ = "officers"

    name: Mapped[str] = mapped_column(String(40))
    badge_no: Mapped[str] = mapped_column(String(20), default="")
    role: Mapped[OfficerRole] = mapped_column(code_enum(OfficerRole))
    phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DocumentCounter(Base):
    """Last number issued for one kind of document in one year.

    Incremented inside the transaction that saves the numbered record, so numbers have no gaps
    and no duplicates (see ``services.numbering``). Counters are bookkeeping, not records: no uid,
    never retired.
    """

    __tablename__ = "document_counters"

    kind: Mapped[DocumentKind] = mapped_column(code_enum(DocumentKind), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
