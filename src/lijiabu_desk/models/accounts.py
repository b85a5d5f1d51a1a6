"""Login accounts. An account usually belongs to an officer; its role sets what it may do."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin, code_enum
from lijiabu_desk.models.enums import AccountRole

if TYPE_CHECKING:
    from lijiabu_desk.models.station import Officer


class Account(RecordMixin, Base):
    __tablename__ = "accounts"

    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40), default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    role: Mapped[AccountRole] = mapped_column(code_enum(AccountRole))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)

    officer: Mapped[Officer | None] = relationship()
