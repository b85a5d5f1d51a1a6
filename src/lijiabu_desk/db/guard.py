"""Guards that run before the database is opened: one app instance per file, no network shares.

Single instance
    :class:`InstanceLock` takes an OS file lock (``flock`` on Unix, ``LockFileEx`` on Windows,
    through ``filelock``) on ``<db file name>.lock`` beside the database. The OS drops such a lock
    when its process dies, so a power cut or ``kill -9`` never leaves a stale lock behind. The lock
    file itself stays empty: on Windows the locked byte cannot be read by anyone else, and older
    ``filelock`` releases truncate the file on every attempt, even a failed one. Who holds the lock
    is therefore written to a sibling ``<db file name>.owner`` file (JSON: pid, host, start time),
    only ever written by the current holder and removed on release. It is information for the
    message, never part of the locking decision, so a leftover ``.owner`` file is harmless.
    Both files are owner-only (0600), like the database beside them.

Network shares
    SQLite's locking is unreliable on network file systems, so :func:`check_local_path` refuses
    them. :func:`is_network_path` answers "no" whenever it cannot tell: blocking a local disk by
    mistake would be worse than missing an exotic share.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from filelock import FileLock, SoftFileLock, Timeout

from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.db.private_files import PRIVATE_FILE_MODE, write_private

__all__ = [
    "NETWORK_FS_TYPES",
    "DatabaseInUseError",
    "InstanceLock",
    "LockOwner",
    "NetworkShareError",
    "check_local_path",
    "is_network_path",
]

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive

# Linux /proc/mounts types and macOS `mount` types whose locking SQLite cannot trust.
NETWORK_FS_TYPES: frozenset[str] = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p",
        "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "sshfs",
        "fuse.sshfs", "davfs", "fuse.davfs2", "webdav", "afpfs", "fuse.rclone", "fuse.s3fs",
        "fuse.gcsfuse",
    }
)  # fmt: skip


class DatabaseInUseError(StorageError):
    """Another running copy of the app holds the database's lock."""

    def __init__(self, message: str, owner: LockOwner | None = None) -> None:
        super().__init__(message)
        self.owner = owner


class NetworkShareError(StorageError):
    """The database path lies on a network share, where SQLite may corrupt the file."""


