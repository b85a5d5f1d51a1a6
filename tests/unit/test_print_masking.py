"""Who prints which numbers: a 辅警 prints working forms and drafts with ID numbers and phones
masked and may not print a finalised or signed agreement; roles that see full numbers print them.
Every print's audit entry says whether its numbers were masked."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from lijiabu_desk.documents.data import AgreementDocument, IntakeDocument
from lijiabu_desk.models import AuditEntry
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.permissions import PermissionDeniedError
from lijiabu_desk.services.printing import PrintKind, build_document, print_form
from tests.case_setup import complete_agreement, make_post, open_case

JIA_ID = "621102196803051234"  # tests.case_setup: 马建国
JIA_PHONE = "13909321234"


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def case(desk: ServiceContext) -> tuple[int, int]:
    """A case and its draft agreement."""
    post = make_post(desk)
    case = open_case(desk, post)
    return case, save_agreement(desk, case, complete_agreement(post))


def as_role(desk: ServiceContext, role: AccountRole) -> ServiceContext:
    return ServiceContext(desk.db, Actor(f"user_{role.value}", role), desk.clock)


def print_entries(desk: ServiceContext) -> list[dict[str, object]]:
    with desk.db.sessions() as s:
        rows = s.scalars(select(AuditEntry.changes).where(AuditEntry.action.like("print%")))
        return [json.loads(r) for r in rows]


def test_the_party_numbers_this_test_relies_on(desk, case) -> None:
    doc = build_document(desk, PrintKind.INTAKE_FORM, case[0])
    assert isinstance(doc, IntakeDocument)
    assert (doc.parties[0].id_number, doc.parties[0].phone) == (JIA_ID, JIA_PHONE)


def test_an_auxiliary_prints_the_intake_form_and_a_draft_masked(desk, case) -> None:
    aux = as_role(desk, AccountRole.AUXILIARY)
    intake = build_document(aux, PrintKind.INTAKE_FORM, case[0])
    draft = build_document(aux, PrintKind.MEDIATION_AGREEMENT, case[1])
    assert isinstance(intake, IntakeDocument) and isinstance(draft, AgreementDocument)
    for party in (intake.parties[0], draft.parties[0]):
        assert party.id_number == "621***********1234" and party.phone == "139****1234"
    assert draft.header.number == "（草稿，定稿后编号）"
    printed = print_form(aux, PrintKind.INTAKE_FORM, case[0])
    assert printed.masked
    assert print_entries(desk)[-1]["masked_numbers"] is True


@pytest.mark.parametrize("role", [AccountRole.ADMIN, AccountRole.OFFICER])
def test_roles_that_see_full_numbers_print_them(desk, case, role: AccountRole) -> None:
    ctx = as_role(desk, role)
    doc = build_document(ctx, PrintKind.INTAKE_FORM, case[0])
    assert doc.parties[0].id_number == JIA_ID  # type: ignore[union-attr]
    printed = print_form(ctx, PrintKind.INTAKE_FORM, case[0])
    assert not printed.masked
    assert print_entries(desk)[-1]["masked_numbers"] is False


@pytest.mark.parametrize("step", ["final", "signed"])
def test_an_auxiliary_may_not_print_a_finalised_or_signed_agreement(desk, case, step) -> None:
    _, agreement = case
    finalise_agreement(desk, agreement)
    if step == "signed":
        mark_signed(desk, agreement, "20261128")
    aux = as_role(desk, AccountRole.AUXILIARY)
    before = print_entries(desk)
    for attempt in (build_document, print_form):
        with pytest.raises(PermissionDeniedError, match="只有所长/管理员、民警账号可以打印"):
            attempt(aux, PrintKind.MEDIATION_AGREEMENT, agreement)
    assert print_entries(desk) == before  # nothing printed, nothing audited
    officer = as_role(desk, AccountRole.OFFICER)
    printed = print_form(officer, PrintKind.MEDIATION_AGREEMENT, agreement)
    assert not printed.masked and print_entries(desk)[-1]["masked_numbers"] is False


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_masked_pdf_holds_no_full_number(desk, case, tmp_path: Path) -> None:
    aux = as_role(desk, AccountRole.AUXILIARY)
    pdf = tmp_path / "intake.pdf"
    pdf.write_bytes(print_form(aux, PrintKind.INTAKE_FORM, case[0]).pdf)
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    flat = "".join(out.stdout.split())
    assert "马建国" in flat and "621***********1234" in flat
    assert JIA_ID not in flat and JIA_PHONE not in flat
