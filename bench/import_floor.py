"""What SQLite alone takes to write what an import wrote: the floor under ``apply_import``.

After an import, the rows it added (households, people and audit entries, every column as
stored) are read back and written again, with bare ``sqlite3`` and no Python work in between,
into a copy of the database taken just before the import: the same schema, indexes and
search-index triggers, the same pragmas as the app's engine (WAL, ``synchronous=FULL``, foreign
keys on), and the same transactions (``BATCH_ROWS`` people each, with their households and a
matching share of the audit entries). The few updates of registered people and the backup
are not part of it.

``apply_import`` minus this floor is the program's own cost of writing; this floor plus the
openpyxl read is the least that plan + apply can take with the schema as it is.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from lijiabu_desk.services.roster.writing import BATCH_ROWS

TABLES = ("households", "persons", "audit_entries")


def last_ids(path: Path) -> dict[str, int]:
    """The highest id of each table written by an import."""
    with closing(sqlite3.connect(path)) as conn:
        return {
            t: int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0])
            for t in TABLES
        }


def keep_copy(path: Path) -> Path:
    """A copy of the database as it is before the import (its WAL folded in first)."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = path.with_name("before-import.sqlite3")
    shutil.copyfile(path, copy)
    return copy


def _new_rows(conn: sqlite3.Connection, table: str, after: int) -> tuple[str, list[tuple]]:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    names = ", ".join(columns)
    rows = conn.execute(f"SELECT {names} FROM {table} WHERE id > ? ORDER BY id", (after,))
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table} ({names}) VALUES ({marks})", rows.fetchall()


def bare_write(
    before: Path, imported: Path, ids: dict[str, int], batch_rows: int = BATCH_ROWS
) -> float:
    """Seconds that bare SQLite takes to write the import's new rows into ``before``, in
    transactions of ``batch_rows`` people as ``roster.writing`` does."""
    with closing(sqlite3.connect(imported)) as conn:
        new = {t: _new_rows(conn, t, ids[t]) for t in TABLES}
        household_of = [
            r[0]
            for r in conn.execute(
                "SELECT household_id FROM persons WHERE id > ?", (ids["persons"],)
            )
        ]
    homes_sql, homes = new["households"]
    people_sql, people = new["persons"]
    audit_sql, audit = new["audit_entries"]
    batches = max(1, -(-len(people) // batch_rows))
    audit_share = -(-len(audit) // batches)
    with closing(sqlite3.connect(before, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        started = time.perf_counter()
        homes_done = 0
        for n in range(batches):
            part = slice(n * batch_rows, (n + 1) * batch_rows)
            needed = max((h for h in household_of[part] if h is not None), default=0)
            upto = homes_done
            while upto < len(homes) and homes[upto][_id_column(homes_sql)] <= needed:
                upto += 1
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(homes_sql, homes[homes_done:upto])
            conn.executemany(people_sql, people[part])
            conn.executemany(audit_sql, audit[n * audit_share : (n + 1) * audit_share])
            conn.execute("COMMIT")
            homes_done = upto
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(homes_sql, homes[homes_done:])
        conn.execute("COMMIT")
        return time.perf_counter() - started


def _id_column(insert_sql: str) -> int:
    names = insert_sql[insert_sql.index("(") + 1 : insert_sql.index(")")].split(", ")
    return names.index("id")
