#!/usr/bin/env bash
# Collect the tr() strings of the interface into the zh_CN catalogue. New strings arrive marked
# "unfinished": translate them in resources/translations/lijiabu_desk_zh_CN.ts (Qt Linguist or a
# text editor). tests/ui/test_translations.py fails while any entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/lijiabu_desk/ui -name '*.py' | sort)
exec .venv/bin/pyside6-lupdate "${sources[@]}" \
  -ts resources/translations/lijiabu_desk_zh_CN.ts -no-obsolete
