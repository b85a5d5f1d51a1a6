"""The builder's shared state: one random generator, the demo's clock, ids and batched saving.

Every record gets its ``id``, ``uid`` and ``created_at``/``updated_at`` here, all derived from the
one ``random.Random`` and the record's own date, so the same seed writes the same rows.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from lijiabu_desk.models.base import Base, RecordMixin

T = TypeVar("T")

#: Rows held before a flush; large enough for executemany, small enough to keep memory flat.
BATCH_SIZE = 4000
#: How far back the demo's history reaches.
HISTORY_DAYS = 730


def _bulk_insert(model: type[RecordMixin]) -> Any:
    """A bulk INSERT that keeps NULLs in the rows, so rows are not split into groups by which
    of their values happen to be None (which would turn one executemany into many INSERTs)."""
    return insert(model).execution_options(render_nulls=True)


class Weighted(Generic[T]):
    """A weighted pool with cumulative weights computed once (``random.choices`` is then fast)."""

    __slots__ = ("_cum", "_values")

    def __init__(self, pairs: Sequence[tuple[T, int]]) -> None:
        self._values = [value for value, _ in pairs]
        total = 0
        cum: list[int] = []
        for _, weight in pairs:
            total += weight
            cum.append(total)
        self._cum = cum

    def pick(self, rng: random.Random) -> T:
        return rng.choices(self._values, cum_weights=self._cum)[0]


class Context:
    """State shared by the demo builders for one run."""

    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.start = today - timedelta(days=HISTORY_DAYS)
        self.counts: Counter[str] = Counter()
        self._next_id: dict[type[RecordMixin], int] = {}
        self._pending: dict[type[RecordMixin], list[dict[str, Any]]] = {}
        self._queued = 0

    # -- identity and saving ------------------------------------------------------------------

    def new_uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(
        self,
        model: type[RecordMixin],
        when: datetime,
        updated: datetime | None = None,
        /,
        **values: Any,
    ) -> int:
        """Queue one row of ``model`` with its id, uid and times; return the id.

        Rows are plain dictionaries written with bulk INSERTs: building ORM objects for a few
        hundred thousand rows would take several times longer, and the demo never needs them.
        """
        next_id = self._next_id.get(model)
        if next_id is None:
            # One query per table per run: continue after whatever is already there.
            next_id = int(self.session.scalar(select(func.max(model.id))) or 0) + 1
        self._next_id[model] = next_id + 1
        values["id"] = next_id
        values["uid"] = self.new_uid()
        values["created_at"] = when
        values["updated_at"] = updated if updated is not None and updated > when else when
        values["deleted_at"] = None
        self._pending.setdefault(model, []).append(values)
        self._queued += 1
        self.counts[model.__tablename__] += 1
        if self._queued >= BATCH_SIZE:
            self.flush()
        return next_id

    def flush(self) -> None:
        """Write the queued rows, parents before children (foreign keys are checked at once)."""
        if not self._queued:
            return
        by_table = {model.__table__: model for model in self._pending}
        for table in Base.metadata.sorted_tables:
            model = by_table.get(table)
            if model is not None:
                self.session.execute(_bulk_insert(model), self._pending[model])
        self._pending.clear()
        self._queued = 0

    # -- random helpers -----------------------------------------------------------------------

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def day_between(self, first: date, last: date) -> date:
        """A day in ``[first, last]``; ``first`` if the range is empty."""
        span = (last - first).days
        return first if span <= 0 else first + timedelta(days=self.rng.randint(0, span))

    def at(self, day: date, first_hour: int = 8, last_hour: int = 17) -> datetime:
        """A time on ``day`` between ``first_hour``:00 and ``last_hour``:59, whole minutes."""
        hour = self.rng.randint(first_hour, last_hour)
        return datetime.combine(day, time(hour, self.rng.randrange(60)))

    def later(self, moment: datetime, min_minutes: int, max_minutes: int) -> datetime:
        return moment + timedelta(minutes=self.rng.randint(min_minutes, max_minutes))

    def stamp(self, day: date) -> datetime:
        """When a record about ``day`` was typed in: that day, in working hours."""
        return self.at(day, 9, 18)

    def birth_for_age(self, youngest: int, oldest: int) -> date:
        """A birth date for someone aged ``youngest``…``oldest`` today."""
        days = self.rng.randint(youngest * 365 + 1, oldest * 365 + 364)
        return self.today - timedelta(days=days)

    def years_after(self, day: date, low: float, high: float) -> date:
        """``day`` plus between ``low`` and ``high`` years (negative goes back)."""
        return day + timedelta(days=self.rng.randint(int(low * 365), int(high * 365)))
