"""The rendered forms, read back with poppler: every required part, embedded fonts, pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from lijiabu_desk.documents.data import AgreementDocument, Header, PrintableDocument
from lijiabu_desk.documents.fonts import CJK_NO_LINE_START, FontSet, missing_glyphs
from lijiabu_desk.documents.render import render
from lijiabu_desk.documents.render.signatures import fingerprint_label
from tests.unit.documents import poppler, samples
from tests.unit.documents.poppler import squash

pytestmark = poppler.needs_poppler

FORMS: dict[str, Callable[[], PrintableDocument]] = {
    "人民调解协议书": samples.committee_agreement,
    "治安调解协议书": samples.police_agreement,
    "调解记录": samples.mediation_record,
    "回访记录": samples.follow_up,
    "受理登记表": samples.intake,
}
ALL_SAMPLES = {**FORMS, "口头协议": samples.oral_agreement, "长协议": samples.long_agreement}


def running_header(header: Header) -> str:
    return f"{header.title} {header.number}".strip()


def readable(value: str, fonts: FontSet) -> str:
    """``value`` as pdftotext gives it back: a character no font has comes back as a blank."""
    for char in missing_glyphs(value, fonts):
        value = value.replace(char, "")
    return squash(value)


def pdf_of(document: PrintableDocument, fonts: FontSet, tmp_path: Path) -> Path:
    return poppler.write(render(document, fonts), tmp_path)


def assert_present(path: Path, header: Header, parts: list[str], fonts: FontSet) -> None:
    """Each part must come back from ``pdftotext -layout``, or ``-raw`` for text wrapped in a
    table cell (``-layout`` interleaves a cell's lines with its neighbours')."""
    layout = poppler.flat(path, running_header(header))
    raw = poppler.flat(path, running_header(header), "-raw")
    missing = [
        part
        for part in parts
        if part.strip() and readable(part, fonts) not in layout and readable(part, fonts) not in raw
    ]
    assert missing == []


def agreement_parts(document: AgreementDocument) -> list[str]:
    parts = [document.header.issuer, document.header.title, document.header.number]
    for party in document.parties:
        parts += [party.side, party.name, party.sex, party.ethnicity, party.occupation]
        parts += [party.address, party.phone, party.id_number, party.birth.split("（")[0]]
    parts += [document.facts, document.points_in_dispute, document.responsibility]
    for term in document.terms:
        parts += [term.text, term.amount, term.due]
    parts += [document.performance, *document.clauses, document.supplement_note]
    parts += [s.name for s in document.signatories]
    parts += [
        fingerprint_label(s.label) if s.fingerprint else s.label + "："
        for s in document.signatories
    ]
    return [*parts, document.seal_label, document.date]


@pytest.mark.parametrize("make", [samples.committee_agreement, samples.police_agreement])
def test_a_written_agreement_carries_every_required_part(
    make: Callable[[], AgreementDocument], fonts: FontSet, tmp_path: Path
) -> None:
    document = make()
    path = pdf_of(document, fonts, tmp_path)
    assert_present(path, document.header, agreement_parts(document), fonts)
    layout = poppler.flat(path, running_header(document.header))
    assert layout.count("签名/捺印") == len(document.parties)
    assert layout.count("指印") == len(document.parties)


def test_blank_particulars_print_as_lines_to_fill_in(fonts: FontSet, tmp_path: Path) -> None:
    document = samples.committee_agreement()
    assert samples.WANG.phone == "" and samples.WANG.id_number == ""
    layout = poppler.flat(pdf_of(document, fonts, tmp_path), running_header(document.header))
    assert re.search(r"王秀英.*联系电话：_{8,}.*身份证号码：_{8,}", layout)


def test_the_rare_name_character_does_not_break_rendering(fonts: FontSet, tmp_path: Path) -> None:
    document = samples.committee_agreement()
    layout = poppler.flat(pdf_of(document, fonts, tmp_path), running_header(document.header))
    assert readable(samples.RARE_NAME, fonts) in layout  # 马𠮷祥, or 马 祥 if no font has 𠮷


def test_an_oral_agreement_has_no_boxes_for_a_paper_nobody_signs(
    fonts: FontSet, tmp_path: Path
) -> None:
    document = samples.oral_agreement()
    assert document.oral and not any(s.fingerprint for s in document.signatories)
    path = pdf_of(document, fonts, tmp_path)
    assert_present(path, document.header, agreement_parts(document), fonts)
    layout = poppler.flat(path, running_header(document.header))
    assert "签名/捺印" not in layout and "指印" not in layout


def test_an_oral_agreement_without_any_signatory_still_renders(
    fonts: FontSet, tmp_path: Path
) -> None:
    from dataclasses import replace

    document = replace(samples.oral_agreement(), signatories=(), date="")
    layout = poppler.flat(pdf_of(document, fonts, tmp_path), running_header(document.header))
    assert document.seal_label in layout
    assert "______年____月____日" in layout  # no date yet: a blank to fill by hand


def test_the_mediation_record_carries_every_required_part(fonts: FontSet, tmp_path: Path) -> None:
    document = samples.mediation_record()
    parts = [document.header.title, document.case_number, document.held_at, document.place]
    parts += [document.category, "案件编号", "时间", "地点", "纠纷类别", "角色", "姓名", "单位"]
    for person in document.participants:
        parts += [person.role, person.name, person.organisation]
    parts += [*document.statements.splitlines(), document.findings, document.outcome]
    parts += ["当事人陈述", "调查核实情况", "调解结果"]
    parts += [s.label + "：" for s in document.signatories] + [s.name for s in document.signatories]
    assert_present(pdf_of(document, fonts, tmp_path), document.header, parts, fonts)


def test_the_follow_up_record_carries_every_required_part(fonts: FontSet, tmp_path: Path) -> None:
    document = samples.follow_up()
    parts = [document.header.title, document.case_number, document.agreement_number]
    parts += [document.due, document.visited_on, document.visitor, document.visited_person]
    parts += [document.performance, document.agreement_summary, document.findings]
    parts += ["应回访日期", "回访日期", "被回访人", "履行情况", "协议主要内容", "回访情况"]
    parts += ["矛盾隐患/异常情况无", document.reminder]
    parts += [s.label + "：" for s in document.signatories] + [s.name for s in document.signatories]
    assert_present(pdf_of(document, fonts, tmp_path), document.header, parts, fonts)


def test_the_intake_sheet_carries_every_required_part(fonts: FontSet, tmp_path: Path) -> None:
    document = samples.intake()
    parts = [document.header.title, document.header.number]
    for field in document.fields:
        parts += [field.label, field.value]
    for party in document.parties:
        parts += [party.side, party.name, party.sex, party.birth, party.id_number]
        parts += [party.phone, party.address]
    for demand in document.demands:
        parts += [f"{demand.label}：{demand.value}"]
    parts += [document.facts, document.opinion, "受理意见"]
    parts += [s.label + "：" for s in document.signatories] + [s.name for s in document.signatories]
    assert_present(pdf_of(document, fonts, tmp_path), document.header, parts, fonts)


@pytest.mark.parametrize("name", sorted(ALL_SAMPLES))
def test_fonts_are_embedded_and_none_is_a_standard_font(
    name: str, fonts: FontSet, tmp_path: Path
) -> None:
    rows = poppler.font_rows(pdf_of(ALL_SAMPLES[name](), fonts, tmp_path))
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
        assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", row), row


@pytest.mark.parametrize("name", sorted(ALL_SAMPLES))
def test_no_line_of_any_form_starts_with_closing_punctuation(
    name: str, fonts: FontSet, tmp_path: Path
) -> None:
    path = pdf_of(ALL_SAMPLES[name](), fonts, tmp_path)
    for mode in ("-layout", "-raw"):
        assert [line for line in poppler.lines(path, mode) if line[0] in CJK_NO_LINE_START] == []


def test_many_parties_and_terms_flow_over_numbered_pages(fonts: FontSet, tmp_path: Path) -> None:
    document = samples.long_agreement()
    assert len(document.parties) == 8 and len(document.terms) == 30
    path = pdf_of(document, fonts, tmp_path)
    total = poppler.page_count(path)
    assert total >= 2
    pages = poppler.text(path).split("\f")[:total]
    for number, page in enumerate(pages, start=1):
        footers = [line.strip() for line in page.splitlines() if poppler.FOOTER.match(line.strip())]
        assert footers == [f"第 {number} 页 共 {total} 页"]
        running = [
            line
            for line in page.splitlines()
            if squash(line) == squash(running_header(document.header))
        ]
        assert len(running) == (number > 1)
    assert_present(path, document.header, agreement_parts(document), fonts)


def test_metadata_names_the_form(fonts: FontSet, tmp_path: Path) -> None:
    document = samples.police_agreement()
    info = poppler.info(pdf_of(document, fonts, tmp_path))
    assert info["Title"] == "治安调解协议书 安公（李）调字〔2026〕第7号"
    assert info["Creator"] == "李家堡警务台账"
    assert info["Page size"].startswith("595.276 x 841.89")  # A4


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_first_page_renders_to_an_image(name: str, fonts: FontSet, tmp_path: Path) -> None:
    path = pdf_of(FORMS[name](), fonts, tmp_path)
    poppler.run("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", path, tmp_path / "page")
    images = list(tmp_path.glob("page*.png"))
    assert len(images) == 1
    data = images[0].read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 5_000


def test_render_finds_the_fonts_itself_and_returns_pdf_bytes(fonts: FontSet) -> None:
    pdf = render(samples.follow_up())
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


def test_render_refuses_what_it_cannot_draw(fonts: FontSet) -> None:
    with pytest.raises(TypeError, match="Header"):
        render(samples.follow_up().header, fonts)  # type: ignore[arg-type]
