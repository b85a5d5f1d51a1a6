"""The built wheel carries the migrations and translations, and an installed copy migrates.

PITFALLS.md: migrations/ sits outside the package, so a wheel leaves it out unless the build
copies it in. This builds the real wheel and runs the installed code, not the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("lijiabu_desk-*.whl")
    return found


def test_wheel_contains_migrations_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "lijiabu_desk/migrations/env.py" in names
    assert "lijiabu_desk/migrations/script.py.mako" in names
    assert "lijiabu_desk/migrations/versions/0001_initial_schema.py" in names
    assert "lijiabu_desk/i18n/lijiabu_desk_zh_CN.qm" in names
    assert not [n for n in names if n.startswith("tests/")]


def test_installed_wheel_creates_and_checks_a_database(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import lijiabu_desk.db.migrate as m; print(m.migrations_dir())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(site), where
    db = tmp_path / "installed.sqlite3"
    for command in ("demo", "check"):  # only demo creates a database; check reads it
        extra = ["--households", "3"] if command == "demo" else []
        done = subprocess.run(
            [sys.executable, "-m", "lijiabu_desk", command, "--db", str(db), *extra],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
    assert "[失败]" not in done.stdout and done.stdout.count("[通过]") >= 4
