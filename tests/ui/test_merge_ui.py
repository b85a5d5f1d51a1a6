"""A person recorded twice, merged from the likely-pairs list as the officer does it: the pair
found, the two records compared, a value chosen, merged, the case party moved; then undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from lijiabu_desk.models import DisputeParty, Person
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.register.merge_dialogs import OTHER, MergeDialog
from tests.case_setup import make_post, open_case


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def test_a_pair_from_the_list_merged_and_undone(qtbot, chinese, desk) -> None:
    post = make_post(desk)
    case_id = open_case(desk, post)  # 马建国 (jia) is a party
    twin = save_person(desk, PersonInput(name="马建国", phone="13909321234", occupation="养殖户"))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    pairs = window.open_pairs()
    assert pairs.windowTitle() == "可能重复的人员"
    [pair] = pairs.model.rows
    assert {pair.first.id, pair.second.id} == {post.jia_id, twin}
    assert pair.reason == "电话和姓名都相同"
    opened: list[QDialog] = []
    pairs.dialog_opened.connect(opened.append)
    qtbot.mouseClick(pairs.open_button, Qt.LeftButton)
    merge = opened[-1]
    assert isinstance(merge, MergeDialog) and merge.merge_button.isEnabled()
    labels = [merge.fields.item(r, 0).text() for r in range(merge.fields.rowCount())]
    assert "职业" in labels
    keeps_jia = merge.survivor_id == post.jia_id
    merge.choose("occupation", OTHER if keeps_jia else 0)  # 养殖户, the newer word
    qtbot.mouseClick(merge.merge_button, Qt.LeftButton)
    assert merge.result() == QDialog.DialogCode.Accepted, merge.message.text()
    with desk.read() as s:
        kept = s.get(Person, merge.survivor_id)
        gone = s.get(Person, merge.other_id)
        assert kept is not None and gone is not None
        assert kept.occupation == "养殖户" and kept.deleted_at is None
        assert gone.deleted_at is not None and gone.merged_into_id == kept.id
        party = s.scalars(select(DisputeParty).where(DisputeParty.dispute_id == case_id)).all()
        assert kept.id in {p.person_id for p in party}
    assert pairs.model.rowCount() == 0 and pairs.undo_button.isEnabled()
    qtbot.mouseClick(pairs.undo_button, Qt.LeftButton)
    with desk.read() as s:
        assert s.get(Person, twin).deleted_at is None  # type: ignore[union-attr]
        parties = s.scalars(
            select(DisputeParty.person_id).where(DisputeParty.dispute_id == case_id)
        )
        assert post.jia_id in set(parties)
    assert pairs.model.rowCount() == 1
    window.safety.stop()
