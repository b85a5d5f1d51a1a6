"""Type size for elderly officers: one setting scales the whole interface at once, is kept per
account, and the person form flags an expired or soon-due ID card as the lists do."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from lijiabu_desk.models.enums import AccountRole, ResidentStatus
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.register.people import PersonInput, record_leaving, save_person
from lijiabu_desk.ui.login_dialog import LoginDialog
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.register.person_dialog import PersonDialog
from lijiabu_desk.ui.type_size import (
    TypeSize,
    apply_type_size,
    base_point_size,
    save_type_size,
    saved_type_size,
)
from tests.case_setup import id_number


@pytest.fixture(autouse=True)
def normal_type_afterwards(qapp) -> Iterator[None]:
    yield
    apply_type_size(TypeSize.NORMAL)


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def window_for(qtbot, desk: ServiceContext, username: str) -> MainWindow:
    actor = Actor(username, AccountRole.OFFICER, display_name=username)
    window = MainWindow(ServiceContext(desk.db, actor, desk.clock))
    qtbot.addWidget(window)
    window.show()
    return window


def app_size() -> float:
    return QApplication.font().pointSizeF()


def test_the_view_menu_scales_everything_at_once_and_is_kept_per_account(qtbot, desk) -> None:
    base = base_point_size(QApplication.instance())
    li = window_for(qtbot, desk, "li")
    nav = li.areas.bar.font().pointSizeF()  # set larger than the text on purpose
    assert app_size() == base and li.type_size_actions[TypeSize.NORMAL].isChecked()
    li.type_size_actions[TypeSize.LARGE].trigger()
    QApplication.processEvents()  # the change reaches open windows on the next turn
    assert app_size() == pytest.approx(base * 1.25)
    assert li.user_label.font().pointSizeF() == pytest.approx(base * 1.25)  # no restart
    assert li.areas.bar.font().pointSizeF() == pytest.approx(nav * 1.25)  # keeps its proportion
    li.type_size_actions[TypeSize.EXTRA_LARGE].trigger()
    assert app_size() == pytest.approx(base * 1.5)
    assert li.areas.bar.font().pointSizeF() == pytest.approx(nav * 1.5)
    form = PersonDialog(li.ctx)
    qtbot.addWidget(form)
    assert form.fields["name"].font().pointSizeF() == pytest.approx(base * 1.5)
    assert saved_type_size("li") is TypeSize.EXTRA_LARGE
    li.safety.stop()

    wang = window_for(qtbot, desk, "wang")  # another account: its own size
    assert app_size() == pytest.approx(base) and saved_type_size("wang") is TypeSize.NORMAL
    wang.safety.stop()
    li_again = window_for(qtbot, desk, "li")
    assert app_size() == pytest.approx(base * 1.5)
    assert li_again.type_size_actions[TypeSize.EXTRA_LARGE].isChecked()
    li_again.safety.stop()


def test_the_login_opens_at_the_last_users_size(qtbot) -> None:
    base = base_point_size(QApplication.instance())
    save_type_size("zhao", TypeSize.LARGE)
    dialog = LoginDialog(lambda _u, _p: None, username="zhao")  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    QApplication.processEvents()
    assert app_size() == pytest.approx(base * 1.25)
    assert dialog.username.font().pointSizeF() == pytest.approx(base * 1.25)


# --- the person form's ID card flag -----------------------------------------------------------


def open_form(qtbot, desk: ServiceContext, **person: object) -> PersonDialog:
    person_id = save_person(desk, PersonInput(name="马文清", **person))  # type: ignore[arg-type]
    form = PersonDialog(desk, person_id=person_id)
    qtbot.addWidget(form)
    form.show()
    return form


def flag(form: PersonDialog) -> tuple[bool, str, str]:
    label = form.card_flag
    return label.isVisible(), label.text(), label.styleSheet()


def test_an_expired_card_is_flagged_red_beside_its_date(qtbot, chinese, desk, clock) -> None:
    clock.now = datetime(2026, 11, 28, 9)
    shown, text, style = flag(open_form(qtbot, desk, id_expiry_date="2026-10-01"))
    assert shown and "2026-10-01" in text and "#c0392b" in style


def test_a_card_due_within_three_months_is_flagged_orange(qtbot, chinese, desk, clock) -> None:
    clock.now = datetime(2026, 11, 28, 9)
    form = open_form(qtbot, desk, id_expiry_date="2027-01-20")
    shown, text, style = flag(form)
    assert shown and "2027-01-20" in text and "53" in text and "#d35400" in style
    form.fields["id_expiry_date"].setText("2036-01-20")  # corrected: nothing to flag
    assert not form.card_flag.isVisible()
    form.fields["id_expiry_date"].setText("20261127")  # typed another way: expired
    assert form.card_flag.isVisible() and "#c0392b" in form.card_flag.styleSheet()
    form.mark_clean()


@pytest.mark.parametrize(
    "person",
    [
        {"id_expiry_date": "2030-05-01"},  # far off
        {},  # not known
    ],
)
def test_a_card_with_nothing_to_do_is_not_flagged(qtbot, chinese, desk, clock, person) -> None:
    clock.now = datetime(2026, 11, 28, 9)
    assert flag(open_form(qtbot, desk, **person))[0] is False


def test_a_long_term_card_is_not_flagged(qtbot, chinese, desk, clock) -> None:
    clock.now = datetime(2026, 11, 28, 9)
    born_1955 = id_number("62110219550101123")
    form = open_form(qtbot, desk, id_number=born_1955, id_issue_date="2010-03-01")
    assert form.fields["id_expiry_date"].text() == ""  # long-term
    assert not form.card_flag.isVisible()


def test_someone_who_moved_away_is_not_flagged(qtbot, chinese, desk, clock) -> None:
    clock.now = datetime(2026, 11, 28, 9)
    person_id = save_person(desk, PersonInput(name="马文清", id_expiry_date="2026-10-01"))
    record_leaving(desk, person_id, ResidentStatus.MOVED_AWAY, "2026-11-01", "外出务工")
    form = PersonDialog(desk, person_id=person_id)
    qtbot.addWidget(form)
    form.show()
    assert not form.card_flag.isVisible()
