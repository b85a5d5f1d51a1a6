"""Everything that can be said against a backup file, said before anything is copied.

A file offered for restore may come from a USB stick that passed through other hands. It is
looked at in an order that never hangs and never reads more than it must:

1. what kind of file it is (``stat`` only: a FIFO would block a reader forever, a folder is no
   file);
2. its size against the size the SQLite header declares (a backup made by the app is exactly
   page count × page size; a padded file is not one of ours) and against the free disk space;
3. the SQLite checks of ``services.backups.check_restorable`` (ours, intact, not from a newer
   version);
4. its manifest: the SHA-256 recorded when the backup was taken must still match. A file with no
   manifest may be genuine (copied without its ``.json``), so it is not refused outright, but the
   caller must ask the officer and pass ``allow_unverified=True``.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from lijiabu_desk.db.backup import file_sha256, read_manifest
from lijiabu_desk.db.probe import SQLITE_MAGIC, Probe
from lijiabu_desk.services.backups import RestoreRefusedError, check_restorable
from lijiabu_desk.services.errors import ServiceError

HEADER_SIZE = 100
#: Room the restore needs beside the live database: the staged copy, plus the safety backup.
SPACE_FACTOR = 2


class UnverifiedBackupError(ServiceError):
    """The file has no manifest, so nothing proves it is unchanged since the backup was taken.

    Not a refusal: the caller asks the officer and tries again with ``allow_unverified=True``.
    """


@dataclass(frozen=True)
class BackupCandidate:
    """A file that passed every check before restore; ``verified`` if its manifest matched."""

    path: Path
    probe: Probe
    manifest: dict[str, object] | None
    size: int

    @property
    def verified(self) -> bool:
        return self.manifest is not None

    @property
    def taken_at(self) -> str:
        if self.manifest is None:
            return "（没有备份说明文件，备份时间未知）"
        return str(self.manifest.get("taken_at", "（备份时间未知）")).replace("T", " ")


def _file_kind(path: Path) -> os.stat_result:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise RestoreRefusedError(f"找不到文件 {path}。") from None
    except OSError as exc:
        raise RestoreRefusedError(
            f"无法读取 {path}（{exc.strerror or '没有权限'}），不能用来恢复。"
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise RestoreRefusedError(f"{path} 是一个文件夹，请选择文件夹里的备份文件。")
    if not stat.S_ISREG(info.st_mode):
        raise RestoreRefusedError(f"{path.name} 不是普通文件，不能用来恢复。")
    return info


def declared_size(header: bytes) -> int | None:
    """page size × page count as the SQLite header says; None when the header does not say."""
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter, valid_for = header[24:28], header[92:96]
    if pages == 0 or change_counter != valid_for:  # "in-header database size" not valid
        return None
    return page_size * pages


def _check_size(path: Path, size: int, live_folder: Path) -> None:
    try:
        with path.open("rb") as f:
            header = f.read(HEADER_SIZE)
    except OSError as exc:
        raise RestoreRefusedError(f"无法读取 {path.name}（{exc.strerror}）。") from None
    if not header.startswith(SQLITE_MAGIC):
        raise RestoreRefusedError(f"{path.name} 不是数据库文件，不能用来恢复。")
    expected = declared_size(header)
    if expected is None or expected != size:
        raise RestoreRefusedError(
            f"{path.name} 已损坏或不是本程序生成的备份（文件大小 {size:,} 字节与其中的数据不符），"
            "不能用来恢复。"
        )
    free = shutil.disk_usage(live_folder).free
    if free < SPACE_FACTOR * size:
        raise RestoreRefusedError(
            f"磁盘空间不够：恢复需要约 {SPACE_FACTOR * size // 2**20 + 1} MB，"
            f"现在只剩 {free // 2**20} MB。请先腾出空间。"
        )


def _check_manifest(path: Path, size: int, *, allow_unverified: bool) -> dict[str, object] | None:
    manifest = read_manifest(path)
    if manifest is None:
        if allow_unverified:
            return None
        raise UnverifiedBackupError(
            f"{path.name} 旁边没有备份说明文件（{path.name}.json），"
            "无法证明它在备份之后没有被改动过。只有确认这个文件可靠时才能继续恢复。"
        )
    if manifest.get("sha256") != file_sha256(path) or manifest.get("size", size) != size:
        raise RestoreRefusedError(
            f"{path.name} 在备份之后被改动过（校验值与备份时记录的不符），不能用来恢复。"
            "请选择另一个备份，并把这个文件交给所长。"
        )
    return manifest


def inspect_backup(path: Path, live_db: Path, *, allow_unverified: bool = False) -> BackupCandidate:
    """Refuse (``RestoreRefusedError``) or question (``UnverifiedBackupError``) a file before
    the live database at ``live_db`` is touched."""
    path = Path(path)
    info = _file_kind(path)
    _check_size(path, info.st_size, Path(live_db).resolve().parent)
    found = check_restorable(path)
    manifest = _check_manifest(path, info.st_size, allow_unverified=allow_unverified)
    return BackupCandidate(path, found, manifest, info.st_size)
