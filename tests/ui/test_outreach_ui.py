"""反诈宣传 in the window: an event at a village square logged with a named installer, and the
village's coverage read off the list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lijiabu_desk.models import Household, Person
from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.visits.outreach import list_outreach
from lijiabu_desk.ui.disputes.widgets import select_value
from lijiabu_desk.ui.outreach.outreach_area import OutreachArea
from tests.card_setup import make_post
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def test_an_event_on_a_village_square_raises_the_villages_coverage(qtbot, chinese, desk) -> None:
    post = make_post(desk)
    with desk.write() as s:
        people = [
            Person(name=f"村民{i}", name_keys=f"cunmin{i} cm{i}", household_id=home,
                   relation=Relation.HEAD, birth_date=date(1960, 1, 1), phone=f"1380932000{i}")
            for i, home in enumerate(post.hewan[:4])
        ]  # fmt: skip
        s.add_all(people)
        s.flush()
        village_id = s.get(Household, post.hewan[0]).village_id  # type: ignore[union-attr]
        first = people[0].id
    area = OutreachArea(desk)
    qtbot.addWidget(area)
    assert area.list.is_empty_shown()
    assert area.list.text.text() == "还没有登记反诈宣传活动。"
    select_value(area.village, village_id)
    assert area.coverage.text() == "反诈App：4户中有0户（0%）"
    form = area.new_event()
    select_value(form.village, village_id)
    type_text(qtbot, form.topic, "防范冒充客服退款诈骗")
    form.choose_officer(post.zhang)
    qtbot.keyClicks(form.reached, "60")
    qtbot.keyClicks(form.installed, "70")
    qtbot.keyClicks(form.finder.edit, "13809320000")
    qtbot.keyClick(form.finder.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.people.count() == 1, timeout=15000)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.message.text() == "安装App的人数不能多于宣传人数。"  # typing kept, field marked
    form.installed.setText("12")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.result() == QDialog.DialogCode.Accepted, form.message.text()
    [row] = list_outreach(desk)
    assert (row.place, row.village, row.people_reached, row.apps_installed) == (
        "河湾村",
        "河湾村",
        60,
        12,
    )
    assert area.model.rowCount() == 1
    assert area.coverage.text() == "反诈App：4户中有1户（25%）"
    assert area.count.text() == "共1次活动，宣传60人，12人安装App"
    with desk.read() as s:
        assert s.get(Person, first).anti_fraud_app_on == date(2026, 11, 28)  # type: ignore[union-attr]
