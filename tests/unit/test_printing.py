"""Printed forms built from the database: the legal content of each, then the PDF and the CLI."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from lijiabu_desk.cli import main
from lijiabu_desk.documents.data import (
    AgreementDocument,
    ClosingReportDocument,
    FollowUpDocument,
    IntakeDocument,
)
from lijiabu_desk.models import AuditEntry
from lijiabu_desk.models.enums import AgreementForm, AgreementKind, Performance
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.intake import PartyInput, register_dispute
from lijiabu_desk.services.disputes.outcomes import close_case, record_failure
from lijiabu_desk.services.disputes.sessions import save_session
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.printing import PrintKind, build_document, print_form
from lijiabu_desk.services.printing.agreement_doc import chinese_count
from tests.case_setup import complete_agreement, intake, make_post, open_case, sitting

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)


def pdf_text(pdf: bytes, folder: Path) -> str:
    """The PDF's text without spaces or line breaks (pdftotext lays lines out with spaces)."""
    path = folder / "printed.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk):
    return make_post(desk)


def signed(desk, post, **changes) -> tuple[int, int]:
    case = open_case(desk, post)
    agreement = save_agreement(desk, case, complete_agreement(post, **changes))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    return case, agreement


def test_peoples_agreement_carries_every_required_part(desk, post) -> None:
    _, agreement = signed(desk, post, judicial_confirmation=True)
    doc = build_document(desk, PrintKind.MEDIATION_AGREEMENT, agreement)
    assert isinstance(doc, AgreementDocument)
    assert doc.header.issuer == "李家堡镇人民调解委员会"
    assert doc.header.number == "（2026）安李人调字第1号"
    jia = doc.parties[0]
    assert (jia.side, jia.name, jia.sex, jia.ethnicity, jia.occupation) == (
        "甲方", "马建国", "男", "汉族", "农民",
    )  # fmt: skip
    assert jia.birth == "1968年3月5日（58岁）" and jia.id_number.startswith("621102196803051")
    assert jia.phone == "13909321234" and jia.address == "马家山村三社12号"
    assert [t.number for t in doc.terms] == [1, 2]
    assert doc.terms[1].amount == "人民币800.00元（大写：人民币捌佰元整）"
    assert doc.terms[1].due == "2026年12月5日前"
    assert "履行地点：马家山村三社" in doc.performance and "2026年12月15日前" in doc.performance
    clauses = "".join(doc.clauses)
    assert "一式三份" in clauses  # two parties + the committee
    assert "之日起生效" in clauses and "三十日内共同向人民法院申请司法确认" in clauses
    assert "已表示愿意共同申请司法确认" in clauses
    labels = [s.label for s in doc.signatories]
    assert labels == ["甲方当事人", "乙方当事人", "调解员", "记录人"]
    assert [s.fingerprint for s in doc.signatories] == [True, True, False, False]
    assert doc.seal_label == "李家堡镇人民调解委员会（盖章）"
    assert doc.date == "2026年11月28日" and not doc.oral


def test_copies_follow_the_parties(desk, post) -> None:
    three = (
        PartyInput(post.jia_id, "甲方"),
        PartyInput(post.yi_id, "乙方"),
        PartyInput(post.outsider_id, "丙方"),
    )
    case = register_dispute(desk, intake(post, parties=three))
    draft = save_agreement(desk, case, complete_agreement(post))
    doc = build_document(desk, PrintKind.MEDIATION_AGREEMENT, draft)
    assert "本协议一式四份" in "".join(doc.clauses)  # type: ignore[union-attr]
    assert doc.header.number == "（草稿，定稿后编号）"
    assert chinese_count(12) == "十二" and chinese_count(21) == "二十一"


