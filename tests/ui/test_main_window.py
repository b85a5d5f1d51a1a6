"""The main window on a real database, as a user sees it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QApplication, QLabel

from lijiabu_desk.models import Household, Person, Station, Village
from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.ui.main_window import MainWindow


def label_text(window: MainWindow, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def counted(qtbot, window: MainWindow, after: int = 0) -> None:
    """The start page's counts are read in the background: wait until a load newer than
    ``after`` loads is on screen."""
    qtbot.waitUntil(lambda: window.start_page.shown > after, timeout=10_000)


def fill(ctx: ServiceContext) -> None:
    with ctx.write() as s:
        s.add(Station(name="李家堡派出所"))
        village = Village(name="河湾村")
        hh = Household(household_no="HW0001", village=village)
        s.add_all(
            [
                village,
                hh,
                Person(
                    name="周明德",
                    household=hh,
                    relation=Relation.HEAD,
                    id_expiry_date=date(2026, 12, 20),
                ),
                Person(name="李桂兰", household=hh, relation=Relation.SPOUSE, id_long_term=True),
                Person(name="马有福"),
            ]
        )


def test_shows_station_counts_and_database(qtbot, db: Database, ctx, chinese) -> None:
    fill(ctx)
    window = MainWindow(ServiceContext(db, SETUP_ACTOR, lambda: datetime(2026, 11, 28, 9)))
    qtbot.addWidget(window)
    window.show()
    assert label_text(window, "count_households") == "—"  # not read in front of the officer
    counted(qtbot, window)
    assert window.windowTitle() == "李家堡派出所 — 李家堡警务台账"
    assert window.overview.title.text() == "李家堡派出所"
    assert label_text(window, "count_households") == "1"
    assert label_text(window, "count_residents") == "2"
    assert label_text(window, "count_outsiders") == "1"
    assert label_text(window, "count_id_cards_expiring") == "1"
    assert label_text(window, "count_disputes_overdue") == "0"
    assert label_text(window, "count_follow_ups_due") == "0"
    assert str(db.path) in label_text(window, "database_label")
    assert label_text(window, "database_label").startswith("数据库：")
    assert label_text(window, "user_label") == "当前用户：初始设置（所长/管理员）"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "文件(&F)" and menus[-2:] == ["账号(&A)", "帮助(&H)"]


def test_refresh_picks_up_new_records(qtbot, db: Database, ctx) -> None:
    window = MainWindow(ServiceContext(db, SETUP_ACTOR, lambda: datetime(2026, 11, 28, 9)))
    qtbot.addWidget(window)
    counted(qtbot, window)
    assert label_text(window, "count_households") == "0"
    fill(ctx)
    window.refresh()
    counted(qtbot, window, after=1)
    assert label_text(window, "count_households") == "1"


def test_empty_database_says_station_is_not_set_up(qtbot, ctx, chinese) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    counted(qtbot, window)
    assert window.overview.title.text() == "尚未设置派出所信息"


def test_disputes_area_has_its_own_find_and_new(qtbot, db: Database, ctx, chinese) -> None:
    fill(ctx)
    window = MainWindow(ServiceContext(db, SETUP_ACTOR, lambda: datetime(2026, 11, 28, 9)))
    qtbot.addWidget(window)
    window.show()
    areas = [
        "概览",
        "登记",
        "矛盾纠纷",
        "服务求助",
        "地界协议",
        "联席会议",
        "反诈宣传",
        "统计",
        "设置",
    ]
    assert window.areas.labels == areas
    window.activateWindow()
    window.areas.show_area("disputes")
    window.find()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.disputes.search, timeout=2000)
    opened = []
    window.disputes.actions_.dialog_opened.connect(opened.append)
    window.new_record()
    assert opened and opened[-1].windowTitle() == "登记矛盾纠纷"
    opened[-1].reject()
