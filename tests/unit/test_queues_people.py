"""身份证到期 queue at a fixed day: each boundary with one person just inside and one just out."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lijiabu_desk.models import Person
from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.queues.common import RecordKind
from lijiabu_desk.services.queues.people import id_cards_due
from lijiabu_desk.services.register.people_list import PeopleFilter, person_ids
from lijiabu_desk.services.visits.renewals import record_application_sent, record_photo
from tests.conftest import FakeClock
from tests.queue_setup import TODAY, add_home, add_person, day, make_town


@pytest.fixture
def desk(db: Database, clock: FakeClock) -> ServiceContext:
    assert clock.now.date() == TODAY
    return ServiceContext(db, SETUP_ACTOR, clock)


@pytest.fixture
def people(desk: ServiceContext) -> dict[str, int]:
    town = make_town(desk)
    with desk.write() as s:
        home = add_home(s, town, "HW0001", phone="0932-8111234")
        ids = {
            "expired": add_person(s, home, "过期", expiry=day(-1), phone="13911112222"),
            "today": add_person(s, home, "今天到期", expiry=TODAY),
            "edge_in": add_person(s, home, "三个月整", expiry=day(92)),  # 2027-02-28
            "edge_out": add_person(s, home, "三个月又一天", expiry=day(93)),
            "home_service": add_person(s, home, "卧床", expiry=day(60), home_service="卧床"),
            "long_term": add_person(s, home, "长期", expiry=day(-400), long_term=True),
            "unknown": add_person(s, home, "不知道有效期"),
            "moved": add_person(s, home, "迁出", expiry=day(-30), status=ResidentStatus.MOVED_AWAY),
            "dead": add_person(s, home, "死亡", expiry=day(-30), status=ResidentStatus.DECEASED),
            "retired": add_person(s, home, "注销", expiry=day(-30), retired=True),
        }
    return ids


def test_three_months_is_in_and_one_day_more_is_out(desk, people) -> None:
    assert day(92).isoformat() == "2027-02-28"  # today + 3 calendar months
    queue = id_cards_due(desk, TODAY, rows=True)
    shown = {r.record_id for r in queue.rows}
    assert people["edge_in"] in shown
    assert people["edge_out"] not in shown
    assert people["today"] in shown and people["expired"] in shown


def test_only_people_still_here_with_a_card_that_runs_out(desk, people) -> None:
    queue = id_cards_due(desk, TODAY, rows=True)
    expected = {people[k] for k in ("expired", "today", "edge_in", "home_service")}
    assert queue.count == 4
    assert {r.record_id for r in queue.rows} == expected


def test_home_service_first_then_the_card_that_ran_out_first(desk, people) -> None:
    rows = id_cards_due(desk, TODAY, rows=True).rows
    assert [r.record_id for r in rows] == [
        people["home_service"],
        people["expired"],
        people["today"],
        people["edge_in"],
    ]
    first, expired = rows[0], rows[1]
    assert first.reason == "身份证3个月内到期；需上门服务（卧床）"
    assert first.kind is RecordKind.PERSON and first.household_id is not None
    assert first.phone == "0932-***1234"  # no own phone: the household's, masked
    assert (expired.reason, expired.phone, expired.due_on) == (
        "身份证已过期",
        "139****2222",
        day(-1),
    )
    assert (expired.village, expired.address) == ("河湾村", "河湾村1社01号")
    assert rows[2].reason == "身份证3个月内到期"  # valid on its last day


def test_the_same_people_as_the_people_lists_id_filter(desk, people, clock) -> None:
    """The queue restates the filter's SQL for a count; this holds the two together."""
    start = clock.now
    for offset in (-400, -31, 0, 1, 31, 90):
        clock.now = start + timedelta(days=offset)
        listed = person_ids(desk, PeopleFilter.ID_DUE)
        queue = id_cards_due(desk, day(offset), rows=True)
        assert queue.count == len(listed)
        assert {r.record_id for r in queue.rows} == set(listed)


def test_counting_alone_returns_no_rows_and_the_limit_cuts_the_list(desk, people) -> None:
    assert id_cards_due(desk, TODAY).rows == ()
    limited = id_cards_due(desk, TODAY, rows=True, limit=2)
    assert limited.count == 4 and len(limited.rows) == 2


def test_the_id_queue_says_where_each_renewal_stands(ctx, clock) -> None:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    with desk.write() as s:
        person = Person(
            name="待换证", birth_date=date(1990, 1, 1), id_expiry_date=date(2026, 12, 1)
        )
        s.add(person)
        s.flush()
        person_id = person.id
    [row] = id_cards_due(desk, desk.today(), rows=True).rows
    assert row.reason == "身份证3个月内到期"
    record_photo(desk, person_id)
    assert id_cards_due(desk, desk.today(), rows=True).rows[0].reason.endswith("；已拍照，待送审")
    record_application_sent(desk, person_id)
    assert id_cards_due(desk, desk.today(), rows=True).rows[0].reason.endswith("；已送审，待领证")
