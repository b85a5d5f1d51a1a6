"""Look at a SQLite file without changing it: is it SQLite, is it ours, is it whole, which schema.

Used before a restore (refuse a file before anything touches the live database) and at start-up
(a damaged file is set aside, never deleted).
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
            if check != ["ok"]:
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
