"""Developer tool: render the main window on a database to a PNG, to look at what a user sees.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot.py --db demo.sqlite3 -o shot.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from lijiabu_desk.services.database import open_database
from lijiabu_desk.ui.i18n import install_translators, wants_english
from lijiabu_desk.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--size", default="1100x720")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    translators = install_translators(app, english=wants_english())
    database = open_database(args.db)
    window = MainWindow(database)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    app.processEvents()
    window.grab().save(str(args.output))
    database.close()
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
