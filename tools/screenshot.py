"""Developer tool: render the main window on a database to a PNG, to look at what a user sees.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot.py --db demo.sqlite3 -o shot.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from lijiabu_desk.services.accounts import login
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.passwords import make_hasher
from lijiabu_desk.ui.i18n import install_translators, wants_english
from lijiabu_desk.ui.login_dialog import LoginDialog
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.setup_dialog import SetupDialog


def show_register(window: MainWindow) -> MainWindow:
    window.areas.show_area("register")
    area = window.register
    area.tree.setCurrentItem(area.tree.topLevelItem(0))
    area.household_table.selectRow(0)
    return window


def show_people(window: MainWindow) -> MainWindow:
    show_register(window)
    window.register.lists.setCurrentIndex(1)
    window.register.people_filter.setCurrentIndex(1)  # ID cards due
    return window


def show_person(window: MainWindow) -> object:
    show_register(window)
    page = window.register.page.page
    assert page is not None
    return window.register.open_person(page.members[0].id)


def show_disputes(window: MainWindow) -> MainWindow:
    window.areas.show_area("disputes")
    area = window.disputes
    settled = [i for i, r in enumerate(area.model.rows) if r.status.value == "follow_up"]
    if area.model.rows:
        area.table.selectRow(settled[0] if settled else 0)
    return window


def open_case_dialog(window: MainWindow, which: str) -> object:
    """The form of a case's step: ``intake``, ``session`` or ``agreement``."""
    show_disputes(window)
    area = window.disputes
    opened: list[object] = []
    area.actions_.dialog_opened.connect(opened.append)
    if which == "intake":
        return area.new_case()
    page = area.page
    if which == "session":
        area.actions_.open_session(page.case.sessions[0].id if page.case.sessions else None)
    else:
        agreement = page.case.agreements[0]
        area.actions_.open_agreement(agreement.id, agreement.kind)
    return opened[-1]


def show_calls(window: MainWindow) -> MainWindow:
    window.areas.show_area("calls")
    area = window.calls
    if area.model.rows:
        area.table.selectRow(0)
    return window


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--size", default="1100x720")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="demo")
    parser.add_argument(
        "--screen",
        choices=[
            "main",
            "login",
            "setup",
            "accounts",
            "audit",
            "lock",
            "register",
            "person",
            "people",
            "settings",
            "disputes",
            "intake",
            "session",
            "agreement",
            "calls",
            "call-form",
            "outreach",
            "overview",
            "queue",
            "boundaries",
            "meetings",
        ],
        default="main",
    )
    args = parser.parse_args()
    app = QApplication(sys.argv)
    translators = install_translators(app, english=wants_english())
    database = open_database(args.db)
    if args.screen == "login":
        window = LoginDialog(lambda u, p: None, station_name="李家堡派出所", username="admin")
    elif args.screen == "setup":
        window = SetupDialog(lambda *a: None)
    else:
        actor = login(database, args.user, args.password, hasher=make_hasher())
        main_window = MainWindow(ServiceContext(database, actor))
        window = {
            "main": lambda: main_window,
            "register": lambda: show_register(main_window),
            "people": lambda: show_people(main_window),
            "settings": lambda: (main_window.areas.show_area("settings"), main_window)[1],
            "person": lambda: show_person(main_window),
            "disputes": lambda: show_disputes(main_window),
            "intake": lambda: open_case_dialog(main_window, "intake"),
            "session": lambda: open_case_dialog(main_window, "session"),
            "agreement": lambda: open_case_dialog(main_window, "agreement"),
            "calls": lambda: show_calls(main_window),
            "call-form": main_window.new_call,
            "outreach": lambda: (main_window.areas.show_area("outreach"), main_window)[1],
            "overview": lambda: (main_window.areas.show_area("overview"), main_window)[1],
            "queue": lambda: main_window.open_queue("id_cards_due"),
            "boundaries": lambda: (main_window.areas.show_area("boundaries"), main_window)[1],
            "meetings": lambda: (main_window.areas.show_area("meetings"), main_window)[1],
            "accounts": main_window.open_accounts,
            "audit": main_window.open_audit,
            "lock": lambda: (main_window.actions_.lock_screen(), main_window.actions_.lock_dialog)[
                1
            ],
        }[args.screen]()
    width, height = (int(v) for v in args.size.split("x"))
    if args.screen in (
        "main",
        "disputes",
        "calls",
        "outreach",
        "overview",
        "boundaries",
        "meetings",
    ):
        window.resize(width, height)
    window.show()
    app.processEvents()
    app.processEvents()
    window.grab().save(str(args.output))
    database.close()
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
