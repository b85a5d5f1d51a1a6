"""The one way into a database file, for the window and every command alike.

In this order: refuse a network share; refuse a missing file unless creating is meant (a
mistyped ``--db`` must not become an empty database that a backup then calls "verified"); take
the single-instance lock (waiting a while for it, or refusing with a sentence); look at the file
(a foreign file is left alone, a damaged one set aside and, if the caller's ``choose_backup``
says so, replaced by a backup); migrate after a verified backup; and keep the lock with the
``Database`` until it is closed.

No Qt here: the window passes a ``choose_backup`` that asks the officer, a command passes none.

The window may take the two halves apart: ``lock_desk`` first, then ``open_locked`` in the
background with ``thorough=False`` while the login screen shows (``ui.shell.quick_start``). A
thorough opening reads the whole file first (``PRAGMA quick_check`` and a count of every table,
``services.restore.open_checked``); the quick one reads only the header and the schema
(``db.probe.glance``) and leaves the whole-file check to the window, which runs it in the
background once it is up (``services.integrity``). ``first_look`` tells the window, from the
same glance, whether the file can go the quick way (sound, with accounts) and the station's name
for the login screen. Heavy modules (SQLAlchemy, Alembic) are imported only by the functions
that open, so that asking these questions costs nothing.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.db.guard import DatabaseInUseError, InstanceLock, check_local_path
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.db.private_files import make_private_dir
from lijiabu_desk.db.probe import glance
from lijiabu_desk.services.errors import ServiceError

if TYPE_CHECKING:
    from lijiabu_desk.services.database import Database
    from lijiabu_desk.services.restore import DamagedDatabaseError

    ChooseBackup = Callable[[DamagedDatabaseError], Path | None]

#: The single-instance lock, as the window names it (the window does not reach into db/).
DeskLock = InstanceLock

#: How long a command waits for another copy of the app to let go of the database.
DEFAULT_WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.2


class DatabaseMissingError(ServiceError):
    """``--db`` names a file that does not exist, and creating one was not asked for."""


@dataclass(frozen=True)
class FirstLook:
    """What the login screen needs before the database is open."""

    has_accounts: bool
    station_name: str


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


def first_look(path: Path) -> FirstLook | None:
    """Whether ``path`` has accounts and the station's name, read without opening it (a few
    pages, read-only, no lock). None when the file must be opened the careful way first: it is
    missing, new, foreign, damaged at a glance, or has no accounts table yet."""
    path = Path(path)
    if not path.is_file() or not glance(path).sound:
        return None
    try:
        with closing(sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)) as conn:
            accounts = conn.execute("SELECT EXISTS (SELECT 1 FROM accounts)").fetchone()[0]
            station = conn.execute(
                "SELECT name FROM stations WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
            ).fetchone()
    except sqlite3.DatabaseError:
        return None
    return FirstLook(bool(accounts), station[0] if station else "")


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


def lock_desk(
    path: Path,
    *,
    create: bool = False,
    wait_seconds: float = 0.0,
    on_wait: Callable[[], None] | None = None,
) -> InstanceLock:
    """The first half of ``open_desk``: the checks that need no database code, and the
    single-instance lock, held when this returns."""
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
    return lock


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
    lock = lock_desk(path, create=create, wait_seconds=wait_seconds, on_wait=on_wait)
    try:
        return open_locked(path, lock, choose_backup=choose_backup, clock=clock)
    except BaseException:
        lock.release()
        raise


def open_locked(
    path: Path,
    lock: InstanceLock,
    *,
    choose_backup: ChooseBackup | None = None,
    thorough: bool = True,
    clock: Callable[[], datetime] = datetime.now,
) -> Database:
    """The second half of ``open_desk``, under ``lock`` (which the database then holds). On a
    failure the lock stays held: the caller releases it or recovers. ``thorough=False`` skips
    the whole-file check when a glance finds the file sound (see the module's docstring)."""
    from lijiabu_desk.services.restore import (
        DamagedDatabaseError,
        open_checked,
        recover_from_backup,
    )

    path = Path(path)
    database = _quick_open(path, clock) if not thorough else None
    if database is None:
        try:
            database = open_checked(path, backup_dir_for(path), clock=clock)
        except DamagedDatabaseError as error:
            backup = choose_backup(error) if choose_backup is not None else None
            if backup is None:
                raise
            database = recover_from_backup(path, backup, clock=clock)
    database.lock = lock
    return database


def _quick_open(path: Path, clock: Callable[[], datetime]) -> Database | None:
    """Open a file that looks sound at a glance; None when it does not, or when SQLite finds
    it damaged while opening (the thorough way then sets it aside and offers a backup)."""
    from sqlalchemy.exc import DatabaseError

    from lijiabu_desk.services.database import open_database

    if not path.is_file() or not glance(path).sound:
        return None
    try:
        return open_database(path, clock=clock)
    except (sqlite3.DatabaseError, DatabaseError):
        return None
