"""The dispute figures of cases taken in, mediated, signed, visited and retired through the
dispute services themselves (not plain rows), so that the counting rules read the dates and
states those services write."""

from __future__ import annotations

from datetime import datetime

import pytest

from lijiabu_desk.models.enums import AgreementForm, FollowUpMethod, Performance, Satisfaction
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.intake import register_dispute
from lijiabu_desk.services.disputes.outcomes import retire_dispute
from lijiabu_desk.services.disputes.sessions import save_session
from lijiabu_desk.services.statistics import (
    DisputeFigure,
    FollowUpFigure,
    dispute_ids,
    dispute_table,
    follow_up_figures,
    follow_up_ids,
    month,
)
from tests.case_setup import complete_agreement, intake, make_post, sitting
from tests.conftest import FakeClock

NOVEMBER = month(2026, 11)


@pytest.fixture
def desk(ctx: ServiceContext, clock: FakeClock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def test_cases_worked_through_the_services_count_where_the_rules_say(desk, clock) -> None:
    post = make_post(desk)
    # Written: received 11-25, sat 11-26, finalised and signed on 11-28 (800 元 in its terms).
    written = register_dispute(desk, intake(post))
    save_session(desk, written, sitting(post))
    agreement = save_agreement(desk, written, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    # Oral: received in October, no sitting, recorded on 11-02 (the same terms, 800 元).
    oral = register_dispute(desk, intake(post, received_on="20261030"))
    spoken = save_agreement(desk, oral, complete_agreement(post, form=AgreementForm.ORAL))
    finalise_agreement(desk, spoken, "20261102")
    # Registered by mistake and retired.
    mistake = register_dispute(desk, intake(post, received_on="20261120"))
    retire_dispute(desk, mistake, "重复登记")

    total = dispute_table(desk, NOVEMBER).total
    assert (total.found, total.mediated, total.succeeded) == (1, 2, 2)
    assert (total.written, total.oral, total.amount_fen) == (1, 1, 2 * 80000)  # 800 元 each
    assert dispute_ids(desk, NOVEMBER, figure=DisputeFigure.FOUND) == [written]
    assert dispute_ids(desk, NOVEMBER, figure=DisputeFigure.ORAL) == [oral]
    october = dispute_table(desk, month(2026, 10)).total
    assert (october.found, october.mediated, october.succeeded) == (1, 0, 0)

    # Signing planned visits: the oral agreement's first one is due 11-17; made on 11-20.
    assert follow_up_figures(desk, NOVEMBER).pending == 1
    (planned,) = follow_up_ids(desk, NOVEMBER, figure=FollowUpFigure.PENDING)
    visit = FollowUpInput(
        "20261120",
        Performance.FULFILLED,
        visitor_id=post.officer_id,
        method=FollowUpMethod.HOME,
        satisfaction=Satisfaction.SATISFIED,
    )
    record_follow_up(desk, spoken, visit, planned)
    after = follow_up_figures(desk, NOVEMBER)
    assert (after.due, after.on_time, after.late, after.pending) == (1, 0, 1, 0)

    clock.now = datetime(2026, 12, 20, 9, 0)  # nothing the calendar moves changes November
    assert dispute_table(desk, NOVEMBER).total == total
