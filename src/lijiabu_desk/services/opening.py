"""The one way into a database file, for the window and every command alike.

In this order: refuse a network share; refuse a missing file unless creating is meant (a
mistyped ``--db`` must not become an empty database that a backup then calls "verified"); take
the single-instance lock (waiting a while for it, or refusing with a sentence); look at the file
(a foreign file is left alone, a damaged one set aside and, if the caller's ``choose_backup``
says so, replaced by a backup); migrate after a verified backup; and keep the lock with the
``Database`` until it is closed.

No Qt here: the window passes a ``choose_backup`` that asks the officer, a command passes none.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.db.guard import DatabaseInUseError, InstanceLock, check_local_path
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.db.private_files import make_private_dir
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.restore import DamagedDatabaseError, open_checked, recover_from_backup

#: How long a command waits for another copy of the app to let go of the database.
DEFAULT_WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.2

ChooseBackup = Callable[[DamagedDatabaseError], Path | None]


class DatabaseMissingError(ServiceError):
    """``--db`` names a file that does not exist, and creating one was not asked for."""


def existing_path(path: Path) -> Path:
    """``path`` if a database file is there (not on a network share); else the sentence why
    not. For what looks at a file without opening it (``check``, a restore's target)."""
    path = Path(path)
    check_local_path(path)
    if not path.is_file():
        raise DatabaseMissingError(missing_message(path))
    return path


def missing_message(path: Path) -> str:
    return (
        f"找不到数据库文件 {path}。请检查路径是否写对；"
        "要新建一个数据库，请打开程序窗口，或用 demo 命令生成演示数据库。"
    )


def _acquire(lock: InstanceLock, wait_seconds: float, on_wait: Callable[[], None] | None) -> None:
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            lock.acquire()
            return
        except DatabaseInUseError:
            if time.monotonic() >= deadline:
                raise
            if on_wait is not None and not told:
                on_wait()
                told = True
            time.sleep(_POLL_SECONDS)


def open_desk(
    path: Path,
    *,
    create: bool = False,
    wait_seconds: float = 0.0,
    choose_backup: ChooseBackup | None = None,
    on_wait: Callable[[], None] | None = None,
    clock: Callable[[], datetime] = datetime.now,
) -> Database:
    """Open ``path`` for work, holding its single-instance lock until ``Database.close()``.

    Raises ``DatabaseMissingError``, ``DatabaseInUseError`` (after ``wait_seconds``),
    ``NetworkShareError``, ``ForeignDatabaseError``, ``DamagedDatabaseError`` (when no backup
    was chosen) or another ServiceError/StorageError, each with its sentence; the lock is
    released on every failure.
    """
    path = Path(path)
    check_local_path(path)
    if not create:
        existing_path(path)
    if not path.parent.is_dir():
        try:
            make_private_dir(path.parent)
        except OSError as exc:
            raise StorageError(
                f"无法建立数据库所在的文件夹 {path.parent}（{exc.strerror}）。"
            ) from None
    lock = InstanceLock(path)
    _acquire(lock, wait_seconds, on_wait)
    try:
        database = _open_locked(path, choose_backup, clock)
    except BaseException:
        lock.release()
        raise
    database.lock = lock
    return database


def _open_locked(
    path: Path, choose_backup: ChooseBackup | None, clock: Callable[[], datetime]
) -> Database:
    try:
        return open_checked(path, backup_dir_for(path), clock=clock)
    except DamagedDatabaseError as error:
        backup = choose_backup(error) if choose_backup is not None else None
        if backup is None:
            raise
        return recover_from_backup(path, backup, clock=clock)
