"""What the command-line tests share: running ``main`` as a terminal would, and a demo post."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from lijiabu_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``lijiabu-desk ARGV``."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def demo_post(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    households: int,
) -> Path:
    """A demo township of ``households`` households, with its admin login in the environment."""
    path = folder / "desk.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--households", str(households))[0] == 0
    monkeypatch.setenv("LIJIABU_USER", "admin")
    monkeypatch.setenv("LIJIABU_PASSWORD", "demo")
    return path


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def households(path: Path) -> int:
    return count(path, "households")
