"""At the desk: the steps that lock an agreement say so and wait for an explicit yes, and no form
presets an answer that would be recorded as if the officer had given it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from lijiabu_desk.models import Person
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementStatus,
    DisputeCategory,
    FollowUpMethod,
    Performance,
    Relation,
    Satisfaction,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.services.register.households import (
    HouseholdInput,
    load_household,
    save_household,
)
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.ui.disputes.area import DisputesArea
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.disputes.step_dialogs import DateStepDialog, FollowUpDialog
from lijiabu_desk.ui.forms import confirm_irreversible
from lijiabu_desk.ui.register.member_dialogs import ChangeHeadDialog, MoveMemberDialog
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from tests.case_setup import Post, complete_agreement, make_post, open_case
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    clock.now = datetime(2026, 11, 28, 14, 37)  # not a round hour: a preset time would show
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


@pytest.fixture
def area(qtbot, chinese, desk: ServiceContext, post: Post, monkeypatch) -> DisputesArea:
    for box in ("information", "warning"):  # said after a step: answered at once
        monkeypatch.setattr(QMessageBox, box, lambda *_a, **_k: QMessageBox.StandardButton.Ok)
    widget = DisputesArea(desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


class Asked:
    """Stands in for the question box: remembers what it was asked and gives ``answer``."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[tuple[str, str, str]] = []

    def __call__(self, title: str, text: str, action: str) -> bool:
        self.questions.append((title, text, action))
        return self.answer


def agreement_state(desk: ServiceContext, case_id: int) -> AgreementStatus:
    return load_case(desk, case_id).agreements[0].status


def opened_dialogs(area: DisputesArea) -> list[QDialog]:
    opened: list[QDialog] = []
    area.actions_.dialog_opened.connect(opened.append)
    return opened


def test_finalising_asks_first_and_nothing_is_locked_without_a_yes(qtbot, area, desk, post):
    case_id = open_case(desk, post)
    save_agreement(desk, case_id, complete_agreement(post))
    area.refresh(keep=case_id)
    area.page.agreement_view.selectRow(0)
    asked = Asked(answer=False)
    area.actions_.confirm = asked
    qtbot.mouseClick(area.page.buttons["finalise"], Qt.MouseButton.LeftButton)
    assert len(asked.questions) == 1
    _title, text, action = asked.questions[0]
    assert text and action  # a sentence about the lock, and a button that names the step
    assert agreement_state(desk, case_id) is AgreementStatus.DRAFT
    asked.answer = True
    area.page.agreement_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["finalise"], Qt.MouseButton.LeftButton)
    assert agreement_state(desk, case_id) is AgreementStatus.FINAL


def test_marking_signed_says_it_locks_for_good_and_waits_for_a_yes(qtbot, area, desk, post):
    case_id = open_case(desk, post)
    finalise_agreement(desk, save_agreement(desk, case_id, complete_agreement(post)))
    area.refresh(keep=case_id)
    opened = opened_dialogs(area)
    asked = Asked(answer=False)
    area.actions_.confirm = asked
    area.page.agreement_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["sign"], Qt.MouseButton.LeftButton)
    sign = opened[-1]
    assert isinstance(sign, DateStepDialog)
    assert sign.notice.isVisible() and sign.notice.text()  # said on the form itself
    qtbot.mouseClick(sign.save_button, Qt.MouseButton.LeftButton)
    assert [q[1] for q in asked.questions] == [sign.notice.text()]  # and asked again
    assert sign.isVisible() and agreement_state(desk, case_id) is AgreementStatus.FINAL
    asked.answer = True
    qtbot.mouseClick(sign.save_button, Qt.MouseButton.LeftButton)
    assert not sign.isVisible() and agreement_state(desk, case_id) is AgreementStatus.SIGNED


def test_recording_an_oral_agreement_says_it_locks_for_good(qtbot, area, desk, post):
    case_id = open_case(desk, post)
    save_agreement(desk, case_id, complete_agreement(post, form=AgreementForm.ORAL))
    area.refresh(keep=case_id)
    opened = opened_dialogs(area)
    asked = Asked(answer=False)
    area.actions_.confirm = asked
    area.page.agreement_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["finalise"], Qt.MouseButton.LeftButton)
    oral = opened[-1]
    assert isinstance(oral, DateStepDialog) and oral.notice.text()
    qtbot.mouseClick(oral.save_button, Qt.MouseButton.LeftButton)
    assert len(asked.questions) == 1
    assert agreement_state(desk, case_id) is AgreementStatus.DRAFT
    oral.mark_clean()


