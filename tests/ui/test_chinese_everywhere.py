"""Issue 10 point 6 on screen: the audit viewer and a record's History tab read in Chinese (the
program's own account as 系统), and 民族 is chosen from the 56 groups, not typed."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from lijiabu_desk.models import Person
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.outcomes import close_case, record_failure
from lijiabu_desk.services.register.people import PersonInput, load_person, save_person
from lijiabu_desk.services.validation import ETHNIC_GROUPS
from lijiabu_desk.ui.audit_viewer import AuditViewer
from lijiabu_desk.ui.disputes.history_dialog import CaseHistoryDialog
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from tests.case_setup import make_post, open_case
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def cells(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_audit_viewer_shows_the_setup_account_as_system(qtbot, desk, chinese) -> None:
    save_person(desk, PersonInput(name="周明德", sex="男"))
    viewer = AuditViewer(desk)
    qtbot.addWidget(viewer)
    assert set(cells(viewer.model, 1)) == {"系统"}  # the Account column
    assert viewer.actor.findText("系统") > 0 and viewer.actor.findText("setup") < 0
    assert cells(viewer.model, 3) == ["人员（编号 1）"]
    assert "性别：男" in cells(viewer.model, 4)[0]
    viewer.actor.setCurrentIndex(viewer.actor.findText("系统"))
    viewer.search()  # the filter still finds the account's entries
    assert viewer.model.rowCount() == 1


def test_a_case_history_names_fields_and_values_in_chinese(qtbot, desk, chinese) -> None:
    post = make_post(desk)
    case = open_case(desk, post)
    record_failure(desk, case, "双方分歧过大。", "可向人民法院起诉。")
    close_case(desk, case)
    dialog = CaseHistoryDialog(desk, case, "（2026）安李纠字第1号")
    qtbot.addWidget(dialog)
    details = cells(dialog.history.model, dialog.history.details_column)
    assert "办理状态：调解不成 → 结案；结案日期：（空） → 2026-11-28" in details
    assert not any("closed_on" in d or "failed" in d for d in details)
    assert "矛盾纠纷（编号 1）" in cells(dialog.history.model, 3)


def test_ethnicity_is_chosen_from_the_56_groups_and_saved(qtbot, desk, chinese) -> None:
    dialog = PersonDialog(desk)
    qtbot.addWidget(dialog)
    combo = dialog.ethnicity
    assert not combo.isEditable()
    groups = [combo.itemText(i) for i in range(1, combo.count())]
    assert groups == list(ETHNIC_GROUPS) and len(groups) == 56 and groups[0] == "汉族"
    assert combo.currentData() == ""  # nothing chosen for the officer
    type_text(qtbot, dialog.fields["name"], "马秀兰")
    combo.setCurrentIndex(combo.findText("东乡族"))
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.message.text()
    assert load_person(desk, 1).data.ethnicity == "东乡族"


def test_a_stored_value_outside_the_list_still_shows(qtbot, desk, chinese) -> None:
    person = save_person(desk, PersonInput(name="马秀兰", ethnicity="回族"))
    with desk.write() as session:  # as an old import left it
        session.execute(update(Person).where(Person.id == person).values(ethnicity="穿青人"))
    dialog = PersonDialog(desk, person_id=person)
    qtbot.addWidget(dialog)
    assert dialog.ethnicity.currentText() == "穿青人"
    assert not dialog.has_unsaved_changes()
    dialog.save_button.click()  # saving asks for one of the 56, and the field is marked
    assert dialog.ethnicity.property("invalid") is True
