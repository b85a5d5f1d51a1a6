"""Money on an agreement in figures and in 大写, and a term's text held to its amount field."""

from __future__ import annotations

import pytest

from lijiabu_desk.services.amounts import (
    amount_mismatch,
    amount_with_words,
    amount_words,
    amounts_in_text,
)


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (80_000, "人民币捌佰元整"),
        (115_000_000, "人民币壹佰壹拾伍万元整"),
        (12_345, "人民币壹佰贰拾叁元肆角伍分"),
        (300_050, "人民币叁仟元伍角"),
        (1_000_000, "人民币壹万元整"),
        (5, "人民币伍分"),
    ],
)
def test_amounts_in_capitals_as_legal_forms_write_them(fen: int, words: str) -> None:
    assert amount_words(fen) == words


def test_an_amount_prints_in_figures_and_in_capitals() -> None:
    assert amount_with_words(300_000) == "人民币3,000.00元（大写：人民币叁仟元整）"
    assert amount_with_words(None) == ""


def test_the_sums_a_text_names_in_figures_or_in_words() -> None:
    text = "乙方于12月5日前赔偿甲方800元，另付人民币1,000.50元，以及三万元和捌佰元。"
    assert amounts_in_text(text) == [80_000, 100_050, 3_000_000, 80_000]
    assert amounts_in_text("乙方于2026年12月10日前改建排水沟。") == []
    assert amounts_in_text("赔偿1.5万元") == [1_500_000]


@pytest.mark.parametrize(
    ("text", "fen", "said"),
    [
        ("乙方赔偿甲方菜地损失八百元。", 80_000, ""),
        ("乙方赔偿甲方损失。", 80_000, ""),  # no sum in the words: nothing to compare
        ("乙方赔偿甲方900元。", 80_000, "条款写的金额是900元，金额栏填的是800元"),
        ("乙方赔偿甲方900元。", None, "条款写了金额900元，但金额栏是空的"),
        ("先付300元，余款500元于月底付清，共800元。", 80_000, ""),
    ],
)
def test_a_terms_text_and_its_amount_field_agree(text: str, fen: int | None, said: str) -> None:
    assert amount_mismatch(text, fen) == said