def test_police_agreement_has_presiding_officer_three_copies_and_consequence(desk, post) -> None:
    _, agreement = signed(
        desk, post, kind=AgreementKind.POLICE_MEDIATION, mediator_id=post.officer_id
    )
    doc = build_document(desk, PrintKind.POLICE_AGREEMENT, agreement)
    assert isinstance(doc, AgreementDocument)
    assert doc.header.title == "治安调解协议书"
    assert doc.header.issuer == "定西市公安局安定分局李家堡派出所"
    clauses = "".join(doc.clauses)
    assert "一式三份" in clauses and "李家堡派出所留存一份" in clauses
    assert "应当于2026年12月15日前履行" in clauses
    assert "治安管理处罚法" in clauses and "予以处罚" in clauses
    assert ("主持调解民警", "李振华（警号062418）") in [(s.label, s.name) for s in doc.signatories]
    assert doc.seal_label == "李家堡派出所（印）"
    with pytest.raises(ValidationError, match="police-agreement"):
        build_document(desk, PrintKind.MEDIATION_AGREEMENT, agreement)


def test_oral_agreement_record_has_no_signature_boxes(desk, post) -> None:
    case = open_case(desk, post)
    oral = complete_agreement(post, form=AgreementForm.ORAL, recorder_name="")
    agreement = save_agreement(desk, case, oral)
    finalise_agreement(desk, agreement, "20261127")
    doc = build_document(desk, PrintKind.MEDIATION_AGREEMENT, agreement)
    assert isinstance(doc, AgreementDocument) and doc.oral
    assert doc.header.title == "口头调解协议记录" and doc.header.number == ""
    assert not any(s.fingerprint for s in doc.signatories)
    assert "调解员张丽于2026年11月27日记录在案" in doc.clauses[0]


def test_case_forms(desk, post, clock) -> None:
    case, agreement = signed(desk, post, judicial_confirmation=True)
    intake_doc = build_document(desk, PrintKind.INTAKE_FORM, case)
    assert isinstance(intake_doc, IntakeDocument)
    fields = dict((f.label, f.value) for f in intake_doc.fields)
    assert fields["受理时间"] == "2026年11月25日 10时30分" and fields["受理民警"] == "李振华"
    assert fields["办理期限"] == "2026年12月25日前"
    assert intake_doc.demands[0].value == "要求乙方改建排水沟"
    other = open_case(desk, post)
    session_id = save_session(desk, other, sitting(post))
    record = build_document(desk, PrintKind.MEDIATION_RECORD, session_id)
    assert [p.role for p in record.participants] == ["民警", "司法所", "当事人", "记录人"]  # type: ignore[union-attr]
    assert record.signatories[-1].name == "刘晓燕"  # type: ignore[union-attr]
    assert record.header.title == "调解记录（第一次）"  # type: ignore[union-attr]
    second = save_session(desk, other, sitting(post, held_on="2026-11-27"))
    later = build_document(desk, PrintKind.MEDIATION_RECORD, second)
    assert later.header.title == "调解记录（第二次）"  # type: ignore[union-attr]
    clock.advance(days=3)
    visit = record_follow_up(
        desk,
        agreement,
        FollowUpInput(
            "20261201",
            Performance.PARTIAL,
            post.officer_id,
            post.yi_id,
            "已付一半",
            method="phone",
            satisfaction="fairly",
        ),
        load_case(desk, case).follow_ups[0].id,
    )
    doc = build_document(desk, PrintKind.FOLLOW_UP, visit)
    assert isinstance(doc, FollowUpDocument)
    assert doc.agreement_number == "（2026）安李人调字第1号" and doc.performance == "部分履行"
    assert doc.visitor == "李振华" and doc.visited_person == "王秀英"
    assert "2026年12月28日前" in doc.reminder  # signed 11-28 + 30 days
    with pytest.raises(NotFoundError):
        build_document(desk, PrintKind.FOLLOW_UP, 999)


@needs_poppler
def test_printed_pdf_text_fonts_and_audit(desk, post, tmp_path: Path) -> None:
    _, agreement = signed(desk, post)
    printed = print_form(desk, PrintKind.MEDIATION_AGREEMENT, agreement)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(printed.pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    parts = ["人民调解协议书", "（2026）安李人调字第1号", "马建国", "王秀英", "800.00"]
    parts += ["改至村道边沟", "2026年12月15日", "一式三份", "司法确认", "签名/捺印", "盖章"]
    for part in parts:
        assert part in flat, part
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line.split("  ", 1)[1] for line in fonts), fonts
    assert not any("Helvetica" in line or "Times" in line for line in fonts)
    with desk.db.sessions() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("print%"))))
    assert actions == ["print_signed"]


