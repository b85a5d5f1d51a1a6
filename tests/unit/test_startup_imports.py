"""What starting the window imports (issue #14): each heavy library only where it is used.

Each check runs in a fresh interpreter, as the app starts: imports are cached per process.
"""

from __future__ import annotations

import ast
import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "openpyxl", "reportlab", "cn2an", "numpy")


def loaded_by(statement: str) -> set[str]:
    """Which of ``HEAVY`` a fresh interpreter has loaded after ``statement``."""
    report = f"print('LOADED', sorted(m for m in {HEAVY!r} if m in sys.modules))"
    probe = f"import sys\n{statement}\n{report}"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("LOADED"))
    return set(ast.literal_eval(line.removeprefix("LOADED ")))


def test_opening_checks_need_no_database_library() -> None:
    """The glance, the first look and the lock: plain sqlite3."""
    assert loaded_by("import lijiabu_desk.services.opening") == set()


def test_the_login_screen_brings_no_migrations_printing_or_spreadsheets() -> None:
    """Up to the login screen: no Alembic (the migrations run behind it), no ReportLab, no
    openpyxl. (SQLAlchemy comes with the login dialog's ``Actor``, through the models.)"""
    loaded = loaded_by("import lijiabu_desk.ui.app")
    assert not loaded & {"alembic", "openpyxl", "reportlab", "cn2an", "numpy"}, loaded


def test_the_main_window_brings_no_printing_or_spreadsheets() -> None:
    """The window's own code: an area's printing and export come with the area."""
    loaded = loaded_by("import lijiabu_desk.ui.main_window")
    assert not loaded & {"openpyxl", "reportlab", "cn2an", "numpy"}, loaded


def test_the_checker_sees_a_heavy_import() -> None:
    assert loaded_by("import sqlalchemy") == {"sqlalchemy"}


def test_an_argument_error_answers_without_the_database_library() -> None:
    """A mistyped command is told at once, as ``--help`` is (tests/unit/test_layers.py)."""
    run = (
        "import runpy\nsys.argv = ['lijiabu-desk', '--no-such-option']\n"
        "try:\n    runpy.run_module('lijiabu_desk', run_name='__main__')\n"
        "except SystemExit as exc:\n    assert exc.code == 2, exc.code"
    )
    assert loaded_by(run) == set()
