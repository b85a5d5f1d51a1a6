"""Everything that names a person by id, found from the models' metadata, and how a merge moves
it from the merged record to the survivor and back.

The links are every foreign key to ``persons.id`` (so a table added later is moved without a
change here), plus two links without a foreign key: ``persons.merged_into_id`` (a record merged
earlier into the one now merged follows it to the survivor) and an attachment kept with a person
(``attachments.owner_table = 'persons'``). The merge log's own two columns are not links: they
name the two records of a merge and must stay as they are for its undo.

A move that would break a unique constraint (both records are parties to the same case, or
named on the same visit) is not made: the survivor already holds that link, so the merged
record's duplicate row is retired instead (``deleted_at``), keeps pointing at the merged record,
and is recorded so that the undo reinstates it. A duplicate row that was already retired stays
as it is. Where the survivor's own row is the retired one, the merge is refused with a sentence:
retiring the other would leave the survivor without the link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, UniqueConstraint, func, select
from sqlalchemy.orm import Mapper, Session

from lijiabu_desk.models import Attachment, Base
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.labels import field_label, table_label

PERSONS = "persons"
#: Columns that point at persons but are not links: the merge log names both of its records.
NOT_MOVED = frozenset({("person_merges", "survivor_id"), ("person_merges", "merged_id")})
#: Links without a foreign key, each with the condition that makes a row a link to a person.
EXTRA_LINKS: dict[tuple[str, str], Callable[[], ColumnElement[bool] | None]] = {
    (PERSONS, "merged_into_id"): lambda: None,
    ("attachments", "owner_id"): lambda: Attachment.owner_table == PERSONS,
}
#: The word a moves entry ends with when the row was retired as a duplicate, not moved.
RETIRED = "retired"


def person_foreign_keys() -> frozenset[tuple[str, str]]:
    """Every (table, column) with a foreign key to ``persons.id``, as the metadata has it."""
    found = set()
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            if fk.column.table.name == PERSONS and fk.column.name == "id":
                found.add((table.name, fk.parent.name))
    return frozenset(found)


@dataclass(frozen=True)
class Link:
    """One column that names a person, with the words the preview shows for it."""

    table: str
    column: str

    @property
    def label(self) -> str:
        """纠纷当事人, 回访 …; the column is named too where a table names several people."""
        if self.table == PERSONS:
            return "合并到此人的重复记录"
        if self.table == "attachments":
            return "人员的附件"
        kind = table_label(self.table)
        column = field_label(self.column, self.table)
        several = sum(1 for t, _ in person_foreign_keys() if t == self.table) > 1
        return f"{kind}（{column}）" if several else kind


def links() -> tuple[Link, ...]:
    """The links a merge moves, in a stable order."""
    pairs = (person_foreign_keys() - NOT_MOVED) | set(EXTRA_LINKS)
    return tuple(Link(t, c) for t, c in sorted(pairs))


def _mapper(table: str) -> Mapper[Any]:
    for mapper in Base.registry.mappers:
        if isinstance(mapper.local_table, Table) and mapper.local_table.name == table:
            return mapper
    raise LookupError(table)  # a table without a model: a programming error, not the user's


def _attribute(link: Link) -> tuple[type[Any], str]:
    mapper = _mapper(link.table)
    column = mapper.local_table.c[link.column]
    return mapper.class_, mapper.get_property_by_column(column).key


def _where(link: Link, person_id: int) -> list[ColumnElement[bool]]:
    cls, key = _attribute(link)
    where = [getattr(cls, key) == person_id]
    extra = EXTRA_LINKS.get((link.table, link.column))
    condition = extra() if extra is not None else None
    if condition is not None:
        where.append(condition)
    return where


def link_counts(session: Session, person_id: int) -> dict[Link, int]:
    """How many rows of each link name this person (retired rows too: they move as well)."""
    counts = {}
    for link in links():
        cls, _ = _attribute(link)
        stmt = select(func.count()).select_from(cls).where(*_where(link, person_id))
        counts[link] = int(session.scalar(stmt) or 0)
    return counts


def _unique_partners(link: Link) -> list[list[str]]:
    """For each unique constraint holding the link's column: the constraint's other columns."""
    table = _mapper(link.table).local_table
    groups = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = [c.name for c in constraint.columns]
            if link.column in names:
                groups.append([n for n in names if n != link.column])
    for column in table.columns:  # unique=True on the link column itself
        if column.name == link.column and column.unique:
            groups.append([])
    return groups


def _clash(session: Session, link: Link, row: Any, survivor_id: int) -> Any | None:
    """The survivor's row that ``row`` would duplicate under a unique constraint, if any."""
    cls, _ = _attribute(link)
    mapper = _mapper(link.table)
    for partners in _unique_partners(link):
        values = {}
        for name in partners:
            key = mapper.get_property_by_column(mapper.local_table.c[name]).key
            values[key] = getattr(row, key)
        if any(v is None for v in values.values()):  # NULLs never clash in SQLite
            continue
        stmt = select(cls).where(
            *_where(link, survivor_id), *(getattr(cls, k) == v for k, v in values.items())
        )
        found = session.scalars(stmt).first()
        if found is not None:
            return found
    return None


def move_links(session: Session, other_id: int, survivor_id: int, now: datetime) -> list[list[Any]]:
    """Move every link from ``other_id`` to ``survivor_id``; return the moves entries:
    ``[table, row id, column]`` for a row moved, ``[table, row id, column, "retired"]`` for a
    duplicate retired instead. Raises ValidationError when a duplicate cannot be settled."""
    moves: list[list[Any]] = []
    for link in links():
        cls, key = _attribute(link)
        rows = session.scalars(select(cls).where(*_where(link, other_id)).order_by(cls.id)).all()
        for row in rows:
            clash = _clash(session, link, row, survivor_id)
            if clash is None:
                setattr(row, key, survivor_id)
                moves.append([link.table, row.id, link.column])
            elif row.deleted_at is None:
                if clash.deleted_at is not None:
                    raise ValidationError(
                        f"两条记录在同一条“{link.label}”中都出现，而保留的记录那一行已删除。"
                        "请先在那里整理后再合并。"
                    )
                row.deleted_at = now
                moves.append([link.table, row.id, link.column, RETIRED])
        session.flush()  # the next link's clash check reads what this one moved
    return moves


def _moved_row(session: Session, entry: list[Any]) -> tuple[Link, Any, str, bool]:
    link = Link(str(entry[0]), str(entry[2]))
    cls, key = _attribute(link)
    return link, session.get(cls, int(entry[1])), key, len(entry) > 3 and entry[3] == RETIRED


def changed_links(
    session: Session, moves: list[list[Any]], other_id: int, survivor_id: int
) -> list[str]:
    """The links that are no longer as the merge left them (moved on to someone else, deleted,
    a retired duplicate reinstated), as the words of their kind."""
    changed: list[str] = []
    for entry in moves:
        link, row, key, retired = _moved_row(session, entry)
        if row is None:
            ok = False
        elif retired:
            ok = getattr(row, key) == other_id and row.deleted_at is not None
        else:
            ok = getattr(row, key) == survivor_id
        if not ok and link.label not in changed:
            changed.append(link.label)
    return changed


def restore_links(session: Session, moves: list[list[Any]], other_id: int) -> None:
    """Put every link back on the merged record and reinstate the retired duplicates."""
    for entry in moves:
        _link, row, key, retired = _moved_row(session, entry)
        if retired:
            row.deleted_at = None
        else:
            setattr(row, key, other_id)
    session.flush()
