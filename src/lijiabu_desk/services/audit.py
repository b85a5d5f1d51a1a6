"""The audit trail: every change to a record, and every sensitive action, hash-chained.

Changes are captured by a session listener (``install_audit``), so a service cannot forget to
audit: after each flush it writes one entry per created, changed, retired or deleted row, with the
fields' old and new values. A flush with changes but no actor in ``session.info["actor"]`` is
refused, so every change can be traced to an account.

Each entry's hash covers the previous entry's hash and the entry's own content; an entry edited,
removed or inserted outside the app breaks the chain from that point (``verify_chain``). Writers
hold SQLite's write lock from BEGIN IMMEDIATE, so reading the previous hash and appending is
never interleaved with another writer.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Session, object_session, sessionmaker

from lijiabu_desk.models import AuditEntry
from lijiabu_desk.models.base import Base, RecordMixin, new_uid
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.errors import ServiceError

UNAUDITED_TABLES = frozenset({"audit_entries", "document_counters"})
SECRET_COLUMNS = frozenset({"password_hash"})
UNTRACKED_COLUMNS = frozenset({"id", "uid", "created_at", "updated_at"})
# Bookkeeping of logins: the login, failed-login and lockout events already record these.
EVENT_COLUMNS = frozenset({"last_login_at", "failed_logins", "locked_until"})
GENESIS = "0" * 64
#: ``session.info`` key: (id, hash) of the newest entry this transaction appended.
HEAD_KEY = "audit_head"


class AuditError(ServiceError):
    """A change without an account to answer for it."""


class Action(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    RETIRE = "retire"
    REINSTATE = "reinstate"
    DELETE = "delete"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKOUT = "lockout"
    LOGOUT = "logout"
    EXPORT = "export"
    PRINT_SIGNED = "print_signed"
    PRINT = "print"
    VIEW_FULL_ID = "view_full_id"
    BACKUP = "backup"
    RESTORE = "restore"
    BULK = "bulk"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    return value


def _clock(session: Session) -> Callable[[], datetime]:
    return session.info.get("clock") or datetime.now


#: ``json.dumps`` with these arguments, built once (verifying a long trail calls it per entry).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = _CANONICAL.encode(fields)
    return hashlib.sha256(f"{prev_hash}\n{payload}".encode()).hexdigest()


HASHED_KEYS = (
    "uid",
    "at",
    "actor",
    "account_id",
    "action",
    "table_name",
    "record_id",
    "record_uid",
)


_AS_IS = (str, int, type(None))  # exactly these types: an enum or a bool goes through _plain


def _hashed_fields(row: dict[str, Any]) -> dict[str, Any]:
    fields = {}
    for key in HASHED_KEYS:
        value = row[key]
        fields[key] = value if type(value) in _AS_IS else _plain(value)
    fields["changes"] = row["changes"]
    return fields


def append_entries(session: Session, actor: Actor, rows: Iterable[dict[str, Any]]) -> None:
    """Append entries (dicts with action, table_name, record_id, record_uid, changes)."""
    conn = session.connection()
    prev = conn.execute(
        select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar()
    prev = prev or GENESIS
    at = _clock(session)().replace(microsecond=0)
    batch = []
    for partial in rows:
        row = {
            "uid": new_uid(),
            "at": at,
            "actor": actor.username,
            "account_id": actor.account_id,
            "record_id": None,
            "record_uid": "",
            "table_name": "",
            **partial,
        }
        row["changes"] = json.dumps(
            partial.get("changes", {}), ensure_ascii=False, sort_keys=True, default=_plain
        )
        row["prev_hash"] = prev
        row["entry_hash"] = prev = entry_hash(prev, _hashed_fields(row))
        batch.append(row)
    if batch:  # one prepared statement for the lot: imports write tens of thousands
        conn.execute(insert(AuditEntry), batch)
        # The new head, for whoever keeps a copy outside the file once this commits
        # (``services.chain_anchor``); the write lock is ours, so the newest id is our last.
        head_id = conn.execute(select(func.max(AuditEntry.id))).scalar_one()
        session.info[HEAD_KEY] = (int(head_id), prev)


def record_event(
    session: Session,
    actor: Actor,
    action: Action,
    *,
    record: RecordMixin | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Audit an action that is not a change of a record: a login, an export, a print …"""
    row: dict[str, Any] = {"action": action.value, "changes": details or {}}
    if record is not None:
        row.update(
            table_name=record.__tablename__, record_id=record.id, record_uid=record.uid or ""
        )
    append_entries(session, actor, [row])


def _column_changes(obj: Any, *, created: bool) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in UNTRACKED_COLUMNS or (key in EVENT_COLUMNS and not created):
            continue
        history = state.attrs[key].history
        if created:
            value = getattr(obj, key)
            if value is None:
                continue
            changes[key] = [None, "（已设置）" if key in SECRET_COLUMNS else _plain(value)]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if _plain(old) == _plain(new):
                continue
            if key in SECRET_COLUMNS:
                changes[key] = ["（已修改）", "（已修改）"]
            else:
                changes[key] = [_plain(old), _plain(new)]
    return changes


