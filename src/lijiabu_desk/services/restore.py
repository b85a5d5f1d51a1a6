"""Restoring a backup into the live database, and recovering from a damaged file at start-up.

Both go the same way: the file is inspected (``restore_check``), copied beside the live file,
migrated and verified there, and only then renamed over it (``staging``). A power cut at any
moment leaves either the old database or the new one under the live name, never a mixture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lijiabu_desk.db.probe import Probe, probe
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.backups import BackupInfo, list_backups, take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.restore_check import inspect_backup
from lijiabu_desk.services.staging import discard, stage_copy, swap_in

RECOVERY_ACTOR_NAME = "startup-recovery"


@dataclass(frozen=True)
class RestoreResult:
    database: Database
    restored_from: Probe
    safety_backup: BackupInfo | None


def restore_backup(
    ctx: ServiceContext, source: Path, *, allow_unverified: bool = False
) -> RestoreResult:
    """Replace the live database with ``source``. The caller's Database is closed; use the one
    in the result from then on (it is migrated if the backup was older).

    The backup is checked (``inspect_backup``), copied beside the live file, migrated and
    verified there (``staging``); only then does it take the live file's name, in one atomic
    rename, and the old file is kept until the new one has opened. A refusal or failure at any
    step leaves the live database as it was, and says so.
    """
    require(ctx.actor, Permission.RESTORE)
    candidate = inspect_backup(Path(source), ctx.db.path, allow_unverified=allow_unverified)
    db_path = ctx.db.path
    staged = stage_copy(candidate.path, db_path)
    try:
        safety = take_backup(ctx, reason="before-restore")
        lock = ctx.db.lock
        ctx.db.lock = None  # the lock stays held: it passes to the new Database
        ctx.db.close()
        try:
            database = swap_in(staged, db_path, clock=ctx.clock)
        except BaseException:
            ctx.db.lock = lock
            raise
        database.lock = lock
    finally:
        discard(staged)
    after = ServiceContext(database, ctx.actor, ctx.clock)
    with after.write(Permission.RESTORE) as session:
        record_event(
            session,
            ctx.actor,
            Action.RESTORE,
            details={
                "from": str(source),
                "safety_backup": str(safety.path),
                "verified": candidate.verified,
            },
        )
    return RestoreResult(database, candidate.probe, safety)


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
    db_path: Path,
    backup: Path,
    *,
    clock: Callable[[], datetime] = datetime.now,
    allow_unverified: bool = False,
) -> Database:
    """After ``open_checked`` set a damaged file aside: put the chosen backup in its place,
    checked, migrated and verified beside it first as for any restore."""
    db_path = Path(db_path)
    if db_path.exists():
        raise ServiceError("数据库文件仍在原处，不能用备份覆盖。")
    candidate = inspect_backup(Path(backup), db_path, allow_unverified=allow_unverified)
    staged = stage_copy(candidate.path, db_path)
    try:
        database = swap_in(staged, db_path, clock=clock)
    finally:
        discard(staged)
    actor = Actor(RECOVERY_ACTOR_NAME, AccountRole.ADMIN, display_name="启动时从备份恢复")
    with ServiceContext(database, actor, clock).write(Permission.RESTORE) as session:
        record_event(session, actor, Action.RESTORE, details={"from": str(backup)})
    return database
