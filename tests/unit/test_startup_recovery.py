"""At start-up: a damaged file is set aside (never deleted) and the newest good backup offered."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.models import AuditEntry, Village
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.restore import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    open_checked,
    recover_from_backup,
)


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096 * 3):
        data[offset : offset + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))


@pytest.fixture
def saved(db_path: Path, clock) -> Path:
    db = open_database(db_path)
    ctx = ServiceContext(db, SETUP_ACTOR, clock)
    with ctx.write() as s:
        s.add_all([Village(name=f"村{i}") for i in range(300)])
    take_backup(ctx, reason="scheduled")
    with ctx.write() as s:
        s.add(Village(name="备份后新建村"))
    db.close()  # the last connection to close checkpoints the WAL into the file
    assert not Path(str(db_path) + "-wal").exists()
    return db_path


def test_a_sound_file_opens(saved: Path, clock) -> None:
    db = open_checked(saved, backup_dir_for(saved), clock=clock)
    db.close()


def test_a_damaged_file_is_set_aside_and_the_backup_offered(saved: Path, clock) -> None:
    damage(saved)
    with pytest.raises(DamagedDatabaseError) as info:
        open_checked(saved, backup_dir_for(saved), clock=clock)
    error = info.value
    assert not saved.exists()
    assert error.set_aside and error.set_aside[0].exists()  # kept, renamed
    assert ".damaged-" in error.set_aside[0].name
    assert error.newest_backup is not None
    assert "已损坏" in error.message and "最新的完好备份" in error.message
    db = recover_from_backup(saved, error.newest_backup.path, clock=clock)
    with db.sessions() as s:
        assert len(s.scalars(select(Village)).all()) == 300
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last.action == "restore" and last.actor == "startup-recovery"
    db.close()


def test_a_damaged_file_without_backups_says_so(db_path: Path, clock) -> None:
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + b"\xff" * 4000)
    with pytest.raises(DamagedDatabaseError) as info:
        open_checked(db_path, backup_dir_for(db_path), clock=clock)
    assert info.value.newest_backup is None and "没有找到可用的备份" in info.value.message


def test_another_programs_database_is_left_alone(db_path: Path, clock) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY)")
        conn.commit()
    before = db_path.read_bytes()
    with pytest.raises(ForeignDatabaseError):
        open_checked(db_path, backup_dir_for(db_path), clock=clock)
    assert db_path.read_bytes() == before


def test_an_empty_file_is_treated_as_new(db_path: Path, clock) -> None:
    db_path.write_bytes(b"")
    db = open_checked(db_path, backup_dir_for(db_path), clock=clock)
    db.close()
