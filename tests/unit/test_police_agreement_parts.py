"""#13 point 5 and the rest of point 9: the police agreement's own parts (the incident's time and
place, the others present, a minor party's guardian who signs), the mediation record's parties
listed by side, and the 回访记录's method and the parties' satisfaction, read back from the PDF."""

from __future__ import annotations

import pytest

from lijiabu_desk.documents.data import AgreementDocument, MediationRecordDocument
from lijiabu_desk.models.enums import AgreementKind, PanelRole, Performance
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    check_agreement,
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.form_data import load_agreement_form, load_dispute_form
from lijiabu_desk.services.disputes.intake import PartyInput, register_dispute
from lijiabu_desk.services.disputes.sessions import ParticipantInput, save_session
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.printing import PrintKind, build_document, print_form
from lijiabu_desk.services.register.people import PersonInput, save_person
from tests.case_setup import complete_agreement, id_number, intake, make_post, sitting
from tests.unit.test_printing import needs_poppler, pdf_text

POLICE = AgreementKind.POLICE_MEDIATION


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk):
    return make_post(desk)


def minor(desk) -> int:
    """A 15-year-old (born 2011) with every particular an agreement needs."""
    return save_person(
        desk,
        PersonInput(
            name="王小军",
            ethnicity="回族",
            id_number=id_number("62110220110403123"),
            phone="13809325678",
            occupation="学生",
            address="马家山村三社14号",
        ),
    )


def case_with_minor(desk, post, child: int | None = None, **guardian: str) -> int:
    parties = (
        PartyInput(post.jia_id, "甲方", "要求赔偿医药费"),
        PartyInput(child or minor(desk), "乙方", "", **guardian),
    )
    return register_dispute(desk, intake(post, parties=parties))


def police(post, **changes):
    return complete_agreement(post, kind=POLICE, mediator_id=post.officer_id, **changes)


def test_a_police_agreement_asks_for_the_incidents_time_and_place(desk, post) -> None:
    case = register_dispute(desk, intake(post))
    bare = police(post, incident_on="", incident_time="", incident_place="")
    draft = save_agreement(desk, case, bare)
    assert check_agreement(desk, draft) == [
        "没有填写案发时间（治安调解协议书要写明案发的时间）。",
        "没有填写案发地点。",
    ]
    # A people's mediation agreement has no incident: nothing is asked.
    save_agreement(desk, case, complete_agreement(post, incident_place=""), draft)
    assert check_agreement(desk, draft) == []


def test_the_incident_time_is_checked_and_kept_as_typed(desk, post) -> None:
    case = register_dispute(desk, intake(post))
    with pytest.raises(ValidationError) as refused:
        save_agreement(desk, case, police(post, incident_on="", incident_time="21:30"))
    assert refused.value.field == "incident_on"
    with pytest.raises(ValidationError) as refused:
        save_agreement(desk, case, police(post, incident_on="20261325"))
    assert refused.value.field == "incident_on"
    draft = save_agreement(desk, case, police(post))
    form = load_agreement_form(desk, draft)
    assert (form.incident_on, form.incident_time) == ("2026-11-25", "21:30")
    assert form.incident_place == "马家山村三社王秀英家院外"
    assert form.others_present == "村民马小红（目击）"


def test_a_minor_party_needs_a_guardian_before_finalising(desk, post) -> None:
    child = minor(desk)
    case = case_with_minor(desk, post, child)
    draft = save_agreement(desk, case, police(post))
    assert check_agreement(desk, draft) == [
        "乙方当事人王小军未满十八周岁，请在案件登记中写明其监护人（监护人要在协议上签名）。"
    ]
    with pytest.raises(ValidationError, match="没有写监护人的姓名"):
        case_with_minor(desk, post, child, guardian_relation="父亲")


