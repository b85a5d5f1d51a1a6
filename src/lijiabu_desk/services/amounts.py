"""Money on a legal form: in figures and in 大写 (人民币壹佰壹拾伍万元整, 角/分 when present), as
financial and legal papers write it, and the amounts a term's text names, to check them against
its amount field before an agreement is finalised. The numerals are cn2an's (a well-kept library
for Chinese numbers), not ours."""

from __future__ import annotations

import re
from decimal import Decimal

import cn2an

#: "800元", "1,000.50元", "3万元", "人民币800元" (figures, optionally 万).
_FIGURES = re.compile(r"(\d[\d,]*(?:\.\d{1,2})?)\s*(万)?\s*元")
#: "八百元", "捌佰元", "三万元", "一万二千五百元" (Chinese numerals, 大写 or 小写).
_WORDS = re.compile(r"([零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+)元")


def amount_words(fen: int) -> str:
    """分 → "人民币捌佰元整" / "人民币叁仟元伍角" / "人民币壹佰贰拾叁元肆角伍分"."""
    yuan = Decimal(fen) / 100
    words = cn2an.an2cn(str(yuan.normalize()) if fen % 100 else str(fen // 100), "rmb")
    return f"人民币{words}"


def amount_with_words(fen: int | None) -> str:
    """分 → "人民币3,000.00元（大写：人民币叁仟元整）"; None → ""."""
    if fen is None:
        return ""
    return f"人民币{fen // 100:,}.{fen % 100:02d}元（大写：{amount_words(fen)}）"


def amounts_in_text(text: str) -> list[int]:
    """The sums of money a text names, in 分, in the order written."""
    found: list[tuple[int, int]] = []
    for match in _FIGURES.finditer(text):
        value = Decimal(match.group(1).replace(",", ""))
        if match.group(2):
            value *= 10_000
        found.append((match.start(), int(value * 100)))
    for match in _WORDS.finditer(text):
        try:
            value = Decimal(str(cn2an.cn2an(match.group(1), "smart")))
        except ValueError:
            continue  # not a number after all (a name, a place)
        found.append((match.start(), int(value * 100)))
    return [fen for _, fen in sorted(found)]


def amount_mismatch(text: str, fen: int | None) -> str:
    """Why a term's text and its amount field disagree, or "" when they agree (or the text
    names no sum). A text naming several sums agrees when one of them is the field's."""
    named = amounts_in_text(text)
    if not named:
        return ""
    if fen is None:
        return f"条款写了金额{_yuan(named[0])}，但金额栏是空的"
    if fen in named:
        return ""
    return f"条款写的金额是{_yuan(named[0])}，金额栏填的是{_yuan(fen)}"


def _yuan(fen: int) -> str:
    return f"{fen // 100:,}元" if fen % 100 == 0 else f"{fen / 100:,.2f}元"
