"""The dispute list's filters and search, the time-limit colours, and refusals shown in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from lijiabu_desk.models.enums import AgreementKind, PlaceKind, RiskGrade
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    AgreementInput,
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.intake import PartyInput, register_dispute
from lijiabu_desk.ui.disputes.area import LIMIT_COLUMN, DisputesArea
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from tests.case_setup import complete_agreement, id_number, intake, make_post
from tests.ui.typing_helpers import type_text


@pytest.fixture
def area(qtbot, chinese, ctx: ServiceContext, clock) -> DisputesArea:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    post = make_post(desk)
    register_dispute(desk, intake(post))  # limit 12-25
    register_dispute(
        desk,
        intake(
            post,
            parties=(PartyInput(post.outsider_id),),
            received_on="20261001",  # limit 10-31: overdue
            risk_grade=RiskGrade.MAJOR,
        ),
    )
    widget = DisputesArea(desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(area: DisputesArea) -> list[str]:
    return [row.parties for row in area.model.rows]


def test_search_filters_and_overdue(qtbot, area: DisputesArea) -> None:
    assert shown(area) == ["马建国、王秀英", "马哈麦"]
    assert area.count.text() == "共 2 件，超期 1 件"
    qtbot.keyClicks(area.search, "wxy")
    qtbot.waitUntil(lambda: shown(area) == ["马建国、王秀英"], timeout=3000)
    area.search.clear()
    qtbot.waitUntil(lambda: len(shown(area)) == 2, timeout=3000)
    qtbot.mouseClick(area.overdue, Qt.MouseButton.LeftButton)
    assert shown(area) == ["马哈麦"]
    index = area.model.index(0, LIMIT_COLUMN)
    assert area.model.data(index) == "超期 28 天"
    assert area.model.data(index, Qt.ItemDataRole.ForegroundRole).name() == "#c0392b"
    area.overdue.setChecked(False)
    area.risk.setCurrentIndex(area.risk.findData(RiskGrade.MAJOR))
    assert shown(area) == ["马哈麦"]


def test_choosing_a_case_shows_it_with_its_allowed_steps(area: DisputesArea) -> None:
    area.table.selectRow(1)
    page = area.page
    assert page.case is not None and page.case.parties[0].name == "马哈麦"
    assert "超期 28 天" in page.summary.text()
    assert page.buttons["new_session"].isEnabled()
    assert not page.buttons["follow_up"].isEnabled()  # no agreement yet
    assert not page.buttons["close_case"].isEnabled()


def test_finalising_an_incomplete_draft_lists_what_is_missing(
    qtbot, area: DisputesArea, monkeypatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text) or 0
    )
    area.table.selectRow(0)
    case_id = area.page.case.id
    save_agreement(area.ctx, case_id, AgreementInput(kind=AgreementKind.PEOPLES_MEDIATION))
    area.refresh()
    area.page.agreement_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["finalise"], Qt.MouseButton.LeftButton)
    assert said and "补全后才能定稿" in said[0] and "履行期限" in said[0]
    assert area.page.case.agreements[0].number == ""


def test_the_case_history_lists_the_case_and_its_parties(qtbot, area: DisputesArea) -> None:
    opened = []
    area.actions_.dialog_opened.connect(opened.append)
    area.table.selectRow(0)
    qtbot.mouseClick(area.page.buttons["history"], Qt.MouseButton.LeftButton)
    model = opened[-1].history.model
    assert [(r.table, r.action) for r in model.rows][-1] == ("矛盾纠纷", "新建")  # newest first
    assert model.headerData(3, Qt.Orientation.Horizontal) == "记录"
    assert len(model.rows) == 3


def test_retiring_a_mistaken_case_takes_it_off_the_list(qtbot, area: DisputesArea) -> None:
    opened = []
    area.actions_.dialog_opened.connect(opened.append)
    area.table.selectRow(1)
    assert area.page.buttons["retire"].isEnabled()  # the setup account may retire records
    qtbot.mouseClick(area.page.buttons["retire"], Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "注销原因" in dialog.message.text()  # a reason is required
    type_text(qtbot, dialog.reason, "重复登记")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown(area) == ["马建国、王秀英"] and area.page.case is None


def test_a_party_record_opens_from_the_case_to_fill_in_particulars(
    qtbot, area: DisputesArea
) -> None:
    opened = []
    area.actions_.dialog_opened.connect(opened.append)
    area.table.selectRow(1)  # 马哈麦, an outsider with few particulars
    area.page.party_view.selectRow(0)
    qtbot.mouseClick(area.page.buttons["edit_party"], Qt.MouseButton.LeftButton)
    person = opened[-1]
    assert person.fields["name"].text() == "马哈麦"
    qtbot.keyClicks(person.fields["phone"], "13912345678")
    qtbot.mouseClick(person.save_button, Qt.MouseButton.LeftButton)
    assert area.page.case.parties[0].phone == "139****5678"  # the case shows it at once


def test_an_outsider_added_on_the_spot_joins_the_person_index(
    qtbot, area: DisputesArea, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    # Closing the unsaved intake form at the end asks; the answer is "discard".
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    intake = area.new_case()
    qtbot.addWidget(intake)
    picker = intake.parties
    opened = []
    monkeypatch.setattr(PersonDialog, "open", lambda self: opened.append(self))
    qtbot.mouseClick(picker.outsider_button, Qt.MouseButton.LeftButton)
    person = opened[-1]
    type_text(qtbot, person.fields["name"], "丁学文")
    qtbot.mouseClick(person.save_button, Qt.MouseButton.LeftButton)
    names = [picker.table.item(r, 1).text().split(" · ")[0] for r in range(picker.table.rowCount())]
    assert names == ["丁学文"]  # the cell goes on with where they live: " · 非本地户籍"
    qtbot.mouseClick(picker.outsider_button, Qt.MouseButton.LeftButton)
    again = opened[-1]  # someone types 马建国's ID number: he becomes the party
    type_text(qtbot, again.fields["name"], "马建国")
    qtbot.keyClicks(again.fields["id_number"], id_number("62110219680305123"))
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    names = [picker.table.item(r, 1).text().split(" · ")[0] for r in range(picker.table.rowCount())]
    assert names == ["丁学文", "马建国"]


def test_a_new_session_starts_with_the_panel_the_register_knows(qtbot, area: DisputesArea) -> None:
    opened = []
    area.actions_.dialog_opened.connect(opened.append)
    area.table.selectRow(0)  # taken in by 李振华, in 马家山村 whose mediator is 马有德
    qtbot.mouseClick(area.page.buttons["new_session"], Qt.MouseButton.LeftButton)
    panel = opened[-1].participants.participants()
    assert [(p.role.value, p.name) for p in panel] == [
        ("police", "李振华"),
        ("village_mediator", "马有德"),
        ("party", "马建国"),
        ("party", "王秀英"),
    ]
    opened[-1].mark_clean()


def test_intake_in_a_village_needs_the_village(qtbot, area: DisputesArea, monkeypatch) -> None:
    """The place is a StrEnum: the form must hand the service the enum, not Qt's string."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    intake = area.new_case()
    qtbot.addWidget(intake)
    intake.parties.add(1, name="马建国")
    type_text(qtbot, intake.facts, "邻里争吵")
    intake.category.setCurrentIndex(1)
    assert intake.place_kind.currentData() is PlaceKind.VILLAGE
    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    assert "哪个行政村" in intake.message.text() and intake.isVisible()


