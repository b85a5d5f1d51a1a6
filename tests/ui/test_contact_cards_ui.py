"""警民连心卡 in the window: the household page's history and state, the handover form, printing
from the page and the register (with the question afterwards), the village's responsible officer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from lijiabu_desk.models import ContactCard, Officer
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.cards.issuance import (
    card_history,
    record_handed_over,
    responsible_officers,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.ui.register.area import RegisterArea
from lijiabu_desk.ui.register.card_dialogs import HandoverDialog
from lijiabu_desk.ui.settings.villages_page import VillageForm
from tests.card_setup import Post, make_post

TODAY = date(2026, 11, 28)


@pytest.fixture
def desk(db, clock) -> ServiceContext:
    return ServiceContext(db, SETUP_ACTOR, clock)


@pytest.fixture
def post(desk) -> Post:
    return make_post(desk)


@pytest.fixture
def area(qtbot, desk, post, chinese) -> RegisterArea:
    widget = RegisterArea(desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cards_in_db(desk: ServiceContext) -> int:
    with desk.read() as s:
        return s.scalar(select(func.count()).select_from(ContactCard)) or 0


def table_row(area: RegisterArea, row: int) -> list[str]:
    model = area.page.cards
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_page_shows_the_history_and_a_card_out_of_date_after_a_phone_change(
    area, desk, post
) -> None:
    record_handed_over(desk, [post.hewan[0]], post.li, date(2026, 10, 5))
    area.open_household(post.hewan[0])
    assert area.page.cards.rowCount() == 1
    assert table_row(area, 0)[:3] == ["2026-10-05", "张伟", "李娜"]
    assert "138 0932 1234" in table_row(area, 0)[3] and "620123" in table_row(area, 0)[3]
    current = area.page.card_state.text()
    assert "2026-10-05" in current and "已变更" not in current
    with desk.write() as s:
        s.get(Officer, post.zhang).phone = "13800000000"
    area.open_household(post.hewan[0])
    assert "民警手机号码已变更" in area.page.card_state.text()
    assert area.page.card_state.text() != current


def test_recording_a_handover_from_the_page_makes_the_card_current(qtbot, area, desk, post) -> None:
    area.open_household(post.hewan[0])
    before = area.page.card_state.text()
    area.page.handover_button.click()
    dialog = area.cards_.dialog
    assert isinstance(dialog, HandoverDialog) and dialog.isVisible()
    assert dialog.on.text() == "2026-11-28"  # today
    dialog.ok_button.click()  # nobody chosen: refused, nothing recorded
    assert dialog.isVisible() and dialog.message.text() and cards_in_db(desk) == 0
    dialog.giver.setCurrentIndex(dialog.giver.findData(post.li))
    dialog.on.clear()
    qtbot.keyClicks(dialog.on, "20261127")  # typed as on the other date fields
    dialog.ok_button.click()
    assert not dialog.isVisible()
    history = card_history(desk, post.hewan[0])
    assert history.state.current
    assert [(i.issued_on, i.handed_over_by) for i in history.issues] == [
        (date(2026, 11, 27), "李娜")
    ]
    assert area.page.cards.rowCount() == 1 and area.page.card_state.text() != before
    assert "2026-11-27" in area.page.card_state.text()


def test_a_date_after_today_is_refused_beside_the_field(qtbot, area, desk, post) -> None:
    area.open_household(post.hewan[0])
    dialog = area.cards_.record_household()
    assert dialog is not None
    dialog.giver.setCurrentIndex(dialog.giver.findData(post.li))
    dialog.on.setText("20261201")
    dialog.ok_button.click()
    assert dialog.isVisible() and "晚于今天" in dialog.message.text()
    assert cards_in_db(desk) == 0


def test_printing_from_the_page_opens_the_preview_and_records_no_handover(
    qtbot, area, desk, post
) -> None:
    area.open_household(post.hewan[0])
    area.page.print_card_button.click()
    qtbot.waitUntil(lambda: area.cards_.preview is not None, timeout=20_000)
    preview = area.cards_.preview
    assert preview is not None and preview.pdf.startswith(b"%PDF") and preview.ready
    asked: list[str] = []
    area.cards_.ask = lambda _title, text: asked.append(text) or True
    preview.choose_save_path = lambda _start: ""
    preview.reject()
    assert asked == [] and area.cards_.dialog is None  # one household: no question
    assert cards_in_db(desk) == 0


def print_village(qtbot, area: RegisterArea, tmp_path: Path, answer: bool) -> list[str]:
    tree = area.tree
    (hewan,) = [
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).text(0).startswith("河湾村")
    ]
    tree.setCurrentItem(hewan)
    area.cards_.print_place()
    qtbot.waitUntil(lambda: area.cards_.preview is not None, timeout=20_000)
    preview = area.cards_.preview
    assert preview is not None and preview.windowTitle().endswith(("(5)", "（5张）"))
    asked: list[str] = []
    area.cards_.ask = lambda _title, text: asked.append(text) or answer
    preview.choose_save_path = lambda _start: str(tmp_path / "cards.pdf")
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "cards.pdf").read_bytes() == preview.pdf
    preview.reject()
    return asked


def test_after_printing_a_village_the_answer_no_records_nothing(
    qtbot, area, desk, post, tmp_path
) -> None:
    asked = print_village(qtbot, area, tmp_path, answer=False)
    assert len(asked) == 1
    assert area.cards_.dialog is None and cards_in_db(desk) == 0


def test_after_printing_a_village_yes_records_the_printed_households(
    qtbot, area, desk, post, tmp_path
) -> None:
    print_village(qtbot, area, tmp_path, answer=True)
    dialog = area.cards_.dialog
    assert isinstance(dialog, HandoverDialog) and sorted(dialog.household_ids) == post.hewan
    dialog.giver.setCurrentIndex(dialog.giver.findData(post.zhang))
    dialog.ok_button.click()
    assert cards_in_db(desk) == 5
    assert all(card_history(desk, h).state.current for h in post.hewan)
    assert not card_history(desk, post.shanxia[0]).issues


def test_closing_the_preview_unprinted_asks_nothing(qtbot, area, post) -> None:
    area.cards_.print_missing()
    qtbot.waitUntil(lambda: area.cards_.preview is not None, timeout=20_000)
    asked: list[str] = []
    area.cards_.ask = lambda _title, text: asked.append(text) or True
    area.cards_.preview.reject()
    assert asked == []


def test_the_village_form_saves_the_responsible_officer(qtbot, desk, post, chinese) -> None:
    shanxia = next(v for v in list_villages(desk) if v.name == "山下村")
    form = VillageForm(desk, shanxia)
    qtbot.addWidget(form)
    assert form.responsible.currentData() is None  # the chief's cards
    form.responsible.setCurrentIndex(form.responsible.findData(post.li))
    form.save_button.click()
    assert form.result() == form.DialogCode.Accepted
    assert responsible_officers(desk)[shanxia.id] == post.li
    again = VillageForm(desk, shanxia)
    qtbot.addWidget(again)
    assert again.responsible.currentData() == post.li


def test_the_responsible_officer_is_read_only_for_an_officer(qtbot, db, clock, desk, post) -> None:
    officer = ServiceContext(db, Actor("user_mj", AccountRole.OFFICER), clock)
    form = VillageForm(officer, list_villages(desk)[0])
    qtbot.addWidget(form)
    assert not form.responsible.isEnabled() and not form.save_button.isEnabled()
