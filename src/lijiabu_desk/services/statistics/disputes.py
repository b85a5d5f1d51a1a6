"""The dispute table (矛盾纠纷排查化解): per category, what was found, taken, mediated and settled.

Counting rules. Every case counts in its own category (the one it has now) and, for each figure,
in exactly one period; a retired case (``deleted_at``) counts nowhere, and a village filter
keeps the cases whose place is in that village (cases at the market or the station have none).

* 排查 ``found``: every case received (``received_at``) in the period, whatever its source.
* 受理 ``taken``: of those, the cases brought to the post — ``TAKEN_SOURCES``: a party's
  application, a call, the market mediation point, the village committee's report, a case
  assigned from above. The rest, ``self_found`` (主动排查发现), are the ones the post found by
  its own 排查 (patrol, home visit): ``found == taken + self_found``.
* 成功 ``succeeded``: a case whose agreement was signed — or, oral, recorded — in the period.
  The agreement counted is the case's first live signed agreement that is not a supplement
  (补充协议); a draft, a finalised-but-unsigned or a retired agreement counts nowhere, and a
  supplement does not count the case again. ``written`` and ``oral`` split ``succeeded`` by
  that agreement's form; 涉及金额 ``amount_fen`` sums the amounts (分) of its live terms.
* 调处 ``mediated``: a case is counted once, in the period of its mediation: a settled case in
  the period it succeeded (so every success of a period is also one of its mediations and the
  success rate never passes 100%); any other case in the period of its first live sitting
  (调解记录); a case recorded as 调解不成 without any sitting in the period it was received (the
  failure's own day is not stored). A case neither sat nor settled nor failed is not mediated.
  A case that sat in one month and settles in a later one therefore moves, once settled, from
  the first month's 调处 to the later month's: figures are counted from the records as they
  stand.
* 成功率 ``success_rate``: succeeded / mediated of the same period; None when nothing was
  mediated.
* 移交 ``referred``: a case counted in the period of its first live referral.
* 防止民转刑 / 防止群体性上访 ``prevented_crime`` / ``prevented_petition``: cases so flagged,
  counted in the period they were received, like ``found``.

Each figure is a query of one row per counted case (its id, category, month and the figure's
column), so that a count is ``sum`` over those rows and a drill-down lists the same rows' ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Subquery,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from lijiabu_desk.models import Agreement, AgreementTerm, Dispute, MediationSession, Referral
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementStatus,
    DisputeCategory,
    DisputeSource,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.labels import CATEGORY_LABELS
from lijiabu_desk.services.statistics.common import (
    at_time_in,
    flag,
    month_of,
    on_day_in,
    read,
)
from lijiabu_desk.services.statistics.periods import Period

#: Sources of cases brought to the post (受理); every other source is the post's own 排查.
TAKEN_SOURCES: frozenset[DisputeSource] = frozenset(
    {
        DisputeSource.APPLICATION,
        DisputeSource.CALL,
        DisputeSource.MARKET_POINT,
        DisputeSource.VILLAGE_REPORT,
        DisputeSource.ASSIGNED,
    }
)
SELF_FOUND_SOURCES: frozenset[DisputeSource] = frozenset(set(DisputeSource) - TAKEN_SOURCES)

TOTAL_LABEL = "合计"


class DisputeFigure(StrEnum):
    FOUND = "found"  # 排查
    TAKEN = "taken"  # 受理
    SELF_FOUND = "self_found"  # 主动排查发现
    MEDIATED = "mediated"  # 调处
    SUCCEEDED = "succeeded"  # 成功
    WRITTEN = "written"  # 书面协议
    ORAL = "oral"  # 口头协议
    AMOUNT = "amount_fen"  # 涉及金额（分）: a sum, not a count
    REFERRED = "referred"  # 移交
    PREVENTED_CRIME = "prevented_crime"  # 防止民转刑
    PREVENTED_PETITION = "prevented_petition"  # 防止群体性上访


FIGURE_LABELS: dict[DisputeFigure, str] = {
    DisputeFigure.FOUND: "排查",
    DisputeFigure.TAKEN: "受理",
    DisputeFigure.SELF_FOUND: "主动排查发现",
    DisputeFigure.MEDIATED: "调处",
    DisputeFigure.SUCCEEDED: "成功",
    DisputeFigure.WRITTEN: "书面协议",
    DisputeFigure.ORAL: "口头协议",
    DisputeFigure.AMOUNT: "涉及金额",
    DisputeFigure.REFERRED: "移交",
    DisputeFigure.PREVENTED_CRIME: "防止民转刑",
    DisputeFigure.PREVENTED_PETITION: "防止群体性上访",
}


@dataclass(frozen=True)
class DisputeRow:
    """One category's figures (``category`` None: the totals row)."""

    category: DisputeCategory | None
    label: str
    found: int = 0
    taken: int = 0
    self_found: int = 0
    mediated: int = 0
    succeeded: int = 0
    written: int = 0
    oral: int = 0
    amount_fen: int = 0
    referred: int = 0
    prevented_crime: int = 0
    prevented_petition: int = 0

    @property
    def success_rate(self) -> float | None:
        """成功率: succeeded / mediated; None when nothing was mediated."""
        return self.succeeded / self.mediated if self.mediated else None

    def figure(self, figure: DisputeFigure) -> int:
        return int(getattr(self, figure.value))


