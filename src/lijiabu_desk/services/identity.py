"""Chinese resident identity numbers (公民身份号码, GB 11643-1999) and ID-card dates.

An 18-character number is: 6-digit area code, 8-digit birth date (YYYYMMDD), 3-digit sequence
(odd last digit = male) and a check character (ISO 7064 MOD 11-2). Old 15-digit numbers lack the
century and the check character; they are converted to the 18-character form on input.

Area codes are deliberately *not* checked against a region table: tables go out of date as
counties are merged or renamed, while numbers issued under the old codes stay valid for life.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Literal

from lijiabu_desk.services.errors import ValidationError

__all__ = [
    "IdNumber",
    "age_on",
    "check_character",
    "id_card_validity_years",
    "mask_id_number",
    "parse_id_number",
    "propose_expiry",
    "renewal_window_opens",
]

_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_DIGITS = "0123456789"
_EARLIEST_BIRTH = date(1900, 1, 1)

# Full-width digits and Ｘ/ｘ (typed with a Chinese input method left in full-width mode) and a
# lower-case x all become their plain forms.
_NORMALISE = str.maketrans("０１２３４５６７８９Ｘｘx", "0123456789XXX")
# Invisible characters that ride along when a number is copied from a web page or a chat message.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class IdNumber:
    """A checked identity number. ``number`` is always the 18-character form."""

    number: str
    birth_date: date
    sex: Literal["男", "女"]
    area_code: str
    converted_from_15: bool


def check_character(first17: str) -> str:
    """Return the check character ('0'-'9' or 'X') for the first 17 digits of a number."""
    if len(first17) != 17 or any(ch not in _DIGITS for ch in first17):
        raise ValueError("check_character needs exactly 17 ASCII digits")
    total = sum(int(ch) * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _normalise(text: str) -> str:
    converted = text.translate(_NORMALISE)
    return "".join(ch for ch in converted if not ch.isspace() and ch not in _INVISIBLE)


def _show(ch: str) -> str:
    """Quote a character for a message, or describe it if it would not show on screen."""
    return f"“{ch}”" if ch.isprintable() else "一个无法显示的字符"


def _check_characters(number: str, field: str) -> None:
    """Point at the first character that cannot be in an identity number."""
    if len(number) == 15:
        for pos, ch in enumerate(number, start=1):
            if ch not in _DIGITS:
                raise ValidationError(
                    f"15位的旧身份证号码只能由数字组成，第{pos}位是{_show(ch)}。", field
                )
        return
    for pos, ch in enumerate(number[:17], start=1):
        if ch == "X":
            raise ValidationError(
                f"身份证号码只有最后一位可以是X，第{pos}位应为数字，请核对。", field
            )
        if ch not in _DIGITS:
            raise ValidationError(f"身份证号码第{pos}位应为数字，现在是{_show(ch)}。", field)
    last = number[17]
    if last not in _DIGITS and last != "X":
        raise ValidationError(f"身份证号码最后一位应为数字或X，现在是{_show(last)}。", field)


def _birth_date(digits8: str, shown: str, positions: str, today: date, field: str) -> date:
    """Read and check the birth date; ``shown``/``positions`` describe it as the user typed it."""
    try:
        born = date(int(digits8[:4]), int(digits8[4:6]), int(digits8[6:8]))
    except ValueError:
        raise ValidationError(
            f"身份证号码{positions}的出生日期“{shown}”不存在，请核对号码是否抄错。", field
        ) from None
    if born < _EARLIEST_BIRTH:
        raise ValidationError(
            f"身份证号码中的出生年份是{born.year}年，早于1900年，请核对号码是否抄错。", field
        )
    if born > today:
        raise ValidationError(
            f"身份证号码中的出生日期是{born.year}年{born.month}月{born.day}日，晚于今天，"
            "请核对号码是否抄错。",
            field,
        )
    return born


def parse_id_number(text: str, *, today: date | None = None, field: str = "id_number") -> IdNumber:
    """Normalise and check an identity number as typed; raise ``ValidationError`` if wrong.

    ``today`` bounds the birth date (defaults to the system date; tests inject it).
    """
    today = today if today is not None else date.today()
    number = _normalise(text)
    if not number:
        raise ValidationError("请填写身份证号码。", field)
    if len(number) not in (15, 18):
        raise ValidationError(f"身份证号码应为18位（旧证为15位），现在是{len(number)}位。", field)
    _check_characters(number, field)

    if len(number) == 15:
        # Old numbers were only issued to people born in the 1900s: insert the century.
        birth = _birth_date("19" + number[6:12], number[6:12], "第7到12位", today, field)
        first17 = number[:6] + "19" + number[6:]
        number = first17 + check_character(first17)
        converted = True
    else:
        birth = _birth_date(number[6:14], number[6:14], "第7到14位", today, field)
        if check_character(number[:17]) != number[17]:
            raise ValidationError("身份证号码的最后一位（校验位）不对，请核对号码是否抄错。", field)
        converted = False

    sex: Literal["男", "女"] = "男" if int(number[16]) % 2 == 1 else "女"
    return IdNumber(
        number=number,
        birth_date=birth,
        sex=sex,
        area_code=number[:6],
        converted_from_15=converted,
    )


def mask_id_number(number: str) -> str:
    """Mask a number for lists and printouts (PIPL): first 3 and last 4 characters stay.

    Strings shorter than 8 characters are masked completely, since keeping 7 of them would
    show nearly everything.
    """
    if len(number) < 8:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def age_on(birth: date, on: date) -> int:
    """Age in whole years on ``on``. A 29 February birthday counts from 1 March in other years.

    Raises ``ValueError`` if ``on`` is before ``birth``; callers check user input first.
    """
    if on < birth:
        raise ValueError("age_on: 'on' is before the birth date")
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - (1 if before_birthday else 0)


def id_card_validity_years(age_at_issue: int) -> int | None:
    """Validity of a card by age at issue (居民身份证法 第五条); ``None`` means 长期 (no expiry)."""
    if age_at_issue < 0:
        raise ValueError("age_at_issue cannot be negative")
    if age_at_issue < 16:
        return 5
    if age_at_issue <= 25:
        return 10
    if age_at_issue <= 45:
        return 20
    return None


def _add_years(day: date, years: int) -> date:
    """Same month and day ``years`` later; 29 February becomes 28 February in a common year."""
    target = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(target):
        return date(target, 2, 28)
    return day.replace(year=target)


def propose_expiry(birth_date: date, issue_date: date) -> date | None:
    """Expiry printed on a card issued on ``issue_date``; ``None`` for a long-term card.

    Raises ``ValidationError`` (field ``issue_date``) if the card would predate the holder.
    """
    if issue_date < birth_date:
        raise ValidationError("身份证的签发日期不能早于出生日期。", "issue_date")
    years = id_card_validity_years(age_on(birth_date, issue_date))
    if years is None:
        return None
    return _add_years(issue_date, years)


def renewal_window_opens(expiry: date) -> date:
    """First day a renewal may be applied for: three months before expiry.

    The day is clamped to the end of a shorter month (31 May → 28/29 February).
    """
    months = expiry.year * 12 + (expiry.month - 1) - 3
    year, month = divmod(months, 12)
    month += 1
    day = min(expiry.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)
