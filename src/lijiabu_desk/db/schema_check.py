"""Is a file's schema the one this app makes? Nothing more, nothing less, nothing altered.

A backup is a whole SQLite file, and SQLite runs what such a file says: a trigger added to a
backup would run inside the app after a restore (rewriting an ID number at every login, say)
while the audit chain and ``check`` stayed quiet. So before a file is trusted its schema objects
(tables, indexes, triggers, views) are compared with a reference: an empty database brought to
the current head by the same migrations and search-index code, built once per process.

Tables are compared by their columns (name, type, not null, default, key), indexes by their
columns and SQL text (uniqueness, expressions), triggers and views by their SQL text (whitespace
folded): those are the objects that run code. The comparison is made on a file already migrated
to head.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from contextlib import closing
from functools import cache
from pathlib import Path

#: (type, name) -> what must match for that object.
Signature = dict[tuple[str, str], tuple[object, ...]]

_KIND_LABELS = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}


def _fold(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().lower()


def schema_signature(conn: sqlite3.Connection) -> Signature:
    """What the file's schema is, in a form two files can be compared by."""
    signature: Signature = {}
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for kind, name, table, sql in objects:
        if kind == "table":
            if sql and sql.lstrip().upper().startswith("CREATE VIRTUAL"):
                signature[(kind, name)] = ("virtual", _fold(sql))
                continue
            columns = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            signature[(kind, name)] = tuple(
                (c[1], (c[2] or "").upper(), c[3], c[4], c[5], c[6]) for c in columns
            )
        elif kind == "index":
            columns = conn.execute(f'PRAGMA index_xinfo("{name}")').fetchall()
            # The SQL too: an expression index (e.g. on substr(id_number, -4)) names no column.
            keys = tuple((c[2], c[3]) for c in columns)
            signature[(kind, name)] = (table, keys, _fold(sql))
        else:  # trigger, view: code that runs
            signature[(kind, name)] = (table, _fold(sql))
    return signature


@cache
def reference_signature() -> Signature:
    """The schema of an empty database at the current head (built once per process)."""
    # Imported here: building the reference needs Alembic, which ordinary start-up does not.
    from lijiabu_desk.db.engine import create_engine_for
    from lijiabu_desk.db.migrate import upgrade_to_head
    from lijiabu_desk.db.search_index import ensure_search_index

    with tempfile.TemporaryDirectory(prefix="lijiabu-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        upgrade_to_head(path)
        engine = create_engine_for(path)
        try:
            with engine.begin() as conn:
                ensure_search_index(conn)
        finally:
            engine.dispose()
        with closing(sqlite3.connect(path)) as conn:
            return schema_signature(conn)


def schema_differences(conn: sqlite3.Connection) -> list[str]:
    """Each way the file's schema differs from the app's, as a Chinese phrase; [] when equal."""
    expected = reference_signature()
    found = schema_signature(conn)
    problems = []
    for key in sorted(found.keys() - expected.keys()):
        problems.append(f"多出了本程序没有建立的{_KIND_LABELS.get(key[0], key[0])} {key[1]}")
    for key in sorted(expected.keys() - found.keys()):
        problems.append(f"缺少{_KIND_LABELS.get(key[0], key[0])} {key[1]}")
    for key in sorted(found.keys() & expected.keys()):
        if found[key] != expected[key]:
            problems.append(f"{_KIND_LABELS.get(key[0], key[0])} {key[1]} 的定义被改动过")
    return problems


def file_schema_differences(path: Path) -> list[str]:
    """``schema_differences`` of the file at ``path``, opened read-only."""
    uri = f"file:{Path(path).resolve()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return schema_differences(conn)
