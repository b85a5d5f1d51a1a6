"""Records against their trail: does each row still hold what the audit trail last recorded?

The hash chain (``services.audit``) proves that the trail was not edited; it says nothing about
the records themselves. A value changed or a row deleted with an outside SQLite tool leaves no
entry, so here the trail is replayed (each record's values at creation, then every later change)
and compared with the rows as they are now.

Left out, as the audit leaves them out: ids, creation and update times, password hashes and the
login bookkeeping (recorded as events). A value the trail never recorded must be empty or the
column's default (a bulk insert fills defaults the entry does not list; a migration that adds a
column fills older rows with its server default). Dates, times, flags and blobs are compared in
one form (``_norm``).

Rows written in bulk by the demo carry no entry of their own: the demo's one ``bulk`` entry
counts them per table. Those rows are accounted for by their ids (a row removed or added outside
the app shows as a gap or a stray id); their values can only be compared where a later change
recorded them. The trail is read once, in id order, and every table once: a database of 100,000
people whose every row has its own entry is checked in a few seconds.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Column, DateTime, Float, Integer, LargeBinary, String
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import False_, TextClause, True_

from lijiabu_desk.models.base import Base
from lijiabu_desk.services.audit import (
    EVENT_COLUMNS,
    SECRET_COLUMNS,
    UNAUDITED_TABLES,
    UNTRACKED_COLUMNS,
    Action,
)
from lijiabu_desk.services.identity import mask_id_number
from lijiabu_desk.services.labels import field_label, table_label
from lijiabu_desk.services.validation import mask_phone

#: Columns never compared: the audit leaves them out or records them only as events.
SKIPPED_COLUMNS = UNTRACKED_COLUMNS | EVENT_COLUMNS | SECRET_COLUMNS
ROW_ACTIONS = frozenset(
    a.value for a in (Action.CREATE, Action.UPDATE, Action.RETIRE, Action.REINSTATE)
)
#: How many record ids a finding about many rows names.
SHOWN_IDS = 5
_MISSING = object()

Queryable = sqlite3.Connection | Connection | Session


def query_rows(conn: Queryable, sql: str) -> Iterable[tuple[Any, ...]]:
    """Rows of ``sql`` as the driver returns them, from whichever kind of connection."""
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql)
    if isinstance(conn, Session):
        conn = conn.connection()
    return conn.exec_driver_sql(sql)


@dataclass(frozen=True)
class Finding:
    """One disagreement between a record and its trail, as a Chinese sentence."""

    table: str
    record_id: int | None
    field: str
    message: str


@dataclass(frozen=True)
class TrailReport:
    records: int
    entries: int
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not self.findings

    def summary(self, limit: int = 20) -> str:
        if self.ok:
            return f"{self.records} 条记录与审计记录一致（核对审计记录 {self.entries} 条）"
        shown = "；".join(f.message for f in self.findings[:limit])
        more = f"；等共 {len(self.findings)} 处" if len(self.findings) > limit else ""
        return (
            f"有 {len(self.findings)} 处记录与审计记录不符，可能被绕过本程序改动过：{shown}{more}"
        )


@dataclass(slots=True)
class _Trail:
    """What the trail says about one record."""

    created: bool
    uid: str = ""
    gone: bool = False
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Replay:
    entries: int = 0
    records: dict[str, dict[int, _Trail]] = field(default_factory=lambda: defaultdict(dict))
    bulk: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fills: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: Rows without a creation entry that the trail deleted (a bulk row removed in the app).
    bulk_deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _changes(text: str | None) -> dict[str, Any]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _new_values(text: str | None) -> dict[str, Any]:
    """The new side of each ``field: [old, new]`` pair."""
    data = _changes(text)
    try:
        return {key: pair[1] for key, pair in data.items()}
    except (TypeError, KeyError, IndexError):  # an entry not written by this program
        return {k: p[1] for k, p in data.items() if isinstance(p, list) and len(p) == 2}


_CREATE, _DELETE, _BULK = Action.CREATE.value, Action.DELETE.value, Action.BULK.value
_READ_TRAIL = (
    "SELECT action, table_name, record_id, record_uid, changes FROM audit_entries"
    " WHERE action IN ({}) AND (record_id IS NOT NULL OR action = '{}') ORDER BY id"
).format(", ".join(f"'{a}'" for a in sorted({*ROW_ACTIONS, _DELETE, _BULK})), _BULK)


def _replay(conn: Queryable) -> _Replay:
    replay = _Replay()
    all_records = replay.records
    for action, table, record_id, record_uid, changes in query_rows(conn, _READ_TRAIL):
        replay.entries += 1
        if action == _BULK:
            for counts in _changes(changes).values():  # {"demo": {"persons": 12718, …}}
                if isinstance(counts, dict):
                    for name, count in counts.items():
                        if isinstance(count, int):
                            replay.bulk[name] += count
                            replay.fills[name] += 1
            continue
        records = all_records[table]
        if action == _CREATE:
            records[record_id] = _Trail(True, record_uid or "", False, _new_values(changes))
            continue
        trail = records.get(record_id)
        if trail is None:
            records[record_id] = trail = _Trail(False, record_uid or "")
        if action == _DELETE:
            if not trail.created and not trail.gone:
                replay.bulk_deleted[table] += 1
            trail.gone = True
        else:  # an update, a retirement or a reinstatement
            trail.values.update(_new_values(changes))
    return replay


# -- comparing values ---------------------------------------------------------------------------


def _norm(kind: str, value: Any) -> Any:
    """One form for a value as the trail wrote it (JSON) and as SQLite holds it."""
    if value is None or value == "":
        return None
    if kind == "datetime" and isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    if kind == "blob" and isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if kind == "text" and not isinstance(value, str):
        return str(value)
    if kind in ("int", "bool") and (
        isinstance(value, bool) or (isinstance(value, float) and value.is_integer())
    ):
        return int(value)
    if kind == "float" and isinstance(value, int | float):
        return float(value)
    return value


#: Kinds of column, in the order they are tried (Boolean before Integer, Enum is a String).
_KINDS = (
    (DateTime, "datetime"),
    (LargeBinary, "blob"),
    (Boolean, "bool"),
    (Float, "float"),
    (Integer, "int"),
    (String, "text"),
)


def _kind(column: Column[Any]) -> str:
    return next((kind for t, kind in _KINDS if isinstance(column.type, t)), "other")


def _absent_values(column: Column[Any], kind: str) -> frozenset[Any]:
    """What a column may hold when the trail never recorded it: empty, or its default (a bulk
    insert fills Python defaults the entry does not list; a migration that added the column
    filled its server default into older rows)."""
    found: set[Any] = {None}
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        value = default.arg  # type: ignore[attr-defined]
        found.add(_norm(kind, getattr(value, "value", value)))
    server = column.server_default
    arg = getattr(server, "arg", None)
    if isinstance(arg, False_ | True_):
        found.add(int(isinstance(arg, True_)))
    elif isinstance(arg, str | TextClause):
        text = arg if isinstance(arg, str) else arg.text
        text = text.strip("'")
        if kind in ("int", "bool") and text.lstrip("-").isdigit():
            found.add(int(text))
        else:
            found.add(_norm(kind, text))
    return frozenset(found)


def _shown(key: str, value: Any) -> str:
    """A value for a finding: ID numbers and phone numbers masked, long text cut short."""
    if value is None or value == "":
        return "空"
    text = str(value)
    if key == "id_number":
        return mask_id_number(text)
    if "phone" in key:
        return mask_phone(text)
    return text if len(text) <= 20 else text[:20] + "…"


@dataclass(frozen=True)
class _Field:
    key: str  # the attribute name the trail uses
    column: str
    kind: str
    absent: frozenset[Any]


def _audited_tables(conn: Queryable) -> dict[str, list[_Field]]:
    tables: dict[str, list[_Field]] = {}
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.local_table.name):
        name = mapper.local_table.name
        if name in UNAUDITED_TABLES:
            continue
        present = {row[1] for row in query_rows(conn, f'PRAGMA table_info("{name}")')}
        if not present:
            continue  # a table this (older) file does not have yet
        fields: list[_Field] = []
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            if attr.key in SKIPPED_COLUMNS or column.name not in present:
                continue
            kind = _kind(column)
            fields.append(_Field(attr.key, column.name, kind, _absent_values(column, kind)))
        tables[name] = fields
    return tables


def _record_label(table: str, record_id: int | None) -> str:
    return f"{table_label(table)}第 {record_id} 号记录"


def _compare_row(
    table: str, fields: list[_Field], trail: _Trail, row: tuple[Any, ...], found: list[Finding]
) -> None:
    record_id, created, values = row[0], trail.created, trail.values
    if created and trail.uid and row[1] != trail.uid:
        where = _record_label(table, record_id)
        found.append(Finding(table, record_id, "uid", f"{where}的记录标识与审计记录不符"))
    for f, current in zip(fields, row[2:], strict=True):
        recorded = values.get(f.key, _MISSING)
        if recorded is _MISSING:
            if not created or _norm(f.kind, current) in f.absent:
                continue  # a bulk row's value the trail never saw; or empty, as recorded
        elif recorded == current or _norm(f.kind, recorded) == _norm(f.kind, current):
            continue
        before = "空" if recorded is _MISSING else _shown(f.key, recorded)
        where = _record_label(table, record_id)
        what = f"{where}的“{field_label(f.key)}”审计记录为{before}，现在为{_shown(f.key, current)}"
        found.append(Finding(table, record_id, f.key, what))


def _ids(ids: list[int]) -> str:
    shown = "、".join(str(i) for i in ids[:SHOWN_IDS])
    return shown + ("等" if len(ids) > SHOWN_IDS else "")


def _check_table(
    conn: Queryable, table: str, fields: list[_Field], replay: _Replay
) -> tuple[int, list[Finding]]:
    records = dict(replay.records.get(table, {}))
    select_list = ", ".join(f'"{name}"' for name in ["id", "uid", *(f.column for f in fields)])
    found: list[Finding] = []
    present_ids: set[int] = set()
    unexplained: list[int] = []  # rows without a creation entry
    count = 0
    for row in query_rows(conn, f'SELECT {select_list} FROM "{table}" ORDER BY id'):
        count += 1
        record_id = row[0]
        present_ids.add(record_id)
        trail = records.pop(record_id, None)
        if trail is not None and trail.gone:
            where = _record_label(table, record_id)
            found.append(Finding(table, record_id, "", f"{where}已被删除，现在又出现了"))
            continue
        if trail is None or not trail.created:
            unexplained.append(record_id)
        if trail is not None:
            _compare_row(table, fields, trail, row, found)
    # What the trail still holds was not found in the table.
    gone = sorted(rid for rid, t in records.items() if t.created and not t.gone)
    if gone:
        found.append(
            Finding(
                table,
                gone[0],
                "",
                f"{table_label(table)}中有 {len(gone)} 条记录在审计记录中没有删除，"
                f"却已不在数据库中（第 {_ids(gone)} 号）",
            )
        )
    found.extend(_account_for_bulk(table, replay, records, present_ids, unexplained))
    return count, found


def _account_for_bulk(
    table: str,
    replay: _Replay,
    leftover: dict[int, _Trail],
    present_ids: set[int],
    unexplained: list[int],
) -> list[Finding]:
    """Rows with no creation entry must be rows of a bulk fill, and all of them still there
    unless the trail deleted them.

    One fill writes consecutive ids, so its rows are the ``count`` ids from its first one: a
    row outside them, or a gap among them the trail does not explain, is reported. With several
    fills into one table only their number can be checked.
    """
    trails = replay.records.get(table, {})
    count = replay.bulk.get(table, 0)
    extra: list[int] = []
    lost = 0
    if replay.fills.get(table, 0) == 1:
        deleted = [rid for rid, t in trails.items() if not t.created and t.gone]
        first = min([*unexplained[:1], *deleted], default=0)
        extra = [rid for rid in unexplained if rid >= first + count]
        explained = {rid for rid, t in trails.items() if t.created or t.gone}
        missing = [
            rid
            for rid in range(first, first + count)
            if rid not in present_ids and rid not in explained
        ]
        lost = len(missing)
    else:
        expected = count - replay.bulk_deleted.get(table, 0)
        extra = unexplained[max(expected, 0) :]
        lost = max(expected - len(unexplained), 0)
        missing = sorted(rid for rid, t in leftover.items() if not t.created and not t.gone)
    found: list[Finding] = []
    label = table_label(table)
    if extra:
        what = f"{label}中有 {len(extra)} 条记录没有新建的审计记录（第 {_ids(extra)} 号）"
        found.append(Finding(table, extra[0], "", what))
    if lost:
        named = f"（第 {_ids(missing)} 号）" if missing else ""
        what = f"{label}中批量生成的记录少了 {lost} 条，审计记录中没有删除它们{named}"
        found.append(Finding(table, missing[0] if missing else None, "", what))
    return found


def compare_records(conn: Queryable) -> TrailReport:
    """Replay the trail and compare it with every audited table (read-only)."""
    replay = _replay(conn)
    findings: list[Finding] = []
    total = 0
    for table, fields in _audited_tables(conn).items():
        count, found = _check_table(conn, table, fields, replay)
        total += count
        findings.extend(found)
    return TrailReport(total, replay.entries, findings)
