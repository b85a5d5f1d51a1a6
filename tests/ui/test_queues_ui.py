"""今日待办 on the start page: every queue with its count (an empty one says 无), the total
beside 概览, a queue's list that opens its record, and the ID queue's printed visit list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from lijiabu_desk.models import Person
from lijiabu_desk.models.enums import CallKind
from lijiabu_desk.services.calls import CallInput, log_call
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.queues import QUEUE_LABELS
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.queues.queue_dialog import QueueDialog
from tests.case_setup import make_post


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def test_the_start_page_lists_each_queue_and_opens_its_records(qtbot, chinese, desk) -> None:
    post = make_post(desk)
    call_id = log_call(desk, CallInput(CallKind.DOCUMENTS, "身份证丢了", caller_id=post.jia_id))
    with desk.write() as s:
        s.get(Person, post.yi_id).id_expiry_date = date(2026, 12, 20)  # type: ignore[union-attr]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.areas.show_area("overview")
    buttons = window.overview.queues.buttons
    # Counted in the background once the window is up: "—" until then.
    qtbot.waitUntil(lambda: window.start_page.shown >= 1, timeout=10_000)
    assert buttons["open_calls"].text() == "1件 ▸"
    assert buttons["id_cards_due"].text() == "1件 ▸"
    assert buttons["disputes_due"].text() == "无" and not buttons["disputes_due"].isEnabled()
    assert len(buttons) == len(QUEUE_LABELS)  # no queue vanishes
    total = sum(int(b.text().split("件")[0]) for b in buttons.values() if b.isEnabled())
    assert window.areas.bar.item(0).text() == f"概览 {total}"
    opened: list[object] = []
    window.calls.actions_.dialog_opened.connect(opened.append)
    qtbot.mouseClick(buttons["open_calls"], Qt.LeftButton)
    queue = opened[-1]
    assert isinstance(queue, QueueDialog) and queue.windowTitle() == "未办结的求助"
    assert queue.model.rowCount() == 1 and queue.model.row_at(0).name == "马建国"
    queue.open_row(0)
    assert window.areas.current_key() == "calls"
    assert window.calls.page.call_id == call_id
    ids = window.open_queue("id_cards_due")
    assert ids.model.row_at(0).name == "王秀英"
    preview = ids.print_list()
    assert preview is not None and preview.pdf.startswith(b"%PDF")
    ids.open_row(0)
    assert window.areas.current_key() == "register"
    window.safety.stop()
