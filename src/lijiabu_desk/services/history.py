"""Reading the audit trail: one record's history, and the administrator's filtered view/export."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from lijiabu_desk.models import AuditEntry
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.labels import action_label, field_label, table_label
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.spreadsheet import escape_cell


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    table: str
    record_id: int | None
    changes: tuple[Change, ...]

    @property
    def summary(self) -> str:
        return "；".join(
            f"{c.field}：{c.old or '（空）'} → {c.new or '（空）'}" for c in self.changes
        )


ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$")


def _text(value: object) -> str:
    """A stored value as an officer reads it: 是/否, times without the ISO 'T', counts summed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict):
        if value and all(isinstance(v, int) for v in value.values()):
            return f"共 {sum(value.values())} 条记录"
        return "，".join(f"{field_label(str(k))}：{_text(v)}" for k, v in value.items())
    text = str(value)
    match = ISO_TIME.match(text)
    return f"{match.group(1)} {match.group(2)}" if match else text


def audit_row(entry: AuditEntry) -> AuditRow:
    try:
        data = json.loads(entry.changes or "{}")
    except ValueError:
        data = {}
    changes: list[Change] = []
    for key, value in sorted(data.items()):
        if isinstance(value, list) and len(value) == 2:
            changes.append(Change(field_label(key), _text(value[0]), _text(value[1])))
        else:
            changes.append(Change(field_label(key), "", _text(value)))
    return AuditRow(
        entry.id,
        entry.at,
        entry.actor,
        action_label(entry.action),
        table_label(entry.table_name),
        entry.record_id,
        tuple(changes),
    )


def record_history(ctx: ServiceContext, table: str, record_id: int) -> list[AuditRow]:
    """A record's History tab: every entry about it, oldest first."""
    with ctx.read(Permission.VIEW_RECORDS) as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id)
        )
        return [audit_row(e) for e in entries]


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    table: str = ""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 2000


def search_audit(ctx: ServiceContext, f: AuditFilter) -> list[AuditRow]:
    """The administrator's audit viewer: newest first, filtered."""
    with ctx.read(Permission.VIEW_AUDIT) as session:
        stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(f.limit)
        if f.actor:
            stmt = stmt.where(AuditEntry.actor == f.actor)
        if f.action:
            stmt = stmt.where(AuditEntry.action == f.action)
        if f.table:
            stmt = stmt.where(AuditEntry.table_name == f.table)
        if f.since:
            stmt = stmt.where(AuditEntry.at >= f.since)
        if f.until:
            stmt = stmt.where(AuditEntry.at <= f.until)
        return [audit_row(e) for e in session.scalars(stmt)]


def audit_actors(ctx: ServiceContext) -> list[str]:
    with ctx.read(Permission.VIEW_AUDIT) as session:
        return list(session.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor)))


def export_audit_csv(ctx: ServiceContext, f: AuditFilter, target: Path) -> int:
    """Write the filtered entries to a CSV file Excel opens (UTF-8 with BOM); the export itself
    is audited. Cells that Excel would run as formulas are escaped."""
    require(ctx.actor, Permission.EXPORT)
    rows = search_audit(ctx, f)
    try:
        with Path(target).open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["编号", "时间", "账号", "操作", "对象", "记录编号", "内容"])
            for r in rows:
                writer.writerow(
                    [
                        r.id,
                        f"{r.at:%Y-%m-%d %H:%M:%S}",
                        escape_cell(r.actor),
                        r.action,
                        r.table,
                        r.record_id or "",
                        escape_cell(r.summary),
                    ]
                )
    except OSError as exc:
        raise ServiceError(f"导出没有完成：无法写入 {target}（{exc.strerror or exc}）。") from exc
    with ctx.write(Permission.EXPORT) as session:
        record_event(
            session,
            ctx.actor,
            Action.EXPORT,
            details={"what": "audit", "rows": len(rows), "file": str(target)},
        )
    return len(rows)
