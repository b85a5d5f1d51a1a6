"""Files only their owner can read, written whole or not at all.

Every file the app writes for a user (the database, its backups and manifests, every export)
holds personal data, so none may be readable by other accounts on the same PC, and none may be
left half written under its real name by a full disk, a pulled USB stick or a power cut.

:func:`write_private` is the one writer for exports: a temporary file beside the target, created
owner-only (``tempfile.mkstemp``: ``O_CREAT | O_EXCL``, mode 0600), filled, flushed and synced,
then renamed over the target (``os.replace``, atomic within a folder) and the folder synced. On
any failure the temporary file is removed and an existing target is left exactly as it was.
Failures of the file system come out as :class:`PrivateFileError`, an ``OSError`` whose
``strerror`` is a short Chinese reason (disk full, no permission, folder missing, …).

:func:`make_private` takes group and world access away from files that SQLite or another
library creates on its own; :func:`create_private_file` makes an empty owner-only file for
SQLite to open (SQLite gives a new ``-wal``, ``-shm`` or ``-journal`` the database file's mode).

Windows
    Python's mode bits only set the read-only flag there; a new file takes the access list (ACL)
    its folder passes on. In the app's data folder under ``%LOCALAPPDATA%`` that list is the
    user's own (plus SYSTEM and Administrators), so the database and backups are private there.
    An export to another folder gets that folder's list: private in the user's Documents or
    Desktop, readable by every account in a shared folder such as ``C:\\Users\\Public``, and
    without any access control on a FAT32/exFAT USB stick. No ACL is set by hand (that would
    need a Windows-only dependency); the rename keeps the list the temporary file got in the
    target's folder, as a freshly written file would have.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from lijiabu_desk.db.errors import StorageError

__all__ = [
    "PRIVATE_DIR_MODE",
    "PRIVATE_FILE_MODE",
    "PrivateFileError",
    "create_private_file",
    "fsync_folder",
    "make_private",
    "make_private_dir",
    "reason_for",
    "write_private",
    "write_private_path",
]

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_POSIX = os.name == "posix"
_TEMP_STEM_CHARS = 40  # keeps the temporary name within the 255-byte limit for long targets

_REASONS: dict[int, str] = {
    errno.ENOSPC: "磁盘空间已满，请清理磁盘或换一个位置",
    errno.EACCES: "没有在这里写文件的权限，或者文件正被 Excel、PDF 阅读器等其他程序打开",
    errno.EPERM: "没有在这里写文件的权限，或者文件正被 Excel、PDF 阅读器等其他程序打开",
    errno.ENOENT: "所在的文件夹不存在",
    errno.ENOTDIR: "所在的文件夹不存在",
    errno.EROFS: "这个位置只能读不能写，例如写保护的U盘或光盘",
    errno.EISDIR: "已经有一个同名的文件夹",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.EIO: "读写磁盘时出错，U盘可能已被拔出",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "磁盘空间已满，请清理磁盘或换一个位置"


class PrivateFileError(OSError, StorageError):
    """Writing a private file failed; nothing was left under the target's name.

    Built like an ``OSError`` (``errno``, ``strerror``, ``filename``), so callers that handle
    ``OSError`` keep working, with ``strerror`` a short Chinese reason; as a ``StorageError`` its
    ``message`` (and ``str()``) is the whole sentence for the user."""

    @property
    def message(self) -> str:  # type: ignore[override]
        return f"无法写入 {self.filename}（{self.strerror}）。"

    def __str__(self) -> str:
        return self.message


def reason_for(exc: OSError) -> str:
    """Why ``exc`` happened, as a short Chinese phrase for a message (no errno text, no path)."""
    if isinstance(exc, PrivateFileError):
        return str(exc.strerror)
    known = _REASONS.get(exc.errno or 0)
    if known:
        return known
    return f"写入磁盘时出错，错误代码 {exc.errno}" if exc.errno else "写入磁盘时出错"


def make_private(path: Path) -> bool:
    """Take group and world access away from ``path`` (0644 becomes 0600); the owner's own bits
    stay. Best effort: ``False`` where it could not be done (a file of another user, a file
    system without modes, a file that is gone); always ``False`` on Windows, where the ACL
    inherited from the folder decides."""
    if not _POSIX:
        return False
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:
        return False
    return True


def create_private_file(path: Path) -> None:
    """Make sure ``path`` exists and is owner-only: an empty 0600 file is created when it is
    missing (SQLite treats an empty file as a new database), an existing one loses group and
    world access."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        make_private(path)
    else:
        os.close(fd)


def make_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parent as owner-only folders (0700); folders that exist
    already are left as they are (they may be the user's own, such as a USB stick's root)."""
    path = Path(path)
    missing: list[Path] = []
    folder = path
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE)
    return path


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX). Best effort: some file systems (FAT USB
    sticks, some network mounts) refuse to sync a folder, and Windows cannot open one."""
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _new_temp(target: Path, suffix: str = ".tmp") -> tuple[int, Path]:
    """An owner-only temporary file beside ``target`` (same folder, so the rename is atomic)."""
    stem = target.stem[:_TEMP_STEM_CHARS]
    fd, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=suffix, dir=target.parent)
    return fd, Path(name)


def _sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _commit(temp: Path, target: Path) -> None:
    os.replace(temp, target)
    fsync_folder(target.parent)


def _discard(temp: Path) -> None:
    """Remove the temporary file; a failure here must not hide the error that led here."""
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


def _as_error(exc: OSError, target: Path) -> PrivateFileError:
    if isinstance(exc, PrivateFileError):
        return exc
    return PrivateFileError(exc.errno, reason_for(exc), str(target))


def write_private(target: Path, write: Callable[[BinaryIO], object] | bytes) -> Path:
    """Write ``target`` whole or not at all, owner-only; returns ``target``.

    ``write`` is the content, or a function that writes it to the binary handle it is given
    (``workbook.save``, ``csv`` through a text wrapper, …). A failure of the file system raises
    :class:`PrivateFileError`; any other exception from ``write`` propagates as it is. Either
    way the temporary file is gone and an existing ``target`` is unchanged."""
    target = Path(target)
    try:
        fd, temp = _new_temp(target)
    except OSError as exc:
        raise _as_error(exc, target) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(write, bytes | bytearray | memoryview):
                handle.write(write)
            else:
                write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _commit(temp, target)
    except BaseException as exc:
        _discard(temp)
        if isinstance(exc, OSError):
            raise _as_error(exc, target) from exc
        raise
    return target


def write_private_path(target: Path, save: Callable[[Path], object]) -> Path:
    """Like :func:`write_private` for a writer that wants a file name (``save(path)``): it
    writes the owner-only temporary file, which then takes ``target``'s name. If the writer
    replaced the temporary file by a new one, that one is made owner-only before the rename."""
    target = Path(target)
    try:
        fd, temp = _new_temp(target, ".tmp" + target.suffix)  # writers may go by the suffix
        os.close(fd)
    except OSError as exc:
        raise _as_error(exc, target) from exc
    try:
        save(temp)
        make_private(temp)
        _sync_file(temp)
        _commit(temp, target)
    except BaseException as exc:
        _discard(temp)
        if isinstance(exc, OSError):
            raise _as_error(exc, target) from exc
        raise
    return target
