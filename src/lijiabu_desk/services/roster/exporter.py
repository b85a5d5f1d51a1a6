"""Exporting the register (or one village) to .xlsx, as a roster a village keeps.

ID numbers and phones are masked unless the officer asks for full numbers and is allowed to see
them; every cell is text (no ID number ever becomes 6.21102E+17), and cells that Excel would run
as formulas (= + - @) are escaped. The file is written whole or not at all and readable by its
owner only (``write_private``); the export itself is audited.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from lijiabu_desk.db.private_files import reason_for, write_private
from lijiabu_desk.models import Household, Person
from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.identity import mask_id_number
from lijiabu_desk.services.labels import RELATION_LABELS, SEX_LABELS, STATUS_LABELS
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.spreadsheet import escape_cell
from lijiabu_desk.services.validation import mask_phone

HEADERS = ["户号", "姓名", "与户主关系", "性别", "民族", "公民身份号码", "出生日期", "联系电话",
           "现住址", "状态", "备注"]  # fmt: skip


@dataclass(frozen=True)
class ExportResult:
    path: Path
    people: int


def export_register(
    ctx: ServiceContext, target: Path, *, village_id: int | None = None, full_numbers: bool = False
) -> ExportResult:
    require(ctx.actor, Permission.EXPORT)
    if full_numbers:
        require(ctx.actor, Permission.VIEW_FULL_ID)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("户籍人口")
    ws.append(HEADERS)
    count = 0
    with ctx.read(Permission.EXPORT) as session:
        stmt = (
            select(Household)
            .where(Household.deleted_at.is_(None))
            .options(
                selectinload(Household.members),
                selectinload(Household.village),
                selectinload(Household.group),
            )
            .order_by(Household.household_no)
        )
        if village_id is not None:
            stmt = stmt.where(Household.village_id == village_id)
        for h in session.scalars(stmt):
            address = f"{h.village.name}{h.group.name if h.group else ''}{h.house_no}"
            for p in sorted(h.members, key=lambda m: (m.relation is None, m.id)):
                if p.deleted_at is not None:
                    continue
                ws.append([escape_cell(str(v)) for v in _row(h, p, address, full_numbers)])
                count += 1
    data = io.BytesIO()
    wb.save(data)  # finished in memory, so a failed write leaves no sheet open
    try:
        write_private(target, data.getvalue())
    except OSError as exc:
        raise ServiceError(f"导出没有完成：无法写入 {target}（{reason_for(exc)}）。") from exc
    with ctx.write(Permission.EXPORT) as session:
        record_event(
            session,
            ctx.actor,
            Action.EXPORT,
            details={"what": "register", "rows": count, "file": str(target), "full": full_numbers},
        )
    return ExportResult(Path(target), count)


def _row(h: Household, p: Person, address: str, full: bool) -> list[str]:
    number = p.id_number or ""
    return [
        h.household_no,
        p.name,
        RELATION_LABELS.get(p.relation, "") if p.relation else "",
        SEX_LABELS.get(p.sex, "") if p.sex else "",
        p.ethnicity,
        number if full or not number else mask_id_number(number),
        p.birth_date.isoformat() if p.birth_date else "",
        p.phone if full or not p.phone else mask_phone(p.phone),
        address,
        STATUS_LABELS.get(p.status, "") if p.status != ResidentStatus.ACTIVE else "",
        p.notes,
    ]
