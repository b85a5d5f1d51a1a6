"""The household queues at a fixed day: visits this year, elders living alone visited within 30
days, and a current contact card, each boundary with a household just inside and one just out."""

from __future__ import annotations

from datetime import date

import pytest

from lijiabu_desk.models import Officer, Station
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.cards import CardSelection, card_sheet_data
from lijiabu_desk.services.cards.issuance import record_handed_over
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.queues.cards import households_without_card
from lijiabu_desk.services.queues.common import Queue, RecordKind
from lijiabu_desk.services.queues.households import (
    ELDER_TAGS,
    elders_alone_unvisited,
    households_not_visited,
)
from lijiabu_desk.services.register.households import CARE_TAGS
from tests.conftest import FakeClock
from tests.queue_setup import RETIRED_AT, TODAY, Town, add_home, card, day, make_town


@pytest.fixture
def desk(db: Database, clock: FakeClock) -> ServiceContext:
    assert clock.now.date() == TODAY
    return ServiceContext(db, SETUP_ACTOR, clock)


@pytest.fixture
def town(desk: ServiceContext) -> Town:
    return make_town(desk)


def _ids(queue: Queue) -> list[int]:
    return [r.record_id for r in queue.rows]


# --- not visited this year --------------------------------------------------------------------


@pytest.fixture
def visited(desk, town) -> dict[str, int]:
    with desk.write() as s:
        return {
            "never": add_home(s, town, "HW0001", head="马有福", phone="13909321111"),
            "last_year": add_home(s, town, "HW0002", visits=(date(2025, 12, 31), date(2025, 3, 1))),
            "new_year": add_home(s, town, "HW0003", visits=(date(2026, 1, 1),)),
            "today": add_home(s, town, "HW0004", visits=(TODAY,)),
            "retired_visit": add_home(s, town, "HW0005", retired_visits=(day(-3),)),
            "after_today": add_home(s, town, "HW0006", visits=(day(1),)),
            "retired": add_home(s, town, "HW0007", retired=True),
        }


def test_a_visit_on_the_first_of_january_counts_and_new_years_eve_does_not(desk, visited) -> None:
    queue = households_not_visited(desk, TODAY, rows=True)
    assert queue.count == 4
    never, retired_visit, after_today, last_year = queue.rows  # never visited first
    assert {never.record_id, retired_visit.record_id, after_today.record_id} == {
        visited["never"],
        visited["retired_visit"],
        visited["after_today"],
    }
    assert [r.reason for r in queue.rows[:3]] == ["从未走访"] * 3
    assert last_year.record_id == visited["last_year"]
    assert (last_year.due_on, last_year.reason) == (
        date(2025, 12, 31),
        "今年未走访（上次2025年12月31日）",
    )
    assert visited["new_year"] not in _ids(queue) and visited["today"] not in _ids(queue)


def test_a_household_row_names_the_head_and_masks_the_phone(desk, visited) -> None:
    row = households_not_visited(desk, TODAY, rows=True).rows[0]
    assert row.kind is RecordKind.HOUSEHOLD and row.household_id == row.record_id
    assert (row.name, row.label, row.village) == ("马有福", "HW0001", "河湾村")
    assert (row.address, row.phone) == ("河湾村1社01号", "139****1111")


def test_on_new_years_day_last_years_visits_no_longer_count(desk, visited) -> None:
    assert households_not_visited(desk, date(2026, 12, 31)).count == 3  # HW0006's visit counts
    assert households_not_visited(desk, date(2027, 1, 1)).count == 6


# --- elders living alone ----------------------------------------------------------------------


@pytest.fixture
def elders(desk, town) -> dict[str, int]:
    with desk.write() as s:
        return {
            "thirty": add_home(s, town, "HW0011", tags=("空巢老人",), visits=(day(-30),)),
            "thirty_one": add_home(s, town, "HW0012", tags=("独居",), visits=(day(-31),)),
            "never": add_home(s, town, "HW0013", tags=("空巢老人", "独居")),
            "other_tag": add_home(s, town, "HW0014", tags=("留守儿童",), visits=(day(-40),)),
            "untagged": add_home(s, town, "HW0015", retired_tags=("空巢老人",)),
            "retired_visit": add_home(
                s, town, "HW0016", tags=("独居",), visits=(day(-31),), retired_visits=(day(-1),)
            ),
        }


