"""Tests for identity numbers and ID-card dates (services/identity.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.identity import (
    IdNumber,
    age_on,
    check_character,
    id_card_validity_years,
    mask_id_number,
    parse_id_number,
    propose_expiry,
    renewal_window_opens,
)

TODAY = date(2026, 1, 1)
ALLOWED = "0123456789X"


def reference_check(first17: str) -> str:
    """ISO 7064 MOD 11-2 straight from its definition, independent of the module's tables.

    Positions are counted from the right starting at 1 (the check character); position i has
    weight 2**(i-1) mod 11 and the weighted sum of all 18 values must be 1 modulo 11.
    """
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (1 - total) % 11
    return "X" if value == 10 else str(value)


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, date]:
    area = draw(st.integers(0, 999_999))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)))
    seq = draw(st.integers(0, 999))
    first17 = f"{area:06d}{born:%Y%m%d}{seq:03d}"
    return first17 + reference_check(first17), born


def _full_width(ch: str) -> str:
    return chr(ord(ch) + 0xFEE0) if ch in ALLOWED else ch


@st.composite
def messy_variants(draw: st.DrawFn) -> tuple[str, str]:
    """A valid number and the same number as it might be typed: full-width, spaced, lower-case."""
    number, _ = draw(valid_numbers())
    pieces = []
    for ch in number:
        if draw(st.booleans()):
            ch = _full_width(ch)
        if ch in ("X", "Ｘ") and draw(st.booleans()):
            ch = ch.lower()
        pieces.append(draw(st.sampled_from(["", "", " ", "\u3000", "\t"])) + ch)
    tail = draw(st.sampled_from(["", " ", "\u3000", "\n"]))
    return number, "".join(pieces) + tail


def test_reference_implementation_agrees_with_published_example() -> None:
    # GB 11643-1999's own example number.
    assert reference_check("11010519491231002") == "X"


def test_known_valid_number() -> None:
    parsed = parse_id_number("11010519491231002X", today=TODAY)
    assert parsed == IdNumber(
        number="11010519491231002X",
        birth_date=date(1949, 12, 31),
        sex="女",
        area_code="110105",
        converted_from_15=False,
    )


def test_fifteen_digit_number_is_converted() -> None:
    parsed = parse_id_number("110105491231002", today=TODAY)
    # "19" goes before the year; the check character is that of 11010519491231002, i.e. X.
    assert parsed.number == "11010519491231002X"
    assert parsed.number[:17] == "110105" + "19" + "491231002"
    assert parsed.number[17] == reference_check(parsed.number[:17])
    assert parsed.converted_from_15 is True
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex == "女"


def test_fifteen_digit_male() -> None:
    parsed = parse_id_number("620102800101013", today=TODAY)
    first17 = "62010219800101013"
    assert parsed.number == first17 + reference_check(first17)
    assert parsed.sex == "男"
    assert parsed.birth_date == date(1980, 1, 1)


def test_lower_case_and_full_width_x() -> None:
    full_width = "１１０１０５１９４９１２３１００２Ｘ"
    for text in ("11010519491231002x", full_width, "11010519491231002ｘ"):
        assert parse_id_number(text, today=TODAY).number == "11010519491231002X"


def test_whitespace_inside_and_around() -> None:
    text = "\u3000110105 1949\u30001231 002X \n"
    assert parse_id_number(text, today=TODAY).number == "11010519491231002X"


def _error(text: str, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_id_number(text, **kwargs)  # type: ignore[arg-type]
    return info.value


def test_empty_input() -> None:
    err = _error("  \u3000 ", today=TODAY)
    assert err.message == "请填写身份证号码。"
    assert err.field == "id_number"


def test_wrong_length_names_actual_length() -> None:
    assert "现在是17位" in _error("11010519491231002", today=TODAY).message
    assert "现在是19位" in _error("11010519491231002X1", today=TODAY).message


def test_letter_in_body_names_position() -> None:
    err = _error("11010A19491231002X", today=TODAY)
    assert "第6位" in err.message and "“A”" in err.message


def test_x_not_last_is_explained() -> None:
    err = _error("1101051949123100X2", today=TODAY)
    assert "只有最后一位可以是X" in err.message and "第17位" in err.message


def test_bad_last_character() -> None:
    assert "最后一位应为数字或X" in _error("11010519491231002Y", today=TODAY).message
    assert "第15位" in _error("11010549123100X", today=TODAY).message  # old numbers: digits only


def test_impossible_date() -> None:
    first17 = "11010519990230002"
    err = _error(first17 + reference_check(first17), today=TODAY)
    assert "19990230" in err.message and "不存在" in err.message


def test_impossible_date_in_fifteen_digit_number() -> None:
    assert "990230" in _error("110105990230002", today=TODAY).message


def test_birth_before_1900() -> None:
    first17 = "11010518991231002"
    assert "1900" in _error(first17 + reference_check(first17), today=TODAY).message


def test_future_birth_uses_injected_today() -> None:
    first17 = "11010520260315002"
    number = first17 + reference_check(first17)
    err = _error(number, today=date(2026, 3, 14))
    assert "晚于今天" in err.message
    # Born today is fine.
    assert parse_id_number(number, today=date(2026, 3, 15)).birth_date == date(2026, 3, 15)


def test_wrong_check_character_does_not_reveal_expected() -> None:
    err = _error("110105194912310021", today=TODAY)
    assert "校验位" in err.message and "抄错" in err.message
    assert "X" not in err.message


def test_custom_field_name() -> None:
    assert _error("123", today=TODAY, field="guardian_id").field == "guardian_id"


def test_area_code_not_gated_on_region_tables() -> None:
    for area in ("000000", "999999", "900101"):
        first17 = area + "19800101001"
        assert parse_id_number(first17 + reference_check(first17), today=TODAY).area_code == area


def test_check_character_helper() -> None:
    assert check_character("11010519491231002") == "X"
    assert check_character("00000000000000000") == "1"
    with pytest.raises(ValueError):
        check_character("1234")


@settings(max_examples=200)
@given(valid_numbers())
def test_valid_numbers_parse_and_round_trip(case: tuple[str, date]) -> None:
    number, born = case
    parsed = parse_id_number(number, today=TODAY)
    assert parsed.number == number
    assert parsed.birth_date == born
    assert parsed.area_code == number[:6]
    assert parsed.sex == ("男" if int(number[16]) % 2 else "女")
    assert parse_id_number(parsed.number, today=TODAY) == parsed
    assert check_character(number[:17]) == number[17]


@settings(max_examples=40)
@given(valid_numbers())
def test_every_single_character_change_is_rejected(case: tuple[str, date]) -> None:
    number, _ = case
    for pos in range(18):
        for ch in ALLOWED:
            if ch == number[pos]:
                continue
            changed = number[:pos] + ch + number[pos + 1 :]
            with pytest.raises(ValidationError):
                parse_id_number(changed, today=TODAY)


@settings(max_examples=200)
@given(messy_variants())
def test_normalisation_is_idempotent_and_variant_blind(case: tuple[str, str]) -> None:
    number, messy = case
    once = parse_id_number(messy, today=TODAY)
    assert once.number == number
    assert parse_id_number(once.number, today=TODAY).number == once.number


@settings(max_examples=100)
@given(
    st.integers(0, 999_999),
    st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
    st.integers(0, 999),
)
def test_fifteen_digit_conversion_property(area: int, born: date, seq: int) -> None:
    old = f"{area:06d}{born:%y%m%d}{seq:03d}"
    parsed = parse_id_number(old, today=TODAY)
    first17 = f"{area:06d}{born:%Y%m%d}{seq:03d}"
    assert parsed.number == first17 + reference_check(first17)
    assert parsed.birth_date == born
    assert parsed.converted_from_15


def test_mask_id_number() -> None:
    assert mask_id_number("62110219800101123X") == "621***********123X"
    assert mask_id_number("110105491231002") == "110********1002"
    assert mask_id_number("12345678") == "123*5678"
    assert mask_id_number("1234567") == "*******"
    assert mask_id_number("") == ""


@given(st.text(alphabet=ALLOWED, min_size=0, max_size=30))
def test_mask_keeps_length_and_hides_middle(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    if len(number) >= 8:
        assert masked[:3] == number[:3] and masked[-4:] == number[-4:]
        assert set(masked[3:-4]) == {"*"}
    else:
        assert set(masked) <= {"*"}


@pytest.mark.parametrize(
    ("age", "years"),
    [(0, 5), (15, 5), (16, 10), (25, 10), (26, 20), (45, 20), (46, None), (90, None)],
)
def test_validity_years(age: int, years: int | None) -> None:
    assert id_card_validity_years(age) == years


def test_age_on() -> None:
    born = date(2000, 6, 15)
    assert age_on(born, date(2016, 6, 14)) == 15
    assert age_on(born, date(2016, 6, 15)) == 16
    leapling = date(2004, 2, 29)
    assert age_on(leapling, date(2020, 2, 28)) == 15
    assert age_on(leapling, date(2020, 2, 29)) == 16
    assert age_on(leapling, date(2021, 2, 28)) == 16
    assert age_on(leapling, date(2021, 3, 1)) == 17
    with pytest.raises(ValueError):
        age_on(born, date(1999, 1, 1))


def test_propose_expiry_by_age_band() -> None:
    born = date(2000, 6, 15)
    assert propose_expiry(born, date(2016, 6, 14)) == date(2021, 6, 14)  # 15 → 5 years
    assert propose_expiry(born, date(2016, 6, 15)) == date(2026, 6, 15)  # 16 → 10 years
    assert propose_expiry(born, date(2026, 6, 15)) == date(2046, 6, 15)  # 26 → 20 years
    assert propose_expiry(born, date(2046, 6, 14)) == date(2066, 6, 14)  # 45 → 20 years
    assert propose_expiry(born, date(2046, 6, 15)) is None  # 46 → 长期


def test_propose_expiry_feb_29_issue() -> None:
    assert propose_expiry(date(1990, 1, 1), date(2012, 2, 29)) == date(2022, 2, 28)
    assert propose_expiry(date(1970, 1, 1), date(2012, 2, 29)) == date(2032, 2, 29)
    assert propose_expiry(date(1960, 1, 1), date(2012, 2, 29)) is None
    assert propose_expiry(date(2000, 1, 1), date(2008, 2, 29)) == date(2013, 2, 28)
    assert propose_expiry(date(1980, 1, 1), date(2000, 2, 29)) == date(2010, 2, 28)


def test_propose_expiry_issue_before_birth() -> None:
    with pytest.raises(ValidationError) as info:
        propose_expiry(date(2000, 1, 2), date(2000, 1, 1))
    assert info.value.field == "issue_date"
    assert "早于出生日期" in info.value.message


@pytest.mark.parametrize(
    ("expiry", "opens"),
    [
        (date(2035, 6, 15), date(2035, 3, 15)),
        (date(2035, 2, 10), date(2034, 11, 10)),
        (date(2035, 5, 31), date(2035, 2, 28)),
        (date(2036, 5, 31), date(2036, 2, 29)),
        (date(2035, 12, 31), date(2035, 9, 30)),
        (date(2035, 3, 31), date(2034, 12, 31)),
    ],
)
def test_renewal_window_opens(expiry: date, opens: date) -> None:
    assert renewal_window_opens(expiry) == opens
