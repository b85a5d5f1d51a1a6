"""Readable at a village post: every window fits a 1366×768 screen with its taskbar, at normal
and at large type, and the columns that matter are in view at 1280×800."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QTableView

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.register.people_list import PeopleFilter
from lijiabu_desk.ui.disputes.case_page import CasePage
from lijiabu_desk.ui.forms import WINDOW_FRAME
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.type_size import (
    TypeSize,
    apply_type_size,
    base_point_size,
    save_type_size,
)
from tests.ui.screens import (
    AVAILABLE_HEIGHT,
    MAX_MIN_HEIGHT,
    SCREEN_WIDTH,
    make_desk,
    screens,
    smallest_size,
)


@pytest.fixture
def small_screen(monkeypatch) -> None:
    """Windows that size themselves to the screen see a 1366×768 one less its taskbar."""
    room = QRect(0, 0, SCREEN_WIDTH, AVAILABLE_HEIGHT)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: room)


@pytest.fixture(autouse=True)
def normal_type_afterwards(qapp) -> Iterator[None]:
    yield
    apply_type_size(TypeSize.NORMAL)


def closed(widget) -> None:
    """Stop the main window's timers; forms are marked saved so closing does not ask."""
    if isinstance(widget, MainWindow):
        widget.safety.stop()
    if hasattr(widget, "mark_clean"):
        widget.mark_clean()


@pytest.mark.parametrize("size", [TypeSize.NORMAL, TypeSize.LARGE])
def test_every_window_fits_a_small_screen(
    qtbot, ctx, clock, hasher, chinese, small_screen, size
) -> None:
    desk = make_desk(ServiceContext(ctx.db, ctx.actor, clock), hasher)
    save_type_size(ctx.actor.username, size)  # the main window applies the account's size
    apply_type_size(size)
    too_big = {}
    for name, build in screens(desk).items():
        window = build()
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()  # let the layouts settle on what they show
        expected = base_point_size(QApplication.instance()) * size.factor
        assert QApplication.font().pointSizeF() == pytest.approx(expected)  # still this size
        width, height = smallest_size(window)
        shown = window.size() + WINDOW_FRAME
        if width > SCREEN_WIDTH or height > MAX_MIN_HEIGHT:
            too_big[name] = f"cannot be smaller than {width}×{height}"
        elif shown.width() > SCREEN_WIDTH or shown.height() > AVAILABLE_HEIGHT:
            too_big[name] = f"opens at {window.width()}×{window.height()}"
        closed(window)
        window.close()
    assert too_big == {}


# --- columns at 1280×800 ------------------------------------------------------------------


@pytest.fixture
def township(qtbot, ctx, clock, hasher, chinese) -> Iterator[MainWindow]:
    from lijiabu_desk.services.demo import create_demo

    desk = ServiceContext(ctx.db, ctx.actor, clock)
    create_demo(desk, households=40, seed=2, hasher=hasher)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.safety.stop()


def in_view(view: QTableView, column: int) -> bool:
    """The whole column is on screen without scrolling sideways."""
    right = view.columnViewportPosition(column) + view.columnWidth(column)
    return view.horizontalScrollBar().value() == 0 and 0 <= right <= view.viewport().width()


def test_the_id_due_list_shows_the_expiry_date(qtbot, township: MainWindow) -> None:
    from lijiabu_desk.ui.register.people_model import EXPIRY_COLUMN

    register = township.register
    township.areas.show_area("register")
    register.lists.setCurrentIndex(1)
    register.people_filter.setCurrentIndex(register.people_filter.findData(PeopleFilter.ID_DUE))
    qtbot.wait(10)
    assert register.people.rowCount() > 0
    assert register.people.headerData(
        EXPIRY_COLUMN, Qt.Orientation.Horizontal
    ) == register.people.tr("ID card valid until")
    assert in_view(register.people_table, EXPIRY_COLUMN)


def test_the_case_page_shows_its_key_columns(qtbot, township: MainWindow) -> None:
    area = township.disputes
    township.areas.show_area("disputes")
    page: CasePage = area.page
    for row in range(area.model.rowCount()):  # a case with every kind of record
        area.table.selectRow(row)
        case = page.case
        if case and case.sessions and case.agreements and case.follow_ups:
            break
    else:
        pytest.fail("the demo has no case with a session, an agreement and a visit")
    qtbot.wait(10)
    tr = page.tr
    key_columns = {
        page.party_view: [tr("Side"), tr("Name"), tr("Phone"), tr("Asks for")],
        page.session_view: [tr("Held"), tr("Outcome")],
        page.agreement_view: [tr("Agreement"), tr("State"), tr("Deadline"), tr("Performance")],
        page.follow_up_view: [tr("Due"), tr("Visited"), tr("Performance")],
    }
    hidden = []
    for view, headings in key_columns.items():
        model = view.model()
        names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        for heading in headings:
            if not in_view(view, names.index(heading)):
                hidden.append(f"{view.objectName()}: {heading}")
    assert hidden == []
