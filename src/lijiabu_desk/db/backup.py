"""Backup copies made with SQLite's online backup API, verified, each with a manifest.

Copying a live WAL database file is not a backup: the API copies a consistent snapshot. The copy
is written under a temporary name, checked (opens, quick_check, same row counts as the source),
and only then given its name; a JSON manifest beside it records when and why it was taken, the
schema revision, the row counts, the file's SHA-256 and the audit chain's head, so the newest
chain head is also kept outside the database.

Backups hold everything the database holds: the copy and its manifest are owner-only (0600) from
the moment they exist, and a backup folder the app creates is owner-only (0700).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from lijiabu_desk import __version__
from lijiabu_desk.db.attachments import damaged_attachments
from lijiabu_desk.db.errors import BackupVerificationError
from lijiabu_desk.db.private_files import (
    create_private_file,
    fsync_folder,
    make_private_dir,
    write_private,
)

MANIFEST_SUFFIX = ".json"
MANIFEST_FORMAT = 1


@dataclass(frozen=True)
class BackupReport:
    path: Path
    counts: dict[str, int]
    manifest: dict[str, Any] | None = None
    # Attachments whose bytes no longer match their SHA-256, by file name. A backup is still
    # taken (the rest of the register must not go unprotected) and says so in its manifest.
    damaged_attachments: tuple[str, ...] = ()


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


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest_path(backup: Path) -> Path:
    return Path(backup).with_name(Path(backup).name + MANIFEST_SUFFIX)


def _fsync(path: Path) -> None:
    with Path(path).open("rb+") as f:
        os.fsync(f.fileno())


def _describe(conn: sqlite3.Connection) -> tuple[str | None, tuple[int, str] | None]:
    def scalar_row(sql: str) -> tuple[Any, ...] | None:
        try:
            return conn.execute(sql).fetchone()
        except sqlite3.OperationalError:  # a table this schema does not have
            return None

    rev = scalar_row("SELECT version_num FROM alembic_version")
    head = scalar_row("SELECT id, entry_hash FROM audit_entries ORDER BY id DESC LIMIT 1")
    return (rev[0] if rev else None), ((head[0], head[1]) if head else None)


def backup_database(
    source: Path, target: Path, *, taken_at: datetime | None = None, reason: str = ""
) -> BackupReport:
    """Copy ``source`` to ``target`` with the backup API, verify it, and write its manifest."""
    target = Path(target)
    make_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)  # owner-only before SQLite writes a byte (its journal follows)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
    # The copy holds a consistent snapshot; describe the copy itself, not the live file.
    with closing(sqlite3.connect(partial)) as dst:
        dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        revision, head = _describe(dst)
    _fsync(partial)
    # Read back from the disk on a fresh connection: whole (quick_check), and its row counts
    # are what the manifest records (counted once: the copy is the only snapshot there is).
    checked = verify_backup(partial)
    expected = checked.counts
    manifest = {
        "format": MANIFEST_FORMAT,
        "app": "lijiabu-desk",
        "app_version": __version__,
        "taken_at": (taken_at or datetime.now()).replace(microsecond=0).isoformat(),
        "reason": reason,
        "source": str(Path(source).resolve()),
        "schema": revision,
        "counts": expected,
        "audit_head": {"id": head[0], "hash": head[1]} if head else None,
        "sha256": file_sha256(partial),
        "size": partial.stat().st_size,
        "damaged_attachments": list(checked.damaged_attachments),
    }
    # The manifest goes in place first, then the backup takes its name: a power cut between
    # the two leaves a manifest without a file (ignored), never a backup nobody lists.
    write_private(
        manifest_path(target), json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    )
    partial.replace(target)
    fsync_folder(target.parent)
    return BackupReport(
        path=target,
        counts=expected,
        manifest=manifest,
        damaged_attachments=checked.damaged_attachments,
    )


def verify_backup(path: Path, expected_counts: dict[str, int] | None = None) -> BackupReport:
    """Open the copy read-only, run ``quick_check`` and compare row counts."""
    uri = f"file:{Path(path).resolve()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise BackupVerificationError(f"备份文件 {path} 检查未通过：{result}")
            counts = table_counts(conn)
            damaged = damaged_attachments(conn) if "attachments" in counts else []
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(f"备份文件 {path} 无法打开或已损坏（{exc}）。") from exc
    if expected_counts is not None and counts != expected_counts:
        raise BackupVerificationError(f"备份文件 {path} 的记录数与原库不一致，备份不可用。")
    return BackupReport(
        path=Path(path), counts=counts, damaged_attachments=tuple(n for _, n in damaged)
    )


def read_manifest(backup: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("app") == "lijiabu-desk" else None
