"""The one way into a database: lock, missing files, damaged files, and the lock's release."""

from __future__ import annotations

from pathlib import Path

import pytest

from lijiabu_desk.db.guard import DatabaseInUseError, InstanceLock
from lijiabu_desk.models import Village
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.opening import DatabaseMissingError, open_desk
from lijiabu_desk.services.restore import DamagedDatabaseError, ForeignDatabaseError


def test_a_missing_file_is_refused_unless_creating(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "desk.sqlite3"
    with pytest.raises(DatabaseMissingError) as info:
        open_desk(path)
    assert "找不到数据库文件" in info.value.message and not path.parent.exists()
    db = open_desk(path, create=True)
    db.close()
    assert path.exists()


def test_the_lock_is_held_until_close_and_a_second_opener_is_refused(db_path: Path) -> None:
    first = open_desk(db_path, create=True)
    try:
        with pytest.raises(DatabaseInUseError):
            open_desk(db_path, wait_seconds=0.3)
        assert first.lock is not None and first.lock.is_held
    finally:
        first.close()
    second = open_desk(db_path)  # released by close
    second.close()


def test_the_lock_is_released_when_opening_fails(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE songs (x)")
        conn.execute("INSERT INTO songs VALUES (1)")
        conn.commit()
    with pytest.raises(ForeignDatabaseError):
        open_desk(foreign)
    lock = InstanceLock(foreign)
    lock.acquire()  # would raise if the failed open had kept it
    lock.release()


def _damaged_with_backup(db_path: Path, clock) -> None:
    db = open_desk(db_path, create=True, clock=clock)
    ctx = ServiceContext(db, SETUP_ACTOR, clock)
    with ctx.write() as s:
        s.add_all([Village(name=f"村{i}") for i in range(300)])
    take_backup(ctx, reason="scheduled")
    db.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(4096, len(data), 4096 * 3):
        data[offset : offset + 512] = b"\xff" * 512
    db_path.write_bytes(bytes(data))


def test_a_damaged_file_is_not_replaced_when_no_backup_is_chosen(db_path: Path, clock) -> None:
    _damaged_with_backup(db_path, clock)
    asked: list[DamagedDatabaseError] = []
    with pytest.raises(DamagedDatabaseError):
        open_desk(db_path, choose_backup=lambda e: asked.append(e) or None, clock=clock)
    assert asked and asked[0].newest_backup is not None
    assert not db_path.exists() and asked[0].set_aside[0].exists()


def test_a_damaged_file_is_replaced_by_the_chosen_backup(db_path: Path, clock) -> None:
    _damaged_with_backup(db_path, clock)
    db = open_desk(db_path, choose_backup=lambda e: e.newest_backup.path, clock=clock)
    try:
        with db.sessions() as s:
            assert s.query(Village).count() == 300
        assert db.lock is not None and db.lock.is_held
    finally:
        db.close()
