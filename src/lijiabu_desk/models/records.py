"""Attachments to any record, and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lijiabu_desk.models.base import Base, RecordMixin, new_uid, now


class Attachment(RecordMixin, Base):
    """A file kept with a record (a photo of a signed agreement, a sketch).

    ``owner_table``/``owner_id`` point at any record; the bytes live in the database so that a
    backup of the one file is a backup of everything.
    """

    __tablename__ = "attachments"

    owner_table: Mapped[str] = mapped_column(String(40), index=True)
    owner_id: Mapped[int] = mapped_column(Integer, index=True)
    filename: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(80), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    description: Mapped[str] = mapped_column(String(200), default="")


class AuditEntry(Base):
    """审计: who did what to which record, when, and from which value to which.

    Append-only: never updated, never retired (so no ``deleted_at``). ``prev_hash``/``entry_hash``
    chain the entries so that an edit made outside the app shows.
    """

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)
    actor: Mapped[str] = mapped_column(String(40))
    account_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30), index=True)
    table_name: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_uid: Mapped[str] = mapped_column(String(36), default="")
    changes: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="")
