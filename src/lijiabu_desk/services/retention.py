"""Which backups to keep: the newest few, plus one a day, a week and a month further back.

Pure function over time stamps, so 400 days of rotation can be tested in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RetentionPolicy:
    recent: int = 24
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


def _newest_per_bucket(
    stamps: list[datetime], bucket: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    """The newest stamp of each of the ``count`` newest buckets (days, weeks, months)."""
    kept: dict[Hashable, datetime] = {}
    for stamp in stamps:  # newest first
        key = bucket(stamp)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = stamp
    return set(kept.values())


def stamps_to_keep(stamps: Iterable[datetime], policy: RetentionPolicy) -> set[datetime]:
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[: policy.recent])
    keep |= _newest_per_bucket(ordered, lambda s: s.date(), policy.daily)
    keep |= _newest_per_bucket(ordered, lambda s: s.isocalendar()[:2], policy.weekly)
    keep |= _newest_per_bucket(ordered, lambda s: (s.year, s.month), policy.monthly)
    return keep
