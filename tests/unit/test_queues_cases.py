"""The case and call queues at a fixed day: time limits, follow-up visits, judicial-confirmation
windows and open calls, each boundary with a record just inside and one just outside."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from lijiabu_desk.models import Agreement
from lijiabu_desk.models.enums import AgreementKind, DisputeStatus
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.disputes.follow_ups import judicial_confirmation_deadline
from lijiabu_desk.services.disputes.listing import DisputeFilter, list_disputes
from lijiabu_desk.services.queues.calls import open_calls
from lijiabu_desk.services.queues.cases import disputes_due, follow_ups_due, judicial_windows
from lijiabu_desk.services.queues.common import Queue, RecordKind
from tests.conftest import FakeClock
from tests.queue_setup import (
    TODAY,
    Town,
    add_agreement,
    add_call,
    add_case,
    add_person,
    add_plan,
    day,
    make_town,
)

S = DisputeStatus


@pytest.fixture
def desk(db: Database, clock: FakeClock) -> ServiceContext:
    assert clock.now.date() == TODAY
    return ServiceContext(db, SETUP_ACTOR, clock)


@pytest.fixture
def town(desk: ServiceContext) -> Town:
    return make_town(desk)


def _ids(queue: Queue) -> list[int]:
    return [r.record_id for r in queue.rows]


# --- time limits ------------------------------------------------------------------------------


@pytest.fixture
def limits(desk, town) -> dict[str, int]:
    with desk.write() as s:
        jia = add_person(s, None, "马建国")
        yi = add_person(s, None, "王秀英")
        return {
            "overdue": add_case(
                s, 1, S.MEDIATING, day(-1), village_id=town.hewan, parties=(jia, yi)
            ),
            "today": add_case(s, 2, S.REGISTERED, TODAY),
            "edge_in": add_case(s, 3, S.REGISTERED, day(5)),  # WARN_DAYS
            "edge_out": add_case(s, 4, S.MEDIATING, day(6)),
            "agreed": add_case(s, 5, S.AGREED, day(-10)),
            "follow_up": add_case(s, 6, S.FOLLOW_UP, day(-10)),
            "failed": add_case(s, 7, S.FAILED, day(-10)),
            "closed": add_case(s, 8, S.CLOSED, day(-10)),
            "retired": add_case(s, 9, S.MEDIATING, day(-10), retired=True),
        }


def test_time_limits_five_days_ahead_or_past_of_running_cases_only(desk, limits) -> None:
    queue = disputes_due(desk, TODAY, rows=True)
    assert queue.count == 3
    assert _ids(queue) == [limits["overdue"], limits["today"], limits["edge_in"]]
    overdue, today, edge = queue.rows
    assert overdue.reason == "已超过办理期限1天" and overdue.due_on == day(-1)
    assert (overdue.name, overdue.village, overdue.label) == (
        "马建国、王秀英",
        "河湾村",
        "李调〔2026〕1号",
    )
    assert overdue.kind is RecordKind.DISPUTE
    assert today.reason == "今天到期"
    assert edge.reason == "离办理期限还剩5天"


def test_the_queue_holds_what_the_dispute_list_flags(desk, limits) -> None:
    """The list's own flags (``due_soon`` or ``overdue``) at the same day pick the same cases."""
    flagged = {r.id for r in list_disputes(desk) if r.due_soon or r.overdue}
    assert flagged == set(_ids(disputes_due(desk, TODAY, rows=True)))


# --- follow-up visits -------------------------------------------------------------------------


@pytest.fixture
def visits(desk, town) -> dict[str, int]:
    def case_with_plan(seq: int, status: DisputeStatus, due: int, **plan: object) -> int:
        case = add_case(s, seq, status, day(60))
        add_plan(s, add_agreement(s, case, day(-40), judicial=False), day(due), **plan)
        return case

    with desk.write() as s:
        ids = {
            "due_today": case_with_plan(11, S.FOLLOW_UP, 0),
            "late": case_with_plan(12, S.AGREED, -3),
            "tomorrow": case_with_plan(13, S.FOLLOW_UP, 1),
            "visited": case_with_plan(14, S.FOLLOW_UP, -3, visited_on=day(-2)),
            "closed": case_with_plan(15, S.CLOSED, -3),
            "cancelled": case_with_plan(16, S.FOLLOW_UP, -3, retired=True),
        }
        plan = select(Agreement.id).where(Agreement.dispute_id == ids["due_today"])
        add_plan(s, s.scalars(plan).one(), day(30))  # the due case's visit after this one
    return ids


