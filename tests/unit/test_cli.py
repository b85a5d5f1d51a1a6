"""The command line, as an officer or a script would call it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from lijiabu_desk.cli import main
from lijiabu_desk.db.migrate import head_revision
from tests.cli_setup import count, run


def test_demo_then_check(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "demo", "--db", str(path), "--households", "20", "--seed", "7")
    assert code == 0 and "演示乡镇已生成" in out
    assert count(path, "households") == 20
    code, out, _ = run(capsys, "check", "--db", str(path))
    lines = out.strip().splitlines()
    assert code == 0
    assert [line.split("]")[0] for line in lines] == ["[通过"] * 9  # 6 + the audit's 3
    assert head_revision() in out
    with closing(sqlite3.connect(path)) as conn:  # a signed agreement loses its number
        conn.execute(
            "UPDATE agreements SET number = NULL WHERE id = (SELECT min(id) FROM agreements"
            " WHERE form = 'written' AND status = 'signed')"
        )
        conn.commit()
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1
    assert "[失败] disputes: 纠纷记录前后矛盾：已定稿或签署的书面协议没有编号 1 件" in out


def test_demo_refuses_a_database_that_has_households(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--households", "5")[0] == 0
    monkeypatch.setenv("LIJIABU_PASSWORD", "demo")
    code, _, err = run(capsys, "demo", "--db", str(path), "--households", "5", "--user", "admin")
    assert code == 1 and "已经有户籍数据" in err and "Traceback" not in err
    assert count(path, "households") == 5


def test_a_database_with_accounts_needs_a_login(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--households", "3")[0] == 0
    assert count(path, "accounts") == 1  # the demo's admin/demo
    code, _, err = run(capsys, "demo", "--db", str(path), "--households", "3")
    assert code == 1 and "--user" in err
    monkeypatch.setenv("LIJIABU_PASSWORD", "wrong")
    code, _, err = run(capsys, "--user", "admin", "demo", "--db", str(path))
    assert code == 1 and "用户名或密码不正确" in err
    with closing(sqlite3.connect(path)) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_entries ORDER BY id")]
    # the demo fill, its admin account, then the failed login (its counter is not a change)
    assert actions == ["bulk", "create", "login_failed"]


def test_check_of_a_new_demo_passes_every_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--households", "5")[0] == 0
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 0 and "[失败]" not in out and out.count("[通过]") >= 4


def test_check_fails_on_a_file_that_is_not_a_database(tmp_path: Path, capsys) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1 and "[失败]" in out


def test_check_reports_an_outdated_schema(tmp_path: Path, capsys) -> None:
    path = tmp_path / "old.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--households", "2")[0] == 0
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.commit()
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1 and "[失败] schema" in out


def test_a_newer_database_is_refused_with_a_sentence(tmp_path: Path, capsys) -> None:
    path = tmp_path / "future.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--households", "2")[0] == 0
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
        conn.commit()
    code, _, err = run(capsys, "backup", "--db", str(path))
    assert code == 1 and "更新版本" in err and "Traceback" not in err


def test_usage_errors_are_explained_in_chinese(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["demo", "--households", "many"])
    assert info.value.code == 2
    assert "命令写法有误" in capsys.readouterr().err


def test_python_dash_m_shows_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lijiabu_desk", "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    for word in ("demo", "check", "--db", "演示乡镇"):
        assert word in done.stdout
