"""Service calls in the window, as the desk officer takes them: the phone rings (Ctrl+Shift+N
from anywhere), the caller is found by the number they give, 到达 and 办结 are one click each
with the times taken from the clock, the outcome is asked for at 办结, and a call that is really
a quarrel becomes a dispute linked to it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from lijiabu_desk.models.enums import CallKind, DisputeCategory, FiveSmallAim, Urgency
from lijiabu_desk.services.calls import (
    CallInput,
    calls_for_dispute,
    calls_for_household,
    list_calls,
    load_call_view,
    log_call,
    stamp_arrival,
    stamp_completion,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.ui.calls.call_dialogs import OutcomeDialog, TimesDialog
from lijiabu_desk.ui.calls.call_form import CallFormDialog
from lijiabu_desk.ui.calls.calls_area import CallsArea
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.disputes.widgets import select_value
from lijiabu_desk.ui.main_window import MainWindow
from tests.case_setup import make_post
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    said: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return said


def opened_dialogs(area: CallsArea) -> list[QDialog]:
    opened: list[QDialog] = []
    area.actions_.dialog_opened.connect(opened.append)
    return opened


def find_caller(qtbot, form: CallFormDialog, typed: str) -> None:
    qtbot.keyClicks(form.finder.edit, typed)
    qtbot.keyClick(
        form.finder.edit, Qt.Key.Key_Return
    )  # before the results show: chosen on arrival
    qtbot.waitUntil(lambda: form.caller_id is not None, timeout=15000)


def test_a_call_from_the_first_ring_to_done_and_a_dispute_opened_from_it(
    qtbot, chinese, desk, clock, messages
) -> None:
    post = make_post(desk)
    area = CallsArea(desk)
    qtbot.addWidget(area)
    area.show()
    opened = opened_dialogs(area)
    # The phone rings at 09:00: the form opens with the time filled in.
    form = area.new_call()
    assert form.received_on.text() == "2026-11-28" and form.received_time.text() == "09:00"
    find_caller(qtbot, form, "13909321234")
    assert form.caller_id == post.jia_id
    assert "马建国" in form.chosen.text() and not form.caller_name.isEnabled()
    qtbot.mouseClick(form.findChild(type(form.kind.group.button(0)), "kind_dispute"), Qt.LeftButton)
    form.urgency.set_value(Urgency.URGENT)
    type_text(qtbot, form.summary, "马建国来电称与邻居王秀英因排水沟吵架，请求民警到场。")
    select_value(form.village, post.village_id)
    type_text(qtbot, form.place, "三社12号院外")
    select_value(form.responder, post.officer_id)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.result() == QDialog.DialogCode.Accepted
    page = list_calls(desk)
    assert page.total == 1
    call = page.rows[0]
    assert call.kind is CallKind.DISPUTE and call.urgency is Urgency.URGENT
    assert call.received_at == datetime(2026, 11, 28, 9, 0)
    assert area.page.call_id == call.id  # the new call is on screen, ready for 到达
    assert area.page.values["caller"].text().startswith("马建国 139****1234")
    # 到达 25 minutes later: one click, the time from the clock, the response worked out.
    clock.advance(minutes=25)
    qtbot.mouseClick(area.page.buttons["arrive"], Qt.LeftButton)
    assert load_call_view(desk, call.id).row.arrived_at == datetime(2026, 11, 28, 9, 25)
    assert "25分钟" in area.page.values["arrived"].text()
    assert area.page.buttons["arrive"].isHidden()
    # 办结 40 minutes after that: the outcome form opens by itself.
    clock.advance(minutes=40)
    qtbot.mouseClick(area.page.buttons["complete"], Qt.LeftButton)
    outcome = opened[-1]
    assert isinstance(outcome, OutcomeDialog)
    type_text(qtbot, outcome.outcome, "到场劝解，双方同意到派出所调解。")
    select_value(outcome.aim, FiveSmallAim.SMALL_WORRY)
    qtbot.mouseClick(outcome.save_button, Qt.LeftButton)
    view = load_call_view(desk, call.id)
    assert view.row.completed_at == datetime(2026, 11, 28, 10, 5)
    assert view.outcome == "到场劝解，双方同意到派出所调解。"
    assert view.aim is FiveSmallAim.SMALL_WORRY
    assert "1小时05分" in area.page.values["completed"].text()
    assert area.page.values["aim"].text() == "解小忧"
    assert area.page.buttons["complete"].isHidden()
    # The quarrel becomes a case: the intake is filled from the call.
    requested: list[int] = []
    area.case_requested.connect(requested.append)
    qtbot.mouseClick(area.page.buttons["to_dispute"], Qt.LeftButton)
    intake = opened[-1]
    assert isinstance(intake, IntakeDialog)
    assert intake.windowTitle() == "从求助登记矛盾纠纷"
    assert intake.facts.toPlainText().startswith("马建国来电称与邻居王秀英")
    assert "出警处理情况：到场劝解" in intake.facts.toPlainText()
    assert intake.parties.person_ids == [post.jia_id]
    assert intake.received_time.text() == "09:00"
    assert intake.village.currentData() == post.village_id
    assert intake.place_detail.text() == "三社12号院外"
    select_value(intake.category, DisputeCategory.NEIGHBOUR)
    intake.parties.add(post.yi_id, ask=False)
    qtbot.mouseClick(intake.save_button, Qt.LeftButton)
    assert intake.result() == QDialog.DialogCode.Accepted, intake.message.text()
    assert requested and requested[-1] == intake.dispute_id
    case = load_case(desk, intake.dispute_id)
    assert [r.id for r in calls_for_dispute(desk, case.id)] == [call.id]
    assert area.page.values["case"].text() == case.case_no
    assert area.page.buttons["to_dispute"].isHidden()
    assert not area.page.buttons["open_case"].isHidden()


def test_an_unknown_caller_with_a_number_only_and_a_refusal_that_keeps_the_typing(
    qtbot, chinese, desk
) -> None:
    make_post(desk)
    area = CallsArea(desk)
    qtbot.addWidget(area)
    form = area.new_call()
    qtbot.keyClicks(form.caller_phone, "13512345678")
    type_text(qtbot, form.summary, "问身份证补办要带什么。")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.message.text() == "请选择求助类别。"  # said in Chinese; nothing lost
    assert form.summary.toPlainText() == "问身份证补办要带什么。"
    assert list_calls(desk).total == 0
    form.kind.set_value(CallKind.ENQUIRY)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.result() == QDialog.DialogCode.Accepted
    row = list_calls(desk).rows[0]
    assert row.caller_name == "" and row.caller_phone == "135****5678"
    assert row.kind is CallKind.ENQUIRY


def test_a_wrong_stamp_is_corrected_with_a_reason_shown_on_the_page(
    qtbot, chinese, desk, clock
) -> None:
    post = make_post(desk)
    call_id = log_call(
        desk, CallInput(CallKind.MEDICAL, "孩子发烧", caller_id=post.jia_id, urgency=Urgency.URGENT)
    )
    clock.advance(minutes=50)
    stamp_arrival(desk, call_id)  # pressed late, back at the desk
    area = CallsArea(desk)
    qtbot.addWidget(area)
    opened = opened_dialogs(area)
    area.show_call(call_id)
    qtbot.mouseClick(area.page.buttons["times"], Qt.LeftButton)
    times = opened[-1]
    assert isinstance(times, TimesDialog)
    assert times.arrived_time.text() == "09:50"
    times.arrived_time.setText("09:20")
    qtbot.mouseClick(times.save_button, Qt.LeftButton)
    assert times.message.text() == "请填写更正原因。"
    type_text(qtbot, times.reason, "民警电话告知9:20已到达")
    qtbot.mouseClick(times.save_button, Qt.LeftButton)
    assert times.result() == QDialog.DialogCode.Accepted
    assert load_call_view(desk, call_id).row.arrived_at == datetime(2026, 11, 28, 9, 20)
    assert "20分钟" in area.page.values["arrived"].text()
    assert "民警电话告知9:20已到达" in area.page.values["corrections"].text()


def test_filters_and_the_household_page_list_the_calls(qtbot, chinese, desk) -> None:
    post = make_post(desk)
    home = save_household(desk, HouseholdInput("0012", post.village_id, house_no="12"))
    log_call(
        desk, CallInput(CallKind.DOCUMENTS, "身份证到期", household_id=home, caller_name="马大娘")
    )
    done = log_call(desk, CallInput(CallKind.ENQUIRY, "问路", caller_phone="13512345678"))
    stamp_completion(desk, done)
    area = CallsArea(desk)
    qtbot.addWidget(area)
    assert area.model.rowCount() == 2
    area.open_only.setChecked(True)
    assert [r.summary for r in area.model.rows] == ["身份证到期"]
    select_value(area.kind, CallKind.ENQUIRY)
    assert area.model.rowCount() == 0
    assert area.list.is_empty_shown()
    assert area.list.text.text() == "没有符合这些条件的求助记录。"
    area.clear_filters()
    assert area.model.rowCount() == 2
    assert [r.summary for r in calls_for_household(desk, home)] == ["身份证到期"]


def test_ctrl_shift_n_opens_the_call_form_from_anywhere_and_shows_the_call(
    qtbot, chinese, desk
) -> None:
    make_post(desk)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.areas.show_area("register")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    opened: list[QDialog] = []
    window.calls.actions_.dialog_opened.connect(opened.append)
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+N"))
    assert opened and isinstance(opened[-1], CallFormDialog)
    form = opened[-1]
    assert form.windowTitle() == "登记来电求助"
    qtbot.keyClicks(form.caller_phone, "13512345678")
    form.kind.set_value(CallKind.ENQUIRY)
    form.summary.setPlainText("咨询户口迁移")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert window.areas.current_key() == "calls"
    assert window.calls.page.call_id == list_calls(desk).rows[0].id
    labels = [window.areas.bar.item(i).text() for i in range(window.areas.bar.count())]
    assert "服务求助" in labels
