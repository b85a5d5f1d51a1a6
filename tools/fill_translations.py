"""Fill unfinished entries of the zh_CN catalogue from a JSON file of translations.

The JSON maps an English source string to its Chinese, or "Context|source" to a Chinese that
applies in one translation context only. Entries already translated are left alone unless they
are still marked unfinished. Run after tools/update-translations.sh:

    .venv/bin/python tools/fill_translations.py translations.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[1] / "resources/translations/lijiabu_desk_zh_CN.ts"


def main(argv: list[str]) -> int:
    table: dict[str, str] = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    tree = ET.parse(CATALOGUE)
    filled, left = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            chinese = table.get(f"{name}|{source}") or table.get(source)
            if chinese is None and translation.text:  # lupdate's same-text guess: keep it
                chinese = translation.text
            if chinese is None:
                left.append(f"{name}|{source}")
                continue
            translation.text = chinese
            del translation.attrib["type"]
            filled += 1
    tree.write(CATALOGUE, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}; still unfinished: {len(left)}")
    for item in left:
        print("  ", item)
    return 0 if not left else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
