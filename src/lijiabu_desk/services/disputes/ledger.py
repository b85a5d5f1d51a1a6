"""矛盾纠纷排查化解台账: the cases of the list (same filters, no row limit) as an .xlsx the county
asks for — one row per case with how it went and how it ended.

Parties appear by name only (no ID numbers or phones); every cell is text, formula-like cells
are escaped, the file is written whole or not at all and readable by its owner only
(``write_private``), and the export is audited.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import selectinload

from lijiabu_desk.db.private_files import reason_for, write_private
from lijiabu_desk.models import Agreement, Dispute, DisputeParty
from lijiabu_desk.models.enums import AgreementForm, AgreementStatus
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import place_text
from lijiabu_desk.services.disputes.labels import (
    CATEGORY_LABELS,
    PERFORMANCE_LABELS,
    REFERRAL_LABELS,
    RISK_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
)
from lijiabu_desk.services.disputes.listing import DisputeFilter, matching
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.spreadsheet import escape_cell

HEADERS = ["案件编号", "受理日期", "纠纷类别", "来源", "发生地点", "当事人", "风险等级",
           "办理状态", "办理期限", "调解次数", "处理结果", "协议编号", "履行情况",
           "结案日期"]  # fmt: skip


@dataclass(frozen=True)
class LedgerResult:
    path: Path
    cases: int


def _outcome(d: Dispute) -> tuple[str, str, str]:
    """(result, agreement numbers, performance) of a case, as the ledger states them."""
    signed = sorted(
        (a for a in d.agreements if a.deleted_at is None and a.status is AgreementStatus.SIGNED),
        key=lambda a: a.id,
    )
    if signed:
        first: Agreement = signed[0]
        result = "口头协议" if first.form is AgreementForm.ORAL else "达成书面协议"
        numbers = "、".join(a.number for a in signed if a.number)
        return result, numbers, PERFORMANCE_LABELS[signed[-1].performance]
    if d.failure_reason:
        return f"调解不成：{d.failure_reason}", "", ""
    referrals = [r for r in d.referrals if r.deleted_at is None]
    if referrals:
        r = referrals[-1]
        return f"移交{REFERRAL_LABELS[r.target]}（{r.receiver}）", "", ""
    return "", "", ""


def _row(d: Dispute) -> list[str]:
    result, numbers, performance = _outcome(d)
    parties = "、".join(f"{p.side}{p.person.name}" for p in d.parties if p.deleted_at is None)
    village = d.village.name if d.village is not None else ""
    return [
        d.case_no,
        d.received_at.date().isoformat(),
        CATEGORY_LABELS[d.category],
        SOURCE_LABELS[d.source],
        place_text(d.place_kind, village, d.place_detail),
        parties,
        RISK_LABELS[d.risk_grade],
        STATUS_LABELS[d.status],
        d.deadline.isoformat(),
        str(sum(1 for s in d.sessions if s.deleted_at is None)),
        result,
        numbers,
        performance,
        d.closed_on.isoformat() if d.closed_on else "",
    ]


def export_ledger(
    ctx: ServiceContext, target: Path, f: DisputeFilter | None = None
) -> LedgerResult:
    """Write the cases matching ``f`` (oldest first) to ``target`` (.xlsx)."""
    require(ctx.actor, Permission.EXPORT)
    path = target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx")
    stmt = (
        matching(f or DisputeFilter(), ctx.today())
        .options(
            selectinload(Dispute.parties).selectinload(DisputeParty.person),
            selectinload(Dispute.village),
            selectinload(Dispute.sessions),
            selectinload(Dispute.agreements),
            selectinload(Dispute.referrals),
        )
        .order_by(Dispute.received_at, Dispute.id)
    )
    book = Workbook(write_only=True)
    sheet = book.create_sheet("矛盾纠纷台账")
    sheet.append(HEADERS)
    count = 0
    with ctx.read(Permission.EXPORT) as session:
        for d in session.scalars(stmt):
            sheet.append([escape_cell(value) for value in _row(d)])
            count += 1
    data = io.BytesIO()
    book.save(data)  # finished in memory, so a failed write leaves no sheet open
    try:
        write_private(path, data.getvalue())
    except OSError as exc:
        raise ServiceError(
            f"台账没有导出：无法写入 {path}（{reason_for(exc)}）。"
            "如果文件正在 Excel 中打开，请先关闭。"
        ) from exc
    with ctx.write(Permission.EXPORT) as session:
        record_event(
            session,
            ctx.actor,
            Action.EXPORT,
            details={"what": "disputes", "rows": count, "file": str(path)},
        )
    return LedgerResult(path, count)
