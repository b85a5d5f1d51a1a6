"""A form that leaves a choice open hands the service "not chosen"; the service refuses it with
a sentence naming the field, never storing a guess. And one rule says when an ID card is due."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.intake import register_dispute
from lijiabu_desk.services.disputes.listing import list_disputes
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, change_head, save_person
from lijiabu_desk.services.register.people_list import (
    RENEWAL_WINDOW,
    CardState,
    PeopleFilter,
    card_state,
    person_ids,
)
from tests.case_setup import Post, complete_agreement, intake, make_post, open_case


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


def test_a_case_without_a_category_is_refused(desk, post) -> None:
    with pytest.raises(ValidationError) as refused:
        register_dispute(desk, intake(post, category=None))
    assert refused.value.field == "category" and "纠纷类别" in refused.value.message
    assert list_disputes(desk) == []


def test_a_visit_without_the_performance_is_refused(desk, post) -> None:
    case_id = open_case(desk, post)
    agreement = save_agreement(desk, case_id, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "2026-11-27")
    visit = FollowUpInput(
        "2026-11-28",
        None,
        visitor_id=post.officer_id,
        findings="已付清",
        method="home",
        satisfaction="satisfied",
    )
    with pytest.raises(ValidationError) as refused:
        record_follow_up(desk, agreement, visit)
    assert refused.value.field == "performance" and "履行情况" in refused.value.message


def test_a_visit_must_say_how_it_was_made_and_whether_the_parties_are_satisfied(desk, post) -> None:
    """Nothing is pre-chosen for the 回访记录's method and satisfaction: each is asked for."""
    case_id = open_case(desk, post)
    agreement = save_agreement(desk, case_id, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "2026-11-27")
    base = {"visitor_id": post.officer_id, "findings": "已付清"}
    no_method = FollowUpInput("2026-11-28", "fulfilled", satisfaction="satisfied", **base)
    with pytest.raises(ValidationError) as refused:
        record_follow_up(desk, agreement, no_method)
    assert refused.value.field == "method" and "回访方式" in refused.value.message
    no_view = FollowUpInput("2026-11-28", "fulfilled", method="phone", **base)
    with pytest.raises(ValidationError) as refused:
        record_follow_up(desk, agreement, no_view)
    assert refused.value.field == "satisfaction" and "满意" in refused.value.message


def test_a_new_head_needs_the_former_heads_new_relation(desk, post) -> None:
    village = list_villages(desk)[0]
    household = save_household(desk, HouseholdInput("MJS0001", village.id))
    save_person(desk, PersonInput(name="马文清", household_id=household, relation=Relation.HEAD))
    son = save_person(
        desk, PersonInput(name="马小军", household_id=household, relation=Relation.SON)
    )
    with pytest.raises(ValidationError) as refused:
        change_head(desk, household, son, None)
    assert refused.value.field == "relation"


TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("expiry", "long_term", "state"),
    [
        (TODAY - timedelta(days=1), False, CardState.EXPIRED),
        (TODAY, False, CardState.DUE),
        (TODAY + RENEWAL_WINDOW, False, CardState.DUE),
        (TODAY + RENEWAL_WINDOW + timedelta(days=1), False, None),
        (TODAY - timedelta(days=1), True, None),
        (None, False, None),
    ],
)
def test_one_rule_for_expired_and_due_cards(expiry, long_term, state) -> None:
    assert card_state(expiry, long_term, TODAY) is state


def test_the_id_due_list_holds_exactly_the_cards_the_rule_flags(desk, clock) -> None:
    """The list's query and the rule the forms use agree, day by day around the window."""
    clock.now = clock.now.replace(year=2026, month=11, day=28)
    flagged = set()
    for offset in (-400, -1, 0, 1, 91, 92, 93, 400):
        expiry = TODAY + timedelta(days=offset)
        pid = save_person(desk, PersonInput(name="马文清", id_expiry_date=expiry.isoformat()))
        if card_state(expiry, False, TODAY) is not None:
            flagged.add(pid)
    assert set(person_ids(desk, PeopleFilter.ID_DUE)) == flagged
