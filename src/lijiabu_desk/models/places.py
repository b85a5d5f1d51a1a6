"""行政村 and their groups (社/组)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lijiabu_desk.models.base import Base, RecordMixin

if TYPE_CHECKING:
    from lijiabu_desk.models.register import Household
    from lijiabu_desk.models.station import Officer


class Village(RecordMixin, Base):
    """行政村, with the village head and the security mediator the post works with."""

    __tablename__ = "villages"

    name: Mapped[str] = mapped_column(String(40), unique=True)
    head_name: Mapped[str] = mapped_column(String(40), default="")
    head_phone: Mapped[str] = mapped_column(String(20), default="")
    mediator_name: Mapped[str] = mapped_column(String(40), default="")
    mediator_phone: Mapped[str] = mapped_column(String(20), default="")
    # 责任民警: the officer on the village's contact cards (none set: the chief's).
    responsible_officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))

    responsible_officer: Mapped[Officer | None] = relationship()

    groups: Mapped[list[VillageGroup]] = relationship(
        back_populates="village", order_by="VillageGroup.number"
    )
    households: Mapped[list[Household]] = relationship(back_populates="village")


class VillageGroup(RecordMixin, Base):
    """社 / 组 inside a village, numbered (一社 = 1)."""

    __tablename__ = "village_groups"
    __table_args__ = (UniqueConstraint("village_id", "number"),)

    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(20))

    village: Mapped[Village] = relationship(back_populates="groups")