@dataclass(frozen=True)
class DisputeTable:
    rows: tuple[DisputeRow, ...]  # every category, in the enum's order, zero rows included
    total: DisputeRow

    def row(self, category: DisputeCategory) -> DisputeRow:
        return next(r for r in self.rows if r.category is category)


# --- one row per counted case ----------------------------------------------------------------


def _live(village_id: int | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Dispute.deleted_at.is_(None)]
    if village_id is not None:
        where.append(Dispute.village_id == village_id)
    return where


def _one(figure: DisputeFigure) -> ColumnElement[int]:
    return literal(1, Integer).label(figure.value)


def _received(period: Period, village_id: int | None) -> Subquery:
    return (
        select(
            Dispute.id.label("id"),
            Dispute.category.label("category"),
            month_of(Dispute.received_at).label("month"),
            _one(DisputeFigure.FOUND),
            flag(Dispute.source.in_(TAKEN_SOURCES)).label(DisputeFigure.TAKEN.value),
            flag(Dispute.source.in_(SELF_FOUND_SOURCES)).label(DisputeFigure.SELF_FOUND.value),
            flag(Dispute.prevented_crime.is_(True)).label(DisputeFigure.PREVENTED_CRIME.value),
            flag(Dispute.prevented_petition.is_(True)).label(
                DisputeFigure.PREVENTED_PETITION.value
            ),
        )
        .where(*_live(village_id), *at_time_in(Dispute.received_at, period))
        .subquery()
    )


def _counted(agreement: Any) -> tuple[ColumnElement[bool], ...]:
    """An agreement that can settle its case: live, signed, not a supplement."""
    return (
        agreement.deleted_at.is_(None),
        agreement.status == AgreementStatus.SIGNED,
        agreement.supplements_id.is_(None),
        agreement.signed_on.is_not(None),
    )


def _first_counted(agreement: Any) -> ColumnElement[bool]:
    """``agreement`` is its case's counted agreement: no other counted agreement of the case
    was signed before it (or on the same day with a lower id)."""
    other = aliased(Agreement)
    earlier = or_(
        other.signed_on < agreement.signed_on,
        and_(other.signed_on == agreement.signed_on, other.id < agreement.id),
    )
    return ~exists().where(other.dispute_id == agreement.dispute_id, *_counted(other), earlier)


def _settled_in(period: Period, village_id: int | None, *columns: Any) -> Select[Any]:
    """The cases settled in the period, joined to their counted agreement."""
    return (
        select(Dispute.id.label("id"), Dispute.category.label("category"), *columns)
        .join(Agreement, Agreement.dispute_id == Dispute.id)
        .where(*_live(village_id), *_counted(Agreement), on_day_in(Agreement.signed_on, period))
        .where(_first_counted(Agreement))
    )


def _settled(period: Period, village_id: int | None) -> Subquery:
    amount = (
        select(func.sum(AgreementTerm.amount_fen))
        .where(AgreementTerm.agreement_id == Agreement.id, AgreementTerm.deleted_at.is_(None))
        .scalar_subquery()
    )
    return _settled_in(
        period,
        village_id,
        month_of(Agreement.signed_on).label("month"),
        _one(DisputeFigure.SUCCEEDED),
        flag(Agreement.form == AgreementForm.WRITTEN).label(DisputeFigure.WRITTEN.value),
        flag(Agreement.form == AgreementForm.ORAL).label(DisputeFigure.ORAL.value),
        amount.label(DisputeFigure.AMOUNT.value),
    ).subquery()


def _unsettled() -> ColumnElement[bool]:
    """The case has no counted agreement, whenever signed."""
    return ~exists().where(Agreement.dispute_id == Dispute.id, *_counted(Agreement))


def _mediated(period: Period, village_id: int | None) -> Subquery:
    """Three disjoint sets: the cases settled in the period; unsettled cases whose first live
    sitting is in it; unsettled cases recorded as failed, never sat, received in it."""
    one = _one(DisputeFigure.MEDIATED)
    settled = _settled_in(period, village_id, month_of(Agreement.signed_on).label("month"), one)
    sat = (
        select(MediationSession.dispute_id, func.min(MediationSession.held_at).label("held_at"))
        .where(MediationSession.deleted_at.is_(None))
        .where(*at_time_in(MediationSession.held_at, period))
        .group_by(MediationSession.dispute_id)
        .subquery()
    )
    before = aliased(MediationSession)
    first_sat = (
        select(Dispute.id, Dispute.category, month_of(sat.c.held_at), one)
        .join(sat, sat.c.dispute_id == Dispute.id)
        .where(*_live(village_id), _unsettled())
        .where(
            ~exists().where(
                before.dispute_id == Dispute.id,
                before.deleted_at.is_(None),
                before.held_at < period.first_moment,
            )
        )
    )
    failed = (
        select(Dispute.id, Dispute.category, month_of(Dispute.received_at), one)
        .where(*_live(village_id), *at_time_in(Dispute.received_at, period))
        .where(Dispute.failure_reason != "", _unsettled())
        .where(
            ~exists().where(
                MediationSession.dispute_id == Dispute.id, MediationSession.deleted_at.is_(None)
            )
        )
    )
    return union_all(settled, first_sat, failed).subquery()


