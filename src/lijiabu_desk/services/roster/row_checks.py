"""The roster's 出生日期 and 身份证有效期限 columns, read against the ID number.

The birth date a record keeps comes from the ID number (GB 11643), so the 出生日期 column adds
nothing to store; it is still read, because a roster whose birth date disagrees with the ID
number has one of the two wrong, and the officer must decide which: such a row is rejected with
both dates. It may be written to the month ("1982.03", "198203") or the day.

The card's validity is written "2015.03.01-2035.03.01", "2015.03.01至长期", "长期" or as the end
date alone (an Excel date cell, "2035-07-01"); it fills the card's issue date, expiry date and
long-term flag. A validity that cannot be read rejects the row, like a phone that cannot.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from lijiabu_desk.services.errors import ValidationError

__all__ = ["CardDates", "card_dates", "check_birth_date"]

_BIRTH = re.compile(
    r"([0-9]{4})(?:\s*[年./\-]?\s*([0-9]{1,2})(?:\s*[月./\-]?\s*([0-9]{1,2})\s*日?)?)?\s*月?"
)
_DATE = re.compile(r"([0-9]{4})\s*[年./\-]?\s*([0-9]{1,2})\s*[月./\-]?\s*([0-9]{1,2})\s*日?")
_LONG_TERM = "长期"
_VALIDITY = "身份证有效期限"


def _shown(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def check_birth_date(text: str, born: date) -> None:
    """Raise if the 出生日期 written in the roster is not the one the ID number holds."""
    written = unicodedata.normalize("NFKC", text).strip()
    if not written:
        return
    match = _BIRTH.fullmatch(written)
    if match is None:
        raise ValidationError(
            f"出生日期“{text}”看不懂，无法与身份证号码核对。"
            "请改成例如 1980-01-01 的写法，或清空这一格后再导入。",
            "birth_date",
        )
    year, month, day = (int(g) if g else None for g in match.groups())
    if (year, month or born.month, day or born.day) != (born.year, born.month, born.day):
        raise ValidationError(
            f"出生日期“{text}”与身份证号码（{_shown(born)}）不符。请核对哪一个是对的，"
            "改正后再导入。",
            "birth_date",
        )


@dataclass(frozen=True)
class CardDates:
    issued: date | None = None
    expiry: date | None = None
    long_term: bool = False

    @property
    def given(self) -> bool:
        return self.issued is not None or self.expiry is not None or self.long_term


def _unreadable(text: str) -> ValidationError:
    return ValidationError(
        f"{_VALIDITY}“{text}”看不懂。请写成例如“2015.03.01-2035.03.01”或“2015.03.01-长期”，"
        "或清空这一格后再导入。",
        "id_validity",
    )


def card_dates(text: str, born: date | None, today: date) -> CardDates:
    """The card's dates from the validity the roster gives (empty: nothing given)."""
    written = unicodedata.normalize("NFKC", text).strip()
    if not written:
        return CardDates()
    days: list[date] = []
    for match in _DATE.finditer(written):
        try:
            days.append(date(*(int(g) for g in match.groups())))
        except ValueError:
            raise _unreadable(text) from None
    long_term = _LONG_TERM in written
    if long_term and len(days) <= 1:
        dates = CardDates(days[0] if days else None, None, True)
    elif not long_term and len(days) == 1:
        dates = CardDates(None, days[0], False)
    elif not long_term and len(days) == 2:
        dates = CardDates(days[0], days[1], False)
        if days[1] <= days[0]:
            raise ValidationError(
                f"{_VALIDITY}“{text}”的截止日期不晚于签发日期，请核对后再导入。", "id_validity"
            )
    else:
        raise _unreadable(text)
    if dates.issued is not None and dates.issued > today:
        raise ValidationError(f"{_VALIDITY}“{text}”的签发日期晚于今天，请核对。", "id_validity")
    if dates.issued is not None and born is not None and dates.issued < born:
        raise ValidationError(f"{_VALIDITY}“{text}”的签发日期早于出生日期，请核对。", "id_validity")
    return dates
