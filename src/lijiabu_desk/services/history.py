"""Reading the audit trail: one record's history, and the administrator's filtered view/export."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from lijiabu_desk.db.private_files import reason_for, write_private
from lijiabu_desk.models import AuditEntry, Base
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.field_values import actor_label, column_value, detail_value
from lijiabu_desk.services.identity import mask_id_number
from lijiabu_desk.services.labels import action_label, field_label, table_label
from lijiabu_desk.services.permissions import Permission, allows, require
from lijiabu_desk.services.spreadsheet import escape_cell
from lijiabu_desk.services.validation import mask_phone


@dataclass(frozen=True)
class Change:
    """One field of an entry, in words. ``old`` is set only for a change of a value."""

    field: str
    old: str
    new: str
    changed: bool = True

    @property
    def text(self) -> str:
        if not self.changed:
            return f"{self.field}：{self.new or self.old or '（空）'}"
        return f"{self.field}：{self.old or '（空）'} → {self.new or '（空）'}"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str  # the account's user name, or 系统 for the program's own
    action: str
    table: str  # the kind of record (矛盾纠纷, 人员 …)
    record_id: int | None
    changes: tuple[Change, ...]

    @property
    def record(self) -> str:
        """The record the entry is about: "矛盾纠纷（编号 3）"."""
        if self.record_id is None:
            return self.table
        return f"{self.table}（编号 {self.record_id}）"

    @property
    def summary(self) -> str:
        return "；".join(c.text for c in self.changes)


#: Actions whose entry lists a record's values, not a change of them.
_VALUES_ONLY = frozenset({Action.CREATE, Action.DELETE})
#: Columns the program computes from another one shown beside them (the pinyin of the name).
_DERIVED = frozenset({("persons", "name_keys")})


def _hide_number(key: str, value: object) -> object:
    """An ID number or phone as the lists show it to a role that may not see it whole."""
    if not isinstance(value, str) or not value:
        return value
    if key == "id_number":
        return mask_id_number(value)
    if key == "phone" or key.endswith("_phone"):
        return mask_phone(value)
    if key in MERGE_SNAPSHOTS:  # a merge's copy of both records holds their numbers whole
        return "（含身份证号码等，已隐藏）"
    return value


#: Columns of ``person_merges`` that keep whole person records (ID numbers, phones) as JSON.
MERGE_SNAPSHOTS = frozenset({"survivor_before", "merged_before"})


def _changes(
    entry: AuditEntry, data: dict[str, object], *, masked: bool = False
) -> tuple[Change, ...]:
    """Fields in the order the record's table has them; an event's details after. ``masked``
    hides ID numbers and phones the way lists do (for a role without full numbers)."""
    table = entry.table_name
    columns = Base.metadata.tables.get(table)
    order = (
        {name: n for n, name in enumerate(columns.columns.keys())} if columns is not None else {}
    )
    changes: list[Change] = []
    for key in sorted(data, key=lambda k: (order.get(k, len(order)), k)):
        value = data[key]
        if (table, key) in _DERIVED:
            continue
        if isinstance(value, list) and len(value) == 2 and key in order:
            if masked:
                value = [_hide_number(key, v) for v in value]
            old, new = (column_value(table, key, v) for v in value)
            if not (old or new):
                continue  # empty before and after: nothing to read
            label = field_label(key, table)
            if entry.action in _VALUES_ONLY:
                changes.append(Change(label, "", new or old, changed=False))
            else:
                changes.append(Change(label, old, new))
        else:
            changes.append(Change(field_label(key), "", detail_value(key, value), changed=False))
    return tuple(changes)


def audit_row(entry: AuditEntry, *, masked: bool = False) -> AuditRow:
    try:
        data = json.loads(entry.changes or "{}")
    except ValueError:
        data = {}
    return AuditRow(
        entry.id,
        entry.at,
        actor_label(entry.actor, entry.account_id),
        action_label(entry.action),
        table_label(entry.table_name),
        entry.record_id,
        _changes(entry, data if isinstance(data, dict) else {}, masked=masked),
    )


def record_history(ctx: ServiceContext, table: str, record_id: int) -> list[AuditRow]:
    """A record's History tab: every entry about it, oldest first. A role that may not see full
    ID numbers and phones sees them masked here too, as on the form (the trail holds them
    whole)."""
    masked = not allows(ctx.actor, Permission.VIEW_FULL_ID)
    with ctx.read(Permission.VIEW_RECORDS) as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id)
        )
        return [audit_row(e, masked=masked) for e in entries]


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
    """Write the filtered entries to a CSV file Excel opens (UTF-8 with BOM), whole or not at
    all and readable by its owner only; the export itself is audited. Cells that Excel would run
    as formulas are escaped."""
    require(ctx.actor, Permission.EXPORT)
    rows = search_audit(ctx, f)

    def write(handle: BinaryIO) -> None:
        out = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
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
        out.flush()
        out.detach()  # the handle stays open for write_private to sync and close

    try:
        write_private(Path(target), write)
    except OSError as exc:
        raise ServiceError(f"导出没有完成：无法写入 {target}（{reason_for(exc)}）。") from exc
    with ctx.write(Permission.EXPORT) as session:
        record_event(
            session,
            ctx.actor,
            Action.EXPORT,
            details={"what": "audit", "rows": len(rows), "file": str(target)},
        )
    return len(rows)
