"""One case walked through the window as an officer does it: intake with parties found by
pinyin, a session, a draft agreement with its missing parts listed, finalised, printed (preview
and saved PDF), marked signed, a follow-up visit recorded and its record printed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from lijiabu_desk.models.enums import (
    AgreementStatus,
    DisputeCategory,
    DisputeStatus,
    FollowUpMethod,
    Performance,
    Satisfaction,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.ui.disputes.agreement_dialog import AgreementDialog
from lijiabu_desk.ui.disputes.area import DisputesArea
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.disputes.session_dialog import SessionDialog
from lijiabu_desk.ui.disputes.step_dialogs import DateStepDialog, FollowUpDialog
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from tests.case_setup import make_post
from tests.ui.typing_helpers import type_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Message boxes answer at once; what they said is kept for the test to read."""
    said: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return said


def latest(opened: list[QDialog], kind: type) -> QDialog:
    dialog = opened[-1]
    assert isinstance(dialog, kind), dialog
    return dialog


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Double-click a cell, type into its editor and press Enter, as a user does."""
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    qtbot.wait(20)  # let the previous cell's editor go
    rect = table.visualItemRect(table.item(row, column))
    editors = [
        e
        for e in table.viewport().findChildren(QLineEdit)
        if e.isVisible() and rect.intersects(e.geometry())
    ]
    assert len(editors) == 1, editors
    editor = editors[0]
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def find_party(qtbot, intake: IntakeDialog, pinyin: str, count: int) -> None:
    picker = intake.parties
    qtbot.keyClicks(picker.finder.edit, pinyin)
    qtbot.keyClick(picker.finder.edit, Qt.Key.Key_Return)  # at once: before the results show
    qtbot.waitUntil(lambda: len(picker.person_ids) == count, timeout=15000)


def test_a_case_from_intake_to_a_printed_signed_agreement_and_follow_up(
    qtbot, chinese, desk, messages, tmp_path: Path
) -> None:
    post = make_post(desk)
    area = DisputesArea(desk)
    qtbot.addWidget(area)
    opened: list[QDialog] = []
    area.actions_.dialog_opened.connect(opened.append)
    asked: list[str] = []  # the steps that lock the agreement ask first; the officer says yes
    area.actions_.confirm = lambda title, text, action: asked.append(text) is None
    area.show()

    # --- intake ---------------------------------------------------------------------------
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    intake = latest(opened, IntakeDialog)
    find_party(qtbot, intake, "mjg", 1)  # 马建国
    find_party(qtbot, intake, "wxy", 2)  # 王秀英
    type_cell(qtbot, intake.parties.table, 0, 2, "要求乙方改建排水沟")
    intake.category.setCurrentIndex(intake.category.findData(DisputeCategory.NEIGHBOUR))
    intake.received_on.clear()
    qtbot.keyClicks(intake.received_on, "20261125")
    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    assert intake.isVisible()  # facts missing: the form stays, with the message
    assert "纠纷简要情况" in intake.message.text()
    type_text(qtbot, intake.facts, "院墙排水冲毁菜地，双方争吵。")
    intake.village.setCurrentIndex(intake.village.findData(post.village_id))
    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    assert not intake.isVisible()
    case = area.page.case
    assert case is not None and case.case_no == "（2026）安李纠字第1号"
    assert [p.name for p in case.parties] == ["马建国", "王秀英"]
    assert case.parties[0].demand == "要求乙方改建排水沟"
    assert "1" in area.count.text()

    # --- a session ---------------------------------------------------------------------------
    qtbot.mouseClick(area.page.buttons["new_session"], Qt.MouseButton.LeftButton)
    session = latest(opened, SessionDialog)
    # The village's mediator and the parties are already there.
    assert session.participants.table.rowCount() == 3
    officers = session.participants.officer
    officers.setCurrentIndex(officers.findData(post.officer_id))
    session.participants.add_chosen_officer()
    type_text(qtbot, session.place, "李家堡派出所调解室")
    type_text(qtbot, session.statements, "甲方称菜地被冲毁；乙方称排水沟是老沟。")
    type_text(qtbot, session.findings, "排水沟出口正对甲方菜地。")
    type_text(qtbot, session.outcome, "双方同意改沟并赔偿。")
    qtbot.mouseClick(session.save_button, Qt.MouseButton.LeftButton)
    assert not session.isVisible()
    assert area.page.case.status is DisputeStatus.MEDIATING

    # --- the agreement: draft, what is missing, finalise --------------------------------------
    qtbot.mouseClick(area.page.buttons["new_agreement"], Qt.MouseButton.LeftButton)
    draft = latest(opened, AgreementDialog)
    assert "院墙排水" in draft.facts.toPlainText()  # from the case
    assert "甲方马建国：要求乙方改建排水沟" in draft.points.toPlainText()
    type_cell(qtbot, draft.terms.table, 0, 0, "乙方赔偿甲方菜地损失")
    type_cell(qtbot, draft.terms.table, 0, 1, "800")
    qtbot.mouseClick(draft.save_button, Qt.MouseButton.LeftButton)
    assert "履行期限" in draft.missing.text() and "记录人" in draft.missing.text()
    assert draft.mediator_name.text() == "马有德"  # the village mediator who sat
    assert draft.place.text() == "马家山村委会"  # where the parties live
    type_text(qtbot, draft.responsibility, "乙方负主要责任。")
    type_text(qtbot, draft.method, "现金当面交付")
    qtbot.keyClicks(draft.deadline, "20261215")
    type_text(qtbot, draft.recorder, "刘晓燕")
    qtbot.mouseClick(draft.save_button, Qt.MouseButton.LeftButton)
    assert "可以定稿" in draft.missing.text(), draft.missing.text()
    draft.close()
    area.refresh()
    area.page.agreement_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["finalise"], Qt.MouseButton.LeftButton)
    agreement = area.page.case.agreements[0]
    assert agreement.status is AgreementStatus.FINAL
    assert agreement.number == "（2026）安李人调字第1号"
    assert len(asked) == 1  # asked before it was locked
    assert "签名并捺印" in messages[-1]

    # --- print: preview, then save as PDF -----------------------------------------------------
    area.page.agreement_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["print_agreement"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(opened[-1], PdfPreviewDialog), timeout=15000)
    preview = opened[-1]
    assert preview.document.pageCount() >= 1
    target = tmp_path / "协议书"
    preview.choose_save_path = lambda _suggested: str(target)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = next(tmp_path.glob("协议书*"))
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    for part in ("人民调解协议书", "（2026）安李人调字第1号", "马建国", "王秀英", "800.00",
                 "2026年12月15日", "签名/捺印"):  # fmt: skip
        assert part in flat, part
    preview.close()

    # --- signed, then the follow-up ---------------------------------------------------------
    area.page.agreement_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["sign"], Qt.MouseButton.LeftButton)
    sign = latest(opened, DateStepDialog)
    assert sign.day.text() == "2026-11-28"
    qtbot.mouseClick(sign.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert area.page.case.status is DisputeStatus.AGREED
    assert [str(f.due_on) for f in area.page.case.follow_ups] == ["2026-12-13", "2026-12-22"]

    area.page.follow_up_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["follow_up"], Qt.MouseButton.LeftButton)
    visit = latest(opened, FollowUpDialog)
    assert visit.visitor.currentData() is None  # the case was taken in by nobody in particular
    type_text(qtbot, visit.findings, "赔偿款已当面付清。")
    visit.performance.setCurrentIndex(visit.performance.findData(Performance.FULFILLED))
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    assert "回访方式" in visit.message.text()  # asked, never assumed
    visit.method.setCurrentIndex(visit.method.findData(FollowUpMethod.PHONE))
    visit.satisfaction.setCurrentIndex(visit.satisfaction.findData(Satisfaction.SATISFIED))
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    assert "回访民警" in visit.message.text()  # nobody chosen yet; what was typed stays
    assert visit.findings.toPlainText() == "赔偿款已当面付清。"
    visit.visitor.setCurrentIndex(visit.visitor.findData(post.officer_id))
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    assert not visit.isVisible()
    stored = load_case(desk, case.id)
    assert stored.status is DisputeStatus.FOLLOW_UP
    assert stored.follow_ups[0].visitor == "李振华"
    assert stored.agreements[0].performance == "履行完毕"

    area.page.follow_up_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["print_follow_up"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: isinstance(opened[-1], PdfPreviewDialog) and opened[-1] is not preview,
        timeout=15000,
    )
    assert "回访记录" in opened[-1].windowTitle()