def test_a_police_draft_asks_for_the_presiding_officer(qtbot, area: DisputesArea) -> None:
    opened = []
    area.actions_.dialog_opened.connect(opened.append)
    area.table.selectRow(0)
    qtbot.mouseClick(area.page.buttons["new_police_agreement"], Qt.MouseButton.LeftButton)
    draft = opened[-1]
    assert draft.mediator_label.text() == "主持调解民警"
    assert draft.mediator.currentData() == area.page.case.received_by_id  # took the case in
    assert draft.mediator_name.isHidden()
    draft.kind.setCurrentIndex(draft.kind.findData(AgreementKind.PEOPLES_MEDIATION))
    assert draft.mediator_label.text() == "调解员"
    draft.mark_clean()


def test_ctrl_s_keeps_text_still_being_typed_in_a_cell(qtbot, area: DisputesArea) -> None:
    intake = area.new_case()
    qtbot.addWidget(intake)
    intake.show()
    intake.activateWindow()
    picker = intake.parties
    picker.add(1, name="马建国")
    intake.village.setCurrentIndex(1)
    intake.category.setCurrentIndex(1)
    type_text(qtbot, intake.facts, "邻里争吵")
    picker.table.setFocus()
    picker.table.setCurrentCell(0, 2)
    picker.table.editItem(picker.table.item(0, 2))
    editor = next(e for e in picker.table.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    type_text(qtbot, editor, "赔偿菜地损失")  # no Enter
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not intake.isVisible(), timeout=2000)
    assert area.page.case.parties[0].demand == "赔偿菜地损失"


def test_the_visit_form_reminds_of_the_judicial_confirmation_window(
    qtbot, area: DisputesArea
) -> None:
    ctx = area.ctx
    case_id = area.model.rows[0].id
    agreement = save_agreement(ctx, case_id, complete_agreement(None, judicial_confirmation=True))
    finalise_agreement(ctx, agreement)
    mark_signed(ctx, agreement, "20261128")
    area.refresh(keep=case_id)
    opened = []
    area.actions_.dialog_opened.connect(opened.append)
    qtbot.mouseClick(area.page.buttons["follow_up"], Qt.MouseButton.LeftButton)
    assert "2026-12-28 前共同向人民法院申请司法确认" in opened[-1].reminder.text()
    opened[-1].mark_clean()


def test_export_writes_the_filtered_ledger(
    qtbot, area: DisputesArea, monkeypatch, tmp_path
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text) or 0
    )
    area.risk.setCurrentIndex(area.risk.findData(RiskGrade.MAJOR))
    area.choose_export_path = lambda suggested: str(tmp_path / "台账.xlsx")
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "已把 1 件纠纷写入" in said[0]
    assert (tmp_path / "台账.xlsx").exists() and area.export_button.isEnabled()
