"""Issue 9, point 8: the database with its WAL and SHM, the lock and owner files, backups with
their manifests and folders, and every export come out owner-only under a permissive umask; an
export that fails half-way leaves an older file exactly as it was and nothing beside it."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from lijiabu_desk.db import backup as backup_module
from lijiabu_desk.db.engine import create_engine_for
from lijiabu_desk.db.guard import InstanceLock
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.models import AuditEntry, Village
from lijiabu_desk.models.enums import PlaceKind
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.disputes.intake import register_dispute
from lijiabu_desk.services.disputes.ledger import HEADERS, export_ledger
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.history import AuditFilter, export_audit_csv
from lijiabu_desk.services.printing.output import write_pdf
from lijiabu_desk.services.roster.exporter import export_register
from tests.case_setup import intake, make_post

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

COMPANIONS = ("", "-wal", "-shm")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The usual desktop umask, under which a careless file comes out 0644 (readable by all).
    Autouse, so it is in force before the ``db`` fixture creates the database."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def desk(db: Database, clock) -> ServiceContext:
    ctx = ServiceContext(db, db_actor(), clock)
    with ctx.write() as s:
        s.add(Village(name="河湾村"))
    return ctx


def db_actor() -> Any:
    from lijiabu_desk.services.actor import SETUP_ACTOR

    return SETUP_ACTOR


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def companion(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


# --- the database -------------------------------------------------------------------------------


def test_a_new_database_and_its_wal_and_shm_are_owner_only(desk, db_path: Path) -> None:
    for suffix in COMPANIONS:
        assert mode(companion(db_path, suffix)) == 0o600, suffix


def test_a_new_file_is_private_before_sqlite_opens_it(tmp_path: Path) -> None:
    path = tmp_path / "data" / "desk.sqlite3"
    engine = create_engine_for(path)  # no connection yet
    try:
        assert path.stat().st_size == 0 and mode(path) == 0o600
        assert mode(path.parent) == 0o700  # the folder the app created
    finally:
        engine.dispose()


def test_an_existing_database_readable_by_others_is_made_private_at_open(
    db: Database, db_path: Path
) -> None:
    """A file from before this change, with its WAL and SHM (kept while ``db`` is open)."""
    for suffix in COMPANIONS:
        companion(db_path, suffix).chmod(0o644)
    again = open_database(db_path)
    again.close()
    for suffix in COMPANIONS:
        assert mode(companion(db_path, suffix)) == 0o600, suffix


def test_the_lock_and_owner_files_are_owner_only(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "desk.sqlite3") as lock:
        assert mode(lock.lock_path) == 0o600
        assert mode(lock.owner_path) == 0o600


# --- backups ------------------------------------------------------------------------------------


def test_backups_their_manifests_and_folders_are_owner_only(
    desk, db_path: Path, monkeypatch
) -> None:
    partial_modes: list[int] = []
    verify = backup_module.verify_backup

    def watching(path: Path, expected: dict[str, int] | None = None) -> Any:
        partial_modes.append(mode(path))  # the copy before it takes its name
        return verify(path, expected)

    monkeypatch.setattr(backup_module, "verify_backup", watching)
    info = take_backup(desk, reason="manual")
    folder = backup_dir_for(db_path)
    assert partial_modes == [0o600]
    assert mode(info.path) == 0o600
    assert mode(backup_module.manifest_path(info.path)) == 0o600
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    assert names(folder) == sorted([info.path.name, info.path.name + ".json"])


def test_a_backup_to_a_usb_folder_is_private_and_the_folder_left_as_it_is(
    desk, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir(mode=0o755)
    info = take_backup(desk, reason="manual", folder=usb)
    assert mode(info.path) == 0o600 and mode(backup_module.manifest_path(info.path)) == 0o600
    assert mode(usb) == 0o755


# --- exports ------------------------------------------------------------------------------------

PDF = b"%PDF-1.4\n% a form\n%%EOF\n"
Export = Callable[[ServiceContext, Path], object]
EXPORTS: dict[str, tuple[str, Export]] = {
    "roster": ("户籍人口.xlsx", lambda ctx, target: export_register(ctx, target)),
    "ledger": ("台账.xlsx", lambda ctx, target: export_ledger(ctx, target)),
    "audit": ("审计记录.csv", lambda ctx, target: export_audit_csv(ctx, AuditFilter(), target)),
    "pdf": ("协议书.pdf", lambda _ctx, target: write_pdf(PDF, target)),
}


def exports_audited(ctx: ServiceContext) -> int:
    with ctx.db.sessions() as s:
        return s.scalar(select(func.count()).where(AuditEntry.action == "export")) or 0


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_every_export_is_owner_only_and_leaves_no_temporary(
    desk, tmp_path: Path, kind: str
) -> None:
    name, export = EXPORTS[kind]
    folder = tmp_path / "exports"
    folder.mkdir()
    export(desk, folder / name)
    assert names(folder) == [name]
    assert mode(folder / name) == 0o600


def older_export(folder: Path, name: str) -> Path:
    folder.mkdir()
    target = folder / name
    target.write_bytes(b"older export")
    target.chmod(0o644)
    return target


def assert_untouched(target: Path) -> None:
    assert target.read_bytes() == b"older export" and mode(target) == 0o644
    assert names(target.parent) == [target.name]


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_an_export_the_disk_refuses_keeps_the_older_file(
    desk, tmp_path: Path, kind: str, monkeypatch
) -> None:
    """Every byte is written, then the disk will not keep them (full)."""
    name, export = EXPORTS[kind]
    target = older_export(tmp_path / "exports", name)
    before = exports_audited(desk)

    def fsync(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(ServiceError) as info:
        export(desk, target)
    monkeypatch.undo()
    assert_untouched(target)
    assert str(target) in info.value.message and "磁盘空间已满" in info.value.message
    assert "Errno" not in info.value.message
    assert exports_audited(desk) == before  # nothing was exported, so nothing is recorded


class FullDisk:
    """A file handle on a disk that fills up after ``room`` bytes (the bytes before it land)."""

    def __init__(self, handle: BinaryIO, room: int = 10) -> None:
        self.handle = handle
        self.room = room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            self.handle.write(bytes(data[: self.room]))
            self.handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.handle.close()


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_an_export_the_disk_fills_half_way_keeps_the_older_file(
    desk, tmp_path: Path, kind: str, monkeypatch
) -> None:
    name, export = EXPORTS[kind]
    target = older_export(tmp_path / "exports", name)
    written: list[FullDisk] = []
    fdopen = os.fdopen

    def full_disk(fd: int, *args: Any, **kwargs: Any) -> FullDisk:
        written.append(FullDisk(fdopen(fd, *args, **kwargs)))
        return written[-1]

    monkeypatch.setattr(os, "fdopen", full_disk)
    with pytest.raises(ServiceError, match="磁盘空间已满"):
        export(desk, target)
    monkeypatch.undo()
    assert written and written[0].room == 10  # the first write ran into the full disk
    assert_untouched(target)


def test_the_audit_export_keeps_the_older_file_when_a_row_fails(
    desk, tmp_path: Path, monkeypatch
) -> None:
    """A fault in the middle of the rows (after the header is written) propagates as it is."""
    target = older_export(tmp_path / "exports", "审计记录.csv")

    def failing(_text: str) -> str:
        raise RuntimeError("a fault half-way")

    monkeypatch.setattr("lijiabu_desk.services.history.escape_cell", failing)
    with pytest.raises(RuntimeError):
        export_audit_csv(desk, AuditFilter(), target)
    assert_untouched(target)


def test_the_ledger_still_escapes_cells_excel_would_run(desk, tmp_path: Path) -> None:
    post = make_post(desk)
    formula = '=HYPERLINK("http://example.invalid","点这里")'
    register_dispute(
        desk, intake(post, place_kind=PlaceKind.OTHER, village_id=None, place_detail=formula)
    )
    result = export_ledger(desk, tmp_path / "台账.xlsx")
    rows = list(load_workbook(result.path).active.iter_rows(values_only=True))
    place = dict(zip(HEADERS, rows[1], strict=True))["发生地点"]
    assert place == "'" + formula
