"""backup, restore and audit verify from the command line: messages and exit codes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli_setup import demo_post, households, run


@pytest.fixture
def demo(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> Path:
    return demo_post(tmp_path, capsys, monkeypatch, households=8)


def test_backup_to_a_usb_folder(demo: Path, tmp_path: Path, capsys) -> None:
    usb = tmp_path / "usb"
    code, out, _ = run(capsys, "backup", "--db", str(demo), "--to", str(usb))
    assert code == 0 and "备份完成并已校验" in out and "8 户" in out
    assert len(list(usb.glob("*.sqlite3"))) == 1 and len(list(usb.glob("*.json"))) == 1


def test_restore_round_trip_and_refusal_without_yes(demo: Path, tmp_path: Path, capsys) -> None:
    usb = tmp_path / "usb"
    run(capsys, "backup", "--db", str(demo), "--to", str(usb))
    (backup,) = usb.glob("*.sqlite3")
    with closing(sqlite3.connect(demo)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DELETE FROM households WHERE id > 3")
        conn.commit()
    code, _, err = run(capsys, "restore", str(backup), "--db", str(demo))
    assert code == 1 and "--yes" in err and households(demo) == 3
    code, out, _ = run(capsys, "restore", str(backup), "--db", str(demo), "--yes")
    assert code == 0 and "恢复完成" in out and households(demo) == 8


def test_restore_refuses_a_file_that_is_not_ours(demo: Path, tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    code, _, err = run(capsys, "restore", str(junk), "--db", str(demo), "--yes")
    assert code == 1 and "不是数据库文件" in err and households(demo) == 8


def test_audit_verify_finds_a_tampered_entry(demo: Path, capsys) -> None:
    code, out, _ = run(capsys, "audit", "verify", "--db", str(demo))
    assert code == 0 and "审计记录完好" in out
    with closing(sqlite3.connect(demo)) as conn:
        conn.execute("UPDATE audit_entries SET actor = 'nobody' WHERE id = 1")
        conn.commit()
    code, out, _ = run(capsys, "audit", "verify", "--db", str(demo))
    assert code == 1 and "第 1 条" in out


def test_audit_verify_compares_with_the_newest_backup(demo: Path, capsys) -> None:
    assert run(capsys, "backup", "--db", str(demo))[0] == 0
    with closing(sqlite3.connect(demo)) as conn:
        last = conn.execute("SELECT max(id) FROM audit_entries").fetchone()[0]
        conn.execute("DELETE FROM audit_entries WHERE id >= ?", (last - 1,))
        conn.commit()
    code, out, _ = run(capsys, "audit", "verify", "--db", str(demo))
    assert code == 1 and "备份时记录的审计链末端" in out


def test_an_auxiliary_cannot_restore(
    demo: Path, tmp_path: Path, capsys, hasher, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lijiabu_desk.models.enums import AccountRole
    from lijiabu_desk.services.accounts import add_account, choose_new_password, login
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.database import open_database

    db = open_database(demo)
    admin = ServiceContext(db, login(db, "admin", "demo", hasher=hasher))
    add_account(
        admin,
        username="fj",
        display_name="",
        role=AccountRole.AUXILIARY,
        password="Temp#00000",
        hasher=hasher,
    )
    fj = ServiceContext(db, login(db, "fj", "Temp#00000", hasher=hasher))
    choose_new_password(fj, "Temp#12345", hasher=hasher)  # the CLI refuses temporary ones
    db.close()
    usb = tmp_path / "usb"
    run(capsys, "backup", "--db", str(demo), "--to", str(usb))
    (backup,) = usb.glob("*.sqlite3")
    monkeypatch.setenv("LIJIABU_PASSWORD", "Temp#12345")
    code, _, err = run(capsys, "restore", str(backup), "--db", str(demo), "--yes", "--user", "fj")
    assert code == 1 and "无权从备份恢复数据" in err and households(demo) == 8
