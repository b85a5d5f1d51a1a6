"""Backups: verified copies with manifests, rotation, a copy to a USB folder, restore refusals."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from lijiabu_desk.db.backup import manifest_path
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.models import AuditEntry, Village
from lijiabu_desk.services.backups import (
    RestoreRefusedError,
    list_backups,
    take_backup,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.restore import restore_backup
from lijiabu_desk.services.retention import RetentionPolicy


@pytest.fixture
def desk(db, clock) -> ServiceContext:
    from lijiabu_desk.services.actor import SETUP_ACTOR

    ctx = ServiceContext(db, SETUP_ACTOR, clock)
    with ctx.write() as s:
        s.add_all([Village(name="河湾村"), Village(name="石岔村")])
    return ctx


def villages(ctx: ServiceContext) -> list[str]:
    with ctx.db.sessions() as s:
        return sorted(s.scalars(select(Village.name)))


def test_a_backup_is_verified_and_described(desk: ServiceContext) -> None:
    info = take_backup(desk, reason="manual")
    assert info.path.parent == backup_dir_for(desk.db.path)
    assert info.counts["villages"] == 2 and info.reason == "manual"
    manifest = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    assert manifest["schema"] and manifest["sha256"] and manifest["audit_head"]["id"] >= 1
    with closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    with desk.db.sessions() as s:
        assert s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()[-1] == "backup"


def test_rotation_keeps_the_policy_and_a_usb_copy_is_left_alone(
    desk: ServiceContext, clock, tmp_path: Path
) -> None:
    policy = RetentionPolicy(recent=3, daily=2, weekly=0, monthly=0)
    for _ in range(8):
        take_backup(desk, reason="scheduled", policy=policy)
        clock.advance(hours=7)
    auto = list_backups(backup_dir_for(desk.db.path))
    assert 3 <= len(auto) <= 5
    usb = tmp_path / "usb"
    for _ in range(3):
        take_backup(desk, reason="manual", folder=usb, policy=policy)
        clock.advance(days=1)
    assert len(list_backups(usb)) == 3


def test_a_backup_to_an_unwritable_folder_says_so(desk: ServiceContext, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(Exception) as info:
        take_backup(desk, reason="manual", folder=blocker / "sub")
    assert "备份没有完成" in str(info.value)


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(desk: ServiceContext) -> None:
    info = take_backup(desk, reason="manual")
    with desk.write() as s:
        s.add(Village(name="后来村"))
    result = restore_backup(desk, info.path)
    restored = ServiceContext(result.database, desk.actor, desk.clock)
    assert villages(restored) == ["河湾村", "石岔村"]
    assert result.safety_backup is not None and result.safety_backup.counts["villages"] == 3
    with result.database.sessions() as s:
        assert s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()[-1] == "restore"
    result.database.close()


# --- a corpus of files that must never be restored ------------------------------------------


def not_sqlite(folder: Path, good: Path) -> Path:
    path = folder / "notes.sqlite3"
    path.write_text("这不是数据库", encoding="utf-8")
    return path


def truncated(folder: Path, good: Path) -> Path:
    path = folder / "truncated.sqlite3"
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def random_bytes(folder: Path, good: Path) -> Path:
    path = folder / "random.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    return path


def another_apps_database(folder: Path, good: Path) -> Path:
    path = folder / "other.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO songs (title) VALUES ('x')")
        conn.commit()
    return path


def newer_schema(folder: Path, good: Path) -> Path:
    path = folder / "future.sqlite3"
    path.write_bytes(good.read_bytes())
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    return path


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (not_sqlite, "不是数据库文件"),
        (truncated, "已损坏"),
        (random_bytes, "已损坏"),
        (another_apps_database, "不是李家堡警务台账的数据库"),
        (newer_schema, "更新版本"),
    ],
)
def test_bad_files_are_refused_before_the_live_database_is_touched(
    desk: ServiceContext, tmp_path: Path, make, fragment: str
) -> None:
    good = take_backup(desk, reason="manual").path
    bad = make(tmp_path, good)
    before = list_backups(backup_dir_for(desk.db.path))
    with pytest.raises(RestoreRefusedError) as info:
        restore_backup(desk, bad)
    assert fragment in info.value.message
    assert villages(desk) == ["河湾村", "石岔村"]
    assert list_backups(backup_dir_for(desk.db.path)) == before  # not even a safety copy


def test_rotation_clears_a_manifest_whose_backup_never_got_its_name(desk: ServiceContext) -> None:
    first = take_backup(desk, reason="scheduled")
    orphan = first.path.with_name("desk-20261128-080000-scheduled.sqlite3.json")
    orphan.write_text(manifest_path(first.path).read_text(encoding="utf-8"), encoding="utf-8")
    take_backup(desk, reason="scheduled")
    assert not orphan.exists() and manifest_path(first.path).exists()
