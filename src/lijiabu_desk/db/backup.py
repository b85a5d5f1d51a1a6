"""Backup copies made with SQLite's online backup API, and their verification.

Copying a live WAL database file is not a backup: the API copies a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from lijiabu_desk.db.errors import BackupVerificationError


@dataclass(frozen=True)
class BackupReport:
    path: Path
    counts: dict[str, int]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of every ordinary table (the check that a copy holds what the original did)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def backup_database(source: Path, target: Path) -> BackupReport:
    """Copy ``source`` to ``target`` with the backup API, then verify the copy.

    The copy is written under a temporary name and renamed only once verified, so a half-written
    file never carries a backup's name.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
        expected = table_counts(src)
    # The copy must not keep WAL side files: switch it to a plain rollback journal.
    with closing(sqlite3.connect(partial)) as dst:
        dst.execute("PRAGMA journal_mode=DELETE")
    report = verify_backup(partial, expected)
    partial.replace(target)
    return BackupReport(path=target, counts=report.counts)


def verify_backup(path: Path, expected_counts: dict[str, int] | None = None) -> BackupReport:
    """Open the copy read-only, run ``quick_check`` and compare row counts."""
    uri = f"file:{Path(path).resolve()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise BackupVerificationError(f"备份文件 {path} 检查未通过：{result}")
            counts = table_counts(conn)
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(f"备份文件 {path} 无法打开或已损坏（{exc}）。") from exc
    if expected_counts is not None and counts != expected_counts:
        raise BackupVerificationError(f"备份文件 {path} 的记录数与原库不一致，备份不可用。")
    return BackupReport(path=Path(path), counts=counts)
