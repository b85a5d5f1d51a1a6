"""The one writer for private files (issue 9, point 8): whole or not at all, owner-only (0600)
even under a permissive umask, and a failure is a Chinese sentence that leaves an older file as
it was. The database, backups and every export are checked in ``test_private_data_files``."""

from __future__ import annotations

import errno
import os
import pickle
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from openpyxl import Workbook, load_workbook

from lijiabu_desk.db import private_files
from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.db.private_files import (
    PrivateFileError,
    create_private_file,
    make_private,
    make_private_dir,
    reason_for,
    write_private,
    write_private_path,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The usual desktop umask: without care, new files come out 0644 (readable by all)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def older_file(folder: Path) -> Path:
    """An older export that anybody may read (as files written before this change were)."""
    target = folder / "台账.xlsx"
    target.write_bytes(b"older content")
    target.chmod(0o644)
    return target


def test_bytes_are_written_owner_only_and_no_temporary_is_left(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    assert write_private(target, b"%PDF-1.4 whole") == target
    assert target.read_bytes() == b"%PDF-1.4 whole"
    assert mode(target) == 0o600
    assert names(tmp_path) == ["out.pdf"]


def test_a_writer_function_gets_a_binary_handle(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["户号", "姓名"])
    target = write_private(tmp_path / "roster.xlsx", book.save)
    assert next(load_workbook(target).active.iter_rows(values_only=True)) == ("户号", "姓名")
    assert mode(target) == 0o600 and names(tmp_path) == ["roster.xlsx"]


def test_an_older_file_readable_by_others_is_replaced_by_a_private_one(tmp_path: Path) -> None:
    target = older_file(tmp_path)
    write_private(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600


def write_half_then(exc: BaseException) -> Callable[[BinaryIO], None]:
    def writer(handle: BinaryIO) -> None:
        handle.write(b"PK\x03\x04 half a workbook")
        handle.flush()
        raise exc

    return writer


def test_a_writer_failing_half_way_leaves_the_older_file_and_no_temporary(tmp_path: Path) -> None:
    target = older_file(tmp_path)
    disk_full = OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(PrivateFileError) as info:
        write_private(target, write_half_then(disk_full))
    assert target.read_bytes() == b"older content" and mode(target) == 0o644
    assert names(tmp_path) == ["台账.xlsx"]
    error = info.value
    assert isinstance(error, OSError) and isinstance(error, StorageError)
    assert error.errno == errno.ENOSPC and error.__cause__ is disk_full
    assert error.message == f"无法写入 {target}（磁盘空间已满，请清理磁盘或换一个位置）。"
    assert str(error) == error.message and "Errno" not in str(error)
    assert pickle.loads(pickle.dumps(error)).message == error.message  # crosses processes intact


def test_a_bug_in_the_writer_propagates_as_it_is_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        write_private(tmp_path / "new.csv", write_half_then(KeyError("column")))
    assert names(tmp_path) == []


def test_a_failing_sync_leaves_the_older_file(tmp_path: Path, monkeypatch) -> None:
    """Every byte was written, but the disk refused to keep them."""
    target = older_file(tmp_path)

    def fsync(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(private_files.os, "fsync", fsync)
    with pytest.raises(PrivateFileError, match="U盘可能已被拔出"):
        write_private(target, b"new")
    assert target.read_bytes() == b"older content" and names(tmp_path) == ["台账.xlsx"]


def test_a_file_held_open_elsewhere_keeps_its_content(tmp_path: Path, monkeypatch) -> None:
    """On Windows the rename fails while Excel or a PDF reader holds the older file open."""
    target = older_file(tmp_path)

    def replace(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(private_files.os, "replace", replace)
    with pytest.raises(PrivateFileError, match="正被 Excel、PDF 阅读器等其他程序打开"):
        write_private(target, b"new")
    assert target.read_bytes() == b"older content" and names(tmp_path) == ["台账.xlsx"]


def test_a_missing_folder_is_named_in_a_sentence(tmp_path: Path) -> None:
    target = tmp_path / "无此文件夹" / "out.csv"
    with pytest.raises(PrivateFileError) as info:
        write_private(target, b"x")
    assert info.value.message == f"无法写入 {target}（所在的文件夹不存在）。"
    assert not target.parent.exists()


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_refused_and_keeps_the_older_file(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    target = older_file(folder)
    folder.chmod(0o500)
    try:
        with pytest.raises(PrivateFileError, match="没有在这里写文件的权限"):
            write_private(target, b"new")
        assert target.read_bytes() == b"older content" and names(folder) == ["台账.xlsx"]
    finally:
        folder.chmod(0o700)


def test_an_unknown_error_still_reads_as_chinese() -> None:
    assert reason_for(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        f"写入磁盘时出错，错误代码 {errno.EXDEV}"
    )
    assert reason_for(OSError("no errno")) == "写入磁盘时出错"


def test_a_writer_that_wants_a_path_writes_the_private_temporary(tmp_path: Path) -> None:
    seen: list[Path] = []

    def save(path: Path) -> None:
        seen.append(path)
        assert path.parent == tmp_path and path.name.endswith(".xlsx")
        assert mode(path) == 0o600  # private before a byte is written
        Workbook().save(path)

    target = write_private_path(tmp_path / "花名册.xlsx", save)
    assert mode(target) == 0o600 and names(tmp_path) == ["花名册.xlsx"]
    assert not seen[0].exists()


def test_a_path_writer_that_makes_a_new_file_still_gives_a_private_one(tmp_path: Path) -> None:
    def save(path: Path) -> None:  # some libraries write a file of their own and rename it
        path.unlink()
        path.write_bytes(b"made by the library")
        assert mode(path) == 0o644

    target = write_private_path(tmp_path / "out.bin", save)
    assert target.read_bytes() == b"made by the library" and mode(target) == 0o600


def test_a_path_writer_failing_leaves_the_older_file(tmp_path: Path) -> None:
    target = older_file(tmp_path)

    def save(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(PrivateFileError, match="磁盘空间已满"):
        write_private_path(target, save)
    assert target.read_bytes() == b"older content" and names(tmp_path) == ["台账.xlsx"]


def test_make_private_takes_group_and_world_access_away(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.write_bytes(b"x")
    shared.chmod(0o664)
    assert make_private(shared) and mode(shared) == 0o600
    read_only = tmp_path / "read-only"
    read_only.write_bytes(b"x")
    read_only.chmod(0o444)
    assert make_private(read_only) and mode(read_only) == 0o400  # the owner's bits stay
    assert not make_private(tmp_path / "gone")


def test_create_private_file_makes_an_empty_file_or_tightens_one(tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite3"
    create_private_file(new)
    assert new.read_bytes() == b"" and mode(new) == 0o600
    old = tmp_path / "old.sqlite3"
    old.write_bytes(b"SQLite format 3\x00")
    old.chmod(0o644)
    create_private_file(old)
    assert old.read_bytes() == b"SQLite format 3\x00" and mode(old) == 0o600


def test_make_private_dir_creates_owner_only_folders_and_leaves_existing_ones(
    tmp_path: Path,
) -> None:
    tmp_path.chmod(0o755)
    made = make_private_dir(tmp_path / "backups" / "desk")
    assert made.is_dir()
    assert mode(tmp_path / "backups") == 0o700 and mode(made) == 0o700
    assert mode(tmp_path) == 0o755
    assert make_private_dir(made) == made  # already there: nothing to do
