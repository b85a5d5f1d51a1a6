"""The layer rule: imports only go downward, and Qt lives only in ui/.

ui → services → models → db; documents takes plain data and sits beside services. A module may
import its own layer and any layer below it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "lijiabu_desk"

# What each layer may import from the package (besides itself and the package root).
ALLOWED: dict[str, set[str]] = {
    "db": set(),
    "models": {"db"},
    "documents": set(),
    "services": {"models", "db", "documents"},
    # The window opens and reads its database through services only (services.opening).
    "ui": {"services", "models", "documents"},
}
QT_FREE = ("db", "models", "services", "documents")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", QT_FREE)
def test_lower_layers_never_import_qt(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in layer_files(layer)
        for name in imported_modules(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_imports_only_go_downward(layer: str) -> None:
    offenders = []
    for path in layer_files(layer):
        for name in imported_modules(path):
            parts = name.split(".")
            if parts[0] != "lijiabu_desk" or len(parts) < 2:
                continue
            target = parts[1]
            if target in ALLOWED and target != layer and target not in ALLOWED[layer]:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_command_line_opens_databases_through_services_only() -> None:
    """cli.py, like the window, reaches the database through ``services.opening``."""
    offenders = [
        name
        for cli in (PACKAGE / "cli.py", PACKAGE / "cli_parser.py")
        for name in imported_modules(cli)
        if name.split(".")[:2] in (["lijiabu_desk", "db"], ["lijiabu_desk", "models"])
    ]
    assert offenders == []


def test_every_layer_has_files() -> None:
    """Guards the two tests above against passing on a renamed or empty folder."""
    for layer in ("db", "models", "services", "ui"):
        assert layer_files(layer), layer


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport lijiabu_desk.ui.app\n")
    assert imported_modules(bad) == ["PySide6.QtCore", "lijiabu_desk.ui.app"]


def test_help_and_argument_errors_do_not_load_sqlalchemy() -> None:
    """``lijiabu-desk --help`` answers at once: no SQLAlchemy, Qt, ReportLab or openpyxl."""
    import subprocess
    import sys

    probe = (
        "import sys, runpy\n"
        "sys.argv = ['lijiabu-desk', '--help']\n"
        "try:\n    runpy.run_module('lijiabu_desk', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('sqlalchemy', 'PySide6', 'reportlab', 'openpyxl', 'alembic')"
        " if m in sys.modules]\n"
        "print('LOADED', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert "LOADED []" in out, out
