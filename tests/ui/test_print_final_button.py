"""The case page offers "print agreement" for a finalised agreement only to roles that may print
it with full ID numbers; a draft prints for every role (masked for a 辅警)."""

from __future__ import annotations

import pytest

from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import finalise_agreement, save_agreement
from lijiabu_desk.ui.disputes.area import DisputesArea
from tests.case_setup import complete_agreement, make_post, open_case


@pytest.mark.parametrize(
    ("role", "final_offered"),
    [(AccountRole.ADMIN, True), (AccountRole.OFFICER, True), (AccountRole.AUXILIARY, False)],
)
def test_print_agreement_by_role_and_state(qtbot, ctx, clock, chinese, role, final_offered) -> None:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    post = make_post(desk)
    case = open_case(desk, post)
    agreement = save_agreement(desk, case, complete_agreement(post))
    area = DisputesArea(ServiceContext(ctx.db, Actor(f"user_{role.value}", role), clock))
    qtbot.addWidget(area)
    area.show_case(case)
    button = area.page.buttons["print_agreement"]
    area.page.agreement_view.selectRow(0)
    assert button.isEnabled()  # a draft
    finalise_agreement(desk, agreement)
    area.show_case(case)
    area.page.agreement_view.selectRow(0)
    assert button.isEnabled() is final_offered