def _referred(period: Period, village_id: int | None) -> Subquery:
    first = (
        select(Referral.dispute_id, func.min(Referral.referred_on).label("referred_on"))
        .where(Referral.deleted_at.is_(None))
        .group_by(Referral.dispute_id)
        .subquery()
    )
    return (
        select(
            Dispute.id.label("id"),
            Dispute.category.label("category"),
            month_of(first.c.referred_on).label("month"),
            _one(DisputeFigure.REFERRED),
        )
        .join(first, first.c.dispute_id == Dispute.id)
        .where(*_live(village_id), on_day_in(first.c.referred_on, period))
        .subquery()
    )


Family = Callable[[Period, int | None], Subquery]

#: Each query and the figures it counts.
FAMILIES: tuple[tuple[Family, tuple[DisputeFigure, ...]], ...] = (
    (
        _received,
        (
            DisputeFigure.FOUND,
            DisputeFigure.TAKEN,
            DisputeFigure.SELF_FOUND,
            DisputeFigure.PREVENTED_CRIME,
            DisputeFigure.PREVENTED_PETITION,
        ),
    ),
    (_mediated, (DisputeFigure.MEDIATED,)),
    (
        _settled,
        (DisputeFigure.SUCCEEDED, DisputeFigure.WRITTEN, DisputeFigure.ORAL, DisputeFigure.AMOUNT),
    ),
    (_referred, (DisputeFigure.REFERRED,)),
)
_FAMILY_OF: dict[DisputeFigure, Family] = {f: fam for fam, figures in FAMILIES for f in figures}


# --- counting ---------------------------------------------------------------------------------

#: (figure, category, "2026-11") → count (or amount in 分).
DisputeTally = dict[tuple[DisputeFigure, DisputeCategory, str], int]


def tally_disputes(session: Session, period: Period, village_id: int | None) -> DisputeTally:
    """Every dispute figure of the period by category and month: one grouped query a family."""
    tally: DisputeTally = defaultdict(int)
    for family, figures in FAMILIES:
        rows = family(period, village_id)
        sums = [func.coalesce(func.sum(rows.c[f.value]), 0) for f in figures]
        stmt = select(rows.c.category, rows.c.month, *sums).group_by(rows.c.category, rows.c.month)
        for category, month_key, *values in session.execute(stmt):
            for figure, value in zip(figures, values, strict=True):
                tally[(figure, category, month_key)] += int(value)
    return tally


def table_from(tally: DisputeTally) -> DisputeTable:
    by_category: dict[DisputeCategory, dict[str, int]] = {
        c: defaultdict(int) for c in DisputeCategory
    }
    for (figure, category, _month), value in tally.items():
        by_category[category][figure.value] += value
    rows = tuple(
        DisputeRow(category, CATEGORY_LABELS[category], **by_category[category])
        for category in DisputeCategory
    )
    sums = {
        f.name: sum(getattr(r, f.name) for r in rows)
        for f in fields(DisputeRow)
        if f.name not in ("category", "label")
    }
    return DisputeTable(rows, DisputeRow(None, TOTAL_LABEL, **sums))


def dispute_table(
    ctx: ServiceContext, period: Period, village_id: int | None = None
) -> DisputeTable:
    """The dispute figures of ``period`` per category, with the totals row."""
    return read(ctx, lambda s: table_from(tally_disputes(s, period, village_id)))


def dispute_ids_in(
    session: Session,
    period: Period,
    village_id: int | None,
    figure: DisputeFigure,
    category: DisputeCategory | None = None,
) -> list[int]:
    rows = _FAMILY_OF[figure](period, village_id)
    stmt = select(rows.c.id).where(rows.c[figure.value] > 0)
    if category is not None:
        stmt = stmt.where(rows.c.category == category)
    return list(session.scalars(stmt.order_by(rows.c.id)))


def dispute_ids(
    ctx: ServiceContext,
    period: Period,
    village_id: int | None = None,
    *,
    figure: DisputeFigure,
    category: DisputeCategory | None = None,
) -> list[int]:
    """The cases behind a figure (of one category, or of all), by id. For ``AMOUNT`` they are
    the settled cases whose agreement names an amount."""
    return read(ctx, lambda s: dispute_ids_in(s, period, village_id, figure, category))
