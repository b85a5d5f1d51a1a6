"""回访: the follow-up visits due in a period, and whether they were made on time.

Counting rules. A visit counts in the period its planned day (``due_on``) falls in: ``on_time``
when it was made on or before that day (``visited_on <= due_on``), ``late`` when after it,
``pending`` (still due) while it has not been made. ``due`` is all three. A visit recorded
without a plan has its own day as ``due_on`` and so counts as on time. A cancelled visit (retired
when its case was closed), a visit of a retired agreement and one of a retired case count
nowhere; the village is the case's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Integer, Subquery, func, literal, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Agreement, Dispute, FollowUp
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.statistics.common import flag, on_day_in, read
from lijiabu_desk.services.statistics.periods import Period


class FollowUpFigure(StrEnum):
    DUE = "due"  # 应回访
    ON_TIME = "on_time"  # 按期回访
    LATE = "late"  # 逾期回访
    PENDING = "pending"  # 尚未回访


FOLLOW_UP_LABELS: dict[FollowUpFigure, str] = {
    FollowUpFigure.DUE: "应回访",
    FollowUpFigure.ON_TIME: "按期回访",
    FollowUpFigure.LATE: "逾期回访",
    FollowUpFigure.PENDING: "尚未回访",
}


@dataclass(frozen=True)
class FollowUpFigures:
    due: int
    on_time: int
    late: int
    pending: int

    @property
    def on_time_rate(self) -> float | None:
        """按期回访率: on time / visits made; None when none was made."""
        made = self.on_time + self.late
        return self.on_time / made if made else None

    def figure(self, figure: FollowUpFigure) -> int:
        return int(getattr(self, figure.value))


def _rows(period: Period, village_id: int | None) -> Subquery:
    stmt = (
        select(
            FollowUp.id.label("id"),
            literal(1, Integer).label(FollowUpFigure.DUE.value),
            flag(FollowUp.visited_on <= FollowUp.due_on).label(FollowUpFigure.ON_TIME.value),
            flag(FollowUp.visited_on > FollowUp.due_on).label(FollowUpFigure.LATE.value),
            flag(FollowUp.visited_on.is_(None)).label(FollowUpFigure.PENDING.value),
        )
        .join(Agreement, Agreement.id == FollowUp.agreement_id)
        .join(Dispute, Dispute.id == Agreement.dispute_id)
        .where(
            FollowUp.deleted_at.is_(None),
            Agreement.deleted_at.is_(None),
            Dispute.deleted_at.is_(None),
            on_day_in(FollowUp.due_on, period),
        )
    )
    if village_id is not None:
        stmt = stmt.where(Dispute.village_id == village_id)
    return stmt.subquery()


def follow_ups_in(session: Session, period: Period, village_id: int | None) -> FollowUpFigures:
    rows = _rows(period, village_id)
    sums = [func.coalesce(func.sum(rows.c[f.value]), 0) for f in FollowUpFigure]
    found = session.execute(select(*sums)).one()
    return FollowUpFigures(*(int(v) for v in found))


def follow_up_figures(
    ctx: ServiceContext, period: Period, village_id: int | None = None
) -> FollowUpFigures:
    """The follow-up visits due in ``period``: made on time, made late, still due."""
    return read(ctx, lambda s: follow_ups_in(s, period, village_id))


def follow_up_ids(
    ctx: ServiceContext, period: Period, village_id: int | None = None, *, figure: FollowUpFigure
) -> list[int]:
    """The follow-up visits (``follow_ups.id``) behind a figure."""

    def ids(session: Session) -> list[int]:
        rows = _rows(period, village_id)
        stmt = select(rows.c.id).where(rows.c[figure.value] > 0).order_by(rows.c.id)
        return list(session.scalars(stmt))

    return read(ctx, ids)
