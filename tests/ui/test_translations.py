"""The zh_CN catalogue is complete and matches the strings in the code."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "lijiabu_desk_zh_CN.ts"


def messages(path: Path) -> dict[str, ET.Element]:
    return {
        f"{ctx.findtext('name')}|{msg.findtext('source')}": msg.find("translation")
        for ctx in ET.parse(path).getroot().iter("context")
        for msg in ctx.iter("message")
    }


def test_no_entry_is_unfinished_or_empty() -> None:
    bad = [
        key
        for key, tr in messages(TS).items()
        if tr is None or tr.get("type") in {"unfinished", "vanished", "obsolete"} or not tr.text
    ]
    assert bad == []


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "lijiabu_desk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = set(messages(fresh)) - set(messages(TS))
    assert missing == set(), "run tools/update-translations.sh and translate the new strings"


def test_placeholders_survive_translation() -> None:
    for key, tr in messages(TS).items():
        source = key.split("|", 1)[1]
        for placeholder in ("%1", "%2", "%n"):
            assert (placeholder in source) == (placeholder in (tr.text or "")), key