def test_the_question_box_takes_the_step_only_on_its_own_button(qtbot, monkeypatch) -> None:
    """Enter (the default button) and Esc both cancel; only the named button goes on."""
    seen: list[QMessageBox] = []
    press = {"button": "default"}

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        if press["button"] == "default":
            box.defaultButton().click()
        elif press["button"] == "escape":
            box.escapeButton().click()
        else:
            next(b for b in box.buttons() if b.text() == "定稿并锁定").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert not confirm_irreversible(None, "确认定稿？", "定稿后协议内容将锁定。", "定稿并锁定")
    assert seen[-1].text() == "定稿后协议内容将锁定。"
    press["button"] = "escape"
    assert not confirm_irreversible(None, "确认定稿？", "定稿后协议内容将锁定。", "定稿并锁定")
    press["button"] = "action"
    assert confirm_irreversible(None, "确认定稿？", "定稿后协议内容将锁定。", "定稿并锁定")


def test_a_visit_has_no_preset_performance(qtbot, area, desk, post) -> None:
    case_id = open_case(desk, post)
    agreement = save_agreement(desk, case_id, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "2026-11-27")
    case = load_case(desk, case_id)
    visit = FollowUpDialog(desk, case, agreement, case.follow_ups[0].id)
    qtbot.addWidget(visit)
    visit.show()
    assert visit.performance.currentData() is None
    # Neither how the visit was made nor what the parties said is assumed.
    assert visit.method.currentData() is None and visit.satisfaction.currentData() is None
    visit.visitor.setCurrentIndex(visit.visitor.findData(post.officer_id))
    type_text(qtbot, visit.findings, "已当面付清。")
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    assert "履行情况" in visit.message.text() and visit.isVisible()
    assert visit.performance.property("invalid") is True  # refused at the field
    assert load_case(desk, case_id).follow_ups[0].visited_on is None
    visit.performance.setCurrentIndex(visit.performance.findData(Performance.PARTIAL))
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    assert "回访方式" in visit.message.text() and visit.method.property("invalid") is True
    visit.method.setCurrentIndex(visit.method.findData(FollowUpMethod.HOME))
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    assert "满意" in visit.message.text() and visit.satisfaction.property("invalid") is True
    visit.satisfaction.setCurrentIndex(visit.satisfaction.findData(Satisfaction.FAIRLY))
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    assert not visit.isVisible()
    assert load_case(desk, case_id).follow_ups[0].performance == "部分履行"


def test_intake_has_no_preset_category_and_is_received_now(qtbot, area, desk, post) -> None:
    intake = IntakeDialog(desk)
    qtbot.addWidget(intake)
    intake.show()
    assert intake.category.currentData() is None
    assert (intake.received_on.text(), intake.received_time.text()) == ("2026-11-28", "14:37")
    intake.parties.add(post.jia_id, name="马建国")
    intake.village.setCurrentIndex(intake.village.findData(post.village_id))
    type_text(qtbot, intake.facts, "邻里争吵")
    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    assert "纠纷类别" in intake.message.text() and intake.isVisible()
    assert intake.category.property("invalid") is True
    intake.category.setCurrentIndex(intake.category.findData(DisputeCategory.LAND_BOUNDARY))
    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    assert not intake.isVisible()
    case = load_case(desk, intake.dispute_id)
    assert case.received_at == datetime(2026, 11, 28, 14, 37)


@pytest.fixture
def household(desk: ServiceContext, post: Post) -> tuple[int, int, int]:
    """A household with its head and a son; returns (household, head, son)."""
    village = list_villages(desk)[0]
    household = save_household(desk, HouseholdInput("MJS0001", village.id, village.groups[0].id))
    head = save_person(
        desk, PersonInput(name="马文清", household_id=household, relation=Relation.HEAD)
    )
    son = save_person(
        desk, PersonInput(name="马小军", household_id=household, relation=Relation.SON)
    )
    return household, head, son


def test_a_new_member_has_no_preset_relation(qtbot, chinese, desk, household) -> None:
    household_id, _head, _son = household
    form = PersonDialog(desk, household_id=household_id)
    qtbot.addWidget(form)
    form.show()
    assert form.relation.currentData() is None and form.relation.isEnabled()
    assert form.relation.currentText() != "（非本地户籍）"  # a member of this household
    type_text(qtbot, form.fields["name"], "马小燕")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "与户主关系" in form.message.text() and form.isVisible()
    assert form.relation.property("invalid") is True
    form.relation.setCurrentIndex(form.relation.findData(Relation.DAUGHTER))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    with desk.db.sessions() as s:
        assert s.get(Person, form.person_id).relation == Relation.DAUGHTER


def test_moving_and_changing_the_head_preset_no_relation(qtbot, chinese, desk, household):
    household_id, _head, son = household
    members = load_household(desk, household_id).members
    change = ChangeHeadDialog(desk, household_id, members)
    qtbot.addWidget(change)
    assert change.old_relation.currentData() is None
    change.ok_button.click()
    assert "原户主" in change.message.text()
    assert change.old_relation.property("invalid") is True
    move = MoveMemberDialog(desk, next(m for m in members if m.id == son))
    qtbot.addWidget(move)
    assert move.relation.currentData() is None
