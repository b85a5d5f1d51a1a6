"""Two rules of the shared page code (#13, points 6 and 2), read back from the PDF.

A draft cannot pass for a final: every page of a draft carries a large, light, diagonal 草稿
drawn under the text, and no number anywhere (title block, running header, metadata); a final
prints clean. No signature block is stranded: the page with the signatures also carries the end
of the text they sign, and no party's particulars are cut across two pages.

All names and numbers are made up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber
import pytest

from lijiabu_desk.documents.boundary_data import BoundaryAgreementData
from lijiabu_desk.documents.data import AgreementDocument, Signatory, Term
from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.minutes_data import MinutesData, closing_sentence
from lijiabu_desk.documents.render import render
from lijiabu_desk.documents.render.boundary_agreement import render_boundary_agreement
from lijiabu_desk.documents.render.minutes import render_minutes
from lijiabu_desk.documents.render.signatures import fingerprint_label
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    reopen_agreement,
    save_agreement,
)
from lijiabu_desk.services.printing import PrintKind, build_document, print_form
from tests.case_setup import complete_agreement, make_post, open_case
from tests.unit.documents import boundary_samples, minutes_samples, poppler, samples
from tests.unit.documents.poppler import squash

pytestmark = poppler.needs_poppler

Printable = AgreementDocument | BoundaryAgreementData | MinutesData
MARK = "草稿"
MARK_MIN_SIZE = 60.0  # points: the mark is large, far above any text on a form


def pdf_bytes(document: Printable, fonts: FontSet) -> bytes:
    if isinstance(document, BoundaryAgreementData):
        return render_boundary_agreement(document, fonts)
    if isinstance(document, MinutesData):
        return render_minutes(document, fonts)
    return render(document, fonts)


def write(document: Printable, fonts: FontSet, folder: Path, name: str) -> Path:
    return poppler.write(pdf_bytes(document, fonts), folder, name)


def page_texts(path: Path) -> list[str]:
    """Each page's text, squashed (wrapped lines join up again)."""
    return [squash(p) for p in poppler.text(path).split("\f")[: poppler.page_count(path)]]


@dataclass(frozen=True)
class Mark:
    text: str  # the mark's characters on the page, in drawing order
    first: bool  # drawn before any other character: under the text
    grey: bool  # a light grey: readable, and the text over it stays readable


