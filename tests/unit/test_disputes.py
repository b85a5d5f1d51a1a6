"""Disputes from intake to closing: every workflow step, and every refusal, at the service layer."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry, FollowUp
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    DisputeStatus,
    PanelRole,
    Performance,
    PlaceKind,
    ReferralTarget,
    RiskGrade,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreement_check import IncompleteAgreementError
from lijiabu_desk.services.disputes.agreements import (
    AgreementInput,
    TermInput,
    check_agreement,
    finalise_agreement,
    mark_signed,
    propose_follow_ups,
    reopen_agreement,
    save_agreement,
    start_supplement,
)
from lijiabu_desk.services.disputes.case_history import case_history
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.follow_ups import (
    FollowUpInput,
    plan_follow_up,
    record_follow_up,
)
from lijiabu_desk.services.disputes.form_data import (
    load_agreement_form,
    load_dispute_form,
    new_agreement_form,
)
from lijiabu_desk.services.disputes.intake import PartyInput, register_dispute, update_dispute
from lijiabu_desk.services.disputes.listing import DisputeFilter, list_disputes
from lijiabu_desk.services.disputes.outcomes import (
    ReferralInput,
    close_case,
    record_failure,
    refer_case,
    retire_dispute,
)
from lijiabu_desk.services.disputes.sessions import ParticipantInput, save_session
from lijiabu_desk.services.disputes.workflow import Step, WorkflowError
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.overview import load_overview
from tests.case_setup import Post, complete_agreement, intake, make_post, open_case, sitting


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


def status(desk: ServiceContext, dispute_id: int) -> DisputeStatus:
    return load_case(desk, dispute_id).status


# --- intake -------------------------------------------------------------------------------


def test_intake_numbers_cases_per_year_and_defaults_the_time_limit(desk, post) -> None:
    first = open_case(desk, post)
    second = register_dispute(desk, intake(post, parties=(PartyInput(post.yi_id, "甲方"),)))
    a, b = load_case(desk, first), load_case(desk, second)
    assert a.case_no == "（2026）安李纠字第1号" and b.case_no == "（2026）安李纠字第2号"
    assert a.status is DisputeStatus.REGISTERED
    assert a.deadline == date(2026, 12, 25)  # received 2026-11-25 + 30 days
    assert a.days_left == 27
    assert [p.name for p in a.parties] == ["马建国", "王秀英"]
    assert a.parties[0].demand == "要求乙方改建排水沟"
    assert a.parties[0].id_number.startswith("621*") and a.parties[0].phone == "139****1234"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"facts": "  "}, "facts"),
        ({"parties": ()}, "parties"),
        ({"village_id": None}, "village_id"),
        ({"place_kind": PlaceKind.OTHER, "place_detail": ""}, "place_detail"),
        ({"received_on": "20261201"}, "received_on"),  # in the future
        ({"received_on": "2026-02-30"}, "received_on"),
        ({"received_time": "25:00"}, "received_on_time"),
        ({"deadline": "20261101"}, "deadline"),  # before the intake
    ],
)
def test_intake_refuses_bad_input_naming_the_field(desk, post, changes, field) -> None:
    with pytest.raises(ValidationError) as err:
        register_dispute(desk, intake(post, **changes))
    assert err.value.field == field
    assert list_disputes(desk) == []  # nothing half-saved, no number burnt


def test_the_same_person_cannot_be_two_parties(desk, post) -> None:
    twice = (PartyInput(post.jia_id, "甲方"), PartyInput(post.jia_id, "乙方"))
    with pytest.raises(ValidationError, match="重复"):
        register_dispute(desk, intake(post, parties=twice))


def test_an_outsider_party_and_a_changed_case_round_trip(desk, post) -> None:
    case = open_case(desk, post)
    form = load_dispute_form(desk, case)
    parties = (*form.data.parties, PartyInput(post.outsider_id, "丙方", "要求退还定金"))
    update_dispute(desk, case, intake(post, parties=parties, risk_grade=RiskGrade.SERIOUS))
    view = load_case(desk, case)
    assert [p.side for p in view.parties] == ["甲方", "乙方", "丙方"]
    assert view.risk_label == "较大"
    again = load_dispute_form(desk, case)
    update_dispute(desk, case, again.data)  # saving unchanged changes nothing
    assert load_dispute_form(desk, case).data == again.data


# --- sessions ---------------------------------------------------------------------------


def test_first_session_starts_mediation(desk, post) -> None:
    case = open_case(desk, post)
    save_session(desk, case, sitting(post))
    view = load_case(desk, case)
    assert view.status is DisputeStatus.MEDIATING
    assert "民警 李振华" in view.sessions[0].participants
    assert "司法所 张丽" in view.sessions[0].participants


def test_a_session_needs_a_mediator_and_cannot_predate_the_case(desk, post) -> None:
    case = open_case(desk, post)
    only_parties = (ParticipantInput(PanelRole.PARTY, person_id=post.jia_id),)
    with pytest.raises(ValidationError) as err:
        save_session(desk, case, sitting(post, participants=only_parties))
    assert err.value.field == "participants"
    with pytest.raises(ValidationError, match="早于受理日期"):
        save_session(desk, case, sitting(post, held_on="20261120"))
    assert status(desk, case) is DisputeStatus.REGISTERED


# --- agreements -------------------------------------------------------------------------


def test_a_draft_lists_everything_missing_before_it_can_be_finalised(desk, post) -> None:
    case = register_dispute(
        desk, intake(post, parties=(PartyInput(post.jia_id), PartyInput(post.outsider_id, "乙方")))
    )
    draft = save_agreement(desk, case, AgreementInput(kind=AgreementKind.PEOPLES_MEDIATION))
    missing = check_agreement(desk, draft)
    text = "\n".join(missing)
    for part in ("乙方当事人马哈麦缺少性别、民族、出生日期、职业、住址、联系电话、身份证号码",
                 "主要事实", "争议事项", "责任", "协议条款", "履行方式", "履行地点",
                 "履行期限", "调解员", "记录人"):  # fmt: skip
        assert part in text, part
    assert "马建国" not in text  # 甲方 is complete
    with pytest.raises(IncompleteAgreementError) as err:
        finalise_agreement(desk, draft)
    assert err.value.missing == missing
    assert load_case(desk, case).agreements[0].number == ""  # no number taken


def test_a_term_whose_words_name_another_sum_than_its_amount_field_stops_finalising(
    desk, post
) -> None:
    case = open_case(desk, post)
    terms = (
        TermInput("乙方于2026年12月10日前将排水沟改至村道边沟。", "", "20261210"),
        TermInput("乙方赔偿甲方菜地损失玖佰元。", "800", "2026-12-05"),
    )
    draft = save_agreement(desk, case, complete_agreement(post, terms=terms))
    assert check_agreement(desk, draft) == ["第2条条款写的金额是900元，金额栏填的是800元，请核对。"]


def test_police_agreement_needs_a_presiding_officer(desk, post) -> None:
    case = open_case(desk, post)
    draft = save_agreement(
        desk, case, complete_agreement(post, kind=AgreementKind.POLICE_MEDIATION)
    )
    assert check_agreement(desk, draft) == ["没有选择主持调解的民警。"]
    save_agreement(
        desk,
        case,
        complete_agreement(post, kind=AgreementKind.POLICE_MEDIATION, mediator_id=post.officer_id),
        draft,
    )
    assert finalise_agreement(desk, draft).number == "（2026）安李公调字第1号"


def test_term_amounts_and_dates_are_read_as_typed(desk, post) -> None:
    case = open_case(desk, post)
    with pytest.raises(ValidationError, match="第1条的金额"):
        save_agreement(desk, case, complete_agreement(post, terms=(TermInput("赔偿", "八百"),)))
    late = (TermInput("赔偿", "800", "20270101"),)
    with pytest.raises(ValidationError, match="晚于整个协议的履行期限"):
        save_agreement(desk, case, complete_agreement(post, terms=late))
    draft = save_agreement(
        desk, case, complete_agreement(post, terms=(TermInput("赔偿", "￥1,250.5元"),))
    )
    assert load_agreement_form(desk, draft).terms[0].amount == "1250.50"


def test_written_agreement_from_draft_to_signed_and_locked(desk, post, clock) -> None:
    case = open_case(desk, post)
    save_session(desk, case, sitting(post))
    draft = save_agreement(desk, case, complete_agreement(post))
    assert check_agreement(desk, draft) == []
    result = finalise_agreement(desk, draft)
    assert result.number == "（2026）安李人调字第1号"
    assert status(desk, case) is DisputeStatus.MEDIATING  # printed, not yet signed
    with pytest.raises(ValidationError, match="定稿"):
        save_agreement(desk, case, complete_agreement(post, facts="改了"), draft)
    reopen_agreement(desk, draft)  # a party refused to sign: back to draft, number kept
    save_agreement(desk, case, complete_agreement(post, recorder_name="李振华"), draft)
    assert finalise_agreement(desk, draft).number == "（2026）安李人调字第1号"
    signed = mark_signed(desk, draft, "20261128")
    assert signed.follow_up_dues == (date(2026, 12, 13), date(2026, 12, 22))
    view = load_case(desk, case)
    assert view.status is DisputeStatus.AGREED
    assert view.agreements[0].status is AgreementStatus.SIGNED
    assert [f.due_on for f in view.follow_ups] == [date(2026, 12, 13), date(2026, 12, 22)]
    with pytest.raises(ValidationError, match="补充协议"):
        save_agreement(desk, case, complete_agreement(post), draft)
    with pytest.raises(ValidationError, match="已经标记"):
        mark_signed(desk, draft)


def test_marking_signed_needs_a_finalised_agreement(desk, post) -> None:
    case = open_case(desk, post)
    draft = save_agreement(desk, case, complete_agreement(post))
    with pytest.raises(ValidationError, match="草稿"):
        mark_signed(desk, draft)
    finalise_agreement(desk, draft)
    with pytest.raises(ValidationError, match="晚于今天"):
        mark_signed(desk, draft, "20261230")


def test_a_correction_after_signing_is_a_supplementary_agreement(desk, post) -> None:
    case = open_case(desk, post)
    original = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, original)
    mark_signed(desk, original)
    supplement = start_supplement(desk, original)
    with pytest.raises(ValidationError, match="未签署的补充协议"):
        start_supplement(desk, original)
    save_agreement(
        desk,
        case,
        complete_agreement(post, terms=(TermInput("赔偿款改为分两次支付。", "800"),)),
        supplement,
    )
    assert finalise_agreement(desk, supplement).number == "（2026）安李人调字第2号"
    mark_signed(desk, supplement)
    views = load_case(desk, case).agreements
    assert views[1].title == "补充人民调解协议书"
    assert views[1].supplements == "（2026）安李人调字第1号"
    assert load_case(desk, case).status is DisputeStatus.AGREED


def test_an_oral_agreement_is_recorded_without_a_number(desk, post) -> None:
    case = open_case(desk, post)
    oral = complete_agreement(
        post, form=AgreementForm.ORAL, points_in_dispute="", responsibility="",
        performance_method="", performance_place="", recorder_name="",
    )  # fmt: skip
    draft = save_agreement(desk, case, oral)
    assert check_agreement(desk, draft) == []  # the oral record needs less
    result = finalise_agreement(desk, draft, "20261127")
    assert result.number is None and result.follow_up_dues[0] == date(2026, 12, 12)
    assert status(desk, case) is DisputeStatus.ORAL_AGREEMENT
    with pytest.raises(ValidationError, match="口头协议不能订立补充协议"):
        start_supplement(desk, draft)


def test_only_one_agreement_per_case_and_none_on_a_referred_case(desk, post) -> None:
    case = open_case(desk, post)
    save_agreement(desk, case, complete_agreement(post))
    with pytest.raises(ValidationError, match="已经有一份"):
        save_agreement(desk, case, complete_agreement(post))
    other = register_dispute(desk, intake(post))
    refer_case(desk, other, ReferralInput(ReferralTarget.COURT, "", "安定区人民法院"))
    with pytest.raises(WorkflowError, match=r"已移交.*不能起草调解协议"):
        save_agreement(desk, other, complete_agreement(post))
    with pytest.raises(WorkflowError, match="不能登记调解记录"):
        save_session(desk, other, sitting(post))


# --- follow-ups, failure, referral, closing ---------------------------------------------------


def signed_case(desk: ServiceContext, post: Post) -> tuple[int, int]:
    case = open_case(desk, post)
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    return case, agreement


def test_no_follow_up_before_an_agreement(desk, post) -> None:
    case = open_case(desk, post)
    draft = save_agreement(desk, case, complete_agreement(post))
    visit = FollowUpInput(
        "20261128",
        Performance.FULFILLED,
        visitor_id=post.officer_id,
        method="home",
        satisfaction="satisfied",
    )
    with pytest.raises(WorkflowError, match=r"还没有达成协议.*不能登记回访"):
        record_follow_up(desk, draft, visit)
    with pytest.raises(WorkflowError):
        plan_follow_up(desk, draft, "20261201")


def test_follow_up_records_performance_and_allows_closing(desk, post, clock) -> None:
    case, agreement = signed_case(desk, post)
    with pytest.raises(ValidationError, match="回访至少一次"):
        close_case(desk, case)
    clock.advance(days=16)
    planned = load_case(desk, case).follow_ups[0]
    assert planned.visited_on is None
    with pytest.raises(ValidationError) as err:
        record_follow_up(
            desk,
            agreement,
            FollowUpInput("20261213", Performance.PARTIAL, method="home", satisfaction="satisfied"),
        )
    assert err.value.field == "visitor_id"
    with pytest.raises(ValidationError, match="早于协议签署日期"):
        record_follow_up(
            desk,
            agreement,
            FollowUpInput(
                "20261120",
                Performance.PARTIAL,
                post.officer_id,
                method="home",
                satisfaction="satisfied",
            ),
        )
    record_follow_up(
        desk,
        agreement,
        FollowUpInput(
            "20261213",
            Performance.PARTIAL,
            post.officer_id,
            post.jia_id,
            "已付一半",
            method="phone",
            satisfaction="fairly",
        ),
        planned.id,
    )
    view = load_case(desk, case)
    assert view.status is DisputeStatus.FOLLOW_UP
    assert view.agreements[0].performance == "部分履行"
    assert view.follow_ups[0].visited_on == date(2026, 12, 13)
    assert view.follow_ups[0].visitor == "李振华"
    assert view.follow_ups[1].visited_on is None and not view.follow_ups[1].overdue
    close_case(desk, case, "协议已部分履行，余款约定按期支付。")
    closed = load_case(desk, case)
    assert closed.status is DisputeStatus.CLOSED and closed.closed_on == date(2026, 12, 14)
    with pytest.raises(WorkflowError, match="已结案"):
        update_dispute(desk, case, intake(post))


def test_judicial_confirmation_window_is_thirty_days(desk, post) -> None:
    case = open_case(desk, post)
    agreement = save_agreement(desk, case, complete_agreement(post, judicial_confirmation=True))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261127")
    assert load_case(desk, case).agreements[0].judicial_deadline == date(2026, 12, 27)


def test_failure_needs_reason_and_routes_then_referral_then_close(desk, post) -> None:
    case = open_case(desk, post)
    save_session(desk, case, sitting(post))
    with pytest.raises(ValidationError) as err:
        record_failure(desk, case, "双方分歧过大", "")
    assert err.value.field == "open_routes"
    record_failure(desk, case, "双方分歧过大", "可向安定区人民法院起诉。")
    assert status(desk, case) is DisputeStatus.FAILED
    with pytest.raises(WorkflowError):
        save_agreement(desk, case, complete_agreement(post))
    with pytest.raises(ValidationError) as err:
        refer_case(desk, case, ReferralInput(ReferralTarget.JUSTICE_OFFICE, "", " "))
    assert err.value.field == "receiver"
    refer_case(desk, case, ReferralInput(ReferralTarget.JUSTICE_OFFICE, "20261128", "李家堡司法所"))
    view = load_case(desk, case)
    assert view.status is DisputeStatus.REFERRED
    assert view.referrals == ("2026-11-28 移交司法所（李家堡司法所）",)
    assert Step.CLOSE in view.steps and Step.DRAFT_AGREEMENT not in view.steps
    close_case(desk, case)
    assert status(desk, case) is DisputeStatus.CLOSED


def test_a_finalised_agreement_blocks_failure_until_reopened(desk, post) -> None:
    case = open_case(desk, post)
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)
    with pytest.raises(ValidationError, match="退回修改"):
        record_failure(desk, case, "乙方拒绝签字", "可向法院起诉。")
    reopen_agreement(desk, agreement)
    record_failure(desk, case, "乙方拒绝签字", "可向法院起诉。")


def test_parties_are_fixed_once_an_agreement_is_finalised(desk, post) -> None:
    case = open_case(desk, post)
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)
    with pytest.raises(ValidationError, match="当事人不能再更改"):
        update_dispute(desk, case, intake(post, parties=(PartyInput(post.jia_id),)))
    update_dispute(desk, case, intake(post, facts="补充了事实经过。"))  # other fields may change


def test_propose_follow_ups() -> None:
    assert propose_follow_ups(date(2026, 11, 28), None) == (date(2026, 12, 13),)
    assert propose_follow_ups(date(2026, 11, 28), date(2026, 11, 30)) == (date(2026, 12, 13),)


# --- the list and its filters ------------------------------------------------------------------


def test_list_filters_and_finds_by_name_pinyin_and_number(desk, post, clock) -> None:
    first = open_case(desk, post)
    second = register_dispute(
        desk,
        intake(post, parties=(PartyInput(post.outsider_id),), risk_grade=RiskGrade.MAJOR,
               place_kind=PlaceKind.MARKET, village_id=None, received_on="20261001"),
    )  # fmt: skip
    refer_case(desk, first, ReferralInput(ReferralTarget.COURT, "", "安定区人民法院"))

    def ids(**kw: object) -> list[int]:
        return [row.id for row in list_disputes(desk, DisputeFilter(**kw))]  # type: ignore[arg-type]

    assert ids() == [first, second]  # newest first
    assert ids(status=DisputeStatus.REFERRED) == [first]
    assert ids(risk=RiskGrade.MAJOR) == [second]
    assert ids(village_id=post.village_id) == [first]
    assert ids(overdue_only=True) == [second]  # received 10-01, limit 10-31
    assert ids(query="王秀") == [first]
    assert ids(query="wxy") == [first]
    assert ids(query="mahamai") == [second]
    assert ids(query="纠字第2") == [second]
    row = list_disputes(desk, DisputeFilter(query="mhm"))[0]
    assert row.overdue and row.days_left == -28 and row.parties == "马哈麦"
    with desk.read() as session:
        counts = load_overview(session, today=desk.today())
    assert (counts.open_disputes, counts.disputes_overdue) == (1, 1)


def test_every_step_is_audited(desk, post) -> None:
    signed_case(desk, post)
    with desk.db.sessions() as s:
        tables = set(s.scalars(select(AuditEntry.table_name)))
        planned = s.scalars(select(FollowUp)).all()
    assert {"disputes", "dispute_parties", "agreements", "agreement_terms", "follow_ups"} <= tables
    assert len(planned) == 2


def test_overview_counts_overdue_cases_and_visits_due(desk, post, clock) -> None:
    signed_case(desk, post)  # visits planned for 12-13 and 12-22
    register_dispute(desk, intake(post, received_on="20261001"))  # limit 10-31: overdue
    clock.advance(days=16)  # 2026-12-14
    with desk.read() as session:
        overview = load_overview(session, today=desk.today())
    assert (overview.disputes_overdue, overview.follow_ups_due) == (1, 1)


def test_steps_a_status_does_not_allow_are_refused_and_change_nothing(desk, post) -> None:
    fresh = open_case(desk, post)
    with pytest.raises(WorkflowError, match="不能结案"):
        close_case(desk, fresh)
    draft = save_agreement(desk, fresh, complete_agreement(post))
    with pytest.raises(ValidationError, match="只有已签署的协议"):
        start_supplement(desk, draft)
    agreed, _ = signed_case(desk, post)
    with pytest.raises(WorkflowError, match="不能登记调解不成"):
        record_failure(desk, agreed, "反悔", "可起诉")
    with pytest.raises(WorkflowError, match="不能移交"):
        refer_case(desk, agreed, ReferralInput(ReferralTarget.COURT, "", "法院"))
    with pytest.raises(WorkflowError, match="不能登记调解记录"):
        save_session(desk, agreed, sitting(post))
    assert status(desk, fresh) is DisputeStatus.REGISTERED
    assert status(desk, agreed) is DisputeStatus.AGREED


def test_a_new_draft_starts_from_what_the_case_knows(desk, post) -> None:
    case = open_case(desk, post)
    save_session(desk, case, sitting(post))
    peoples = new_agreement_form(desk, case, AgreementInput(kind=AgreementKind.PEOPLES_MEDIATION))
    assert peoples.facts.startswith("2026年11月20日") and "甲方马建国：要求乙方改建排水沟" in (
        peoples.points_in_dispute
    )
    assert peoples.responsibility == "现场查看，排水沟出口正对甲方菜地。"
    assert (peoples.mediator_id, peoples.mediator_name) == (None, "张丽")  # 司法所 member
    assert peoples.recorder_name == "刘晓燕"
    assert peoples.performance_place == "马家山村委会"
    police = new_agreement_form(desk, case, AgreementInput(kind=AgreementKind.POLICE_MEDIATION))
    assert police.mediator_id == post.officer_id


def test_case_history_gathers_every_record_of_the_case_even_removed_ones(desk, post) -> None:
    case = open_case(desk, post)
    other = open_case(desk, post)  # must not show up
    update_dispute(desk, case, intake(post, parties=(PartyInput(post.jia_id),)))  # 乙方 removed
    save_session(desk, case, sitting(post))
    agreement = save_agreement(desk, case, complete_agreement(post))
    save_agreement(desk, case, complete_agreement(post, recorder_name="李振华"), agreement)
    rows = case_history(desk, case)
    seen = {(r.table, r.action) for r in rows}
    assert {("矛盾纠纷", "新建"), ("纠纷当事人", "新建"), ("纠纷当事人", "删除"),
            ("调解记录", "新建"), ("调解参加人", "新建"), ("调解协议", "新建"),
            ("协议条款", "新建"), ("调解协议", "修改")} <= seen  # fmt: skip
    removed = next(r for r in rows if r.action == "删除")
    assert "要求甲方赔偿院墙损失" in removed.summary  # what was removed stays readable
    assert all(r.record_id != other or r.table != "矛盾纠纷" for r in rows)
    assert len(case_history(desk, other)) == 3  # the case and its two parties


def test_a_mistaken_case_is_retired_with_a_reason_not_erased(desk, post) -> None:
    mistaken = open_case(desk, post)
    kept = open_case(desk, post)
    with pytest.raises(ValidationError) as err:
        retire_dispute(desk, mistaken, " ")
    assert err.value.field == "reason"
    retire_dispute(desk, mistaken, "重复登记，与第2号为同一纠纷")
    assert [r.id for r in list_disputes(desk)] == [kept]
    with pytest.raises(NotFoundError):
        load_case(desk, mistaken)
    assert [r.action for r in case_history(desk, mistaken)][-1] == "注销"
    agreement = save_agreement(desk, kept, complete_agreement(post))
    finalise_agreement(desk, agreement)
    with pytest.raises(ValidationError, match="不能注销"):
        retire_dispute(desk, kept, "登记错了")


def test_the_list_shows_the_next_visit_and_filters_visits_due(desk, post, clock) -> None:
    case, agreement = signed_case(desk, post)
    open_case(desk, post)  # still mediating: no visit
    row = list_disputes(desk, DisputeFilter(visits_due=False))[1]
    assert (row.id, row.next_visit, row.visit_due) == (case, date(2026, 12, 13), False)
    assert list_disputes(desk, DisputeFilter(visits_due=True)) == []
    clock.advance(days=16)
    assert [r.id for r in list_disputes(desk, DisputeFilter(visits_due=True))] == [case]
    visit = FollowUpInput(
        "20261213", Performance.FULFILLED, post.officer_id, method="home", satisfaction="satisfied"
    )
    record_follow_up(desk, agreement, visit, load_case(desk, case).follow_ups[0].id)
    row = list_disputes(desk, DisputeFilter(query="马建国"))[1]
    assert (row.next_visit, row.visit_due) == (date(2026, 12, 22), False)


def test_codes_given_as_plain_strings_become_their_enum(post) -> None:
    """Qt hands a StrEnum back as str; the services compare by identity, so inputs convert."""
    data = intake(post, place_kind="village", risk_grade="major", category="neighbour")
    assert data.place_kind is PlaceKind.VILLAGE and data.risk_grade is RiskGrade.MAJOR
    assert ParticipantInput("police").role is PanelRole.POLICE
    with pytest.raises(ValidationError) as err:
        intake(post, place_kind="moon")
    assert err.value.field == "place_kind"