@needs_poppler
def test_cli_print_writes_each_kind(desk, post, tmp_path: Path, capsys) -> None:
    case, agreement = signed(desk, post)
    session_id = save_session(desk, open_case(desk, post), sitting(post))
    follow_up = load_case(desk, case).follow_ups[0].id
    db = str(desk.db.path)
    desk.db.close()
    jobs = [
        ("mediation-agreement", agreement, "人民调解协议书"),
        ("mediation-record", session_id, "调解记录"),
        ("follow-up", follow_up, "回访记录"),
        ("intake-form", case, "矛盾纠纷受理登记表"),
    ]
    for kind, record_id, title in jobs:
        out = tmp_path / f"{kind}.pdf"
        assert main(["print", kind, str(record_id), "--db", db, "-o", str(out)]) == 0
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert title in "".join(text.split()), kind
    assert main(["print", "police-agreement", str(agreement), "--db", db, "-o", "x.pdf"]) == 1
    assert "mediation-agreement" in capsys.readouterr().err
    assert main(["print", "intake-form", "999", "--db", db, "-o", str(tmp_path / "n")]) == 1
    assert not (tmp_path / "n.pdf").exists()


@needs_poppler
def test_closing_report_tells_the_case_from_intake_to_the_end(desk, post, clock) -> None:
    case = open_case(desk, post)
    save_session(desk, case, sitting(post))
    agreement = save_agreement(desk, case, complete_agreement(post))
    finalise_agreement(desk, agreement)
    mark_signed(desk, agreement, "20261128")
    clock.advance(days=16)
    planned = load_case(desk, case).follow_ups[0].id
    visit = FollowUpInput(
        "20261213",
        Performance.FULFILLED,
        post.officer_id,
        post.jia_id,
        "已付清",
        method="home",
        satisfaction="satisfied",
    )
    record_follow_up(desk, agreement, visit, planned)
    close_case(desk, case, "协议已履行完毕，双方关系和睦。", prevented_crime=True)
    doc = build_document(desk, PrintKind.CLOSING_REPORT, case)
    assert isinstance(doc, ClosingReportDocument)
    fields = {f.label: f.value for f in doc.fields}
    assert fields["结案日期"] == "2026年12月14日" and fields["当事人"] == "甲方马建国、乙方王秀英"
    assert "2026年11月26日 14时30分在李家堡派出所调解室调解" in doc.process
    assert "签订人民调解协议书（2026）安李人调字第1号，约定" in doc.outcome
    assert "人民币800.00元" in doc.outcome
    # Terms typed as sentences are joined into one: no stop before a semicolon, none doubled.
    assert "。；" not in doc.outcome and "。。" not in doc.outcome
    assert doc.outcome.startswith("双方于")
    assert "履行完毕" in doc.performance
    assert "2026年12月13日 李振华上门回访：已付清（当事人满意）" in doc.performance
    assert doc.opinion == (
        "协议已履行完毕，双方关系和睦。\n经调处，防止了矛盾激化转为刑事案件（防止民转刑）。"
    )
    assert [s.label for s in doc.signatories] == ["承办人", "所领导审批"]
    text = pdf_text(print_form(desk, PrintKind.CLOSING_REPORT, case).pdf, desk.db.path.parent)
    for part in ("矛盾纠纷结案报告", "二、调解经过", "五、结案意见", "所领导审批"):
        assert part in text, part


def test_a_failed_cases_report_says_the_routes_once_and_proposes_an_opinion(desk, post) -> None:
    case = open_case(desk, post)
    save_session(desk, case, sitting(post))
    record_failure(
        desk, case, "双方对赔偿数额分歧较大，已告知当事人可向人民法院提起诉讼。",
        "已告知当事人可向人民法院提起诉讼。",
    )  # fmt: skip
    doc = build_document(desk, PrintKind.CLOSING_REPORT, case)
    assert isinstance(doc, ClosingReportDocument)
    assert doc.outcome.count("已告知当事人") == 1
    assert doc.opinion == "经调解未能达成协议，已告知当事人其他解决途径，建议结案。"
    approval = doc.signatories[1]
    assert approval.label == "所领导审批" and approval.name == ""  # the chief signs by hand
