"""合并重复人员: one person recorded twice becomes one record, as one audited step that can be
taken back as one step (``merge_undo.undo_merge``).

The officer sees both records side by side (``merge_preview``), picks per field whose value the
surviving record keeps, and merges (``merge_persons``). Everything linked to the other record
moves to the survivor (``merge_links``); the other record is retired with a pointer to the
survivor (``merged_into_id``) and its ID number is taken off it (the number is unique, and the
survivor may be the one to carry it). The search index follows by itself: its triggers re-index
both rows on update, and searches leave retired records out.

The merge log (``PersonMerge``) keeps, as JSON, what the undo needs:
- ``moves``: each link moved, ``[table, row id, column]``, or ``[table, row id, column,
  "retired"]`` for a duplicate link retired instead of moved;
- ``survivor_before`` and ``merged_before``: ``{"before": {column: value}, "after": {column:
  value}}`` for every column of the record but its id, uid and times: the values before the
  merge, to put back, and those the merge left, to see whether the record changed since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from lijiabu_desk.models import Person, PersonMerge
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.register.merge_checks import (
    check_households,
    check_identity,
    check_numbers,
    check_printed,
    check_shared_papers,
    final_values,
    load_pair,
    paper_note,
    printed_conflict,
)
from lijiabu_desk.services.register.merge_fields import (
    MERGE_FIELDS,
    Side,
    differs,
    person_values,
    shown_value,
)
from lijiabu_desk.services.register.merge_links import link_counts, move_links
from lijiabu_desk.services.register.standing import standing_of, standing_word


@dataclass(frozen=True)
class FieldRow:
    """One field of the side-by-side view; values as shown (numbers masked)."""

    key: str
    label: str
    survivor: str
    other: str
    differs: bool


@dataclass(frozen=True)
class LinkRow:
    """How many rows of one kind name each record (all of the other's move to the survivor)."""

    table: str
    column: str
    label: str
    survivor: int
    other: int


@dataclass(frozen=True)
class MergeSide:
    id: int
    name: str
    standing: str  # 已迁出, 已注销 …; empty for a resident


@dataclass(frozen=True)
class MergePreview:
    survivor: MergeSide
    other: MergeSide
    fields: tuple[FieldRow, ...]
    links: tuple[LinkRow, ...]
    refusal: str  # why the two cannot be merged at all; empty when they can
    note: str  # what the choice of values must keep (an agreement's printed particulars)


def _side(person: Person) -> MergeSide:
    standing = standing_of(person.status, person.household_id, person.deleted_at is not None)
    return MergeSide(person.id, person.name, standing_word(standing))


def _refusal(session: Session, survivor: Person, other: Person, ctx: ServiceContext) -> str:
    try:
        check_numbers(survivor, other, ctx.today())
        check_shared_papers(session, survivor, other)
    except ServiceError as refused:
        return refused.message
    return printed_conflict(session, survivor, other)


def merge_preview(ctx: ServiceContext, survivor_id: int, other_id: int) -> MergePreview:
    """Both records field by field, what links to each, and the refusal if they cannot be
    merged (a pair that cannot even be loaded as a pair raises it instead)."""
    with ctx.read() as session:
        survivor, other = load_pair(session, survivor_id, other_id)
        fields = tuple(
            FieldRow(
                f.key,
                f.label,
                shown_value(session, f, survivor),
                shown_value(session, f, other),
                differs(f, survivor, other),
            )
            for f in MERGE_FIELDS
        )
        mine, theirs = link_counts(session, survivor.id), link_counts(session, other.id)
        rows = tuple(
            LinkRow(link.table, link.column, link.label, mine[link], theirs[link]) for link in mine
        )
        return MergePreview(
            _side(survivor),
            _side(other),
            fields,
            rows,
            _refusal(session, survivor, other, ctx),
            paper_note(session, survivor, other),
        )


def _log(before: dict[str, Any], after: dict[str, Any]) -> str:
    return json.dumps({"before": before, "after": after}, ensure_ascii=False, sort_keys=True)


def merge_persons(
    ctx: ServiceContext, survivor_id: int, other_id: int, choices: dict[str, Side]
) -> int:
    """Merge ``other_id`` into ``survivor_id``, the survivor taking the value of the side
    chosen per field (``merge_fields.MERGE_FIELDS``; a field that is the same on both needs no
    choice). Returns the merge's id, for ``undo_merge``."""
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        survivor, other = load_pair(session, survivor_id, other_id)
        today = ctx.today()
        check_numbers(survivor, other, today)
        check_shared_papers(session, survivor, other)
        values = final_values(survivor, other, choices)
        check_identity(values, today)
        check_households(session, survivor, other, values)
        check_printed(session, survivor, other, values)
        survivor_before, other_before = person_values(survivor), person_values(other)
        # The other record first, flushed: its ID number must be off it before the survivor
        # may carry it (the column is unique, and the flush orders updates by id, not by need).
        if other.deleted_at is None:
            other.deleted_at = ctx.now()
        other.merged_into_id = survivor.id
        other.id_number = None
        session.flush()
        for column, value in values.items():
            setattr(survivor, column, value)
        session.flush()
        moves = move_links(session, other.id, survivor.id, ctx.now())
        merge = PersonMerge(
            survivor_id=survivor.id,
            merged_id=other.id,
            moves=json.dumps(moves, ensure_ascii=False),
            survivor_before=_log(survivor_before, person_values(survivor)),
            merged_before=_log(other_before, person_values(other)),
        )
        session.add(merge)
        session.flush()
        record_event(
            session,
            ctx.actor,
            Action.UPDATE,
            record=survivor,
            details={
                "what": f"合并重复人员：编号{other.id}的{other.name}并入此人"
                f"（移过来的关联{len(moves)}条，合并记录编号{merge.id}）"
            },
        )
        return merge.id