def test_a_visit_due_today_is_in_and_tomorrows_is_not(desk, visits) -> None:
    queue = follow_ups_due(desk, TODAY, rows=True)
    assert queue.count == 2
    assert _ids(queue) == [visits["late"], visits["due_today"]]  # the longest waiting first
    late, due = queue.rows
    assert (late.due_on, late.reason) == (day(-3), "计划回访日已过3天")
    assert (due.due_on, due.reason) == (TODAY, "今天应回访")
    assert follow_ups_due(desk, day(-1)).count == 1  # yesterday only the late one was due


def test_the_queue_holds_what_the_dispute_lists_visits_filter_holds(desk, visits) -> None:
    listed = {r.id for r in list_disputes(desk, DisputeFilter(visits_due=True))}
    assert listed == set(_ids(follow_ups_due(desk, TODAY, rows=True)))


# --- judicial confirmation --------------------------------------------------------------------


@pytest.fixture
def windows(desk, town) -> dict[str, int]:
    with desk.write() as s:

        def signed(seq: int, days_ago: int, *, retired: bool = False, **kind: object) -> int:
            case = add_case(s, seq, S.FOLLOW_UP, day(60), retired=retired)
            add_agreement(s, case, day(-days_ago), number=f"李人调字第{seq}号", **kind)
            return case

        return {
            "seven": signed(21, 23),  # last day TODAY + 7
            "eight": signed(22, 22),  # last day TODAY + 8
            "last_day": signed(23, 30),  # last day TODAY
            "closed": signed(24, 31),  # last day yesterday
            "not_wanted": signed(25, 25, judicial=False),
            "police": signed(26, 25, kind=AgreementKind.POLICE_MEDIATION),
            "retired_case": signed(27, 25, retired=True),
        }


def test_a_window_closing_in_seven_days_is_in_and_in_eight_is_not(desk, windows) -> None:
    queue = judicial_windows(desk, TODAY, rows=True)
    assert queue.count == 2
    assert _ids(queue) == [windows["last_day"], windows["seven"]]  # the soonest first
    today, seven = queue.rows
    assert (today.due_on, today.reason) == (TODAY, "协议李人调字第23号申请司法确认的期限今天届满")
    assert seven.due_on == day(7)
    assert seven.reason == "协议李人调字第21号申请司法确认的期限2026年12月5日届满，还剩7天"


def test_the_window_is_the_one_judicial_confirmation_deadline_computes(desk, windows) -> None:
    """Every agreement of a live case, on every day around its boundaries: the count's SQL
    agrees with the rule's function."""
    with desk.read() as s:
        live = [a for a in s.scalars(select(Agreement)) if a.dispute.deleted_at is None]
        deadlines = [judicial_confirmation_deadline(a) for a in live]
    for offset in range(-3, 12):
        on = day(offset)
        expected = sum(1 for d in deadlines if d is not None and 0 <= (d - on).days <= 7)
        queue = judicial_windows(desk, on, rows=True)
        assert queue.count == len(queue.rows) == expected, on


# --- open calls -------------------------------------------------------------------------------


def test_open_calls_are_those_not_yet_completed(desk, town) -> None:
    with desk.write() as s:
        waiting = add_call(s, day(-2), village_id=town.hewan)
        on_site = add_call(s, TODAY, arrived=True, caller="李四")
        add_call(s, day(-1), completed=True)
        add_call(s, day(-1), retired=True)
    queue = open_calls(desk, TODAY, rows=True)
    assert queue.count == 2
    assert _ids(queue) == [on_site, waiting]  # as the calls list: newest first
    row = queue.rows[1]
    assert row.kind is RecordKind.CALL
    assert (row.name, row.phone, row.village, row.address) == (
        "张三",
        "139****5678",
        "河湾村",
        "三社12号",
    )
    assert row.due_on == day(-2)
    assert row.reason.startswith("证件办理，待处理：老人身份证过期")
    assert queue.rows[0].reason.startswith("证件办理，已到达")
    assert open_calls(desk, TODAY + timedelta(days=400)).count == 2  # open until completed