def marks(path: Path) -> list[Mark]:
    """Per page: the large, turned characters (the mark), as drawn."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars = page.chars
            turned = [
                i
                for i, c in enumerate(chars)
                if c["size"] >= MARK_MIN_SIZE and abs(c["matrix"][1]) > 0.3
            ]
            greys = [chars[i]["non_stroking_color"] for i in turned]
            out.append(
                Mark(
                    "".join(chars[i]["text"] for i in turned),
                    turned == list(range(len(turned))),
                    bool(greys) and all(0.7 <= v <= 0.95 for g in greys for v in g),
                )
            )
    return out


# --- hard cases -------------------------------------------------------------------------------

SIDES = ("甲方", "乙方", "丙方", "丁方", "戊方", "己方", "庚方", "辛方", "壬方")
NAMES = ("马建国", "王秀英", "李明华", "张桂兰", "赵志强", "刘玉梅", "陈德福", "杨春燕", "周永福")
LONG_ADDRESS = (
    "甘肃省定西市安定区李家堡镇马家山村三社{n}号（原王家岔村二社老庄子，"
    "二〇一九年易地搬迁后随子女居住于村委会东侧新建安置点）"
)
LONG_TERM = (
    "{payer}赔偿{payee}因推搡、拉扯造成的医疗费、误工费、交通费、营养费及被损坏的农具、衣物等"
    "各项损失，于约定期限内到李家堡派出所当面交付，由受款人出具收条，派出所留存复印件备查；"
    "逾期未付的，受款人可以请求派出所督促履行，也可以就民事争议依法向人民法院提起民事诉讼。"
)


def nine_party_police() -> AgreementDocument:
    """Nine parties with long addresses and eight long terms: the case from the issue."""
    parties = tuple(
        replace(
            samples.MA,
            side=side,
            name=NAMES[i],
            address=LONG_ADDRESS.format(n=10 + i),
            phone=f"1390932{i:04d}",
            id_number=f"6211021956030210{i:02d}",
        )
        for i, side in enumerate(SIDES)
    )
    terms = tuple(
        Term(
            n,
            LONG_TERM.format(payer=NAMES[n % 9], payee=NAMES[(n + 1) % 9]),
            f"人民币{300 * n:,}.00元",
            f"2027年{n}月10日前",
        )
        for n in range(1, 9)
    )
    return replace(
        samples.police_agreement(),
        parties=parties,
        terms=terms,
        clauses=(
            "本协议一式十份，各方当事人各执一份，公安机关留存一份。",
            samples.POLICE_CLAUSES[-1],
        ),
        supplement_note="",
        signatories=(
            *samples.party_signatories(parties),
            Signatory("主持调解民警", "赵立军（警号062418）", False),
            Signatory("记录人", "刘洋", False),
        ),
    )


def two_party_twenty_terms() -> AgreementDocument:
    """A people's mediation agreement between two parties with twenty long terms."""
    parties = (samples.MA, samples.WANG)
    terms = tuple(
        Term(n, LONG_TERM.format(payer=NAMES[n % 2], payee=NAMES[(n + 1) % 2]), "", "")
        for n in range(1, 21)
    )
    return replace(
        samples.committee_agreement(),
        parties=parties,
        terms=terms,
        signatories=(
            *samples.party_signatories(parties),
            Signatory("调解员", "李明华", False),
            Signatory("记录人", "张丽", False),
        ),
    )


def as_draft(document: AgreementDocument) -> AgreementDocument:
    return replace(document, header=replace(document.header, draft=True))


# --- point 6: a draft cannot pass for a final --------------------------------------------------

# (draft, final, the final's number, a piece of any number of that kind)
DraftCase = tuple[Callable[[], Printable], Callable[[], Printable], str, str]
DRAFT_CASES: dict[str, DraftCase] = {
    "人民调解协议书": (
        lambda: as_draft(samples.committee_agreement()),
        samples.committee_agreement,
        "（2026）安李人调字第12号",
        "人调字",
    ),
    "治安调解协议书（九方）": (
        lambda: as_draft(nine_party_police()),
        nine_party_police,
        "安公（李）调字〔2026〕第7号",
        "调字",
    ),
    "口头协议记录": (
        lambda: as_draft(samples.oral_agreement()),
        samples.oral_agreement,
        "（2026）安李人调字第13号",
        "人调字",
    ),
    "长协议": (
        lambda: as_draft(samples.long_agreement()),
        samples.long_agreement,
        "（2026）安李人调字第20号",
        "人调字",
    ),
    "地界协议书": (
        # a number given by mistake: a draft prints none the same
        lambda: replace(boundary_samples.draft(), number=boundary_samples.NUMBER),
        boundary_samples.agreement,
        boundary_samples.NUMBER,
        "地界字",
    ),
    "会议纪要": (
        lambda: replace(minutes_samples.long_meeting(), status_words="草稿"),
        minutes_samples.long_meeting,
        minutes_samples.NUMBER,
        "联字",
    ),
}


