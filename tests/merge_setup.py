"""For the merge tests: a person with a row in every table that links persons, built from the
models' metadata (so a table added later gets its row without a change here), and a snapshot of
every column that names a person."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    select,
)
from sqlalchemy import Enum as EnumType
from sqlalchemy.orm import Mapper, Session

from lijiabu_desk.models import Base, Person
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.register.merge_links import (
    EXTRA_LINKS,
    NOT_MOVED,
    Link,
    links,
    person_foreign_keys,
)


def mapper_of(table: str) -> Mapper[Any]:
    for mapper in Base.registry.mappers:
        if isinstance(mapper.local_table, Table) and mapper.local_table.name == table:
            return mapper
    raise LookupError(table)


_SERIAL = itertools.count(1)


def _sample(column: Any) -> Any:
    """A value of the column's type; numbers and texts differ from row to row (unique ones)."""
    kind = column.type
    if isinstance(kind, EnumType) and kind.enum_class is not None:
        return next(iter(kind.enum_class))
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return next(_SERIAL)
    if isinstance(kind, Float):
        return 1.0
    if isinstance(kind, DateTime):
        return datetime(2026, 1, 5, 9, 0)
    if isinstance(kind, Date):
        return date(2026, 1, 5)
    if isinstance(kind, LargeBinary):
        return b"x"
    if isinstance(kind, String | Text):
        return f"测{next(_SERIAL)}"[: kind.length or 20]
    raise TypeError(f"no sample for {column}")  # a new column type: teach the fixture


def _defaulted(column: Any) -> bool:
    return column.default is not None or column.server_default is not None


class RowMaker:
    """Rows of any table with only their required columns filled; one parent row per table."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.parents: dict[str, int] = {}

    def parent(self, table: str) -> int:
        if table not in self.parents:
            self.parents[table] = self.make(table, {}).id
        return self.parents[table]

    def make(self, table: str, given: dict[str, Any]) -> Any:
        mapper = mapper_of(table)
        values = {}
        for column in mapper.local_table.columns:
            key = mapper.get_property_by_column(column).key
            if column.name in given:
                values[key] = given[column.name]
            elif column.primary_key or column.nullable or _defaulted(column):
                continue
            elif column.foreign_keys:
                target = next(iter(column.foreign_keys)).column.table.name
                values[key] = self.parent(target)
            else:
                values[key] = _sample(column)
        row = mapper.class_(**values)
        self.session.add(row)
        self.session.flush()
        return row


def link_everything(ctx: ServiceContext, person_id: int) -> dict[Link, int]:
    """One row in every link naming ``person_id``; returns each link's row id."""
    made = {}
    with ctx.write() as session:
        maker = RowMaker(session)
        for link in links():
            given: dict[str, Any] = {link.column: person_id}
            if link.table == "persons":  # a record merged into this one earlier
                given.update(name="旧重复", deleted_at=datetime(2026, 1, 5, 9, 0))
            if link.table == "attachments":
                given.update(owner_table="persons", content=b"x", size=1, sha256="0" * 64)
            made[link] = maker.make(link.table, given).id
    return made


def handled_pairs() -> set[tuple[str, str]]:
    return {(link.table, link.column) for link in links()}


def expected_pairs() -> set[tuple[str, str]]:
    """What the merge must move: every foreign key to persons.id but the merge log's, and the
    links without a foreign key."""
    return set(person_foreign_keys() - NOT_MOVED) | set(EXTRA_LINKS)


def snapshot(session: Session) -> dict[tuple[str, str], dict[int, tuple[Any, Any]]]:
    """Every column that names a person, in every row: (value, retired?) by row id."""
    pairs = person_foreign_keys() | set(EXTRA_LINKS)
    found = {}
    for table, column in sorted(pairs):
        t = mapper_of(table).local_table
        found[(table, column)] = {
            row_id: (value, retired)
            for row_id, value, retired in session.execute(
                select(t.c.id, t.c[column], t.c.deleted_at.isnot(None))
            )
        }
    return found


def person_row(session: Session, person_id: int) -> dict[str, Any]:
    """A person's stored values but the update time."""
    t = Person.__table__
    row = session.execute(select(t).where(t.c.id == person_id)).mappings().one()
    return {k: v for k, v in row.items() if k != "updated_at"}
