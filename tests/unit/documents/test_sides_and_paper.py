"""Parties by side, no wasted paper, and the wording at the signatures (#13, points 7, 8, 9).

Read back from the PDF with pdfplumber: where each word stands on which page, how many pages
there are, and how much of a page is left blank before the signatures. All names are made up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber

from lijiabu_desk.documents.data import (
    ClosingReportDocument,
    Header,
    IntakeDocument,
    LabelledValue,
    MediationRecordDocument,
    Signatory,
)
from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render import render
from lijiabu_desk.documents.render.layout import MARGIN_BOTTOM_MM, PAGE_HEIGHT
from tests.unit.documents import poppler, samples
from tests.unit.documents.poppler import squash

MM = 72 / 25.4
FRAME_BOTTOM = PAGE_HEIGHT - MARGIN_BOTTOM_MM * MM  # pdfplumber measures down from the top
FINGERPRINT = "（签名/捺印）"

# Two parties on each side, typed in the order they came to the desk: 甲, 乙, 甲, 乙.
MA_SON = replace(samples.MA, name="马德福", birth="1982年5月9日（44岁）", phone="13909325678")
WANG_SON = replace(samples.WANG, name="王志强", birth="1990年1月3日（36岁）")
MIXED = (samples.MA, samples.WANG, MA_SON, WANG_SON)


@dataclass(frozen=True)
class Word:
    page: int
    top: float
    bottom: float
    x0: float
    text: str


def words(path: Path) -> list[Word]:
    """Every word of the PDF in reading order: page, then line, then left to right."""
    out = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for w in page.extract_words(keep_blank_chars=False, y_tolerance=2):
                out.append(Word(number, w["top"], w["bottom"], w["x0"], w["text"]))
    return sorted(out, key=lambda w: (w.page, round(w.top), w.x0))


def first(found: list[Word], text: str) -> Word:
    return next(w for w in found if text in w.text)


def page_count(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def write(document: object, fonts: FontSet, folder: Path, name: str) -> Path:
    return poppler.write(render(document, fonts), folder, name)  # type: ignore[arg-type]


def party_signatories(parties: tuple[samples.PartyDetails, ...]) -> tuple[Signatory, ...]:
    return samples.party_signatories(parties)


def fingerprint_labels(found: list[Word]) -> list[str]:
    """The parties' signature labels, in reading order (row by row, left to right)."""
    return [w.text.split("当事人")[0] for w in found if FINGERPRINT in w.text]


# --- point 7: parties grouped by side ------------------------------------------------------


def test_an_agreement_prints_each_side_together_under_its_label_and_signs_the_same_way(
    fonts: FontSet, tmp_path: Path
) -> None:
    base = samples.committee_agreement()
    document = replace(
        base, parties=MIXED, signatories=(*party_signatories(MIXED), *base.signatories[3:])
    )
    path = write(document, fonts, tmp_path, "agreement.pdf")
    found = words(path)
    text = squash(poppler.text(path))
    assert "甲方（共2人）：" in text and "乙方（共2人）：" in text
    names = [first(found, n.name) for n in MIXED]
    ma, wang, ma_son, wang_son = names
    # Both 甲方 parties come before the 乙方 label and its parties: never interleaved.
    yi = first(found, "乙方（共2人）")
    assert (ma.page, ma.top) < (ma_son.page, ma_son.top) < (yi.page, yi.top)
    assert (yi.page, yi.top) < (wang.page, wang.top) < (wang_son.page, wang_son.top)
    assert fingerprint_labels(found) == ["甲方", "甲方", "乙方", "乙方"]


def test_a_side_with_an_odd_number_of_boxes_does_not_share_its_last_row_with_the_next(
    fonts: FontSet, tmp_path: Path
) -> None:
    """Three on 甲方, one on 乙方, one on 丙方: 甲方's third box stands alone on its row, and
    乙方's box starts the next row (at the left), never beside a 甲方 box; the two sides of one
    party each share a row."""
    third = replace(samples.MA, name="马德寿", birth="1985年2月1日（41岁）")
    bing = replace(samples.WANG, side="丙方", name="杨春燕")
    parties = (samples.MA, MA_SON, third, samples.WANG, bing)
    base = samples.committee_agreement()
    document = replace(
        base, parties=parties, signatories=(*party_signatories(parties), *base.signatories[3:])
    )
    found = [w for w in words(write(document, fonts, tmp_path, "odd.pdf")) if FINGERPRINT in w.text]
    assert [w.text.split("当事人")[0] for w in found] == ["甲方", "甲方", "甲方", "乙方", "丙方"]
    rows: dict[tuple[int, int], list[str]] = {}
    for w in found:
        rows.setdefault((w.page, round(w.top)), []).append(w.text.split("当事人")[0])
    assert list(rows.values()) == [["甲方", "甲方"], ["甲方"], ["乙方", "丙方"]]
    assert abs(found[3].x0 - found[0].x0) < 1  # 乙方 starts at the left, like 甲方


def intake_of(parties: tuple[samples.PartyDetails, ...]) -> IntakeDocument:
    base = samples.intake()
    return replace(
        base,
        parties=parties,
        demands=tuple(LabelledValue(f"{p.side} {p.name}", "要求对方赔偿损失。") for p in parties),
        signatories=(*party_signatories(parties), Signatory("受理人", "李明华", False)),
    )


