"""Picking a person where three share one name (issue 10, "the wrong person in a signed
agreement"): the one living in the village is listed first and taken by Enter; every row says
where each lives and, in grey, who moved away; picking one who moved away asks first, and No
leaves them out. In the dispute intake, in the register's search and when moving a member."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox

from lijiabu_desk.models.enums import DisputeCategory, DisputeSource, PlaceKind, Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.register.households import load_household
from lijiabu_desk.services.register.people import load_person
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.disputes.party_picker import NAME_COLUMN
from lijiabu_desk.ui.register.area import RegisterArea
from lijiabu_desk.ui.register.member_dialogs import MoveMemberDialog
from lijiabu_desk.ui.register.person_check import GONE_COLOUR
from tests.namesakes import NAME, Namesakes, make_namesakes
from tests.ui.typing_helpers import press_enter, type_text


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def three(desk) -> Namesakes:
    return make_namesakes(desk)


class Questions:
    """QMessageBox.question answered by the test: what was asked, with which default."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, object]] = []
        self.answer = QMessageBox.StandardButton.No

    def __call__(self, _parent, _title, text, _buttons=None, default=None):
        self.asked.append((text, default))
        return self.answer


@pytest.fixture
def questions(monkeypatch) -> Questions:
    answers = Questions()
    monkeypatch.setattr(QMessageBox, "question", answers)
    return answers


def rows(results: QListWidget) -> list[str]:
    return [results.item(i).text() for i in range(results.count())]


def is_grey(results: QListWidget, row: int) -> bool:
    return results.item(row).foreground().color() == GONE_COLOUR


def open_intake(qtbot, desk: ServiceContext, dispute_id: int | None = None) -> IntakeDialog:
    intake = IntakeDialog(desk, dispute_id)
    qtbot.addWidget(intake)
    intake.resize(1366, 700)
    intake.show()
    return intake


def search_in(qtbot, results: QListWidget, edit, typed: str) -> list[str]:
    type_text(qtbot, edit, typed)
    qtbot.waitUntil(lambda: results.count() >= 3 and results.isVisible(), timeout=5000)
    return rows(results)


def test_the_intake_lists_the_one_at_home_first_and_enter_takes_her(
    qtbot, chinese, desk, three, questions
) -> None:
    intake = open_intake(qtbot, desk)
    finder = intake.parties.finder
    shown = search_in(qtbot, finder.results, finder.edit, "wxy")
    assert shown[0].startswith(NAME) and "河湾村三社" in shown[0] and "1952" in shown[0]
    assert "已迁出" not in shown[0] and not is_grey(finder.results, 0)
    assert "柳沟村二社 · 已迁出" in shown[1] and "河湾村一社 · 已迁出" in shown[2]
    assert is_grey(finder.results, 1) and is_grey(finder.results, 2)
    intake.grab().save("/tmp/picker-intake-results.png")
    press_enter(qtbot, finder.edit)
    qtbot.waitUntil(lambda: intake.parties.person_ids != [], timeout=5000)
    assert intake.parties.person_ids == [three.here] and questions.asked == []
    assert intake.message.text() == ""  # Enter chose; it did not also try to save the form
    assert "河湾村三社" in intake.parties.table.item(0, NAME_COLUMN).text()


def test_picking_one_who_moved_away_asks_first_and_no_leaves_her_out(
    qtbot, chinese, desk, three, questions
) -> None:
    intake = open_intake(qtbot, desk)
    picker = intake.parties
    search_in(qtbot, picker.finder.results, picker.finder.edit, NAME)  # typed in Chinese
    picker.finder.results.setCurrentRow(1)
    qtbot.keyClick(picker.finder.results, Qt.Key.Key_Return)  # the one who left in 2019
    ((text, default),) = questions.asked
    assert "已于2019年3月1日迁出柳沟村二社" in text and text.endswith("确定要把她作为当事人吗？")
    assert "王秀英（河湾村三社，1952年生）" in text  # the one at home, named
    assert default == QMessageBox.StandardButton.No
    assert picker.person_ids == [] and picker.finder.results.isVisible()  # choose again
    assert intake.message.text() == ""  # Enter chose; it did not also try to save the form

    questions.answer = QMessageBox.StandardButton.Yes
    picker.finder.results.setCurrentRow(1)
    qtbot.keyClick(picker.finder.results, Qt.Key.Key_Return)
    assert picker.person_ids == [three.moved_early] and len(questions.asked) == 2
    assert picker.finder.edit.hasFocus()  # ready for the next party
    assert "已迁出" in picker.table.item(0, NAME_COLUMN).text()
    intake.grab().save("/tmp/picker-intake-party.png")


def test_a_case_reopened_shows_who_moved_away_without_asking_again(
    qtbot, chinese, desk, three, questions
) -> None:
    case = register_dispute(
        desk,
        DisputeInput(
            category=DisputeCategory.NEIGHBOUR,
            source=DisputeSource.APPLICATION,
            place_kind=PlaceKind.VILLAGE,
            village_id=three.village_id,
            facts="院墙排水冲毁菜地。",
            parties=(PartyInput(three.here, "甲方"), PartyInput(three.moved_late, "乙方")),
        ),
    )
    intake = open_intake(qtbot, desk, case)
    table = intake.parties.table
    assert intake.parties.person_ids == [three.here, three.moved_late] and questions.asked == []
    assert "河湾村一社 · 已迁出" in table.item(1, NAME_COLUMN).text()
    assert table.item(1, NAME_COLUMN).foreground().color() == GONE_COLOUR


def test_the_register_search_shows_where_and_who_moved_away(qtbot, chinese, desk, three) -> None:
    area = RegisterArea(desk)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    shown = search_in(qtbot, area.search.results, area.search.edit, NAME)
    assert "河湾村三社" in shown[0] and "已迁出" not in shown[0]
    assert ["已迁出" in row for row in shown] == [False, True, True]
    assert [is_grey(area.search.results, i) for i in range(3)] == [False, True, True]
    area.grab().save("/tmp/picker-register-search.png")


def test_moving_a_member_who_moved_away_asks_first(qtbot, chinese, desk, three, questions) -> None:
    home = load_household(desk, load_person(desk, three.moved_late).data.household_id)
    member = next(m for m in home.members if m.id == three.moved_late)
    dialog = MoveMemberDialog(desk, member)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.household_no, "HW0004")
    dialog.relation.setCurrentIndex(dialog.relation.findData(Relation.DAUGHTER))
    dialog.submit()
    ((text, default),) = questions.asked
    assert text.endswith("确定要把她迁入另一户吗？") and default == QMessageBox.StandardButton.No
    assert load_person(desk, three.moved_late).data.household_id == home.id  # not moved
    questions.answer = QMessageBox.StandardButton.Yes
    dialog.submit()
    assert load_person(desk, three.moved_late).data.household_id == three.other_household


def test_an_auxiliary_typing_part_of_a_number_is_told_the_rule(qtbot, chinese, desk, three) -> None:
    from lijiabu_desk.models.enums import AccountRole
    from lijiabu_desk.services.actor import Actor

    aux = ServiceContext(desk.db, Actor("fj", AccountRole.AUXILIARY, 5), desk.clock)
    area = RegisterArea(aux)
    qtbot.addWidget(area)
    area.show()
    type_text(qtbot, area.search.edit, "62110219")  # the start of an ID number
    qtbot.waitUntil(lambda: area.search.results.count() == 1, timeout=5000)
    text = area.search.results.item(0).text()
    assert "完整号码" in text and "最后4位" in text
