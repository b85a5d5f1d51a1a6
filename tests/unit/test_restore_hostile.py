"""Restore cannot be turned against the desk: crafted backups are refused, the live file is only
replaced by a copy that was migrated and verified first, and a failure says what is true."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from lijiabu_desk.db.backup import manifest_path
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.models import Person, Village
from lijiabu_desk.services import staging
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.backups import RestoreRefusedError, list_backups, take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.restore import restore_backup
from lijiabu_desk.services.restore_check import UnverifiedBackupError

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def desk(db, clock) -> ServiceContext:
    ctx = ServiceContext(db, SETUP_ACTOR, clock)
    with ctx.write() as s:
        s.add_all([Village(name="河湾村"), Village(name="石岔村")])
        s.add(Person(name="王秀英", id_number=ID_NUMBER, name_keys="wangxiuying wxy"))
    return ctx


@pytest.fixture
def usb(desk: ServiceContext, tmp_path: Path) -> Path:
    """A verified backup on a USB stick, with its manifest."""
    return take_backup(desk, reason="manual", folder=tmp_path / "usb").path


def villages(ctx: ServiceContext) -> list[str]:
    with ctx.db.sessions() as s:
        return sorted(s.scalars(select(Village.name)))


def rewrite_manifest(backup: Path) -> None:
    """What an attacker does after editing a backup: make its manifest agree again."""
    from lijiabu_desk.db.backup import file_sha256

    manifest = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    manifest["sha256"] = file_sha256(backup)
    manifest["size"] = backup.stat().st_size
    manifest_path(backup).write_text(json.dumps(manifest), encoding="utf-8")


def add_trigger(backup: Path) -> None:
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute(
            "CREATE TRIGGER evil AFTER INSERT ON audit_entries BEGIN "
            "UPDATE persons SET id_number = '110105194912310037'; END"
        )
        conn.commit()


def unchanged(desk: ServiceContext, before: list) -> None:
    assert villages(desk) == ["河湾村", "石岔村"]
    assert list_backups(backup_dir_for(desk.db.path)) == before  # not even a safety copy


def test_a_backup_with_an_added_trigger_is_refused_even_with_a_matching_manifest(
    desk: ServiceContext, usb: Path
) -> None:
    add_trigger(usb)
    rewrite_manifest(usb)
    before = list_backups(backup_dir_for(desk.db.path))
    with pytest.raises(RestoreRefusedError) as info:
        restore_backup(desk, usb)
    assert "evil" in info.value.message and "没有改动" in info.value.message
    unchanged(desk, before)
    assert not staging.staged_path(desk.db.path).exists()


def test_a_table_or_view_the_app_did_not_make_is_refused(desk: ServiceContext, usb: Path) -> None:
    with closing(sqlite3.connect(usb)) as conn:
        conn.execute("CREATE TABLE stolen (x TEXT)")
        conn.execute("CREATE VIEW everyone AS SELECT id_number FROM persons")
        conn.commit()
    rewrite_manifest(usb)
    with pytest.raises(RestoreRefusedError) as info:
        restore_backup(desk, usb)
    assert "everyone" in info.value.message  # the view is code: refused before migrating
    with closing(sqlite3.connect(usb)) as conn:
        conn.execute("DROP VIEW everyone")
        conn.commit()
    rewrite_manifest(usb)
    with pytest.raises(RestoreRefusedError) as info:
        restore_backup(desk, usb)
    assert "stolen" in info.value.message
    assert villages(desk) == ["河湾村", "石岔村"]


def test_a_backup_edited_after_it_was_taken_is_refused(desk: ServiceContext, usb: Path) -> None:
    with closing(sqlite3.connect(usb)) as conn:
        conn.execute("UPDATE villages SET name = '改过村' WHERE name = '河湾村'")
        conn.commit()
    before = list_backups(backup_dir_for(desk.db.path))
    with pytest.raises(RestoreRefusedError) as info:
        restore_backup(desk, usb)
    assert "被改动过" in info.value.message
    unchanged(desk, before)


def test_a_backup_without_manifest_needs_a_deliberate_choice(
    desk: ServiceContext, usb: Path
) -> None:
    manifest_path(usb).unlink()
    with desk.write() as s:
        s.add(Village(name="后来村"))
    with pytest.raises(UnverifiedBackupError) as info:
        restore_backup(desk, usb)
    assert "没有备份说明文件" in info.value.message
    assert "后来村" in villages(desk)
    result = restore_backup(desk, usb, allow_unverified=True)
    restored = ServiceContext(result.database, desk.actor, desk.clock)
    assert villages(restored) == ["河湾村", "石岔村"]
    result.database.close()


def test_a_backup_of_an_older_schema_is_migrated_on_the_staged_copy(
    desk: ServiceContext, tmp_path: Path
) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from lijiabu_desk.db.engine import create_engine_for
    from lijiabu_desk.db.migrate import alembic_config, head_revision

    old = tmp_path / "old" / "old.sqlite3"
    engine = create_engine_for(old, foreign_keys=False)
    with engine.connect() as conn:
        cfg = alembic_config(old)
        cfg.attributes["connection"] = conn
        walk = [r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()]
        command.upgrade(cfg, walk[1])  # the revision before head
        conn.exec_driver_sql(
            "INSERT INTO villages (uid, name, head_name, head_phone, mediator_name, "
            "mediator_phone, created_at, updated_at) VALUES ('u-1', '旧版村', '', '', '', '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        conn.commit()
    engine.dispose()
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    result = restore_backup(desk, old, allow_unverified=True)
    assert villages(ServiceContext(result.database, desk.actor, desk.clock)) == ["旧版村"]
    with closing(sqlite3.connect(result.database.path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    result.database.close()


def test_a_fifo_is_refused_at_once_without_hanging(desk: ServiceContext, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            restore_backup(desk, fifo)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the reader so the test process can end
        with open(fifo, "wb"):
            pass
        pytest.fail("restore hung on a FIFO")
    assert isinstance(outcome[0], RestoreRefusedError)
    assert "不是普通文件" in outcome[0].message


def test_a_directory_is_refused_with_a_sentence(desk: ServiceContext, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    with pytest.raises(RestoreRefusedError) as info:
        restore_backup(desk, folder)
    assert "文件夹" in info.value.message and "Errno" not in info.value.message


def test_a_padded_oversized_file_is_refused_before_it_is_read(
    desk: ServiceContext, usb: Path
) -> None:
    with usb.open("r+b") as f:  # sparse: 1.5 GB on paper, nothing on disk
        f.truncate(1_500_000_000)
    rewrite_manifest_started = time.monotonic()
    with pytest.raises(RestoreRefusedError) as info:
        restore_backup(desk, usb)
    assert time.monotonic() - rewrite_manifest_started < 5  # refused from the header alone
    assert "大小" in info.value.message
    assert villages(desk) == ["河湾村", "石岔村"]


def test_a_restore_that_fails_half_way_leaves_the_live_file_working(
    desk: ServiceContext, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with desk.write() as s:
        s.add(Village(name="后来村"))

    def broken_open(path: Path, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(staging, "open_database", broken_open)
    with pytest.raises(ServiceError) as info:
        restore_backup(desk, usb)
    assert "恢复没有完成" in info.value.message and "没有改动" in info.value.message
    monkeypatch.undo()
    from lijiabu_desk.services.database import open_database

    again = open_database(desk.db.path)  # the old file is back, whole, under its name
    try:
        assert villages(ServiceContext(again, desk.actor, desk.clock)) == [
            "后来村",
            "河湾村",
            "石岔村",
        ]
        leftovers = [p.name for p in desk.db.path.parent.iterdir() if ".replaced-" in p.name]
        assert leftovers == [] and not staging.staged_path(desk.db.path).exists()
    finally:
        again.close()


def test_after_a_restore_no_trigger_rewrites_anything(desk: ServiceContext, usb: Path) -> None:
    """The scenario of the issue, end to end: the restored file has the app's schema only."""
    result = restore_backup(desk, usb)
    with closing(sqlite3.connect(result.database.path)) as conn:
        from lijiabu_desk.db.schema_check import schema_differences

        assert schema_differences(conn) == []
    result.database.close()


def test_check_reports_an_object_the_app_did_not_make_in_the_live_file(
    desk: ServiceContext,
) -> None:
    from lijiabu_desk.services.checks import run_checks

    path = desk.db.path
    assert all(r.ok for r in run_checks(path) if r.name == "schema_objects")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "CREATE TRIGGER evil AFTER INSERT ON audit_entries BEGIN "
            "UPDATE persons SET id_number = '110105194912310037'; END"
        )
        conn.commit()
    (line,) = [r for r in run_checks(path) if r.name == "schema_objects"]
    assert not line.ok and "evil" in line.detail


def test_a_restored_database_opens_without_an_audit_warning(
    desk: ServiceContext, usb: Path
) -> None:
    from lijiabu_desk.services.audit_check import verify_audit

    with desk.write() as s:  # the trail grows past the backup; the restore cuts it back
        s.add(Village(name="后来村"))
    result = restore_backup(desk, usb)
    try:
        assert result.database.warnings == []
        verification = verify_audit(ServiceContext(result.database, desk.actor, desk.clock))
        assert verification.report.ok, verification.message
    finally:
        result.database.close()
