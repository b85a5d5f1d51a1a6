"""The menu's backup to a folder or USB stick copies the whole register: offered only to roles
that may copy the database (issue 9)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.ui.main_window import MainWindow


def window_as(qtbot, db: Database, clock, role: AccountRole) -> MainWindow:
    win = MainWindow(ServiceContext(db, Actor(f"user_{role.value}", role), clock))
    qtbot.addWidget(win)
    return win


def backup_to_action(window: MainWindow) -> QAction:
    (action,) = [a for a in window.findChildren(QAction) if "U盘" in a.text()]
    return action


@pytest.mark.parametrize(
    ("role", "offered"),
    [(AccountRole.ADMIN, True), (AccountRole.OFFICER, True), (AccountRole.AUXILIARY, False)],
)
def test_backup_to_usb_is_offered_by_role(qtbot, db, clock, chinese, role, offered) -> None:
    assert backup_to_action(window_as(qtbot, db, clock, role)).isEnabled() is offered


def test_an_auxiliary_is_told_why_and_never_asked_for_a_folder(qtbot, db, clock, chinese) -> None:
    window = window_as(qtbot, db, clock, AccountRole.AUXILIARY)
    told: list[str] = []
    window.actions_.ask_folder = lambda: pytest.fail("asked for a folder")  # type: ignore[method-assign]
    window.actions_.inform = lambda title, text, error=False: told.append(text)  # type: ignore[method-assign]
    window.actions_.backup_to()
    assert told and "无权把整个数据库复制到别处" in told[0]
