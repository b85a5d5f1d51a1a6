"""Backup rotation over 400 simulated days of use, with a fake calendar."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from lijiabu_desk.services.retention import RetentionPolicy, stamps_to_keep

POLICY = RetentionPolicy()
LIMIT = POLICY.recent + POLICY.daily + POLICY.weekly + POLICY.monthly


def simulate(days: int) -> list[datetime]:
    """Backups every 30 minutes from 08:00 to 18:00 on working days, rotated after each one."""
    kept: list[datetime] = []
    start = datetime(2025, 10, 24)
    for day in range(days):
        date0 = start + timedelta(days=day)
        if date0.weekday() == 6:  # the post is closed on Sundays: no use, no backups
            continue
        for half_hour in range(21):
            kept.append(date0 + timedelta(hours=8, minutes=30 * half_hour))
            kept = sorted(stamps_to_keep(kept, POLICY))
            assert len(kept) <= LIMIT
    return kept


def test_four_hundred_days_of_rotation() -> None:
    kept = simulate(400)
    newest = kept[-1]
    # the 24 newest are all there
    today = [s for s in kept if s.date() == newest.date()]
    assert len(today) >= 21 and len([s for s in kept if newest - s < timedelta(hours=12)]) >= 21
    days = {s.date() for s in kept}
    assert len(days) >= POLICY.daily
    weeks = {s.isocalendar()[:2] for s in kept}
    assert len(weeks) >= POLICY.weekly
    months = {(s.year, s.month) for s in kept}
    assert len(months) == POLICY.monthly
    # reaching back about a year, not the whole 400 days
    assert timedelta(days=300) < newest - kept[0] < timedelta(days=370)


@given(st.lists(st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)), max_size=200))
def test_kept_is_a_subset_and_includes_the_newest(stamps: list[datetime]) -> None:
    keep = stamps_to_keep(stamps, POLICY)
    assert keep <= set(stamps)
    if stamps:
        assert max(stamps) in keep
    assert len(keep) <= LIMIT


@given(st.lists(st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)), max_size=100))
def test_rotation_is_stable(stamps: list[datetime]) -> None:
    """Rotating what was kept keeps it all: a second pass deletes nothing more."""
    keep = stamps_to_keep(stamps, POLICY)
    assert stamps_to_keep(keep, POLICY) == keep
