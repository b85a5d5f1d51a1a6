"""Look at a SQLite file without changing it: is it SQLite, is it ours, is it whole, which schema.

``probe`` reads the whole file (``PRAGMA quick_check``) and counts every table's rows: used
before a restore (refuse a file before anything touches the live database) and at start-up by
the commands (a damaged file is set aside, never deleted). ``glance`` reads only the header and
the schema, a few pages whatever the register's size: the window opens on it and runs
``quick_check`` in the background once it is up (``services.integrity``).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from lijiabu_desk.db.backup import table_counts
from lijiabu_desk.db.engine import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Probe:
    path: Path
    exists: bool
    is_sqlite: bool = False
    is_ours: bool = False
    intact: bool = False
    problem: str = ""
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    audit_head: tuple[int, str] | None = None


@dataclass(frozen=True)
class Glance:
    """What the first pages say. ``sound`` means: SQLite, ours, the header and the schema
    readable (SQLite refuses a file shorter than its header says); damage elsewhere is for
    ``quick_check`` to find."""

    path: Path
    sound: bool
    revision: str | None = None
    problem: str = ""


def quick_check(path: Path) -> list[str]:
    """SQLite's whole-file check, read-only: the problems it reports (empty when whole)."""
    try:
        with closing(sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)) as conn:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [f"无法读取（{exc}）"]
    return [] if rows == ["ok"] else rows


def glance(path: Path) -> Glance:
    """The header, the application id, the schema and the schema revision, nothing more."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        return Glance(path, False, problem=f"无法读取（{exc.strerror or exc}）")
    if not header.startswith(SQLITE_MAGIC):
        return Glance(path, False, problem="不是数据库文件")
    try:
        with closing(sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        return Glance(path, False, problem=f"文件已损坏，无法读取（{exc}）")
    if app_id != APPLICATION_ID:
        return Glance(path, False, revision, "不是李家堡警务台账的数据库")
    return Glance(path, True, revision)


def probe(path: Path) -> Probe:
    path = Path(path)
    if not path.exists():
        return Probe(path, exists=False, problem="文件不存在")
    with path.open("rb") as f:
        header = f.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        return Probe(path, exists=True, problem="不是数据库文件")
    try:
        with closing(sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            check = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if check != ["ok"]:  # as ``quick_check``, on the connection already open
                return Probe(
                    path,
                    True,
                    True,
                    app_id == APPLICATION_ID,
                    False,
                    "文件已损坏：" + "；".join(check[:3]),
                )
            if app_id != APPLICATION_ID:
                return Probe(
                    path,
                    True,
                    True,
                    False,
                    True,
                    "不是李家堡警务台账的数据库",
                    counts=table_counts(conn),
                )
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            head = conn.execute(
                "SELECT id, entry_hash FROM audit_entries ORDER BY id DESC LIMIT 1"
            ).fetchone()
            return Probe(
                path,
                True,
                True,
                True,
                True,
                "",
                revision[0] if revision else None,
                table_counts(conn),
                (head[0], head[1]) if head else None,
            )
    except sqlite3.DatabaseError as exc:
        return Probe(path, True, True, False, False, f"文件已损坏，无法读取（{exc}）")
