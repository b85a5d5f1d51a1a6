"""A closed case reopened from its page: the reason asked for, an explicit yes, the status and the
buttons after it; and the button greyed out where reopening is not allowed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lijiabu_desk.models.enums import AccountRole, DisputeStatus, Performance, ReferralTarget
from lijiabu_desk.services import accounts
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.outcomes import ReferralInput, close_case, refer_case
from lijiabu_desk.ui.disputes.area import DisputesArea
from lijiabu_desk.ui.disputes.step_dialogs import ReopenDialog
from tests.case_setup import Post, complete_agreement, make_post, open_case
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def closed_case(desk: ServiceContext, post: Post, clock) -> int:
    """Signed 11-28, visited 12-13, closed 12-14 (the 12-22 visit cancelled)."""
    case = open_case(desk, post)
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    clock.advance(days=16)
    first = load_case(desk, case).follow_ups[0].id
    visit = FollowUpInput(
        "20261213", Performance.PARTIAL, post.officer_id, method="home", satisfaction="satisfied"
    )
    record_follow_up(desk, agreement, visit, first)
    close_case(desk, case, "协议已部分履行。")
    return case


def area_on(qtbot, ctx: ServiceContext) -> DisputesArea:
    area = DisputesArea(ctx)
    qtbot.addWidget(area)
    area.show()
    area.table.selectRow(0)
    return area


def test_a_closed_case_is_reopened_from_its_page(qtbot, chinese, desk, clock) -> None:
    case = closed_case(desk, make_post(desk), clock)
    area = area_on(qtbot, desk)
    page = area.page
    assert page.case is not None and page.case.id == case
    assert page.case.status is DisputeStatus.CLOSED
    assert page.buttons["reopen_case"].isEnabled()
    assert not page.buttons["close_case"].isEnabled()
    assert not page.buttons["follow_up"].isEnabled()
    assert len(page.follow_ups.rows) == 1  # the visit made; the cancelled one is not shown
    opened: list[QDialog] = []
    area.actions_.dialog_opened.connect(opened.append)
    asked: list[str] = []
    answer = [False]
    area.actions_.confirm = lambda title, text, action: asked.append(text) is None and answer[0]

    qtbot.mouseClick(page.buttons["reopen_case"], Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    assert isinstance(dialog, ReopenDialog) and dialog.next_visit is not None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [] and "重新打开的原因" in dialog.message.text()  # no reason: not asked
    type_text(qtbot, dialog.reason, "乙方反悔，拒付余款")
    qtbot.keyClicks(dialog.next_visit, "20261220")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "回访" in asked[0]  # what it goes back to, in the question
    assert dialog.isVisible() and page.case.status is DisputeStatus.CLOSED  # said no: nothing

    answer[0] = True
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    reopened = page.case
    assert reopened.status is DisputeStatus.FOLLOW_UP and reopened.closed_on is None
    assert "回访" in page.title.text()
    assert "重新打开原因：乙方反悔，拒付余款" in page.outcome.text()
    assert not page.buttons["reopen_case"].isEnabled()
    for key in ("close_case", "follow_up", "edit_case"):
        assert page.buttons[key].isEnabled(), key
    assert [(f.due_on, f.visited_on) for f in page.follow_ups.rows] == [
        (date(2026, 12, 13), date(2026, 12, 13)),
        (date(2026, 12, 20), None),  # the new one; the cancelled 12-22 stays cancelled
    ]


def test_reopen_is_greyed_out_where_it_is_not_allowed(qtbot, chinese, desk, clock, hasher) -> None:
    post = make_post(desk)
    closed_case(desk, post, clock)
    referred = open_case(desk, post)
    refer_case(desk, referred, ReferralInput(ReferralTarget.COURT, "", "安定区人民法院"))
    close_case(desk, referred)
    area = area_on(qtbot, desk)  # newest first: the referred case
    assert area.page.case.id == referred
    button = area.page.buttons["reopen_case"]
    assert not button.isEnabled() and button.toolTip()  # says why
    admin = accounts.create_first_admin(
        desk.db, username="houzhang", display_name="", password="Lijiabu#2026", hasher=hasher
    )
    auxiliary = Actor("fujing", AccountRole.AUXILIARY, admin.account_id)
    area = area_on(qtbot, ServiceContext(desk.db, auxiliary, clock))
    area.table.selectRow(1)  # the case closed after its agreement: reopenable, not by a 辅警
    assert area.page.case.reopens_to is DisputeStatus.FOLLOW_UP
    assert not area.page.buttons["reopen_case"].isEnabled()
