"""Chinese line breaking: no line starts with closing punctuation, none ends with an opening one."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Flowable, Paragraph

from lijiabu_desk.documents.data import Header
from lijiabu_desk.documents.fonts import CJK_NO_LINE_END, CJK_NO_LINE_START, FontSet
from lijiabu_desk.documents.render.layout import FRAME_WIDTH, build_pdf
from lijiabu_desk.documents.render.text import (
    CJKCellParagraph,
    CJKParagraph,
    break_lines,
    make_styles,
    markup,
)
from tests.unit.documents import poppler

FILLER = "李家堡村人民调解委员会组织双方当事人在村委会调解室进行调解经过耐心细致的说服工作" * 4
PUNCTUATION = "，；：！？》”、。）"


def tricky_texts() -> list[str]:
    """Texts whose punctuation lands on every position around the end of the first line.

    With the body style (two-character indent) the first line holds 34 characters at 12 pt, so
    offsets 30–38 put a closer exactly where a plain CJK wrap would begin the second line with it.
    """
    texts = [FILLER[:k] + p + FILLER[k:90] for p in PUNCTUATION for k in range(30, 39)]
    texts += [FILLER[:k] + "。”" + FILLER[k:90] for k in range(30, 39)]  # two closers in a row
    texts += [FILLER[:k] + "《" + FILLER[k : k + 6] + "》" + FILLER[k:90] for k in range(30, 39)]
    return texts


def line_texts(paragraph: Paragraph) -> list[str]:
    bl_para = paragraph.blPara
    if bl_para.kind == 0:
        return ["".join(words) for _, words in bl_para.lines]
    return ["".join(word.text for word in line.words) for line in bl_para.lines]


def bad_starts(texts: list[str]) -> list[str]:
    return [t for t in texts if t.strip()[:1] in CJK_NO_LINE_START]


def widths_of(text: str) -> list[float]:
    return [1.0] * len(text)


def test_a_closer_that_would_start_a_line_hangs_on_the_previous_one() -> None:
    text = "甲乙丙丁，戊己"
    assert break_lines(text, widths_of(text), [4.0], hang_limit=1.0) == [(0, 5), (5, 7)]


def test_two_closers_too_wide_to_hang_take_a_character_down_with_them() -> None:
    text = "甲乙丙丁。”戊己"
    spans = break_lines(text, widths_of(text), [4.0], hang_limit=1.0)
    assert [text[a:b] for a, b in spans] == ["甲乙丙", "丁。”戊", "己"]


def test_without_hanging_the_last_character_goes_down_with_the_closer() -> None:
    text = "甲乙丙丁，戊己"
    assert break_lines(text, widths_of(text), [4.0], hang_limit=0.0) == [(0, 3), (3, 7)]


def test_an_opener_never_ends_a_line() -> None:
    text = "甲乙丙《丁戊》"
    spans = break_lines(text, widths_of(text), [4.0], hang_limit=1.0)
    assert all(text[b - 1] not in CJK_NO_LINE_END for _, b in spans)
    assert spans[0] == (0, 3)


def test_numbers_and_amounts_stay_whole() -> None:
    text = "人民币3,000.00元"
    spans = break_lines(text, widths_of(text), [9.0], hang_limit=1.0)
    assert [text[a:b] for a, b in spans] == ["人民币", "3,000.00元"]


def test_a_word_longer_than_the_line_is_broken_anyway() -> None:
    text = "621102195603021234"
    spans = break_lines(text, widths_of(text), [5.0], hang_limit=1.0)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(b - a <= 5 for a, b in spans)


def test_hard_breaks_end_a_line() -> None:
    text = "甲乙X丙丁"
    assert break_lines(text, widths_of(text), [10.0], 1.0, hard_breaks={2}) == [(0, 3), (3, 5)]


def test_every_character_is_kept_in_order() -> None:
    for text in tricky_texts():
        spans = break_lines(text, widths_of(text), [34.0, 36.0], hang_limit=1.0)
        assert "".join(text[a:b] for a, b in spans) == text
        assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_reportlab_alone_starts_lines_with_punctuation_and_ours_never_does(fonts: FontSet) -> None:
    styles = make_styles(fonts)
    plain_bad: list[str] = []
    for text in tricky_texts():
        source = markup([(text, fonts.body)], fonts)
        plain = Paragraph(source, styles.body)
        plain.wrap(FRAME_WIDTH, 10_000)
        plain_bad += bad_starts(line_texts(plain))
        for kind in (CJKParagraph, CJKCellParagraph):
            ours = kind(source, styles.body)
            ours.wrap(FRAME_WIDTH, 10_000)
            got = line_texts(ours)
            assert "".join(got) == text
            assert bad_starts(got) == [], got
            assert [t for t in got if t[-1:] in CJK_NO_LINE_END] == []
    assert plain_bad, "the sample no longer exercises the fix: ReportLab broke every line well"


def test_a_paragraph_split_between_pages_gains_no_spaces(fonts: FontSet) -> None:
    styles = make_styles(fonts)
    text = "".join(tricky_texts())[:1500]
    paragraph = CJKParagraph(markup([(text, fonts.body)], fonts), styles.body)
    paragraph.wrap(FRAME_WIDTH, 10_000)
    first, rest = paragraph.split(FRAME_WIDTH, 200)
    rest.wrap(FRAME_WIDTH, 10_000)
    assert " " not in "".join(frag.text for frag in rest.frags)
    assert "".join(line_texts(first)) + "".join(line_texts(rest)) == text
    assert bad_starts(line_texts(rest)) == []


def _story(kind: type[Paragraph], fonts: FontSet) -> list[Flowable]:
    styles = make_styles(fonts)
    return [kind(markup([(text, fonts.body)], fonts), styles.body) for text in tricky_texts()]


@poppler.needs_poppler
def test_in_the_pdf_no_line_begins_with_closing_punctuation(fonts: FontSet, tmp_path: Path) -> None:
    header = Header("李家堡村人民调解委员会", "断行测试", "")
    ours = poppler.write(build_pdf(_story(CJKParagraph, fonts), header, fonts), tmp_path, "a.pdf")
    plain = poppler.write(build_pdf(_story(Paragraph, fonts), header, fonts), tmp_path, "b.pdf")
    for mode in ("-layout", "-raw"):
        assert bad_starts(poppler.lines(ours, mode)) == []
        assert bad_starts(poppler.lines(plain, mode)), "ReportLab alone should have failed here"


@pytest.mark.parametrize("char", sorted(CJK_NO_LINE_START))
def test_each_forbidden_character_is_pulled_back(char: str) -> None:
    text = "甲乙丙丁" + char + "戊己庚"
    spans = break_lines(text, widths_of(text), [4.0], hang_limit=1.0)
    assert all(text[a] not in CJK_NO_LINE_START for a, _ in spans)


def test_a_number_followed_by_a_comma_in_a_narrow_cell_keeps_the_comma() -> None:
    text = "621102195603021234，"  # no break opportunity at all before the comma
    spans = break_lines(text, widths_of(text), [6.0], hang_limit=0.0)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(text[a] not in CJK_NO_LINE_START for a, _ in spans)


def test_a_run_of_closers_wider_than_the_line_is_cut_rather_than_overflowing() -> None:
    text = "。" * 20
    spans = break_lines(text, widths_of(text), [4.0], hang_limit=1.0)
    assert all(b - a <= 4 for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text
