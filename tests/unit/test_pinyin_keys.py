"""Pinyin search keys: surname readings, every query form, odd names, and properties."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from lijiabu_desk.services.pinyin_keys import (
    MAX_COMBINATIONS,
    NameKeys,
    name_keys,
    normalize_query,
)


def matches(keys: NameKeys, query: str) -> bool:
    """How the register searches: the normalised query is a prefix of some stored token."""
    q = normalize_query(query)
    return bool(q) and any(token.startswith(q) for token in keys.search_text().split())


# --- surnames -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("曾小明", "zengxiaoming", "zxm"),
        ("单田芳", "shantianfang", "stf"),
        ("解晓东", "xiexiaodong", "xxd"),
        ("区志强", "ouzhiqiang", "ozq"),
        ("查良镛", "zhaliangyong", "zly"),
        ("仇英", "qiuying", "qy"),
        ("朴正浩", "piaozhenghao", "pzh"),
        ("欧阳娜娜", "ouyangnana", "oynn"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("翟志刚", "zhaizhigang", "zzg"),
        ("缪海", "miaohai", "mh"),
        ("阚文", "kanwen", "kw"),
    ],
)
def test_surname_is_read_as_a_surname(name: str, full: str, initials: str) -> None:
    keys = name_keys(name)
    assert keys.full[0] == full
    assert keys.initials[0] == initials


def test_qin_surname_comes_first_and_tan_is_kept() -> None:
    keys = name_keys("覃海")
    assert keys.full == ("qinhai", "tanhai")
    assert keys.initials == ("qh", "th")


def test_surname_with_two_readings_gives_both_variants() -> None:
    assert name_keys("乐嘉").full == ("yuejia", "lejia")
    assert name_keys("乐嘉").initials == ("yj", "lj")
    gai = name_keys("盖丽丽")
    assert gai.full == ("gelili", "gailili")
    assert gai.initials == ("gll",)  # the same initials are not repeated


def test_wrong_default_reading_of_a_surname_is_not_indexed() -> None:
    keys = name_keys("曾小明")
    assert not matches(keys, "ceng")
    assert not matches(keys, "cxm")
    assert not matches(name_keys("单田芳"), "dan")


def test_compound_surname_needs_a_given_name() -> None:
    # Two characters only: 欧 is the surname and 阳 the given name.
    assert name_keys("欧阳").extra[:2] == ("yang", "y")
    assert name_keys("欧阳锋").extra[:2] == ("feng", "f")


def test_lv_is_also_indexed_as_lu() -> None:
    keys = name_keys("吕布")
    assert keys.full == ("lvbu", "lubu")
    assert matches(keys, "lub")
    assert matches(keys, "lvb")
    assert matches(keys, "Lǚ Bù")


def test_given_name_heteronyms_are_expanded() -> None:
    assert name_keys("王长青").full == ("wangchangqing", "wangzhangqing")
    assert name_keys("李晟").full[0] == "lisheng"


def test_combinations_are_capped_with_the_primary_reading_first() -> None:
    keys = name_keys("乐长乐朝重")  # surname 乐 plus four heteronym given-name characters
    assert len(keys.full) == MAX_COMBINATIONS
    assert keys.full[0] == "yuechanglezhaochong"
    assert "lechanglezhaochong" in keys.full  # the surname's second reading survives the cap


# --- query forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "zhangxiaoming",  # full pinyin
        "zhang",
        "zhangx",
        "zhangxiaom",
        "xiaoming",  # full pinyin of the given name
        "xiao",
        "zxm",  # initials
        "zx",
        "xm",  # initials of the given name
        "zhangxm",  # surname full + given initials
        "zxiaoming",  # surname initial + given full
        "zxiao",
        "Zhang Xiao'ming",
        "ZXM",
    ],
)
def test_every_query_form_finds_zhang_xiaoming(query: str) -> None:
    assert matches(name_keys("张晓明"), query)


@pytest.mark.parametrize("query", ["ouyangnana", "oynn", "nana", "nn", "ouyangnn", "oynana", "oyn"])
def test_every_query_form_finds_a_compound_surname(query: str) -> None:
    assert matches(name_keys("欧阳娜娜"), query)


@pytest.mark.parametrize("query", ["xiaohong", "zhangxh", "zxh", "wang", "ming", "xiaomingzhang"])
def test_other_names_do_not_match(query: str) -> None:
    assert not matches(name_keys("张晓明"), query)


def test_search_text_of_zhang_xiaoming() -> None:
    assert name_keys("张晓明").search_text().split() == [
        "zhangxiaoming",
        "zxm",
        "xiaoming",
        "xm",
        "zhangxm",
        "zxiaoming",
    ]


# --- odd names ------------------------------------------------------------------------------


def test_minority_name_with_middle_dot() -> None:
    keys = name_keys("阿卜杜·热合曼")
    assert keys.full == ("abudureheman",)
    assert keys.initials == ("abdrhm",)
    for query in ("abudureheman", "abdrhm", "abudu", "abd", "reheman", "rhm", "rehe"):
        assert matches(keys, query), query


@pytest.mark.parametrize(
    "name", ["阿卜杜·热合曼", "阿卜杜•热合曼", "阿卜杜.热合曼", "阿卜杜･热合曼"]
)
def test_middle_dot_variants_give_the_same_keys(name: str) -> None:
    assert name_keys(name) == name_keys("阿卜杜·热合曼")


def test_unreadable_character_is_skipped() -> None:
    assert lazy_pinyin("𠮷", errors="ignore") == []  # pypinyin itself cannot read it
    keys = name_keys("张𠮷")
    assert keys.full == ("zhang",)
    assert keys.initials == ("z",)
    assert name_keys("王𠮷明").full == ("wangming",)


def test_ji_variant_is_read_as_a_surname() -> None:
    keys = name_keys("𠮷祥")
    assert keys.full == ("jixiang",)
    assert matches(keys, "xiang")


def test_latin_letters_are_kept_lower_case() -> None:
    assert name_keys("李A").full == ("lia",)
    keys = name_keys("John Smith")
    assert keys.full == ("johnsmith",)
    assert keys.initials == ("js",)
    assert matches(keys, "smith")


@pytest.mark.parametrize("name", ["", " ", "·", "123", "（）", "\U0010ffff"])
def test_names_without_readable_letters_give_empty_keys(name: str) -> None:
    keys = name_keys(name)
    assert keys == NameKeys((), ())
    assert keys.search_text() == ""


def test_spaces_and_full_width_letters_in_a_name() -> None:
    assert name_keys(" 张 晓明 ") == name_keys("张晓明")
    assert name_keys("李Ａ").full == ("lia",)


# --- normalize_query ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhang Xiao'ming", "zhangxiaoming"),
        ("ZXM", "zxm"),
        ("lü", "lv"),
        ("LÜ", "lv"),
        ("nu\u0308", "nv"),  # decomposed ü
        ("ｚｈａｎｇ", "zhang"),  # full-width
        ("xi’an", "xian"),
        ("张 zxm 1", "zxm"),
        ("", ""),
    ],
)
def test_normalize_query(text: str, expected: str) -> None:
    assert normalize_query(text) == expected


# --- import order and memory ----------------------------------------------------------------


def _run(code: str, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PYPINYIN")}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


KEYS_OF_PHRASE_NAMES = """
    from lijiabu_desk.services.pinyin_keys import name_keys
    for name in ("李银行", "张重庆", "曾小明"):
        print(name_keys(name))
