"""The whole-file check of the open database, run off the GUI thread once the window is up.

At start-up the window reads only the file's first pages (``db.probe.glance``): SQLite's
``quick_check`` reads every page, 0.75 s at 127,000 people and 1.3 s at 300,000, and it used to
run in front of the officer at every start. The window runs ``check_open_file`` in the
background instead, and when it finds damage it offers what the start-up offers for a damaged
file (``services.restore``): the file set aside, never deleted, and the newest good backup put
in its place (``recover_in_place``). Commands (``lijiabu-desk check``, the CLI's opening) keep
their own full check.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.db.probe import probe, quick_check
from lijiabu_desk.services.errors import ServiceError

if TYPE_CHECKING:
    from lijiabu_desk.services.backups import BackupInfo
    from lijiabu_desk.services.database import Database


@dataclass(frozen=True)
class FileCheck:
    """The outcome of the whole-file check. ``newest_backup`` is looked for only on damage."""

    ok: bool
    problem: str = ""
    newest_backup: BackupInfo | None = None

    @property
    def message(self) -> str:
        """The sentence the start-up says about a damaged file, for the file still in use."""
        if self.ok:
            return ""
        if self.newest_backup is None:
            offer = "没有找到可用的备份。"
        else:
            offer = f"最新的完好备份是 {self.newest_backup.taken_at:%Y-%m-%d %H:%M}。"
        return (
            f"数据库文件已损坏（{self.problem}）。恢复备份时，损坏的文件会改名留在原处，"
            f"不会删除。{offer}"
        )


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes the whole-file check (newest first: the
    older ones are read only when a newer one is damaged)."""
    from lijiabu_desk.services.backups import list_backups

    for info in list_backups(folder):
        if probe(info.path).intact:
            return info
    return None


def check_open_file(path: Path) -> FileCheck:
    """Read every page of the live file (read-only, beside the open database: WAL gives the
    check a snapshot). Meant for a worker thread; SQLite releases the GIL while it reads."""
    try:
        problems = quick_check(path)
    except OSError as exc:
        problems = [f"无法读取（{exc.strerror or exc}）"]
    if not problems:
        return FileCheck(True)
    return FileCheck(False, "；".join(problems[:3]), newest_good_backup(backup_dir_for(path)))


def recover_in_place(
    database: Database, backup: Path, *, clock: Callable[[], datetime] = datetime.now
) -> Database:
    """The start-up's recovery for a file found damaged while open: ``database`` is closed (its
    single-instance lock kept), the file and its WAL are set aside under a ``.damaged-`` name,
    and ``backup`` is checked, staged and swapped in (``recover_from_backup``); the returned
    database holds the lock. If the recovery fails, the set-aside files take their names back
    and the error says so; the caller then opens the file it had again (``reopen``)."""
    from lijiabu_desk.services.restore import recover_from_backup, set_aside

    path = database.path
    lock, database.lock = database.lock, None
    database.close()
    parts = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]
    originals = [part for part in parts if part.exists()]
    moved = set_aside(path, clock())  # in the same order as ``originals``
    try:
        recovered = recover_from_backup(path, backup, clock=clock)
    except BaseException as exc:
        if not path.exists():  # nothing took the live name: the file goes back under it
            for original, aside in zip(originals, moved, strict=True):
                os.replace(aside, original)
        database.lock = lock
        if isinstance(exc, ServiceError):
            raise
        raise ServiceError("恢复没有完成，仍在使用原来的数据库文件。") from exc
    recovered.lock = lock
    return recovered


def reopen(database: Database, *, clock: Callable[[], datetime] = datetime.now) -> Database:
    """The same file opened again after a failed ``recover_in_place``, with the lock it held."""
    from lijiabu_desk.services.database import open_database

    reopened = open_database(database.path, clock=clock)
    reopened.lock, database.lock = database.lock, None
    return reopened
