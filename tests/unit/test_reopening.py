"""Closing cancels the visits it leaves planned; a closed case is reopened with a reason, back to
the status it had, and only by the roles and from the states the workflow allows."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry, FollowUp
from lijiabu_desk.models.enums import AccountRole, DisputeStatus, Performance, ReferralTarget
from lijiabu_desk.services import accounts
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.checks import run_checks
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.case_history import case_history
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.listing import DisputeFilter, list_disputes
from lijiabu_desk.services.disputes.outcomes import (
    ReferralInput,
    close_case,
    record_failure,
    refer_case,
    reopen_case,
)
from lijiabu_desk.services.disputes.sessions import save_session
from lijiabu_desk.services.disputes.workflow import Step, WorkflowError
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.overview import load_overview
from lijiabu_desk.services.permissions import PermissionDeniedError
from tests.case_setup import Post, complete_agreement, make_post, open_case, sitting


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


def closed_after_one_visit(desk: ServiceContext, post: Post, clock) -> int:
    """Signed 11-28 (visits planned for 12-13 and 12-22), visited 12-13, closed 12-14."""
    case = open_case(desk, post)
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    clock.advance(days=16)  # 2026-12-14
    first = load_case(desk, case).follow_ups[0]
    visit = FollowUpInput(
        "20261213",
        Performance.PARTIAL,
        post.officer_id,
        post.jia_id,
        "已付一半",
        method="home",
        satisfaction="satisfied",
    )
    record_follow_up(desk, agreement, visit, first.id)
    close_case(desk, case, "协议已部分履行。")
    return case


def visits_due(desk: ServiceContext) -> int:
    with desk.read() as session:
        return load_overview(session, today=desk.today()).follow_ups_due


def dispute_changes(desk: ServiceContext, case: int) -> list[dict[str, list[object]]]:
    with desk.db.sessions() as s:
        entries = s.scalars(
            select(AuditEntry.changes)
            .where(AuditEntry.table_name == "disputes", AuditEntry.record_id == case)
            .order_by(AuditEntry.id)
        )
        return [json.loads(c) for c in entries]


# --- closing ------------------------------------------------------------------------------


def test_closing_cancels_the_second_planned_visit_with_its_reason(desk, post, clock) -> None:
    case = closed_after_one_visit(desk, post, clock)
    view = load_case(desk, case)
    assert [f.visited_on for f in view.follow_ups] == [date(2026, 12, 13)]  # 12-22 is gone
    row = list_disputes(desk, DisputeFilter(query="马建国"))[0]
    assert row.id == case and row.next_visit is None
    with desk.db.sessions() as s:
        planned = s.scalars(select(FollowUp).where(FollowUp.due_on == date(2026, 12, 22))).one()
        assert planned.deleted_at is not None and planned.visited_on is None
        assert planned.findings == "结案时取消"
    rows = case_history(desk, case)
    assert ("回访", "注销") in {(r.table, r.action) for r in rows}  # who cancelled it, and when


# --- reopening ----------------------------------------------------------------------------


def test_reopening_goes_back_to_follow_up_and_audits_the_reason(desk, post, clock) -> None:
    case = closed_after_one_visit(desk, post, clock)
    assert Step.REOPEN in load_case(desk, case).steps
    assert reopen_case(desk, case, " 乙方反悔，拒付余款 ") is DisputeStatus.FOLLOW_UP
    view = load_case(desk, case)
    assert (view.status, view.closed_on) == (DisputeStatus.FOLLOW_UP, None)
    assert view.closing_note == "重新打开原因：乙方反悔，拒付余款"
    assert {Step.FOLLOW_UP, Step.SUPPLEMENT, Step.CLOSE} <= view.steps
    assert Step.REOPEN not in view.steps
    last = dispute_changes(desk, case)[-1]
    assert last["status"] == ["closed", "follow_up"]
    assert last["closed_on"] == ["2026-12-14", None]
    assert last["closing_note"] == ["协议已部分履行。", "重新打开原因：乙方反悔，拒付余款"]
    # The visit cancelled at closing is not silently revived: not on the page, not in the count.
    clock.advance(days=10)  # 12-24: the cancelled 12-22 visit would be due
    assert [f.visited_on for f in load_case(desk, case).follow_ups] == [date(2026, 12, 13)]
    assert visits_due(desk) == 0
    close_case(desk, case, "余款已付清。")  # and it may be closed again
    assert load_case(desk, case).closed_on == date(2026, 12, 24)


def test_reopening_may_plan_a_new_visit_in_the_same_step(desk, post, clock) -> None:
    case = closed_after_one_visit(desk, post, clock)
    with pytest.raises(ValidationError) as err:
        reopen_case(desk, case, "协议未履行", next_visit="20261201")
    assert err.value.field == "next_visit" and "不能早于今天" in err.value.message
    assert load_case(desk, case).status is DisputeStatus.CLOSED  # nothing changed
    reopen_case(desk, case, "协议未履行", next_visit="2026-12-20")
    planned = [f for f in load_case(desk, case).follow_ups if f.visited_on is None]
    assert [f.due_on for f in planned] == [date(2026, 12, 20)]
    clock.advance(days=6)
    assert visits_due(desk) == 1


def test_reopening_needs_a_reason(desk, post, clock) -> None:
    case = closed_after_one_visit(desk, post, clock)
    with pytest.raises(ValidationError) as err:
        reopen_case(desk, case, "  ")
    assert err.value.field == "reason"
    assert load_case(desk, case).status is DisputeStatus.CLOSED


def test_only_a_closed_case_is_reopened(desk, post, clock) -> None:
    case = closed_after_one_visit(desk, post, clock)
    reopen_case(desk, case, "当事人反悔")
    with pytest.raises(WorkflowError, match=r"还没有结案.*不能重新打开"):
        reopen_case(desk, case, "当事人反悔")
    fresh = open_case(desk, post)
    with pytest.raises(WorkflowError, match="不能重新打开"):
        reopen_case(desk, fresh, "当事人反悔")
    assert load_case(desk, fresh).status is DisputeStatus.REGISTERED


def test_a_case_closed_after_failure_or_referral_is_not_reopened(desk, post) -> None:
    failed = open_case(desk, post)
    save_session(desk, failed, sitting(post))
    record_failure(desk, failed, "双方分歧过大", "可向安定区人民法院起诉。")
    close_case(desk, failed)
    referred = open_case(desk, post)
    refer_case(desk, referred, ReferralInput(ReferralTarget.COURT, "", "安定区人民法院"))
    close_case(desk, referred)
    for case, why in ((failed, "调解不成"), (referred, "安定区人民法院")):
        view = load_case(desk, case)
        assert Step.REOPEN not in view.steps and view.reopens_to is None  # not offered
        with pytest.raises(WorkflowError, match=why):
            reopen_case(desk, case, "当事人又来了")
        assert load_case(desk, case).status is DisputeStatus.CLOSED


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(AccountRole.ADMIN, True), (AccountRole.OFFICER, True), (AccountRole.AUXILIARY, False)],
)
def test_who_may_reopen(desk, post, clock, hasher, role, allowed) -> None:
    admin = accounts.create_first_admin(
        desk.db, username="houzhang", display_name="", password="Lijiabu#2026", hasher=hasher
    )
    chief = ServiceContext(desk.db, admin, clock)
    case = closed_after_one_visit(chief, post, clock)
    someone = ServiceContext(desk.db, Actor(f"user_{role.value}", role, admin.account_id), clock)
    if allowed:
        reopen_case(someone, case, "协议未履行")
        assert load_case(desk, case).status is DisputeStatus.FOLLOW_UP
    else:
        with pytest.raises(PermissionDeniedError, match="无权"):
            reopen_case(someone, case, "协议未履行")
        assert load_case(desk, case).status is DisputeStatus.CLOSED


# --- the health check -----------------------------------------------------------------------


def test_check_reports_a_closed_case_with_planned_visits(desk, post, clock) -> None:
    case = closed_after_one_visit(desk, post, clock)
    other = closed_after_one_visit(desk, post, clock)
    reopen_case(desk, other, "当事人反悔")
    failed = [r.detail for r in run_checks(desk.db.path) if not r.ok]
    assert failed == []  # closing and reopening through the services leave nothing to report
    with closing(sqlite3.connect(desk.db.path)) as conn:  # as an older version left them
        conn.execute("UPDATE follow_ups SET deleted_at = NULL, findings = ''")
        conn.execute(f"UPDATE disputes SET closed_on = '2026-12-14' WHERE id = {other}")
        conn.commit()
    detail = {r.name: r for r in run_checks(desk.db.path)}["disputes"].detail
    assert "已结案的纠纷还有未完成的计划回访 1 件" in detail, detail
    assert "未结案的纠纷有结案日期 1 件" in detail, detail
    assert case != other