"""


def test_keys_do_not_depend_on_phrases_loaded_elsewhere() -> None:
    phrases_first = _run("import pypinyin\n" + textwrap.dedent(KEYS_OF_PHRASE_NAMES))
    ours_first = _run(KEYS_OF_PHRASE_NAMES)
    assert phrases_first == ours_first
    assert "liyinxing" in ours_first


def test_importing_the_module_first_leaves_out_the_phrase_dictionary() -> None:
    out = _run(
        """
        import lijiabu_desk.services.pinyin_keys
        from pypinyin.constants import PHRASES_DICT
        print(len(PHRASES_DICT))
        """
    )
    assert out.strip() == "0"


# --- properties -----------------------------------------------------------------------------

# Common name characters whose pypinyin default reading is right in names (no table entry).
COMMON = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓"
    "伟芳娜秀敏静丽磊军洋勇艳杰娟涛超霞刚桂兰玉萍娥玲芬燕彬"
    "鹏辉建国文俊浩翔飞亮斌阳志峰东海晨欣怡子轩梓涵雨佳一诺然宇"
)


@given(st.text())
@settings(max_examples=300)
def test_search_text_is_lower_case_ascii_tokens(name: str) -> None:
    text = name_keys(name).search_text()
    assert re.fullmatch(r"(?:[a-z]+(?: [a-z]+)*)?", text)


@given(st.text(alphabet=COMMON, min_size=2, max_size=3))
def test_initials_are_the_initials_of_the_full_pinyin(name: str) -> None:
    keys = name_keys(name)
    # One character at a time, as pypinyin's phrases may be loaded in this process.
    syllables = [lazy_pinyin(c, style=Style.NORMAL, v_to_u=False)[0] for c in name]
    first_letters = [lazy_pinyin(c, style=Style.FIRST_LETTER)[0] for c in name]
    assert keys.full == ("".join(syllables),)
    assert keys.initials == ("".join(first_letters),)
    assert keys.initials == ("".join(s[0] for s in syllables),)
    assert matches(keys, keys.full[0])
    assert matches(keys, "".join(syllables[1:]))  # the given name alone
    assert matches(keys, syllables[0] + "".join(s[0] for s in syllables[1:]))
