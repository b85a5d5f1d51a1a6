"""Restoring a backup into the live database, and recovering from a damaged file at start-up.

Both copy with SQLite's backup API, which writes the destination inside one transaction: a power
cut half-way leaves the old content, never a mixture.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lijiabu_desk.db.probe import Probe, probe
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.backups import BackupInfo, check_restorable, list_backups, take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, require

RECOVERY_ACTOR_NAME = "startup-recovery"


@dataclass(frozen=True)
class RestoreResult:
    database: Database
    restored_from: Probe
    safety_backup: BackupInfo | None


def _copy_into(source: Path, target: Path) -> None:
    with (
        closing(sqlite3.connect(f"file:{Path(source).resolve()}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def restore_backup(ctx: ServiceContext, source: Path) -> RestoreResult:
    """Replace the live database with ``source``. The caller's Database is closed; use the one
    in the result from then on (it is migrated if the backup was older)."""
    require(ctx.actor, Permission.RESTORE)
    found = check_restorable(Path(source))
    safety = take_backup(ctx, reason="before-restore")
    db_path = ctx.db.path
    ctx.db.close()
    _copy_into(Path(source), db_path)
    database = open_database(db_path, clock=ctx.clock)
    after = ServiceContext(database, ctx.actor, ctx.clock)
    with after.write(Permission.RESTORE) as session:
        record_event(
            session,
            ctx.actor,
            Action.RESTORE,
            details={"from": str(source), "safety_backup": str(safety.path)},
        )
    return RestoreResult(database, found, safety)


class DamagedDatabaseError(ServiceError):
    """The database file is damaged; it was set aside and a backup may be offered."""

    def __init__(self, message: str, set_aside: list[Path], newest: BackupInfo | None) -> None:
        super().__init__(message)
        self.set_aside = set_aside
        self.newest_backup = newest


class ForeignDatabaseError(ServiceError):
    """The file is a sound SQLite database of some other program: left alone, not opened."""


def _is_new(found: Probe) -> bool:
    """A file of zero bytes, or SQLite with no tables yet (a crash before the first upgrade)."""
    if found.path.stat().st_size == 0:
        return True
    return found.is_sqlite and found.intact and not found.counts


def set_aside(db_path: Path, stamp: datetime) -> list[Path]:
    """Rename the database and its WAL/SHM files out of the way; nothing is deleted."""
    moved = []
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            target = part.with_name(f"{db_path.name}.damaged-{stamp:%Y%m%d-%H%M%S}{suffix}")
            part.replace(target)
            moved.append(target)
    return moved


def open_checked(
    db_path: Path, backup_folder: Path, *, clock: Callable[[], datetime] = datetime.now
) -> Database:
    """Open the database for the desk, refusing a foreign file and setting aside a damaged one."""
    db_path = Path(db_path)
    if db_path.exists():
        found = probe(db_path)
        if not _is_new(found):
            if found.is_sqlite and found.intact and not found.is_ours:
                raise ForeignDatabaseError(
                    f"{db_path} 是其他程序的数据库，不是李家堡警务台账的数据库，程序没有打开它。"
                )
            if not found.intact or not found.is_sqlite:
                moved = set_aside(db_path, clock())
                backups = [b for b in list_backups(backup_folder) if probe(b.path).intact]
                newest = backups[0] if backups else None
                offer = (
                    f"最新的完好备份是 {newest.taken_at:%Y-%m-%d %H:%M}。"
                    if newest
                    else "没有找到可用的备份。"
                )
                raise DamagedDatabaseError(
                    f"数据库文件已损坏（{found.problem}），已移到 {moved[0].name}，没有删除。"
                    + offer,
                    moved,
                    newest,
                )
    return open_database(db_path, clock=clock)


def recover_from_backup(
    db_path: Path, backup: Path, *, clock: Callable[[], datetime] = datetime.now
) -> Database:
    """After ``open_checked`` set a damaged file aside: put the chosen backup in its place."""
    if Path(db_path).exists():
        raise ServiceError("数据库文件仍在原处，不能用备份覆盖。")
    check_restorable(Path(backup))
    _copy_into(Path(backup), Path(db_path))
    database = open_database(Path(db_path), clock=clock)
    actor = Actor(RECOVERY_ACTOR_NAME, AccountRole.ADMIN, display_name="启动时从备份恢复")
    with ServiceContext(database, actor, clock).write(Permission.RESTORE) as session:
        record_event(session, actor, Action.RESTORE, details={"from": str(backup)})
    return database
