"""Tests for the shared field validators (services/validation.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.validation import (
    ETHNIC_GROUPS,
    check_not_before,
    check_not_future,
    mask_phone,
    normalize_ethnicity,
    normalize_person_name,
    normalize_phone,
    parse_date,
    require_text,
)

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


# --- phones ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("13912345678", "13912345678"),
        (" 139 1234 5678 ", "13912345678"),
        ("139-1234-5678", "13912345678"),
        ("１３９１２３４５６７８", "13912345678"),
        ("+86 139 1234 5678", "13912345678"),
        ("＋８６１３９１２３４５６７８", "13912345678"),
        ("008613912345678", "13912345678"),
        ("8613912345678", "13912345678"),
        ("0932-8123456", "0932-8123456"),
        ("09328123456", "0932-8123456"),
        ("(0932) 8123456", "0932-8123456"),
        ("（０９３２）８１２３４５６", "0932-8123456"),
        ("010-62345678", "010-62345678"),
        ("02162345678", "021-62345678"),
        ("+86 932 8123456", "0932-8123456"),
    ],
)
def test_phone_accepted(text: str, stored: str) -> None:
    assert normalize_phone(text) == stored


def _phone_error(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        normalize_phone(text, field="contact_phone", label="监护人电话")
    assert info.value.field == "contact_phone"
    assert "监护人电话" in info.value.message
    return info.value


def test_landline_without_area_code_asks_for_it() -> None:
    for text in ("8123456", "81234567"):
        assert "区号" in _phone_error(text).message


@pytest.mark.parametrize(
    "text",
    [
        "1391234567",  # 10 digits
        "139123456789",  # 12 digits
        "12912345678",  # no such mobile prefix
        "0932-0123456",  # local number cannot start with 0
        "011-62345678",  # no such area code
        "0932-812345",  # local number too short
        "139abc45678",
        "+1 202 555 0123",
        "0932-8123456转801",
    ],
)
def test_phone_rejected(text: str) -> None:
    _phone_error(text)


def test_empty_phone_and_mobile_length_message() -> None:
    with pytest.raises(ValidationError, match="请填写联系电话。"):
        normalize_phone("  ")
    assert "11位，现在是10位" in _phone_error("1391234567").message


def test_mask_phone() -> None:
    assert mask_phone("13912345678") == "139****5678"
    assert mask_phone("0932-8123456") == "0932-***3456"
    assert mask_phone("010-62345678") == "010-****5678"
    assert mask_phone("123") == "***"


@given(st.sampled_from("3456789"), st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_any_mobile_round_trips(second: str, rest: str) -> None:
    mobile = "1" + second + rest
    assert normalize_phone(mobile) == mobile
    assert normalize_phone(f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}") == mobile
    assert normalize_phone(mobile.translate(FULL_WIDTH)) == mobile
    assert normalize_phone(normalize_phone(mobile)) == mobile
    masked = mask_phone(mobile)
    assert masked[:3] == mobile[:3] and masked[-4:] == mobile[-4:] and masked[3:7] == "****"


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("阿卜杜·热合曼", "阿卜杜·热合曼"),
        ("阿卜杜・热合曼", "阿卜杜·热合曼"),
        ("阿卜杜•热合曼", "阿卜杜·热合曼"),
        ("阿卜杜．热合曼", "阿卜杜·热合曼"),
        ("阿卜杜‧热合曼", "阿卜杜·热合曼"),
        ("阿卜杜･热合曼", "阿卜杜·热合曼"),
        ("阿卜杜 · 热合曼", "阿卜杜·热合曼"),
        ("𠮷田", "𠮷田"),
        ("欧阳娜娜", "欧阳娜娜"),
        ("  李 四 ", "李四"),
        ("张\u3000三", "张三"),
        ("\u3400\U0002a700\U00031350", "\u3400\U0002a700\U00031350"),  # Ext A, C, H
        ("\uf900", "\uf900"),  # compatibility ideograph, kept as typed
        ("John   Smith", "John Smith"),
        ("Ｊｏｈｎ", "John"),
        ("René", "René"),
        ("王", "王"),
    ],
)
def test_name_accepted(text: str, stored: str) -> None:
    assert normalize_person_name(text) == stored


def _name_error(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        normalize_person_name(text, field="guardian_name", label="监护人姓名")
    assert info.value.field == "guardian_name"
    assert info.value.message.startswith(("监护人姓名", "请填写监护人姓名"))
    return info.value


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("张3", "数字"),
        ("张３", "数字"),
        ("张\x00", "无法识别"),
        ("张\u200b三", "无法识别"),
        ("·张三", "开头或结尾"),
        ("张三·", "开头或结尾"),
        ("阿卜杜··热合曼", "连着"),
        ("阿卜杜・・热合曼", "连着"),
        ("张,三", "符号"),
        ("张三!", "符号"),
        ("O'Brien", "符号"),
        ("Иван", "汉字"),
        ("   ", "请填写"),
        ("张" * 41, "41"),
    ],
)
def test_name_rejected(text: str, hint: str) -> None:
    assert hint in _name_error(text).message


def test_name_of_forty_characters_is_fine() -> None:
    assert normalize_person_name("张" * 40) == "张" * 40


@given(st.text(alphabet="张王李阿卜杜热合曼𠮷·・ 　", min_size=1, max_size=20))
def test_name_normalisation_is_idempotent(text: str) -> None:
    try:
        once = normalize_person_name(text)
    except ValidationError:
        return
    assert normalize_person_name(once) == once
    assert "  " not in once and "··" not in once and once == once.strip()


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "20261128",
        "2026-11-28",
        "2026/11/28",
        "2026.11.28",
        "2026年11月28日",
        "2026年11月28号",
        " 2026 - 11 - 28 ",
        "２０２６１１２８",
        "２０２６－１１－２８",
    ],
)
def test_date_forms(text: str) -> None:
    assert parse_date(text) == date(2026, 11, 28)


def test_date_without_leading_zeros() -> None:
    assert parse_date("2026-1-5") == date(2026, 1, 5)
    assert parse_date("2026年1月5日") == date(2026, 1, 5)


@pytest.mark.parametrize("text", ["28/11/2026", "2026-11/28", "26-11-28", "明天", "2026112"])
def test_unrecognised_date_shows_accepted_form(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text, field="visit_date", label="走访日期")
    assert info.value.field == "visit_date"
    assert "走访日期" in info.value.message and "20261128" in info.value.message


@pytest.mark.parametrize("text", ["20260230", "2026-13-01", "2026-00-10", "2025年2月29日"])
def test_impossible_date(text: str) -> None:
    with pytest.raises(ValidationError, match="不是一个真实存在的日期"):
        parse_date(text)


def test_empty_date() -> None:
    with pytest.raises(ValidationError, match="请填写出生日期"):
        parse_date(" ", label="出生日期")


@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(["%Y%m%d", "%Y-%m-%d", "%Y/%m/%d"]))
def test_date_round_trips(d: date, fmt: str) -> None:
    assert parse_date(d.strftime(fmt)) == d
    assert parse_date(d.strftime(fmt).translate(FULL_WIDTH)) == d
    assert parse_date(f"{d.year}年{d.month}月{d.day}日") == d


def test_check_not_future() -> None:
    today = date(2026, 3, 1)
    assert check_not_future(today, today=today) == today
    with pytest.raises(ValidationError) as info:
        check_not_future(date(2026, 3, 2), today=today, field="visit_date", label="走访日期")
    assert info.value.message == "走访日期不能晚于今天。"
    assert info.value.field == "visit_date"


def test_check_not_before() -> None:
    born = date(1980, 5, 1)
    assert check_not_before(born, born, earliest_label="出生日期") == born
    with pytest.raises(ValidationError) as info:
        check_not_before(
            date(1980, 4, 30), born, field="visit_date", label="走访日期", earliest_label="出生日期"
        )
    assert info.value.message == "走访日期不能早于出生日期。"
    assert info.value.field == "visit_date"


# --- free text ---------------------------------------------------------------------------------


def test_require_text() -> None:
    assert require_text("  村委会  ", field="place", label="地点", max_length=10) == "村委会"
    with pytest.raises(ValidationError, match="请填写地点。"):
        require_text(" \u3000", field="place", label="地点", max_length=10)
    with pytest.raises(ValidationError, match="最多3个字，现在是4个字"):
        require_text("李家堡村", field="place", label="地点", max_length=3)
    with pytest.raises(ValidationError, match="无法显示"):
        require_text("村\x07委会", field="place", label="地点", max_length=10)
    with pytest.raises(ValidationError, match="一行"):
        require_text("村\n委会", field="place", label="地点", max_length=10)


def test_require_text_multiline_keeps_line_breaks() -> None:
    text = "第一行\r\n第二行\r第三行"
    value = require_text(text, field="notes", label="备注", max_length=50, multiline=True)
    assert value == "第一行\n第二行\n第三行"


# --- ethnic groups -----------------------------------------------------------------------------


def test_ethnic_groups_table() -> None:
    assert len(ETHNIC_GROUPS) == 56
    assert len(set(ETHNIC_GROUPS)) == 56
    assert all(name.endswith("族") for name in ETHNIC_GROUPS)
    # Spot checks of GB 3304 codes (code = index + 1).
    codes = {name: i + 1 for i, name in enumerate(ETHNIC_GROUPS)}
    assert codes["汉族"] == 1
    assert codes["回族"] == 3
    assert codes["维吾尔族"] == 5
    assert codes["土家族"] == 15
    assert codes["东乡族"] == 26
    assert codes["土族"] == 30
    assert codes["撒拉族"] == 35
    assert codes["保安族"] == 47
    assert codes["基诺族"] == 56


@pytest.mark.parametrize(
    ("text", "full"),
    [("汉", "汉族"), ("回族", "回族"), ("维吾尔", "维吾尔族"), ("土", "土族"),
     ("土家", "土家族"), (" 东乡族 ", "东乡族"), ("蒙古", "蒙古族")],
)  # fmt: skip
def test_normalize_ethnicity(text: str, full: str) -> None:
    assert normalize_ethnicity(text) == full


@pytest.mark.parametrize("text", ["", "汉族族", "火星族", "穿青人", "族"])
def test_normalize_ethnicity_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_ethnicity(text)
    assert info.value.field == "ethnicity"
    assert "民族" in info.value.message


@given(st.sampled_from(ETHNIC_GROUPS))
def test_every_group_accepted_with_and_without_suffix(name: str) -> None:
    assert normalize_ethnicity(name) == name
    assert normalize_ethnicity(name[:-1]) == name
