"""The window's quick way in (issue #14): a glance at the file instead of reading all of it, the
lock and the opening in two steps, and the whole-file check afterwards with the start-up's
recovery when it finds damage."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lijiabu_desk.db.guard import DatabaseInUseError, InstanceLock
from lijiabu_desk.db.probe import glance, quick_check
from lijiabu_desk.models import Village
from lijiabu_desk.services.accounts import create_first_admin
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.integrity import check_open_file, recover_in_place, reopen
from lijiabu_desk.services.opening import (
    DatabaseMissingError,
    first_look,
    lock_desk,
    open_desk,
    open_locked,
)
from lijiabu_desk.services.restore import DamagedDatabaseError
from lijiabu_desk.services.station import StationDetails

PAGE = 4096


def villages(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM villages").fetchone()[0]


def damage_village_page(path: Path) -> None:
    """A failing disk spoils a page of villages (found through SQLite's ``dbstat``); the
    header, the schema and what the opening reads stay readable."""
    with closing(sqlite3.connect(path)) as conn:
        pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'villages'")]
    data = bytearray(path.read_bytes())
    start = (max(pages) - 1) * PAGE
    data[start : start + PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(data))


def put_back(path: Path) -> None:
    """What the thorough opening set aside goes back under its name."""
    for part in path.parent.iterdir():
        if ".damaged-" in part.name:
            original, rest = part.name.split(".damaged-")
            part.replace(part.with_name(original + rest[len("20261128-090000") :]))


@pytest.fixture
def station_file(db_path: Path, hasher, clock) -> Path:
    """A post with its station, an administrator, 400 villages and a backup of 300 of them."""
    db = open_database(db_path)
    create_first_admin(
        db,
        username="houzhang",
        display_name="侯志远",
        password="Lijiabu#2026",
        hasher=hasher,
        station=StationDetails(name="李家堡派出所"),
        clock=clock,
    )
    ctx = ServiceContext(db, SETUP_ACTOR, clock)
    with ctx.write() as s:
        s.add_all([Village(name=f"村{i}") for i in range(300)])
    take_backup(ctx, reason="scheduled")
    with ctx.write() as s:
        s.add_all([Village(name=f"新村{i}") for i in range(100)])
    db.close()  # the last connection checkpoints the WAL into the file
    return db_path


def test_the_first_look_tells_the_login_screen_what_it_needs(station_file: Path) -> None:
    look = first_look(station_file)
    assert look is not None and look.has_accounts and look.station_name == "李家堡派出所"
    assert glance(station_file).sound and glance(station_file).revision is not None


def test_a_file_without_accounts_or_not_ours_goes_the_careful_way(db_path: Path) -> None:
    assert first_look(db_path) is None  # missing
    open_database(db_path).close()
    look = first_look(db_path)
    assert look is not None and not look.has_accounts  # the first start: the setup dialog
    other = db_path.with_name("songs.sqlite3")
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY)")
        conn.commit()
    assert first_look(other) is None and "不是李家堡" in glance(other).problem
    junk = db_path.with_name("junk.sqlite3")
    junk.write_text("not a database")
    assert first_look(junk) is None and glance(junk).problem == "不是数据库文件"


def test_a_cut_short_file_is_seen_at_a_glance(station_file: Path) -> None:
    data = station_file.read_bytes()
    station_file.write_bytes(data[: len(data) - PAGE])  # the last page lost
    seen = glance(station_file)
    assert not seen.sound and "已损坏" in seen.problem
    assert first_look(station_file) is None


def test_damage_deep_in_the_file_is_left_to_the_whole_file_check(station_file: Path, clock) -> None:
    damage_village_page(station_file)
    assert glance(station_file).sound  # the first pages are fine
    assert quick_check(station_file)  # reading every page finds it
    with pytest.raises(DamagedDatabaseError):  # the commands' opening reads the whole file
        open_desk(station_file, clock=clock)
    assert not station_file.exists()  # set aside; back for the window's turn
    put_back(station_file)
    lock = lock_desk(station_file)
    database = open_locked(station_file, lock, thorough=False, clock=clock)
    try:
        assert database.lock is lock and lock.is_held
        found = check_open_file(station_file)
        assert not found.ok and found.problem
        assert found.newest_backup is not None and found.newest_backup.reason == "scheduled"
        assert "已损坏" in found.message and "最新的完好备份" in found.message
        recovered = recover_in_place(database, found.newest_backup.path, clock=clock)
    except BaseException:
        database.close()
        raise
    try:
        assert recovered.lock is lock and lock.is_held  # the lock passed on, never let go
        with pytest.raises(DatabaseInUseError):
            InstanceLock(station_file).acquire()
        with recovered.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Village)) == 300
        assert check_open_file(station_file).ok
        kept = [p for p in station_file.parent.iterdir() if ".damaged-" in p.name]
        assert kept and kept[0].stat().st_size > 0  # set aside, never deleted
    finally:
        recovered.close()


def test_a_failed_recovery_keeps_the_file_in_use(station_file: Path, tmp_path: Path, clock):
    before = villages(station_file)
    lock = lock_desk(station_file)
    database = open_locked(station_file, lock, thorough=False, clock=clock)
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a backup")
    with pytest.raises(ServiceError):
        recover_in_place(database, junk, clock=clock)
    assert not [p for p in station_file.parent.iterdir() if ".damaged-" in p.name]
    assert database.lock is lock and lock.is_held
    again = reopen(database, clock=clock)
    try:
        assert again.lock is lock and database.lock is None
        with again.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Village)) == before == 400
    finally:
        again.close()
    assert not lock.is_held


def test_the_lock_comes_first_and_a_missing_file_is_refused(db_path: Path, clock) -> None:
    with pytest.raises(DatabaseMissingError):
        lock_desk(db_path)
    lock = lock_desk(db_path, create=True)
    try:
        with pytest.raises(DatabaseInUseError):
            InstanceLock(db_path).acquire()
        database = open_locked(db_path, lock, thorough=False, clock=clock)  # a new file
    except BaseException:
        lock.release()
        raise
    database.close()
    assert not lock.is_held


def test_damage_the_opening_reads_is_handled_as_at_any_start(station_file: Path, clock) -> None:
    """The opening reads the audit trail's newest entry: damage there fails the quick way,
    which then goes the thorough way (set aside, the newest good backup offered)."""
    with closing(sqlite3.connect(station_file)) as conn:
        pages = [
            p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'audit_entries'")
        ]
    data = bytearray(station_file.read_bytes())
    start = (max(pages) - 1) * PAGE
    data[start : start + PAGE] = b"\xa5" * PAGE
    station_file.write_bytes(bytes(data))
    lock = lock_desk(station_file)
    try:
        with pytest.raises(DamagedDatabaseError) as info:
            open_locked(station_file, lock, thorough=False, clock=clock)
    finally:
        lock.release()
    assert info.value.newest_backup is not None and not station_file.exists()
