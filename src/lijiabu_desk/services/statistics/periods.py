"""The periods the county's figures are reported for: a month, a quarter, a year.

A period is a span of whole days, both ends included, with the label printed in the report's
title ("2026年11月", "2026年第四季度", "2026年"). ``parse_period`` reads the forms the command
line takes ("2026-11", "2026-Q4", "2026") and refuses anything else with a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from lijiabu_desk.services.errors import ValidationError

#: Years a report may be asked for: the post's records start long after the first and a
#: typing slip ("20226") is caught before it reaches a query.
FIRST_YEAR = 1949
LAST_YEAR = 2199

_QUARTER_WORDS = ("一", "二", "三", "四")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
_YEAR = re.compile(r"(\d{4})")


@dataclass(frozen=True)
class Period:
    """``start`` to ``end``, both days included."""

    start: date
    end: date
    label: str

    @property
    def first_moment(self) -> datetime:
        """Midnight at the start: a time column is in the period from here ..."""
        return datetime.combine(self.start, time())

    @property
    def after_moment(self) -> datetime:
        """... up to, not including, the midnight after the last day."""
        return datetime.combine(self.end + timedelta(days=1), time())

    @property
    def key(self) -> str:
        """The form ``parse_period`` reads back: "2026-11", "2026-Q4" or "2026"."""
        if self.start.month == self.end.month and self.start.year == self.end.year:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.start.month == 1 and self.end.month == 12:
            return f"{self.start.year}"
        return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"


def _check_year(y: int) -> None:
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise ValidationError(f"年份{y}不在{FIRST_YEAR}年至{LAST_YEAR}年之间，请核对。", "period")


def _month_end(y: int, m: int) -> date:
    first_of_next = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return first_of_next - timedelta(days=1)


def month(y: int, m: int) -> Period:
    """One calendar month: ``month(2026, 11)`` is 2026年11月."""
    _check_year(y)
    if not 1 <= m <= 12:
        raise ValidationError(f"月份{m}不对，应为1至12月。", "period")
    return Period(date(y, m, 1), _month_end(y, m), f"{y}年{m}月")


def quarter(y: int, q: int) -> Period:
    """One quarter: ``quarter(2026, 4)`` is October to December, 2026年第四季度."""
    _check_year(y)
    if not 1 <= q <= 4:
        raise ValidationError(f"季度{q}不对，应为第1至第4季度。", "period")
    first = 3 * (q - 1) + 1
    label = f"{y}年第{_QUARTER_WORDS[q - 1]}季度"
    return Period(date(y, first, 1), _month_end(y, first + 2), label)


def year(y: int) -> Period:
    """One calendar year: 2026年."""
    _check_year(y)
    return Period(date(y, 1, 1), date(y, 12, 31), f"{y}年")


def parse_period(text: str) -> Period:
    """ "2026-11" (a month), "2026-Q4" (a quarter) or "2026" (a year)."""
    cleaned = text.strip()
    if found := _MONTH.fullmatch(cleaned):
        return month(int(found.group(1)), int(found.group(2)))
    if found := _QUARTER.fullmatch(cleaned):
        return quarter(int(found.group(1)), int(found.group(2)))
    if found := _YEAR.fullmatch(cleaned):
        return year(int(found.group(1)))
    raise ValidationError(
        f"统计期间“{cleaned}”的写法看不懂：月份请写成 2026-11，季度写成 2026-Q4，全年写成 2026。",
        "period",
    )


def months_in(period: Period) -> list[Period]:
    """Each calendar month the period touches, in order (one for a month, twelve for a year)."""
    months = []
    y, m = period.start.year, period.start.month
    while date(y, m, 1) <= period.end:
        months.append(month(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def month_key(day: date) -> str:
    """The month a day falls in, as the queries group by it: "2026-11"."""
    return f"{day.year}-{day.month:02d}"
