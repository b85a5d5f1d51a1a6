"""Backups, their rotation, and restore.

Automatic backups go to a folder beside the database (``db.paths.backup_dir_for``) and rotate by
``RetentionPolicy``; a copy to a chosen folder or USB stick is made the same way, verified, and
never rotated. A restore refuses a file that is not ours, is damaged or comes from a newer
version before anything touches the live database, and backs up the current file first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lijiabu_desk.db.backup import (
    MANIFEST_SUFFIX,
    backup_database,
    manifest_path,
    read_manifest,
)
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.db.probe import Probe, probe
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.retention import RetentionPolicy, stamps_to_keep

if TYPE_CHECKING:
    from lijiabu_desk.services.context import ServiceContext

BACKUP_GLOB = "*.sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    schema: str | None
    counts: dict[str, int]
    # Attachments found changed when the backup was checked (their SHA-256 no longer matches).
    damaged_attachments: tuple[str, ...] = ()

    @property
    def households(self) -> int:
        return self.counts.get("households", 0)

    @property
    def persons(self) -> int:
        return self.counts.get("persons", 0)


class RestoreRefusedError(ServiceError):
    """The chosen file cannot be restored; the live database was not touched."""


def _info(path: Path) -> BackupInfo | None:
    manifest = read_manifest(path)
    if manifest is None:
        return None
    try:
        taken_at = datetime.fromisoformat(manifest["taken_at"])
    except (KeyError, TypeError, ValueError):
        return None
    return BackupInfo(
        path,
        taken_at,
        str(manifest.get("reason", "")),
        manifest.get("schema"),
        dict(manifest.get("counts") or {}),
        tuple(str(n) for n in manifest.get("damaged_attachments") or ()),
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups with a readable manifest in ``folder``, newest first."""
    if not Path(folder).is_dir():
        return []
    infos = [info for p in Path(folder).glob(BACKUP_GLOB) if (info := _info(p)) is not None]
    return sorted(infos, key=lambda i: i.taken_at, reverse=True)


def last_backup(ctx: ServiceContext) -> BackupInfo | None:
    backups = list_backups(backup_dir_for(ctx.db.path))
    return backups[0] if backups else None


def _target(folder: Path, stem: str, taken_at: datetime, reason: str) -> Path:
    base = f"{stem}-{taken_at:%Y%m%d-%H%M%S}-{reason}"
    target = folder / f"{base}.sqlite3"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}.sqlite3"
        n += 1
    return target


def _same_folder(a: Path, b: Path) -> bool:
    """Whether two paths name one folder (resolved, so ``backups/../backups`` is no way out)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def take_backup(
    ctx: ServiceContext,
    *,
    reason: str,
    folder: Path | None = None,
    policy: RetentionPolicy | None = None,
) -> BackupInfo:
    """Back up the live database. Without ``folder`` it goes to the automatic folder and older
    backups rotate out (only after this one was verified); with ``folder`` (a USB stick) it is a
    verified copy that is never rotated.

    A copy is the whole register, every full ID number and phone included: a copy anywhere
    but the backups folder beside the database needs ``COPY_DATABASE``; the automatic backup
    runs for every role that may back up."""
    require(ctx.actor, Permission.BACKUP)
    automatic = folder is None
    own = backup_dir_for(ctx.db.path)
    if folder is not None and not _same_folder(Path(folder), own):
        require(ctx.actor, Permission.COPY_DATABASE)
    folder = Path(folder) if folder is not None else own
    taken_at = ctx.now()
    try:
        report = backup_database(
            ctx.db.path,
            _target(folder, ctx.db.path.stem, taken_at, reason),
            taken_at=taken_at,
            reason=reason,
        )
    except OSError as exc:
        raise ServiceError(f"备份没有完成：无法写入 {folder}（{exc.strerror or exc}）。") from exc
    info = _info(report.path)
    assert info is not None
    with ctx.write(Permission.BACKUP) as session:
        record_event(
            session, ctx.actor, Action.BACKUP, details={"reason": reason, "file": str(info.path)}
        )
    if automatic:
        rotate(folder, policy or RetentionPolicy())
    return info


def rotate(folder: Path, policy: RetentionPolicy) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; return what was removed."""
    backups = list_backups(folder)
    keep = stamps_to_keep((b.taken_at for b in backups), policy)
    removed = []
    for manifest in Path(folder).glob("*.sqlite3" + MANIFEST_SUFFIX):
        if not manifest.with_suffix("").exists():  # its backup never got its name
            manifest.unlink(missing_ok=True)
    for b in backups[1:]:  # the newest verified backup is never removed
        if b.taken_at not in keep:
            b.path.unlink(missing_ok=True)
            manifest_path(b.path).unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def check_restorable(path: Path) -> Probe:
    """Everything that can be said against a file, said before the live database is touched."""
    from lijiabu_desk.db.migrate import is_known_revision  # Alembic: only for a restore

    found = probe(path)
    if not found.exists:
        raise RestoreRefusedError(f"找不到文件 {path}。")
    if not found.is_sqlite:
        raise RestoreRefusedError(f"{path.name} 不是数据库文件，不能用来恢复。")
    if not found.intact:
        raise RestoreRefusedError(f"{path.name} 已损坏，不能用来恢复。请选择另一个备份。")
    if not found.is_ours:
        raise RestoreRefusedError(f"{path.name} 不是李家堡警务台账的数据库，不能用来恢复。")
    if found.revision is None or not is_known_revision(found.revision):
        raise RestoreRefusedError(
            f"{path.name} 来自更新版本的李家堡警务台账，请先升级本程序再恢复。"
        )
    return found