def _describe(obj: Any, action: Action, changes: dict[str, Any]) -> dict[str, Any]:
    return {
        "action": action.value,
        "table_name": obj.__tablename__,
        "record_id": obj.id,
        "record_uid": getattr(obj, "uid", "") or "",
        "changes": changes,
    }


def _collect(session: Session) -> list[dict[str, Any]]:
    rows = []
    for obj in session.new:
        if getattr(obj, "__tablename__", None) not in UNAUDITED_TABLES:
            rows.append(_describe(obj, Action.CREATE, _column_changes(obj, created=True)))
    for obj in session.dirty:
        if getattr(obj, "__tablename__", None) in UNAUDITED_TABLES:
            continue
        changes = _column_changes(obj, created=False)
        if not changes:
            continue
        action = Action.UPDATE
        if "deleted_at" in changes:
            action = Action.RETIRE if changes["deleted_at"][1] else Action.REINSTATE
        rows.append(_describe(obj, action, changes))
    # Rows deleted as orphans of a collection never appear in ``session.deleted``; the mapper
    # listener below collects every deleted row, whichever way it went.
    deleted = {id(obj): obj for obj in session.deleted}
    deleted.update((id(obj), obj) for obj in session.info.pop(DELETED_KEY, []))
    for obj in deleted.values():
        if getattr(obj, "__tablename__", None) not in UNAUDITED_TABLES:
            rows.append(_describe(obj, Action.DELETE, _removed_values(obj)))
    return rows


DELETED_KEY = "audit_deleted"


def _removed_values(obj: Any) -> dict[str, list[Any]]:
    """What a deleted row held, as old → empty, so the trail shows what was removed."""
    values: dict[str, list[Any]] = {}
    for attr in inspect(obj).mapper.column_attrs:
        key = attr.key
        value = getattr(obj, key, None)
        if key in UNTRACKED_COLUMNS or key in EVENT_COLUMNS or value is None:
            continue
        values[key] = ["（已设置）" if key in SECRET_COLUMNS else _plain(value), None]
    return values


def _remember_deleted(_mapper: Any, _connection: Any, target: Any) -> None:
    session = object_session(target)
    if session is not None:
        session.info.setdefault(DELETED_KEY, []).append(target)


def _after_flush(session: Session, _flush_context: Any) -> None:
    rows = _collect(session)
    if not rows:
        return
    actor = session.info.get("actor")
    if actor is None:
        raise AuditError("修改未能保存：没有登录账号，无法记录是谁做的修改。请先登录。")
    if session.info.get("audit_bulk"):
        counts = session.info.setdefault("audit_bulk_counts", {})
        for row in rows:
            counts[row["table_name"]] = counts.get(row["table_name"], 0) + 1
        return
    append_entries(session, actor, rows)


def install_audit(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "after_flush", _after_flush)
    if not event.contains(Base, "after_delete", _remember_deleted):
        event.listen(Base, "after_delete", _remember_deleted, propagate=True)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head_id: int | None
    head_hash: str
    broken_at: int | None = None
    reason: str = ""


def verify_chain(session: Session, *, expected_head: tuple[int, str] | None = None) -> ChainReport:
    """Recompute the chain; ``expected_head`` (id, hash) comes from a backup manifest."""
    prev, count, last_id = GENESIS, 0, None
    table = AuditEntry.__table__
    # Plain rows, not ORM objects: a township's trail holds hundreds of thousands of entries.
    rows = session.execute(
        select(
            table.c.id, table.c.prev_hash, table.c.entry_hash, *(table.c[k] for k in HASHED_KEYS)
        )
        .add_columns(table.c.changes)
        .order_by(table.c.id)
        .execution_options(yield_per=5000)
    )
    for entry_id, prev_hash, stored_hash, *values in rows:
        count += 1
        if prev_hash != prev:
            return ChainReport(False, count, last_id, prev, entry_id, "前后记录衔接不上")
        try:
            fields = _hashed_fields(dict(zip((*HASHED_KEYS, "changes"), values, strict=True)))
            recomputed = entry_hash(prev, fields)
        except TypeError:  # a value of a kind this program never writes
            recomputed = ""
        if recomputed != stored_hash:
            return ChainReport(False, count, last_id, prev, entry_id, "记录内容被改动")
        prev, last_id = stored_hash, entry_id
    if expected_head is not None:
        head_id, head_hash = expected_head
        found = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.id == head_id))
        if found != head_hash:
            reason = "备份时记录的审计链末端在数据库中已不存在或被改动"
            return ChainReport(False, count, last_id, prev, head_id, reason)
    return ChainReport(True, count, last_id, prev)