def test_a_visit_thirty_days_ago_counts_and_thirty_one_does_not(desk, elders) -> None:
    queue = elders_alone_unvisited(desk, TODAY, rows=True)
    assert queue.count == 3
    assert _ids(queue) == [elders["never"], elders["thirty_one"], elders["retired_visit"]]
    never, late, _ = queue.rows
    assert never.reason == "独居、空巢老人，从未走访" and never.due_on is None
    assert (late.reason, late.due_on) == ("独居，31天未走访", day(-31))
    # Yesterday HW0012's and HW0016's visits were 30 days old: only HW0013 was due.
    assert elders_alone_unvisited(desk, day(-1)).count == 1


def test_the_elder_tags_are_the_registers_own() -> None:
    assert ELDER_TAGS == ("空巢老人", "独居") and set(ELDER_TAGS) <= set(CARE_TAGS)


# --- contact cards ----------------------------------------------------------------------------


@pytest.fixture
def cards(desk, town) -> dict[str, int]:
    with desk.write() as s:
        return {
            "current": add_home(s, town, "HW0021", cards=(card(town, day(-100)),)),
            "never": add_home(s, town, "HW0022"),
            "old_phone": add_home(
                s, town, "HW0023", cards=(card(town, day(-100), printed_officer_phone="1"),)
            ),
            "renewed": add_home(
                s,
                town,
                "HW0024",
                cards=(card(town, day(-200), printed_duty_phone="x"), card(town, day(-10))),
            ),
            "same_day_stale": add_home(
                s,
                town,
                "HW0025",
                cards=(card(town, day(-10)), card(town, day(-10), printed_chief_phone="x")),
            ),
            "chiefs": add_home(
                s, town, "SX0001", shanxia=True, cards=(card(town, day(-5), chiefs=True),)
            ),
            "wrong_officer": add_home(
                s, town, "SX0002", shanxia=True, cards=(card(town, day(-5)),)
            ),
            "retired": add_home(s, town, "HW0026", retired=True),
            "late_entry": add_home(  # an old handover entered after the new one
                s,
                town,
                "HW0027",
                cards=(card(town, day(-10)), card(town, day(-200), printed_duty_phone="x")),
            ),
            "retired_card": add_home(
                s, town, "HW0028", cards=(card(town, day(-10), deleted_at=RETIRED_AT),)
            ),
        }


def test_a_household_is_in_until_its_latest_card_is_current(desk, cards) -> None:
    queue = households_without_card(desk, TODAY, rows=True)
    expected = ["wrong_officer", "never", "old_phone", "same_day_stale", "retired_card"]
    assert queue.count == 5
    assert _ids(queue) == [cards[k] for k in expected]  # the card printer's order: by village
    reasons = [(r.label, r.reason, r.due_on) for r in queue.rows]
    assert reasons == [
        ("SX0002", "联系民警已换成王建国", day(-5)),
        ("HW0022", "还没有发过连心卡", None),
        ("HW0023", "民警手机号码已变更", day(-100)),
        ("HW0025", "所长电话已变更", day(-10)),
        ("HW0028", "还没有发过连心卡", None),
    ]


def test_the_queue_is_what_print_all_missing_would_print(desk, cards) -> None:
    printed = card_sheet_data(desk, CardSelection(all_missing=True))
    assert households_without_card(desk, TODAY).count == len(printed.cards) == 5


def test_a_changed_number_puts_every_card_carrying_it_back_in_the_queue(desk, town, cards) -> None:
    with desk.write() as s:
        s.get(Officer, town.zhang).phone = "13800000000"  # on 河湾村's cards
    assert households_without_card(desk, TODAY).count == 8  # HW0021, HW0024 and HW0027 too
    with desk.write() as s:
        s.query(Station).one().duty_phone = "0932-8999999"
    assert households_without_card(desk, TODAY).count == 9  # 山下村's current one as well
    record_handed_over(desk, [cards["never"]], town.li, TODAY)  # the new card, handed over
    queue = households_without_card(desk, TODAY, rows=True)
    assert queue.count == 8 and cards["never"] not in _ids(queue)
