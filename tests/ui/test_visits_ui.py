"""A home visit logged from the household page as the officer does it: the anti-fraud app
installed on two members' phones, the contact card handed over, a quarrel found and registered
as a case from the visit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from lijiabu_desk.models import HomeVisit, Person
from lijiabu_desk.models.enums import DisputeCategory, Relation, VisitPurpose
from lijiabu_desk.services.cards.issuance import card_history
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.disputes.widgets import select_value
from lijiabu_desk.ui.register.area import RegisterArea
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from lijiabu_desk.ui.register.renewal_box import DeliveredDialog
from lijiabu_desk.ui.register.visit_dialog import APP_COLUMN, VisitDialog
from tests.card_setup import make_post
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

    monkeypatch.setattr(QMessageBox, "warning", record)
    return said


def family(desk: ServiceContext, household_id: int) -> list[int]:
    with desk.write() as s:
        people = [
            Person(name="马老汉", household_id=household_id, relation=Relation.HEAD,
                   birth_date=date(1950, 3, 1)),
            Person(name="马小军", household_id=household_id, relation=Relation.SON,
                   birth_date=date(1985, 6, 1)),
            Person(name="马丫丫", household_id=household_id, relation=Relation.GRANDDAUGHTER,
                   birth_date=date(2015, 1, 1)),
        ]  # fmt: skip
        s.add_all(people)
        s.flush()
        return [p.id for p in people]


def test_a_visit_installs_the_app_for_two_members_and_hands_over_the_card(
    qtbot, chinese, desk, messages
) -> None:
    post = make_post(desk)
    home = post.hewan[0]
    old, son, child = family(desk, home)
    area = RegisterArea(desk)
    qtbot.addWidget(area)
    opened: list[QDialog] = []
    area.visits_.dialog_opened.connect(opened.append)
    area.open_household(home)
    area.page.tabs.setCurrentIndex(2)
    assert area.page.visit_button.isEnabled() and area.visits_.recorded is not None
    qtbot.mouseClick(area.page.visit_button, Qt.LeftButton)
    dialog = opened[-1]
    assert isinstance(dialog, VisitDialog)
    assert dialog.windowTitle() == "入户走访：户 HW0000"
    assert dialog.visit_date.text() == "2026-11-28"
    assert [dialog.members.item(r, 0).text() for r in range(3)] == ["马老汉", "马小军", "马丫丫"]
    # Saved without an officer: said in Chinese, nothing lost.
    dialog.kind.set_value(VisitPurpose.ANTI_FRAUD)
    dialog.tick(old, APP_COLUMN)
    dialog.tick(son, APP_COLUMN)
    dialog.card.click()  # (it may sit below the scrolled part of a small window)
    type_text(qtbot, dialog.summary, "宣传养老诈骗，帮两人装了国家反诈中心App。")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.message.text() == "请选择参加走访的民警。"
    dialog.choose_officer(post.zhang)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()
    with desk.read() as s:
        installed = {p.id: p.anti_fraud_app_on for p in s.scalars(select(Person))}
        [visit] = s.scalars(select(HomeVisit)).all()
        assert visit.purpose_kind is VisitPurpose.ANTI_FRAUD
    assert installed == {old: date(2026, 11, 28), son: date(2026, 11, 28), child: None}
    assert [i.issued_on for i in card_history(desk, home).issues] == [date(2026, 11, 28)]
    # The page shows the visit and the card that came with it.
    assert area.page.visits.rowCount() == 1
    row = area.page.visits.row_at(0)
    assert (row.purpose, row.officers) == ("反诈宣传", "张伟")
    assert row.done == "安装反诈App：马老汉、马小军；发放连心卡"
    assert area.page.cards.rowCount() == 1
    assert area.page.card_state.text() == "连心卡有效（2026-11-28发放）。"


def test_a_quarrel_found_on_a_visit_opens_the_intake_with_the_household(
    qtbot, chinese, desk
) -> None:
    post = make_post(desk)
    home = post.hewan[0]
    old, son, _child = family(desk, home)
    area = RegisterArea(desk)
    qtbot.addWidget(area)
    opened: list[QDialog] = []
    area.visits_.dialog_opened.connect(opened.append)
    area.open_household(home)
    dialog = area.visits_.new_visit()
    assert dialog is not None
    dialog.choose_officer(post.zhang)
    dialog.summary.setPlainText("父子因宅基地分割争吵，情绪激动。")
    dialog.dispute.click()
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    intake = opened[-1]
    assert isinstance(intake, IntakeDialog)
    assert intake.windowTitle() == "登记入户走访中发现的纠纷"
    assert intake.parties.person_ids == [old, son]  # the adults; the officer keeps who is in it
    assert intake.facts.toPlainText() == "父子因宅基地分割争吵，情绪激动。"
    select_value(intake.category, DisputeCategory.MARRIAGE_FAMILY)
    qtbot.mouseClick(intake.save_button, Qt.LeftButton)
    assert intake.result() == QDialog.DialogCode.Accepted, intake.message.text()
    case = load_case(desk, intake.dispute_id)
    assert case.source == "入户走访发现"
    assert "发现纠纷已登记" in area.page.visits.row_at(0).done


def test_an_id_card_renewed_at_home_from_the_persons_page(qtbot, chinese, desk, clock) -> None:
    post = make_post(desk)
    with desk.write() as s:
        elder = Person(
            name="马奶奶", household_id=post.hewan[0], relation=Relation.HEAD,
            birth_date=date(1995, 2, 1), id_expiry_date=date(2026, 10, 1),
        )  # fmt: skip
        s.add(elder)
        s.flush()
        elder_id = elder.id
    dialog = PersonDialog(desk, person_id=elder_id)
    qtbot.addWidget(dialog)
    box = dialog.renewal
    opened: list[QDialog] = []
    box.dialog_opened.connect(opened.append)
    assert not box.row.isHidden()
    assert box.stage.text() == "换证进度：还没有拍照"
    assert box.button.text() == "登记已拍照…"
    box.button.click()
    step = opened[-1]
    qtbot.mouseClick(step.save_button, Qt.LeftButton)  # taken today
    assert box.stage.text() == "换证进度：2026-11-28已拍照，尚未送审"
    box.button.click()
    qtbot.mouseClick(opened[-1].save_button, Qt.LeftButton)
    assert box.button.text() == "登记新证已送达…"
    clock.advance(days=20)
    box.button.click()
    delivered = opened[-1]
    assert isinstance(delivered, DeliveredDialog)
    # 31 years old when issued on the day it was sent: twenty years.
    assert delivered.expiry.text() == "2046-11-28"
    qtbot.mouseClick(delivered.save_button, Qt.LeftButton)
    assert delivered.result() == QDialog.DialogCode.Accepted, delivered.message.text()
    assert dialog.fields["id_expiry_date"].text() == "2046-11-28"
    assert dialog.fields["id_issue_date"].text() == "2026-11-28"
    assert box.row.isHidden() and dialog.card_flag.isHidden()
    assert not dialog.has_unsaved_changes()
