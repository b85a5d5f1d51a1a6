"""The police agreement's own fields in the draft form, a minor's guardian in the parties table,
and what the closing form asks about prevention (#13 point 5, #15's flags), driven as an officer
would: type, pick, save, and check what is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lijiabu_desk.models import Dispute
from lijiabu_desk.models.enums import AgreementKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import save_agreement
from lijiabu_desk.services.disputes.form_data import load_agreement_form, load_dispute_form
from lijiabu_desk.services.disputes.intake import register_dispute
from lijiabu_desk.services.disputes.outcomes import record_failure
from lijiabu_desk.ui.disputes.agreement_dialog import AgreementDialog
from lijiabu_desk.ui.disputes.intake_dialog import IntakeDialog
from lijiabu_desk.ui.disputes.party_picker import GUARDIAN_COLUMN, RELATION_COLUMN
from lijiabu_desk.ui.disputes.step_dialogs import CloseDialog
from tests.case_setup import complete_agreement, intake, make_post
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk):
    return make_post(desk)


def test_the_incident_rows_show_for_a_police_agreement_only_and_are_saved(
    qtbot, desk, post
) -> None:
    case = register_dispute(desk, intake(post))
    dialog = AgreementDialog(desk, case, kind=AgreementKind.PEOPLES_MEDIATION)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.incident_row.isVisible() and not dialog.others.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgreementKind.POLICE_MEDIATION))
    assert dialog.incident_row.isVisible() and dialog.others.isVisible()
    type_text(qtbot, dialog.incident_on, "20261125")
    type_text(qtbot, dialog.incident_time, "21:30")
    type_text(qtbot, dialog.incident_place, "马家山村三社")
    type_text(qtbot, dialog.others, "村民马小红")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.agreement_id is not None, dialog.message.text()
    stored = load_agreement_form(desk, dialog.agreement_id)
    assert (stored.incident_on, stored.incident_time) == ("2026-11-25", "21:30")
    assert (stored.incident_place, stored.others_present) == ("马家山村三社", "村民马小红")


def test_a_bad_incident_date_is_said_at_its_field_and_nothing_typed_is_lost(
    qtbot, desk, post
) -> None:
    case = register_dispute(desk, intake(post))
    draft = save_agreement(
        desk, case, complete_agreement(post, kind=AgreementKind.POLICE_MEDIATION)
    )
    dialog = AgreementDialog(desk, case, draft)
    qtbot.addWidget(dialog)
    dialog.incident_on.setText("20261325")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "案发时间" in dialog.message.text()
    assert dialog.incident_on.text() == "20261325"
    assert dialog.incident_place.text() == "马家山村三社王秀英家院外"


def test_a_guardian_typed_in_the_parties_table_is_kept(qtbot, desk, post) -> None:
    case = register_dispute(desk, intake(post))
    dialog = IntakeDialog(desk, case)
    qtbot.addWidget(dialog)
    table = dialog.parties.table
    table.item(1, GUARDIAN_COLUMN).setText("王建业")
    table.item(1, RELATION_COLUMN).setText("父亲")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    party = load_dispute_form(desk, case).data.parties[1]
    assert (party.guardian_name, party.guardian_relation) == ("王建业", "父亲")


def test_the_closing_form_records_what_the_mediation_prevented(qtbot, desk, post) -> None:
    case = register_dispute(desk, intake(post))
    record_failure(desk, case, "双方分歧太大。", "可向人民法院起诉。")
    dialog = CloseDialog(desk, case)
    qtbot.addWidget(dialog)
    dialog.prevented_petition.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with desk.read() as session:
        stored = session.get(Dispute, case)
        assert stored is not None
        assert (stored.prevented_crime, stored.prevented_petition) == (False, True)
