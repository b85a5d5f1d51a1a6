"""The number rule's parts: what counts as a number, what is looked up for whom, what the trail
keeps, and the indexes the tails are found through."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.number_search import (
    ID_TAILS,
    PHONES,
    Lookup,
    masked_query,
    number_query,
    plan_lookup,
)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("621102196803051234", "621102196803051234"),
        ("11010519491231002x", "11010519491231002X"),
        ("0932-8123456", "09328123456"),
        ("1234", "1234"),
        ("x1234", None),  # an X only ends an ID number
        ("12x4", None),
        ("zxm", None),
        ("张1234", None),
        ("", None),
    ],
)
def test_what_counts_as_a_number(typed: str, number: str | None) -> None:
    assert number_query(typed) == number


def test_what_is_looked_up_for_whom() -> None:
    whole_id, mobile, landline = "621102196803051234", "13909321234", "09328123456"
    for number in (whole_id, mobile, landline, "1234", "123456"):  # full numbers: whole and tail
        assert plan_lookup(number, full_numbers=True) == Lookup(number, True, True)
    assert plan_lookup("123", full_numbers=True) is None
    masked = {n: plan_lookup(n, full_numbers=False) for n in (whole_id, mobile, landline)}
    assert all(look is not None and look.whole and not look.tail for look in masked.values())
    assert plan_lookup("1234", full_numbers=False) == Lookup("1234", False, True)
    for partial in ("12345", "6211021968", "621102196803051", "62110219680305123"):
        assert plan_lookup(partial, full_numbers=False) is None, partial


def test_the_trail_keeps_the_query_masked() -> None:
    assert masked_query("621102196803051234") == "621***********1234"
    assert masked_query("13909321234") == "139****1234"
    assert masked_query("09328123456") == "*******3456"
    assert masked_query("051234") == "**1234" and masked_query("1234") == "1234"


def test_tails_are_found_through_their_indexes(ctx: ServiceContext) -> None:
    """Migration 0006's expression indexes: SQLAlchemy cannot reflect them, so a batch
    migration that rebuilds persons or households would drop them without a word."""
    args = {"n": "1234", "last4": "1234", "g": "*1234", "limit": 50}
    with ctx.db.sessions() as s:
        plan = " ".join(
            str(row[-1])
            for sql in (ID_TAILS, PHONES)
            for row in s.execute(text(f"EXPLAIN QUERY PLAN {sql.text}"), args)
        )
    for index in ("ix_persons_id_number_tail", "ix_persons_phone_tail", "ix_households_phone_tail"):
        assert f"INDEX {index} " in plan, plan
