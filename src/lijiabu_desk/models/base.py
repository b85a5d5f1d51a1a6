"""Declarative base, naming convention and the columns every record carries.

Times are stored as naive local time: the post works in one time zone (Asia/Shanghai) and
officers read the database's times as wall-clock times on their forms.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Enum, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints make Alembic batch migrations on SQLite reproducible.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uid() -> str:
    return str(uuid.uuid4())


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def code_enum(enum_cls: type[enum.Enum]) -> Enum:
    """Store a StrEnum by its value, as plain text without a CHECK constraint.

    Services validate values; leaving out the constraint lets a later release add a value
    without rebuilding the table.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class RecordMixin:
    """Integer id, stable UUID, creation/update times and soft retirement."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    @property
    def is_retired(self) -> bool:
        return self.deleted_at is not None

    def __repr__(self) -> str:
        extra: dict[str, Any] = {}
        for key in ("name", "number", "case_no", "household_no"):
            if key in self.__dict__:
                extra[key] = self.__dict__[key]
        return f"<{type(self).__name__} id={self.__dict__.get('id')} {extra}>"
