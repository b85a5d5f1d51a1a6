"""Periods: their days, their labels, and reading them as the command line types them."""

from __future__ import annotations

from datetime import date

import pytest

from lijiabu_desk.services.errors import ServiceError, ValidationError
from lijiabu_desk.services.statistics import month, months_in, parse_period, quarter, year


def test_a_month_runs_from_its_first_to_its_last_day() -> None:
    november = month(2026, 11)
    assert (november.start, november.end, november.label) == (
        date(2026, 11, 1),
        date(2026, 11, 30),
        "2026年11月",
    )
    assert month(2028, 2).end == date(2028, 2, 29)  # a leap year
    assert month(2026, 12).end == date(2026, 12, 31)


def test_a_quarter_and_a_year() -> None:
    q4 = quarter(2026, 4)
    assert (q4.start, q4.end, q4.label) == (date(2026, 10, 1), date(2026, 12, 31), "2026年第四季度")
    assert quarter(2026, 1).label == "2026年第一季度" and quarter(2026, 1).end == date(2026, 3, 31)
    assert (year(2026).start, year(2026).end, year(2026).label) == (
        date(2026, 1, 1),
        date(2026, 12, 31),
        "2026年",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11", month(2026, 11)),
        (" 2026-3 ", month(2026, 3)),
        ("2026-Q4", quarter(2026, 4)),
        ("2026-q2", quarter(2026, 2)),
        ("2026", year(2026)),
    ],
)
def test_parse_period_reads_the_command_lines_forms(text: str, expected: object) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text", ["2026-13", "2026-Q5", "2026/11", "11-2026", "", "二〇二六", "20226"]
)
def test_a_bad_period_is_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_period(text)
    assert isinstance(raised.value, ServiceError)
    assert "。" in raised.value.message and raised.value.field == "period"


def test_the_key_reads_back_to_the_same_period() -> None:
    for period in (month(2026, 1), month(2026, 12), quarter(2026, 3), year(2026)):
        assert parse_period(period.key) == period
    assert (month(2026, 11).key, quarter(2026, 4).key, year(2026).key) == (
        "2026-11",
        "2026-Q4",
        "2026",
    )


def test_months_in_a_period() -> None:
    assert months_in(month(2026, 11)) == [month(2026, 11)]
    assert months_in(quarter(2026, 4)) == [month(2026, 10), month(2026, 11), month(2026, 12)]
    assert [m.label for m in months_in(year(2026))] == [f"2026年{m}月" for m in range(1, 13)]
