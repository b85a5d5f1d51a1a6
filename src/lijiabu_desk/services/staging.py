"""A backup made ready beside the live database, then swapped in by one atomic rename.

``stage_copy`` copies the backup with SQLite's backup API into ``<db>.restoring`` in the live
file's folder (so the final rename cannot cross a disk), and before anything of the app runs on
that copy it refuses triggers and views the app did not make (they would run inside the app).
The copy is then migrated to the current schema and verified: integrity, foreign keys, the audit
chain, and a schema that is exactly the app's (``db.schema_check``).

``swap_in`` keeps the old file under a second name (a hard link, so the live name is never
missing), renames the staged copy over the live name and opens it; if it does not open, the old
file goes back. The old file is removed only after the new one opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

from lijiabu_desk.db.engine import create_engine_for, make_session_factory
from lijiabu_desk.db.migrate import upgrade_to_head
from lijiabu_desk.db.private_files import create_private_file
from lijiabu_desk.db.schema_check import (
    reference_signature,
    schema_differences,
    schema_signature,
)
from lijiabu_desk.db.search_index import ensure_search_index
from lijiabu_desk.services.audit import verify_chain
from lijiabu_desk.services.backups import RestoreRefusedError
from lijiabu_desk.services.chain_anchor import Head, current_head, reset_anchor
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.errors import ServiceError

STAGED_SUFFIX = ".restoring"
SIDE_FILES = ("-wal", "-shm", "-journal")


def staged_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + STAGED_SUFFIX)


def discard(path: Path) -> None:
    """Remove a staged (or set-aside) copy and its side files; missing files are fine."""
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def _refuse(source: Path, why: str) -> RestoreRefusedError:
    return RestoreRefusedError(f"{source.name} 不能用来恢复：{why}。当前数据没有改动。")


def _refuse_foreign_code(conn: sqlite3.Connection, source: Path) -> None:
    """Triggers and views are code SQLite runs by itself: any the app did not make, or made
    differently, is refused before a single statement of the app touches the copy."""
    expected = reference_signature()
    strange = sorted(
        key[1]
        for key, sig in schema_signature(conn).items()
        if key[0] in ("trigger", "view") and expected.get(key) != sig
    )
    if strange:
        names = "、".join(strange)
        raise _refuse(source, f"文件里有本程序没有建立或被改动过的自动执行代码（{names}）")


def _index(staged: Path) -> None:
    """The search index lives in code, not in the migrations: build it as opening would."""
    engine = create_engine_for(staged)
    try:
        with engine.begin() as conn:
            ensure_search_index(conn)
    finally:
        engine.dispose()


def _verify(staged: Path, source: Path) -> None:
    with closing(sqlite3.connect(staged)) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise _refuse(source, "文件内容不完整")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            raise _refuse(source, "记录之间的关联不完整")
        differences = schema_differences(conn)
    if differences:
        raise _refuse(source, "数据结构与本程序的不同：" + "；".join(differences[:5]))
    engine = create_engine_for(staged)
    try:
        with make_session_factory(engine)() as session:
            chain = verify_chain(session)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(staged)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to rename
    if not chain.ok:
        raise _refuse(source, f"其中的审计记录在第 {chain.broken_at} 条处{chain.reason}")


def stage_copy(source: Path, db_path: Path) -> Path:
    """Copy ``source`` beside ``db_path``, migrate and verify it; returns the staged file.

    Raises ``RestoreRefusedError`` (the staged copy removed) when the copy is not sound.
    """
    staged = staged_path(db_path)
    discard(staged)
    create_private_file(staged)  # owner-only before SQLite writes a byte of the register
    try:
        uri = f"file:{Path(source).resolve()}?mode=ro"
        with (
            closing(sqlite3.connect(uri, uri=True)) as src,
            closing(sqlite3.connect(staged)) as dst,
        ):
            src.backup(dst)
            _refuse_foreign_code(dst, Path(source))
            dst.execute("PRAGMA journal_mode=DELETE")
        with tempfile.TemporaryDirectory(prefix="lijiabu-restore-") as scratch:
            # The staged copy's own pre-upgrade backup is of no use: the source is still there.
            upgrade_to_head(staged, backup_dir=Path(scratch))
        _index(staged)
        _verify(staged, Path(source))
    except sqlite3.DatabaseError as exc:
        discard(staged)
        raise _refuse(Path(source), "文件无法作为数据库读取") from exc
    except BaseException:
        discard(staged)
        raise
    return staged


def _checkpoint(db_path: Path) -> None:
    """Fold the live file's WAL into it, so that no -wal file outlives its database."""
    with closing(sqlite3.connect(db_path, timeout=10)) as conn:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    wal = Path(str(db_path) + "-wal")
    if busy or (wal.exists() and wal.stat().st_size):
        raise ServiceError("数据库正被另一处占用，无法恢复。请关闭其他正在使用它的程序后再试。")


def _head(path: Path) -> Head | None:
    with closing(sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)) as conn:
        return current_head(conn)


def _keep_old(db_path: Path, stamp: datetime) -> Path:
    old = db_path.with_name(f"{db_path.name}.replaced-{stamp:%Y%m%d-%H%M%S}")
    discard(old)
    try:
        os.link(db_path, old)  # the live name keeps pointing at the old file meanwhile
    except OSError:
        shutil.copy2(db_path, old)
    return old


def swap_in(
    staged: Path, db_path: Path, *, clock: Callable[[], datetime] = datetime.now
) -> Database:
    """Put ``staged`` under ``db_path`` and open it; on failure the old file is put back."""
    db_path = Path(db_path)
    old: Path | None = None
    old_head = None
    if db_path.exists():
        _checkpoint(db_path)
        old_head = _head(db_path)
        old = _keep_old(db_path, clock())
        for suffix in SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                Path(str(db_path) + suffix).unlink()
    new_head = _head(staged)
    os.replace(staged, db_path)
    # The restored trail legitimately ends elsewhere: it becomes the anchor kept outside.
    reset_anchor(db_path, new_head)
    try:
        database = open_database(db_path, clock=clock)
    except BaseException as exc:
        discard(db_path)  # the new file, which did not open
        if old is not None:
            os.replace(old, db_path)
            reset_anchor(db_path, old_head)
        message = getattr(exc, "message", "") or "恢复的数据库无法打开"
        raise ServiceError(f"恢复没有完成：{message.rstrip('。')}。当前数据没有改动。") from exc
    if old is not None:
        discard(old)
    return database