@dataclass(frozen=True)
class LockOwner:
    """Who holds an :class:`InstanceLock`, as written to the ``.owner`` file."""

    pid: int
    host: str
    started: datetime

    def to_json(self) -> str:
        return json.dumps(
            {"pid": self.pid, "host": self.host, "started": self.started.isoformat()},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LockOwner | None:
        """``None`` for anything unreadable (half written, hand edited, from an older version)."""
        try:
            data = json.loads(text)
            return cls(int(data["pid"]), str(data["host"]), datetime.fromisoformat(data["started"]))
        except (ValueError, TypeError, KeyError):
            return None


def _in_use_message(owner: LockOwner | None) -> str:
    where = ""
    if owner is not None:
        where = f"（电脑：{owner.host}，打开时间：{owner.started:%Y-%m-%d %H:%M}）"
    return (
        f"这个数据库已经在另一个李家堡警务台账窗口中打开了{where}。"
        "请切换到那个窗口；如果看不到它，请重启电脑后再试。"
    )


class InstanceLock:
    """Makes sure only one copy of the app opens ``db_path``.

    ``acquire()`` raises :class:`DatabaseInUseError` at once (no waiting) when another process,
    or another ``InstanceLock`` object in this process, holds the lock. ``acquire()`` and
    ``release()`` are idempotent on the same object; use it as a context manager where possible.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.lock_path = self.db_path.with_name(self.db_path.name + ".lock")
        self.owner_path = self.db_path.with_name(self.db_path.name + ".owner")
        self._lock = _make_file_lock(self.lock_path)
        self._owner: LockOwner | None = None

    @property
    def is_held(self) -> bool:
        return self._owner is not None

    def acquire(self) -> LockOwner:
        """Take the lock and record this process as its owner; returns what was recorded."""
        if self._owner is not None:
            return self._owner
        self._take()
        owner = LockOwner(os.getpid(), socket.gethostname(), datetime.now().astimezone())
        self._write_owner(owner)
        self._owner = owner
        return owner

    def release(self) -> None:
        if self._owner is None:
            return
        with contextlib.suppress(OSError):
            self.owner_path.unlink()
        self._lock.release(force=True)
        self._owner = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def _take(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            owner = LockOwner.from_json(self._read_owner_text())
            raise DatabaseInUseError(_in_use_message(owner), owner) from None
        except (OSError, NotImplementedError) as exc:
            raise StorageError(_cannot_lock_message(self.lock_path)) from exc
        if isinstance(self._lock, SoftFileLock):
            # filelock fell back to a plain marker file (no flock on this file system); such a
            # marker outlives a crash and would block every later start, so it is not good enough.
            self._lock.release(force=True)
            raise StorageError(_cannot_lock_message(self.lock_path))

    def _read_owner_text(self) -> str:
        try:
            return self.owner_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return ""

    def _write_owner(self, owner: LockOwner) -> None:
        """Best effort and atomic (owner-only temp file + replace), so a reader never sees half a
        record."""
        with contextlib.suppress(OSError):
            write_private(self.owner_path, owner.to_json().encode("utf-8"))


def _make_file_lock(lock_path: Path) -> FileLock:
    """A non-thread-local lock, refusing filelock's soft fallback where the version offers that."""
    mode = PRIVATE_FILE_MODE  # on Windows only the read-only flag follows it; the ACL is inherited
    try:
        return FileLock(lock_path, timeout=0, mode=mode, thread_local=False, fallback_to_soft=False)
    except TypeError:  # filelock older than the ``fallback_to_soft`` option
        return FileLock(lock_path, timeout=0, mode=mode, thread_local=False)


def _cannot_lock_message(lock_path: Path) -> str:
    return (
        f"无法给数据库加锁（{lock_path}）。请确认数据库所在的文件夹存在、可以写入，"
        "并且在这台电脑自己的硬盘上。"
    )


def check_local_path(path: Path) -> None:
    """Raise :class:`NetworkShareError` when ``path`` lies on a network share."""
    if is_network_path(Path(path)):
        raise NetworkShareError(
            f"数据库文件在网络共享文件夹上（{path}）。在网络共享上使用数据库可能损坏数据，"
            "所以不能在这里打开。请把数据库放在这台电脑自己的硬盘上。"
        )


def is_network_path(
    path: Path,
    *,
    platform: str = sys.platform,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> bool:
    """Whether ``path`` is on a network share, judged by the rules of ``platform``.

    ``mounts`` stands in for ``/proc/mounts`` on Linux and for the output of ``mount`` on macOS;
    ``drive_type`` stands in for ``GetDriveTypeW`` on Windows. Both are read from the running
    system only when not given and only when ``platform`` is the running platform.
    """
    native = platform == sys.platform
    if platform == "win32":
        if drive_type is None and native:
            drive_type = _windows_drive_type
        text = _windows_absolute(path) if native else str(path)
        return _windows_is_network(text, drive_type)
    if platform.startswith("linux"):
        if mounts is None:
            mounts = _read_text(Path("/proc/mounts")) if native else ""
        table = _parse_proc_mounts(mounts)
    elif platform == "darwin":
        if mounts is None:
            mounts = _run_mount() if native else ""
        table = _parse_bsd_mount(mounts)
    else:
        return False
    target = Path(path).resolve() if native else Path(path)
    fs_type = _fs_type_of(target.as_posix(), table)
    return fs_type is not None and fs_type.lower() in NETWORK_FS_TYPES


def _windows_is_network(text: str, drive_type: Callable[[str], int] | None) -> bool:
    path = text.replace("/", "\\")
    if path[:4] in ("\\\\?\\", "\\\\.\\"):  # \\?\ and \\.\ prefixes: \\?\UNC\... or \\?\C:\...
        path = path[4:]
        if path[:4].upper() == "UNC\\":
            return True
    elif path.startswith("\\\\"):  # \\server\share
        return True
    if len(path) >= 2 and path[1] == ":" and path[0].isalpha() and drive_type is not None:
        try:
            return drive_type(path[0].upper() + ":\\") == DRIVE_REMOTE
        except OSError:
            return False
    return False


def _windows_absolute(path: Path) -> str:  # pragma: no cover - Windows only
    """Resolved where possible: resolving may turn a mapped drive into its UNC form."""
    try:
        return str(Path(path).resolve())
    except OSError:
        return os.path.abspath(path)


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def _parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, fs type) pairs; /proc/mounts writes space, tab, newline, \\ as octal."""
    table = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mount_point = _OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), fields[1])
            table.append((mount_point, fields[2]))
    return table


_BSD_MOUNT_LINE = re.compile(r"^.+? on (?P<point>/.*) \((?P<type>[^,)]+)")


def _parse_bsd_mount(text: str) -> list[tuple[str, str]]:
    """(mount point, fs type) pairs from macOS ``mount``: ``dev on /point (type, options)``."""
    table = []
    for line in text.splitlines():
        match = _BSD_MOUNT_LINE.match(line)
        if match:
            table.append((match["point"], match["type"].strip()))
    return table


def _fs_type_of(path: str, table: list[tuple[str, str]]) -> str | None:
    """The type of the longest mount point containing ``path``; a later entry wins a tie
    (it is mounted over the earlier one). ``path`` must be absolute to match anything."""
    best: tuple[int, str] | None = None
    for mount_point, fs_type in table:
        point = mount_point.rstrip("/")  # "/" becomes "", which every absolute path extends
        inside = path == point or path.startswith(point + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), fs_type)
    return best[1] if best else None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return ""


def _run_mount() -> str:  # pragma: no cover - macOS only
    try:
        done = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""
