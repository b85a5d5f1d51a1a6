"""Hatch build hook: compile the Qt translations (.ts → .qm) when the package is built or installed.

The .qm files are build products and are not kept in git; this hook makes them for a wheel and for
an editable install alike, with the ``lrelease`` that ships inside the PySide6-Essentials wheel.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TS_DIR = Path("resources") / "translations"
QM_DIR = Path("src") / "lijiabu_desk" / "i18n"


def find_lrelease() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6-Essentials is needed to compile the translations")
    folder = Path(next(iter(spec.submodule_search_locations)))
    exe = folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not exe.exists():
        raise RuntimeError(f"lrelease not found in {folder}")
    return exe


def compile_translations(root: Path) -> list[Path]:
    """Compile every .ts under resources/translations into src/lijiabu_desk/i18n."""
    lrelease = find_lrelease()
    out_dir = root / QM_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted((root / TS_DIR).glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        for qm in compile_translations(root):
            build_data["force_include"][str(qm)] = f"lijiabu_desk/i18n/{qm.name}"