@needs_poppler
def test_the_police_agreement_prints_the_incident_and_the_guardians_box(
    desk, post, tmp_path
) -> None:
    case = case_with_minor(desk, post, guardian_name="王建业", guardian_relation="父亲")
    form = load_dispute_form(desk, case)
    assert form.data.parties[1].guardian_name == "王建业"
    agreement = save_agreement(desk, case, police(post))
    assert check_agreement(desk, agreement) == []
    doc = build_document(desk, PrintKind.POLICE_AGREEMENT, agreement)
    assert isinstance(doc, AgreementDocument)
    incident = {item.label: item.value for item in doc.incident}
    assert incident == {
        "案发时间": "2026年11月25日 21时30分",
        "案发地点": "马家山村三社王秀英家院外",
        "其他在场人员": "村民马小红（目击）",
    }
    labels = [s.label for s in doc.signatories if s.fingerprint]
    assert labels == ["甲方当事人", "乙方当事人", "乙方监护人"]
    assert doc.signatories[2].name == "王建业"
    finalise_agreement(desk, agreement)
    text = pdf_text(print_form(desk, PrintKind.POLICE_AGREEMENT, agreement).pdf, tmp_path)
    for part in (
        "案发时间：2026年11月25日21时30分",
        "案发地点：马家山村三社王秀英家院外",
        "其他在场人员：村民马小红（目击）",
        "法定监护人：王建业（父亲）",
        "乙方监护人（签名/捺印）",
    ):
        assert part in text, part
    # The guardian's box stands with the minor's side, after the minor's own.
    assert text.index("乙方当事人（签名/捺印）") < text.index("乙方监护人（签名/捺印）")


@needs_poppler
def test_a_peoples_agreement_prints_no_incident_lines(desk, post, tmp_path) -> None:
    case = register_dispute(desk, intake(post))
    agreement = save_agreement(desk, case, complete_agreement(post))
    doc = build_document(desk, PrintKind.MEDIATION_AGREEMENT, agreement)
    assert isinstance(doc, AgreementDocument) and doc.incident == ()
    assert "案发时间" not in pdf_text(
        print_form(desk, PrintKind.MEDIATION_AGREEMENT, agreement).pdf, tmp_path
    )


@needs_poppler
def test_the_record_lists_parties_by_side_before_the_panel(desk, post, tmp_path) -> None:
    case = register_dispute(desk, intake(post))
    people = (
        ParticipantInput(PanelRole.POLICE, officer_id=post.officer_id),
        ParticipantInput(PanelRole.PARTY, person_id=post.yi_id),
        ParticipantInput(PanelRole.JUSTICE_OFFICE, name="张丽", organisation="李家堡司法所"),
        ParticipantInput(PanelRole.PARTY, person_id=post.jia_id),
        ParticipantInput(PanelRole.RECORDER, name="刘晓燕"),
    )
    session = save_session(desk, case, sitting(post, participants=people))
    doc = build_document(desk, PrintKind.MEDIATION_RECORD, session)
    assert isinstance(doc, MediationRecordDocument)
    assert {p.name: p.side for p in doc.participants if p.side} == {
        "王秀英": "乙方",
        "马建国": "甲方",
    }
    text = pdf_text(print_form(desk, PrintKind.MEDIATION_RECORD, session).pdf, tmp_path)
    order = [text.index(x) for x in ("甲方当事人马建国", "乙方当事人王秀英", "民警李振华")]
    assert order == sorted(order)


@needs_poppler
def test_the_follow_up_record_says_how_and_whether_the_parties_are_satisfied(
    desk, post, clock, tmp_path
) -> None:
    case = register_dispute(desk, intake(post))
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    clock.advance(days=16)
    planned = load_case(desk, case).follow_ups[0].id
    visit = FollowUpInput(
        "20261213",
        Performance.PARTIAL,
        post.officer_id,
        post.jia_id,
        "已付一半",
        method="phone",
        satisfaction="fairly",
    )
    record_follow_up(desk, agreement, visit, planned)
    text = pdf_text(print_form(desk, PrintKind.FOLLOW_UP, planned).pdf, tmp_path)
    assert "回访方式电话回访" in text and "当事人满意度基本满意" in text
