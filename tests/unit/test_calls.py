"""Service calls on a fixed clock: taking a call, 到达 and 办结, corrections with a reason, the
outcome, the list and its filters, and the case a call turns into."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry, ServiceCall
from lijiabu_desk.models.enums import CallKind, DisputeCategory, FiveSmallAim, PlaceKind, Urgency
from lijiabu_desk.services.calls import (
    CallFilter,
    CallInput,
    CallStatus,
    CallWorkflowError,
    OutcomeInput,
    Step,
    TimesInput,
    calls_for_dispute,
    calls_for_household,
    calls_for_person,
    correct_times,
    intake_from_call,
    link_call_to_dispute,
    list_calls,
    load_call_view,
    log_call,
    register_dispute_from_call,
    retire_call,
    reveal_caller_phone,
    set_outcome,
    stamp_arrival,
    stamp_completion,
    update_call,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.officers import OfficerInput, save_officer
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.search import search
from tests.case_setup import Post, make_post, open_case
from tests.conftest import FakeClock

NOW = datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def desk(ctx: ServiceContext, clock: FakeClock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


@pytest.fixture
def home(desk: ServiceContext, post: Post) -> tuple[int, int]:
    """A household of 马家山村 with its head 马福祥 (ids: household, person)."""
    household = save_household(
        desk, HouseholdInput("MJS0007", post.village_id, house_no="7", phone="13909320007")
    )
    person = save_person(desk, PersonInput(name="马福祥", household_id=household, relation="head"))
    return household, person


def call(**changes: object) -> CallInput:
    values: dict[str, object] = {
        "kind": CallKind.MEDICAL,
        "summary": "老人突发胸痛，需要送医",
        "caller_name": "过路人",
        "caller_phone": "13512345678",
    }
    values.update(changes)
    return CallInput(**values)  # type: ignore[arg-type]


def trail(desk: ServiceContext, call_id: int) -> list[dict[str, list[object]]]:
    with desk.db.sessions() as s:
        rows = s.scalars(
            select(AuditEntry.changes)
            .where(AuditEntry.table_name == "service_calls", AuditEntry.record_id == call_id)
            .order_by(AuditEntry.id)
        )
        return [json.loads(r) for r in rows]


def stored(desk: ServiceContext, call_id: int) -> ServiceCall:
    with desk.db.sessions() as s:
        found = s.get(ServiceCall, call_id)
        assert found is not None
        s.expunge(found)
        return found


# --- taking the call ----------------------------------------------------------------------


def test_a_known_caller_found_by_the_search_brings_home_village_and_phone(desk, post, home) -> None:
    household, person = home
    hits = search(desk, "马福祥").people  # the register's own search, by name …
    assert [p.id for p in hits] == [person]
    assert [p.id for p in search(desk, "mfx").people] == [person]  # … and by pinyin initials
    call_id = log_call(desk, call(caller_id=person, caller_name="", caller_phone=""))
    saved = stored(desk, call_id)
    assert (saved.caller_name, saved.household_id, saved.village_id) == (
        "马福祥",
        household,
        post.village_id,
    )
    assert saved.caller_phone == "13909320007"  # the household's phone: the person has none
    assert saved.received_at == NOW  # filled in: the clock's time
    assert load_call_view(desk, call_id).row.status is CallStatus.OPEN


def test_an_unknown_caller_needs_only_a_name_or_a_number(desk, post) -> None:
    by_name = log_call(desk, call(caller_phone=""))
    by_phone = log_call(desk, call(caller_name="", caller_phone="139 0932 1234"))
    assert stored(desk, by_name).caller_name == "过路人"
    assert stored(desk, by_phone).caller_phone == "13909321234"  # normalised
    assert stored(desk, by_phone).household_id is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"caller_name": "", "caller_phone": ""}, "caller_name"),
        ({"kind": None}, "kind"),
        ({"kind": "no_such_kind"}, "kind"),
        ({"summary": "  "}, "summary"),
        ({"caller_phone": "12345"}, "caller_phone"),
        ({"caller_id": 999}, "caller_id"),
        ({"village_id": 999}, "village_id"),
        ({"responder_id": 999}, "responder_id"),
        ({"received_time": "09:30"}, "received_on_time"),  # later than now
        ({"received_on": "2026-11-29"}, "received_on"),
    ],
)
def test_taking_a_call_refuses_bad_input_naming_the_field(desk, post, changes, field) -> None:
    with pytest.raises(ValidationError) as refused:
        log_call(desk, call(**changes))
    assert refused.value.field == field
    with desk.db.sessions() as s:
        assert s.scalar(select(ServiceCall.id)) is None


def test_a_call_logged_afterwards_keeps_the_time_typed(desk, post) -> None:
    call_id = log_call(desk, call(received_on="2026-11-27", received_time="23:40"))
    assert stored(desk, call_id).received_at == datetime(2026, 11, 27, 23, 40)


def test_codes_from_the_window_arrive_as_plain_strings(desk, post) -> None:
    call_id = log_call(desk, call(kind="crime_report", urgency="urgent"))
    saved = stored(desk, call_id)
    assert (saved.kind, saved.urgency) == (CallKind.CRIME_REPORT, Urgency.URGENT)


# --- 到达 and 办结 ----------------------------------------------------------------------------


def test_arrival_and_completion_stamp_the_clock_and_durations_follow(desk, post, clock) -> None:
    call_id = log_call(desk, call(responder_id=post.officer_id))
    clock.advance(minutes=25, seconds=40)
    assert stamp_arrival(desk, call_id) == datetime(2026, 11, 28, 9, 25, 40)
    clock.advance(hours=1, minutes=10)
    assert stamp_completion(desk, call_id) == datetime(2026, 11, 28, 10, 35, 40)
    row = load_call_view(desk, call_id).row
    assert row.status is CallStatus.COMPLETED
    assert row.response == timedelta(minutes=25, seconds=40)
    assert (row.response_text, row.completion_text) == ("25分钟", "1小时35分")


def test_each_stamp_is_one_click_and_cannot_be_pressed_again(desk, post, clock) -> None:
    call_id = log_call(desk, call())
    stamp_arrival(desk, call_id)
    with pytest.raises(CallWorkflowError, match=r"已登记到达.*更正时间"):
        stamp_arrival(desk, call_id)
    stamp_completion(desk, call_id)
    with pytest.raises(CallWorkflowError, match="已办结"):
        stamp_completion(desk, call_id)
    with pytest.raises(CallWorkflowError, match="已办结"):
        stamp_arrival(desk, call_id)
    assert load_call_view(desk, call_id).steps == {
        Step.EDIT,
        Step.CORRECT_TIMES,
        Step.SET_OUTCOME,
        Step.LINK_DISPUTE,
    }


def test_a_call_settled_on_the_telephone_is_completed_without_arrival(desk, post, clock) -> None:
    call_id = log_call(desk, call(kind=CallKind.ENQUIRY))
    clock.advance(minutes=8)
    stamp_completion(desk, call_id)
    row = load_call_view(desk, call_id).row
    assert (row.arrived_at, row.response, row.completion_text) == (None, None, "8分钟")


def test_a_stamp_on_a_retired_or_unknown_call_is_refused(desk, post) -> None:
    call_id = log_call(desk, call())
    retire_call(desk, call_id, "重复登记")
    with pytest.raises(NotFoundError):
        stamp_arrival(desk, call_id)
    with pytest.raises(NotFoundError):
        stamp_completion(desk, 999)


# --- corrections with a reason --------------------------------------------------------------


def _done(desk: ServiceContext, clock: FakeClock) -> int:
    call_id = log_call(desk, call())
    clock.advance(minutes=30)
    stamp_arrival(desk, call_id)  # 09:30
    clock.advance(minutes=30)
    stamp_completion(desk, call_id)  # 10:00
    clock.advance(minutes=30)  # now 10:30
    return call_id


def times(reason: str = "民警电话报告实际到达时间", **changes: str) -> TimesInput:
    values = {
        "received_on": "2026-11-28",
        "received_time": "09:00",
        "reason": reason,
        "arrived_on": "2026-11-28",
        "arrived_time": "09:30",
        "completed_on": "2026-11-28",
        "completed_time": "10:00",
    }
    values.update(changes)
    return TimesInput(**values)


def test_a_completed_call_is_corrected_with_its_reason_in_the_trail(desk, post, clock) -> None:
    call_id = _done(desk, clock)
    correct_times(desk, call_id, times(arrived_time="09:20"))
    saved = stored(desk, call_id)
    assert saved.arrived_at == datetime(2026, 11, 28, 9, 20)
    assert saved.correction_note == (
        "2026-11-28 10:30 更正到达时间2026-11-28 09:30→2026-11-28 09:20；"
        "原因：民警电话报告实际到达时间"
    )
    last = trail(desk, call_id)[-1]  # one entry: the times and the reason together
    assert last["arrived_at"] == ["2026-11-28T09:30:00", "2026-11-28T09:20:00"]
    assert "民警电话报告实际到达时间" in last["correction_note"][1]
    assert load_call_view(desk, call_id).row.response_text == "20分钟"  # computed again


def test_corrections_add_up_and_can_take_back_a_stamp_pressed_by_mistake(desk, post, clock) -> None:
    call_id = _done(desk, clock)
    correct_times(desk, call_id, times("误点办结", completed_on="", completed_time=""))
    correct_times(desk, call_id, times("电话处理，未出警", arrived_on="", arrived_time="",
                                       completed_on="", completed_time=""))  # fmt: skip
    view = load_call_view(desk, call_id)
    assert view.row.status is CallStatus.OPEN
    assert view.correction_note.count("\n") == 1 and "误点办结" in view.correction_note
    assert "到达时间2026-11-28 09:30→（空）" in view.correction_note


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"reason": " "}, "reason", "更正原因"),
        ({}, "received_on", "没有改动"),
        ({"arrived_time": "08:50"}, "arrived_on", "早于求助时间"),
        ({"completed_time": "09:10"}, "completed_on", "早于"),
        ({"completed_time": "11:00"}, "completed_on_time", "晚于现在"),
        ({"received_time": "25:00"}, "received_on_time", "有效的时刻"),
    ],
)
def test_a_correction_is_refused_without_reason_change_or_order(
    desk, post, clock, changes, field, message
) -> None:
    call_id = _done(desk, clock)
    before = trail(desk, call_id)
    reason = changes.pop("reason", "核对后更正")
    with pytest.raises(ValidationError, match=message) as refused:
        correct_times(desk, call_id, times(reason, **changes))
    assert refused.value.field == field
    assert trail(desk, call_id) == before


def test_an_edit_leaves_the_times_alone(desk, post, clock, home) -> None:
    _, person = home
    call_id = _done(desk, clock)
    view = load_call_view(desk, call_id)
    assert view.edit.caller_phone == "135****5678"  # the form shows it masked
    update_call(desk, call_id, view.edit)  # saved unchanged: nothing changes
    assert stored(desk, call_id).caller_phone == "13512345678"
    with pytest.raises(ValidationError, match="更正时间") as refused:
        update_call(desk, call_id, call(received_on="2026-11-28", received_time="08:45"))
    assert refused.value.field == "received_on"
    update_call(desk, call_id, call(caller_id=person, place="马家山村三社", responder_id=1))
    saved = stored(desk, call_id)
    assert (saved.caller_name, saved.place, saved.responder_id) == ("马福祥", "马家山村三社", 1)
    assert (saved.received_at, saved.completed_at) == (NOW, datetime(2026, 11, 28, 10))


# --- the outcome and the 五小 -----------------------------------------------------------------


def test_the_outcome_and_its_five_small_aim(desk, post) -> None:
    call_id = log_call(desk, call())
    set_outcome(desk, call_id, OutcomeInput("已送县医院，家属到场", "small_worry"))
    saved = stored(desk, call_id)
    assert (saved.outcome, saved.aim) == ("已送县医院，家属到场", FiveSmallAim.SMALL_WORRY)
    assert list_calls(desk).rows[0].aim_label == "解小忧"
    with pytest.raises(ValidationError) as refused:
        set_outcome(desk, call_id, OutcomeInput(" ", None))
    assert refused.value.field == "outcome"
    with pytest.raises(ValidationError) as refused:
        OutcomeInput("已处理", "big_case")  # type: ignore[arg-type]
    assert refused.value.field == "aim"


# --- the list, and the calls on other pages -------------------------------------------------


def test_the_list_filters_by_open_today_kind_village_and_officer(desk, post, clock, home) -> None:
    _, person = home
    save_village(desk, VillageInput(name="河湾村"))
    river = next(v.id for v in list_villages(desk) if v.name == "河湾村")
    other = save_officer(desk, OfficerInput(name="王建军", role="auxiliary"))
    clock.now = datetime(2026, 11, 27, 15, 0)
    yesterday = log_call(desk, call(kind=CallKind.DOCUMENTS, village_id=river,
                                    responder_id=other))  # fmt: skip
    stamp_completion(desk, yesterday)
    clock.now = NOW
    known = log_call(desk, call(caller_id=person, responder_id=post.officer_id))
    stranger = log_call(desk, call(kind=CallKind.ANTI_FRAUD))

    def ids(**f: object) -> list[int]:
        return [r.id for r in list_calls(desk, CallFilter(**f)).rows]  # type: ignore[arg-type]

    assert ids() == [stranger, known, yesterday]  # newest first
    assert ids(open_only=True) == [stranger, known]
    assert ids(today_only=True) == [stranger, known]
    assert ids(kind="documents") == [yesterday]
    assert ids(village_id=post.village_id) == [known]
    assert ids(village_id=river) == [yesterday]
    assert ids(officer_id=other) == [yesterday]
    assert ids(open_only=True, officer_id=post.officer_id) == [known]
    page = list_calls(desk, limit=2, offset=2)
    assert ([r.id for r in page.rows], page.total) == ([yesterday], 3)
    row = list_calls(desk, CallFilter(officer_id=other)).rows[0]
    assert (row.kind_label, row.village, row.responder, row.status_label) == (
        "证件办理",
        "河湾村",
        "王建军",
        "已办结",
    )
    assert row.caller_phone == "135****5678"  # lists show masked numbers
    # Found by the caller's name, the number's last digits or the request; never by a
    # stretch from the middle of a number.
    assert ids(query="过路") == [stranger, yesterday]
    assert ids(query="马福祥") == [known]
    assert ids(query="5678") == [stranger, known, yesterday]  # all rang from 135****5678
    assert ids(query="1234") == []
    assert ids(query="胸痛") == [stranger, known, yesterday]
    retire_call(desk, stranger, "打错电话")
    assert ids() == [known, yesterday]


def test_a_household_and_a_person_show_their_calls(desk, post, home) -> None:
    household, person = home
    theirs = log_call(desk, call(caller_id=person))
    about_home = log_call(desk, call(household_id=household, caller_name="邻居"))
    log_call(desk, call())
    assert [r.id for r in calls_for_household(desk, household)] == [about_home, theirs]
    assert [r.id for r in calls_for_person(desk, person)] == [theirs]
    assert stored(desk, about_home).village_id == post.village_id  # where: the household's


def test_the_list_reads_a_summary_line_not_the_whole_text(desk, post) -> None:
    log_call(desk, call(summary="院墙倒塌" + "很" * 60 + "\n第二行"))
    shown = list_calls(desk).rows[0].summary
    assert len(shown) == 40 and shown.endswith("…") and "第二行" not in shown


def test_the_callers_full_number_is_an_audited_act(desk, post) -> None:
    call_id = log_call(desk, call())
    assert reveal_caller_phone(desk, call_id) == "13512345678"
    with desk.db.sessions() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.table_name == "service_calls")
        ).all()
    assert actions[-1] == "view_full_id"


# --- a dispute from a call ------------------------------------------------------------------


def test_a_dispute_opened_from_a_call_carries_caller_and_facts_and_links_both_ways(
    desk, post, home
) -> None:
    _, person = home
    call_id = log_call(
        desk,
        call(
            kind=CallKind.DISPUTE,
            caller_id=person,
            summary="与邻居因院墙排水发生争吵",
            place="马家山村三社",
            responder_id=post.officer_id,
        ),
    )
    set_outcome(desk, call_id, OutcomeInput("现场劝开双方，约定到所调解"))
    form = intake_from_call(desk, call_id)
    assert form.category is None  # the officer chooses
    assert form.source.value == "call" and form.place_kind is PlaceKind.VILLAGE
    assert [p.person_id for p in form.parties] == [person]
    assert form.facts == "与邻居因院墙排水发生争吵\n出警处理情况：现场劝开双方，约定到所调解"
    assert (form.village_id, form.place_detail) == (post.village_id, "马家山村三社")
    assert (form.received_on, form.received_time) == ("2026-11-28", "09:00")
    assert form.received_by_id == post.officer_id
    completed = replace(form, category=DisputeCategory.NEIGHBOUR)
    dispute_id = register_dispute_from_call(desk, call_id, completed)
    assert stored(desk, call_id).dispute_id == dispute_id
    case = load_case(desk, dispute_id)
    assert case.facts.startswith("与邻居因院墙排水")
    assert [r.id for r in calls_for_dispute(desk, dispute_id)] == [call_id]
    assert list_calls(desk).rows[0].case_no == case.case_no
    with pytest.raises(ValidationError, match=f"已关联纠纷{case.case_no}"):
        intake_from_call(desk, call_id)
    with pytest.raises(ValidationError, match="已关联纠纷"):
        register_dispute_from_call(desk, call_id, completed)
    with pytest.raises(ValidationError, match="不能注销"):
        retire_call(desk, call_id, "重复登记")
    assert len(load_case(desk, dispute_id).parties) == 1  # nothing registered twice


def test_an_unknown_caller_leaves_the_parties_to_the_form(desk, post) -> None:
    call_id = log_call(desk, call(kind=CallKind.DISPUTE, place="牲畜市场"))
    form = intake_from_call(desk, call_id)
    assert form.parties == () and form.place_kind is PlaceKind.OTHER
    assert form.place_detail == "牲畜市场"


def test_linking_an_existing_case_once_and_only_once(desk, post) -> None:
    first, second = open_case(desk, post), open_case(desk, post)
    call_id = log_call(desk, call(kind=CallKind.DISPUTE))
    link_call_to_dispute(desk, call_id, first)
    link_call_to_dispute(desk, call_id, first)  # again: nothing to do
    assert len(trail(desk, call_id)) == 2  # created, linked
    with pytest.raises(ValidationError, match="已关联纠纷"):
        link_call_to_dispute(desk, call_id, second)
    with pytest.raises(NotFoundError):
        link_call_to_dispute(desk, log_call(desk, call()), 999)
    assert [r.id for r in calls_for_dispute(desk, first)] == [call_id]