def test_the_intake_table_keeps_a_side_in_one_labelled_block(
    fonts: FontSet, tmp_path: Path
) -> None:
    path = write(intake_of(MIXED), fonts, tmp_path, "intake.pdf")
    found = words(path)
    jia = first(found, "共2人")
    tops = {p.name: first(found, p.name).top for p in MIXED}
    # The party table: 甲方's two rows, then 乙方's two rows.
    assert tops["马建国"] < tops["马德福"] < tops["王秀英"] < tops["王志强"]
    assert jia.top < tops["马德福"]
    demands = [w.text for w in found if w.text.startswith(("甲方", "乙方")) and "：" in w.text]
    assert [d[:2] for d in demands][:4] == ["甲方", "甲方", "乙方", "乙方"]
    assert fingerprint_labels(found) == ["甲方", "甲方", "乙方", "乙方"]


# --- point 8: no wasted paper ----------------------------------------------------------------


def test_a_two_party_intake_form_fits_one_page(fonts: FontSet, tmp_path: Path) -> None:
    path = write(intake_of((samples.MA, samples.WANG)), fonts, tmp_path, "intake.pdf")
    assert page_count(path) == 1
    assert "受理人" in squash(poppler.text(path))


def test_an_oral_agreement_record_is_not_a_sentence_on_a_second_page(
    fonts: FontSet, tmp_path: Path
) -> None:
    path = write(samples.oral_agreement(), fonts, tmp_path, "oral.pdf")
    assert page_count(path) == 1


def record_with_parties() -> MediationRecordDocument:
    """Three parties who sign with their fingerprints and a long outcome, as the demo prints.

    Today's code left 38% of page 1 blank: the outcome moved to page 2 with its heading."""
    parties = (samples.MA, samples.WANG, replace(samples.MA_RARE, name="马永祥"))
    outcome = (
        "经调解，双方就地埂位置、医疗费和玉米损失达成一致：乙方赔偿甲方医疗费、误工费等各项损失"
        "人民币800.00元，丙方赔偿乙方被碾压玉米的损失人民币350.00元，均于2026年12月10日前在"
        "李家堡村人民调解委员会当面交付；甲乙双方地埂以村委会测量确定的界线为准，任何一方不得"
        "擅自改变。各方当事人对上述内容无异议，详见（2026）安李人调字第12号人民调解协议书。"
    )
    return replace(
        samples.mediation_record(),
        participants=samples.mediation_record().participants[:3],
        outcome=outcome * 2,  # one long paragraph: it used to move whole, heading and all
        signatories=(
            *party_signatories(parties),
            Signatory("主持人", "李明华", False),
            Signatory("记录人", "张丽", False),
        ),
    )


def test_a_mediation_record_leaves_no_third_of_a_page_blank_before_its_signatures(
    fonts: FontSet, tmp_path: Path
) -> None:
    path = write(record_with_parties(), fonts, tmp_path, "record.pdf")
    found = words(path)
    signing = first(found, FINGERPRINT).page
    if signing > 1:
        before = [w for w in found if w.page == signing - 1 and w.bottom < FRAME_BOTTOM]
        blank = (FRAME_BOTTOM - max(w.bottom for w in before)) / PAGE_HEIGHT
        assert blank < 1 / 3, f"{blank:.0%} of page {signing - 1} left blank"
    # The signatures still share their page with the end of the record.
    assert first(found, "以上记录已阅").page == signing


# --- point 9: the wording at the signatures ----------------------------------------------


def test_the_record_ends_with_read_and_confirmed_over_the_parties_boxes(
    fonts: FontSet, tmp_path: Path
) -> None:
    path = write(record_with_parties(), fonts, tmp_path, "record.pdf")
    found = words(path)
    confirmed = first(found, "以上记录已阅，无误。")
    boxes = [w for w in found if FINGERPRINT in w.text]
    assert len(boxes) == 3
    assert all((b.page, b.top) > (confirmed.page, confirmed.bottom) for b in boxes)
    assert first(found, "三、调解结果").top < confirmed.top or confirmed.page > 1


def closing_report() -> ClosingReportDocument:
    return ClosingReportDocument(
        header=Header(samples.COMMITTEE, "矛盾纠纷结案报告", "（2026）安李人调字第12号"),
        fields=(LabelledValue("案件编号", "（2026）安李人调字第12号"),),
        facts=samples.FACTS,
        process="2026年11月28日第一次调解，双方达成协议。",
        outcome="达成书面协议。",
        performance="已履行完毕。",
        opinion="纠纷已调解成功，协议已履行，建议结案。",
        signatories=(Signatory("承办人", "李明华", False), Signatory("所领导审批", "", False)),
    )


def test_the_approval_has_room_for_an_opinion_a_signature_and_a_date(
    fonts: FontSet, tmp_path: Path
) -> None:
    path = write(closing_report(), fonts, tmp_path, "closing.pdf")
    found = words(path)
    opinion = first(found, "所领导审批意见：")
    signed = first(found, "签名：")
    assert signed.page == opinion.page
    assert (signed.top - opinion.bottom) / MM >= 20  # room to write the opinion by hand
    dated = [w for w in found if w.page == signed.page and abs(w.top - signed.top) < 3]
    assert squash("".join(w.text for w in dated)).endswith("年____月____日")
