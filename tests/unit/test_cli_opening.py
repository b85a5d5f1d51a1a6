"""Every command opens the database the one way the window does: a missing file is not created,
the single-instance lock is respected, the account rules hold and no error leaks SQL or values."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from lijiabu_desk.db.guard import InstanceLock
from tests.cli_setup import demo_post, households, run

ID_NUMBER = "62110219800101001X"


@pytest.fixture
def demo(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> Path:
    return demo_post(tmp_path, capsys, monkeypatch, households=6)


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["backup"],
        ["audit", "verify"],
        ["print", "intake-form", "1", "-o", "x.pdf"],
        ["import-roster", "roster.csv", "--dry-run"],
        ["gui-less-restore"],
    ],
)
def test_a_mistyped_db_is_refused_and_nothing_is_created(
    tmp_path: Path, capsys, argv: list[str]
) -> None:
    missing = tmp_path / "typo" / "desk.sqllite3"
    if argv == ["gui-less-restore"]:
        backup = tmp_path / "b.sqlite3"
        backup.write_bytes(b"")
        argv = ["restore", str(backup), "--yes"]
    if argv[0] == "import-roster":
        (tmp_path / "roster.csv").write_text("姓名,身份证号\n", encoding="utf-8")
        argv = ["import-roster", str(tmp_path / "roster.csv"), "--dry-run"]
    code, _, err = run(capsys, *argv, "--db", str(missing))
    assert code == 1 and "找不到数据库文件" in err, err
    assert not missing.exists() and not missing.parent.exists()


def test_demo_creates_its_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "new" / "demo.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--households", "3")[0] == 0
    assert households(path) == 3


def test_a_command_waits_for_the_window_then_refuses_with_a_sentence(
    demo: Path, tmp_path: Path, capsys
) -> None:
    window = InstanceLock(demo)  # what the open window holds all day
    window.acquire()
    try:
        started = time.monotonic()
        code, _, err = run(capsys, "backup", "--db", str(demo), "--wait", "0.5")
        assert code == 1 and "已经在另一个" in err and "Traceback" not in err
        assert 0.4 <= time.monotonic() - started < 5
        usb = tmp_path / "usb"
        run(capsys, "backup", "--db", str(demo), "--to", str(usb), "--wait", "0")
    finally:
        window.release()
    assert not usb.exists()  # nothing was written while the window held the file


def test_a_restore_under_an_open_window_is_refused_and_changes_nothing(
    demo: Path, tmp_path: Path, capsys
) -> None:
    usb = tmp_path / "usb"
    assert run(capsys, "backup", "--db", str(demo), "--to", str(usb))[0] == 0
    (backup,) = usb.glob("*.sqlite3")
    window = InstanceLock(demo)
    window.acquire()
    try:
        with closing(sqlite3.connect(demo)) as conn:  # the window saves a household meanwhile
            conn.execute("PRAGMA foreign_keys=OFF")
            conn.execute("DELETE FROM households WHERE id > 2")
            conn.commit()
        code, _, err = run(
            capsys, "restore", str(backup), "--db", str(demo), "--yes", "--wait", "0"
        )
        assert code == 1 and "已经在另一个" in err
        assert households(demo) == 2  # the window's work is still there
    finally:
        window.release()


def test_a_command_gets_the_lock_when_the_window_lets_go_in_time(demo: Path, capsys) -> None:
    window = InstanceLock(demo)
    window.acquire()
    threading.Timer(0.5, window.release).start()
    code, out, err = run(capsys, "backup", "--db", str(demo), "--wait", "10")
    assert code == 0 and "备份完成" in out and "等待" in err


def test_a_temporary_password_does_not_work_on_the_command_line(
    demo: Path, capsys, hasher, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lijiabu_desk.models.enums import AccountRole
    from lijiabu_desk.services.accounts import add_account, login
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.database import open_database

    db = open_database(demo)
    admin = ServiceContext(db, login(db, "admin", "demo", hasher=hasher))
    add_account(
        admin,
        username="mj",
        display_name="",
        role=AccountRole.OFFICER,
        password="Temp#12345",
        hasher=hasher,
    )
    db.close()
    monkeypatch.setenv("LIJIABU_USER", "mj")
    monkeypatch.setenv("LIJIABU_PASSWORD", "Temp#12345")
    for argv in (["backup"], ["audit", "verify"], ["print", "intake-form", "1", "-o", "x.pdf"]):
        code, out, err = run(capsys, *argv, "--db", str(demo))
        assert code == 1 and "临时密码" in err and "程序窗口" in err, argv
        assert "备份完成" not in out


def _integrity_error() -> IntegrityError:
    return IntegrityError(
        "INSERT INTO persons (name, id_number) VALUES (?, ?)",
        ("张晓明", ID_NUMBER),
        sqlite3.IntegrityError("UNIQUE constraint failed: persons.id_number"),
    )


def test_a_database_error_never_shows_sql_or_values_on_the_command_line(
    demo: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lijiabu_desk.services.roster.importer as importer

    def clash(*_args: object, **_kwargs: object) -> None:
        raise _integrity_error()

    monkeypatch.setattr(importer, "plan_import", clash)
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,身份证号\n", encoding="utf-8")
    code, _, err = run(capsys, "import-roster", str(roster), "--db", str(demo))
    assert code == 1 and "冲突" in err
    for leak in (ID_NUMBER, "张晓明", "INSERT", "persons", "sqlalche.me"):
        assert leak not in err


def test_database_is_locked_is_said_in_the_apps_words_in_services(
    db, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lijiabu_desk.models import Village
    from lijiabu_desk.services.actor import SETUP_ACTOR
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.errors import SaveFailedError

    ctx = ServiceContext(db, SETUP_ACTOR)
    with pytest.raises(SaveFailedError) as info, ctx.write() as s:
        s.add(Village(name="甲村"))
        s.flush()
        raise OperationalError(
            "UPDATE persons SET id_number=?",
            (ID_NUMBER,),
            sqlite3.OperationalError("database is locked"),
        )
    assert "另一处占用" in info.value.message and ID_NUMBER not in info.value.message
    with pytest.raises(SaveFailedError) as info, ctx.write() as s:
        raise _integrity_error()
    assert ID_NUMBER not in info.value.message and "INSERT" not in info.value.message


def test_the_window_and_background_jobs_show_no_sql_either() -> None:
    from lijiabu_desk.services.failures import user_message

    text = user_message(_integrity_error())
    assert "冲突" in text and ID_NUMBER not in text and "SQL" not in text
    assert ID_NUMBER not in user_message(ValueError(f"bad {ID_NUMBER}"))


def test_the_engine_hides_parameters_from_its_own_messages(db) -> None:
    from sqlalchemy import text

    with pytest.raises(IntegrityError) as info, db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO villages (id, name) VALUES (:i, :n)"), {"i": 1, "n": ID_NUMBER}
        )
        conn.execute(
            text("INSERT INTO villages (id, name) VALUES (:i, :n)"), {"i": 1, "n": ID_NUMBER}
        )
    assert ID_NUMBER not in str(info.value)
