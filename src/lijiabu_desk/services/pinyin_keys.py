"""Pinyin search keys for people's names, computed once when a person is saved.

The register's search box finds 张晓明 from "zxm", "zhangxm", "zxiaoming", "zhangxiaoming",
"xiaoming" or "xm": :func:`name_keys` turns a name into full-pinyin and initials keys, and
:meth:`NameKeys.search_text` into one space-separated string of tokens, stored in a text column
and matched by token prefix. Queries go through :func:`normalize_query`.

pypinyin (0.55) has no surname mode, so the surname readings are our own tables below. The
surname is the first character, or the first two when they form a compound surname and the name
has at least three characters. Names with a middle dot (阿卜杜·热合曼) have no surname: each part
gets its own tokens. Characters are looked up one at a time, so pypinyin's phrase dictionary is
never consulted and the keys are the same whether or not another module loaded it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Phrases are useless for names and cost about 45 MB; only effective if we import pypinyin first.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

from pypinyin import Style, lazy_pinyin

__all__ = ["MAX_COMBINATIONS", "NameKeys", "name_keys", "normalize_query"]

MAX_COMBINATIONS = 4
"""At most this many reading combinations per name (the primary reading always comes first)."""

# Single-character surnames whose pypinyin default reading is wrong, or that have a second
# accepted surname reading (first = primary). 𠮷 is the 吉 variant, unknown to pypinyin.
_SURNAME_TABLE = """
曾 zeng   单 shan   解 xie    区 ou     查 zha    乐 yue/le  仇 qiu    覃 qin/tan  朴 piao
盖 ge/gai 缪 miao   瞿 qu     翟 zhai   祭 zhai   种 chong  黑 he/hei  繁 po     员 yun
能 nai    召 shao   冼 xian   隗 wei    宓 mi     郇 huan   蔺 lin    逄 pang   訾 zi
厍 she    句 gou    阚 kan    那 na     应 ying   秘 bi     过 guo    朝 chao   车 che
沈 shen   重 chong  折 she    臧 zang   贲 ben    羊 yang   长 chang  都 du     卜 bu
薄 bo     藏 zang   粘 nian   佴 nai    乜 nie    颉 xie    蕃 pi     尉 wei    𠮷 ji
"""

# Compound surnames; "=" gives the reading where pypinyin's per-character default is wrong.
_COMPOUND_TABLE = """
欧阳 司马 上官 诸葛 东方 皇甫 公孙 慕容 令狐 宇文 司徒 司空 司寇 夏侯 轩辕 端木 独孤 南宫
西门 百里 呼延 钟离 闻人 赫连 拓跋 申屠 公冶 公羊 濮阳 淳于 仲孙 太叔 漆雕 壤驷 巫马 羊舌
微生 梁丘 左丘 东郭 第五 谷梁 宰父 段干 亓官 太史 长孙=zhang-sun 尉迟=yu-chi 万俟=mo-qi
单于=chan-yu 澹台=tan-tai 乐正=yue-zheng
"""

# Given-name characters read differently from pypinyin's default in names, or commonly both ways.
_GIVEN_NAME_READINGS: dict[str, tuple[str, ...]] = {
    "长": ("chang", "zhang"),
    "乐": ("le", "yue"),
    "朝": ("zhao", "chao"),
    "重": ("chong", "zhong"),
    "晟": ("sheng", "cheng"),
    "卜": ("bu",),  # 阿卜杜 abudu; pypinyin says bo (萝卜)
    "都": ("du", "dou"),  # 阿不都 abudu
}

_NAME_SEPARATORS = re.compile(r"[·•‧・∙⋅.\-]+")  # after NFKC: ･→・, ．→., －→-
_QUERY_DROP = re.compile(r"[^a-z]+")

Unit = tuple[str, ...]
"""Reading options of one character (or one run of Latin letters); () when unreadable."""


def _parse_surnames(table: str) -> dict[str, Unit]:
    words = iter(table.split())
    return {char: tuple(spec.split("/")) for char, spec in zip(words, words, strict=True)}


def _parse_compounds(table: str) -> dict[str, list[Unit] | None]:
    compounds: dict[str, list[Unit] | None] = {}
    for entry in table.split():
        chars, _, spec = entry.partition("=")
        compounds[chars] = [(syllable,) for syllable in spec.split("-")] if spec else None
    return compounds


_SURNAMES = _parse_surnames(_SURNAME_TABLE)
_COMPOUNDS = _parse_compounds(_COMPOUND_TABLE)


@dataclass(frozen=True)
class NameKeys:
    """Pinyin keys of one name: one ``full``/``initials`` entry per reading combination."""

    full: tuple[str, ...]
    initials: tuple[str, ...]
    extra: tuple[str, ...] = ()
    """Given-name-alone and mixed forms (e.g. "xiaoming", "xm", "zhangxm", "zxiaoming")."""

    def search_text(self) -> str:
        """Every key as one space-separated string of distinct ``[a-z]+`` tokens.

        A query (after :func:`normalize_query`) matches when it is a prefix of some token.
        """
        return " ".join(_unique((*self.full, *self.initials, *self.extra)))


def normalize_query(text: str) -> str:
    """Lower-case ASCII letters only, ü as v: "Zhang Xiao'ming" → "zhangxiaoming"."""
    text = unicodedata.normalize("NFKC", text).lower().replace("ü", "v")
    return _QUERY_DROP.sub("", text)


def name_keys(name: str) -> NameKeys:
    """Compute the search keys of ``name`` (never raises on odd input; may return empty keys)."""
    text = unicodedata.normalize("NFKC", name).lower().replace("ü", "v")
    parts = [tokens for part in _NAME_SEPARATORS.split(text) if (tokens := _tokens(part))]
    if len(parts) > 1:
        return _dotted_keys([[_given_options(t) for t in part] for part in parts])
    return _plain_keys(parts[0] if parts else [])


def _plain_keys(tokens: list[str]) -> NameKeys:
    if len(tokens) >= 3 and tokens[0] + tokens[1] in _COMPOUNDS:
        compound = tokens[0] + tokens[1]
        surname = _COMPOUNDS[compound] or [_char_readings(c)[:1] for c in compound]
    else:
        surname = [_surname_options(t) for t in tokens[:1]]
    given = [_given_options(t) for t in tokens[len(surname) :]]
    full: list[str] = []
    initials: list[str] = []
    extra: list[str] = []
    for combo in _combinations([*surname, *given]):
        s_full, g_full = "".join(combo[: len(surname)]), "".join(combo[len(surname) :])
        s_init, g_init = _initials(combo[: len(surname)]), _initials(combo[len(surname) :])
        full.append(s_full + g_full)
        initials.append(s_init + g_init)
        extra += [g_full, g_init, s_full + g_init, s_init + g_full]
    return _keys(full, initials, extra)


def _dotted_keys(parts: list[list[Unit]]) -> NameKeys:
    full: list[str] = []
    initials: list[str] = []
    extra: list[str] = []
    for combo in _combinations([unit for part in parts for unit in part]):
        full.append("".join(combo))
        initials.append(_initials(combo))
        start = 0
        for part in parts:
            syllables = combo[start : start + len(part)]
            extra += ["".join(syllables), _initials(syllables)]
            start += len(part)
    return _keys(full, initials, extra)


def _keys(full: list[str], initials: list[str], extra: list[str]) -> NameKeys:
    return NameKeys(_unique(full), _unique(initials), _unique(extra))


def _tokens(text: str) -> list[str]:
    """Split into single letter characters (Han etc.) and runs of ASCII letters."""
    tokens: list[str] = []
    latin: list[str] = []
    for char in text:
        if "a" <= char <= "z":
            latin.append(char)
            continue
        if latin:
            tokens.append("".join(latin))
            latin.clear()
        if unicodedata.category(char).startswith("L"):
            tokens.append(char)
    if latin:
        tokens.append("".join(latin))
    return tokens


def _surname_options(token: str) -> Unit:
    readings = _SURNAMES.get(token)
    return _with_u_spelling(readings) if readings else _char_readings(token)


def _given_options(token: str) -> Unit:
    readings = _GIVEN_NAME_READINGS.get(token)
    return _with_u_spelling(readings) if readings else _char_readings(token)


@lru_cache(maxsize=65536)
def _char_readings(token: str) -> Unit:
    """pypinyin's default reading of one character (a Latin run stands for itself)."""
    if token.isascii():
        return (token,)
    readings = lazy_pinyin(token, style=Style.NORMAL, errors="ignore", v_to_u=False)
    return _with_u_spelling(tuple(r for r in readings if r.isascii() and r.isalpha()))


def _with_u_spelling(readings: Unit) -> Unit:
    """Add "lu" beside "lv" (吕): officers without an input-method habit type u for ü."""
    return _unique([*readings, *(r.replace("v", "u") for r in readings if "v" in r)])


def _combinations(units: list[Unit]) -> list[tuple[str, ...]]:
    """Reading combinations, primary first, alternatives of earlier characters before later."""
    filled = [unit or ("",) for unit in units]
    combos = [tuple(unit[0] for unit in filled)]
    for index, unit in enumerate(filled):
        bases = list(combos)
        for alternative in unit[1:]:
            for base in bases:
                if len(combos) >= MAX_COMBINATIONS:
                    return combos
                combos.append((*base[:index], alternative, *base[index + 1 :]))
    return combos


def _initials(syllables: tuple[str, ...]) -> str:
    return "".join(syllable[:1] for syllable in syllables)


def _unique(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in items if item))