@pytest.mark.parametrize("form", sorted(DRAFT_CASES))
def test_every_page_of_a_draft_is_marked_and_numberless_and_a_final_is_clean(
    form: str, fonts: FontSet, tmp_path: Path
) -> None:
    make_draft, make_final, number, number_word = DRAFT_CASES[form]
    draft = write(make_draft(), fonts, tmp_path, "draft.pdf")
    pages = marks(draft)
    assert [m.text for m in pages] == [MARK] * len(pages)
    assert all(m.first and m.grey for m in pages)  # under the text, light grey
    text = squash(poppler.text(draft))
    assert squash(number) not in text and number_word not in text
    info = poppler.info(draft)
    assert number_word not in info["Title"] and number_word not in info.get("Subject", "")

    final = write(make_final(), fonts, tmp_path, "final.pdf")
    assert [m.text for m in marks(final)] == [""] * poppler.page_count(final)
    text = squash(poppler.text(final))
    assert MARK not in text
    assert squash(number) in text and squash(number) in squash(poppler.info(final)["Title"])


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


def test_an_agreement_taken_back_to_draft_prints_as_a_draft_without_its_number(
    desk: ServiceContext, tmp_path: Path
) -> None:
    post = make_post(desk)
    agreement = save_agreement(desk, open_case(desk, post), complete_agreement(post))
    number = finalise_agreement(desk, agreement).number
    assert number
    reopen_agreement(desk, agreement)  # it keeps its number, but it is a draft again
    document = build_document(desk, PrintKind.MEDIATION_AGREEMENT, agreement)
    assert isinstance(document, AgreementDocument) and document.header.draft
    printed = print_form(desk, PrintKind.MEDIATION_AGREEMENT, agreement)
    path = poppler.write(printed.pdf, tmp_path)
    assert number not in squash(poppler.text(path)) and number not in printed.title
    assert [m.text for m in marks(path)] == [MARK] * poppler.page_count(path)


# --- point 2: no signature block stranded ------------------------------------------------------

SIGNED_CASES: dict[str, Callable[[], AgreementDocument]] = {
    "治安调解协议书（九方、长条款）": nine_party_police,
    "人民调解协议书（两方、二十条）": two_party_twenty_terms,
}


def signature_labels(document: AgreementDocument) -> list[str]:
    return [
        squash(fingerprint_label(s.label) if s.fingerprint else s.label + "：")
        for s in document.signatories
    ]


@pytest.mark.parametrize("case", sorted(SIGNED_CASES))
def test_the_signatures_share_their_page_with_the_end_of_the_text(
    case: str, fonts: FontSet, tmp_path: Path
) -> None:
    document = SIGNED_CASES[case]()
    path = write(document, fonts, tmp_path, "signed.pdf")
    pages = page_texts(path)
    last = pages[-1]
    assert len(pages) >= 2
    # Every signature, the seal and the date are on the last page, under the last clause.
    assert squash(document.clauses[-1]) in last
    for label in [*signature_labels(document), document.seal_label, document.date]:
        assert squash(label) in last, label
        assert not any(squash(label) in page for page in pages[:-1]), label
    assert last.index(squash(document.clauses[-1])) < last.index(signature_labels(document)[0])


def test_no_party_is_cut_across_two_pages(fonts: FontSet, tmp_path: Path) -> None:
    document = nine_party_police()
    pages = page_texts(write(document, fonts, tmp_path, "parties.pdf"))
    for party in document.parties:
        starts = [n for n, page in enumerate(pages) if f"{party.side}：{party.name}" in page]
        ends = [n for n, page in enumerate(pages) if party.id_number in page]
        assert starts and starts == ends, party.side


def test_the_minutes_close_with_their_signatures_on_one_page(
    fonts: FontSet, tmp_path: Path
) -> None:
    """One to eight topics move the closing to every height on a page; seven units sign."""
    for topics in range(1, 9):
        data = replace(
            minutes_samples.long_meeting(),
            topics=tuple(minutes_samples.long_topic(n) for n in range(1, topics + 1)),
        )
        pages = page_texts(write(data, fonts, tmp_path, f"minutes{topics}.pdf"))
        signed = [n for n, page in enumerate(pages) if "参会代表签名" in page or "记录人：" in page]
        assert signed == [len(pages) - 1], topics
        assert squash(closing_sentence(data)) in pages[-1], topics
