"""联席会议 in the window: a meeting recorded with its units, a topic about a case and its action
items; an item marked done; the minutes printed; the case page shows the meeting; an overdue
item stands in today's work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.meetings.view import list_meetings, load_meeting_form
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.meetings.meeting_form import MeetingForm
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from tests.case_setup import make_post, open_case
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def test_a_meeting_with_an_item_done_and_its_minutes(qtbot, chinese, desk, clock) -> None:
    post = make_post(desk)
    case_id = open_case(desk, post)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    area = window.meetings
    opened: list[QDialog] = []
    area.dialog_opened.connect(opened.append)
    window.areas.show_area("meetings")
    assert area.list.text.text().startswith("还没有联席会议记录")
    qtbot.mouseClick(area.buttons["new"], Qt.LeftButton)
    form = opened[-1]
    assert isinstance(form, MeetingForm) and form.windowTitle() == "新建联席会议"
    assert [form.attendees.text(r, 0) for r in range(4)] == [
        "镇政府",
        "综治中心",
        "派出所",
        "司法所",
    ]
    form.held_on.setText("20261120")  # a week ago: its first item is overdue now
    type_text(qtbot, form.place, "镇政府会议室")
    form.attendees.set_text(2, 1, "赵长安")
    form.topics.set_text(0, 0, "马建国与王秀英排水沟纠纷")
    form.topics.set_text(0, 1, "司法所牵头再次调解。")
    form.topics.table.setCurrentCell(0, 0)
    form.set_topic_case(0, case_id)
    assert form.case_choice.currentData() == case_id
    for column, text in enumerate(("1", "组织再次调解", "司法所", "张丽", "20261127")):
        form.items.set_text(0, column, text)
    form.items.add_row(("", "排查冬季矛盾", "派出所", "", "20261215"))
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.result() == QDialog.DialogCode.Accepted, form.message.text()
    [row] = list_meetings(desk)
    assert (row.topics, row.open_items, row.overdue_items) == (1, 2, 1)
    assert row.number == "（2026）安李联字第1号"
    area.search.setText("司法所")  # found by an attending unit
    assert area.model.rowCount() == 1
    area.search.setText("法庭")
    assert area.model.rowCount() == 0 and area.list.is_empty_shown()
    area.search.clear()
    counted = window.start_page.shown
    window.areas.show_area("overview")  # the start page counts afresh when shown
    qtbot.waitUntil(lambda: window.start_page.shown > counted, timeout=10_000)  # in the background
    assert window.overview.queues.buttons["meeting_items_open"].text() == "2件 ▸"
    window.areas.show_area("meetings")
    # The overdue item is done: marked with its date.
    area.item_table.selectRow(1 if area.items.row_at(0).topic == "其他事项" else 0)
    qtbot.mouseClick(area.buttons["done"], Qt.LeftButton)
    step = opened[-1]
    qtbot.mouseClick(step.save_button, Qt.LeftButton)
    _, items = load_meeting_form(desk, row.id)
    assert [i.status(desk.today()) for i in items] == ["已完成", "未完成"]
    qtbot.mouseClick(area.buttons["print"], Qt.LeftButton)
    preview = opened[-1]
    assert isinstance(preview, PdfPreviewDialog) and preview.pdf.startswith(b"%PDF")
    assert "联席会议纪要" in preview.windowTitle()
    window.open_case(case_id)
    assert "1项中已完成1项" in window.disputes.page.links.meetings.text()
    window.safety.stop()
