"""撤销合并: a merge taken back as one audited step, while nothing it touched has changed since.

"Changed since" is read from the values, not from ``updated_at`` (which the models stamp from the
wall clock to the second, so an edit in the same second as the merge would pass unseen): both
records must still hold every value the merge left them (``after`` in the merge log; the update
time is left out), and every moved link must still name the survivor (a retired duplicate: still
the merged record, still retired). Otherwise the undo is refused with a sentence that names what
changed, and nothing is written. An ID number to be put back that someone else carries now is
refused too.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Person, PersonMerge
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.labels import field_label
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.register.merge_fields import person_values, set_values
from lijiabu_desk.services.register.merge_links import changed_links, restore_links
from lijiabu_desk.services.register.retiring import _names

_IGNORED = frozenset({"name_keys"})  # follows the name


def _load(session: Session, merge_id: int) -> tuple[PersonMerge, Person, Person]:
    merge = session.get(PersonMerge, merge_id)
    if merge is None or merge.deleted_at is not None:
        raise NotFoundError("找不到这次合并的记录。")
    if merge.undone_at is not None:
        raise ValidationError("这次合并已经撤销过了。")
    survivor, other = session.get(Person, merge.survivor_id), session.get(Person, merge.merged_id)
    if survivor is None or other is None:
        raise NotFoundError("找不到这次合并的人员记录。")
    return merge, survivor, other


def _changed_fields(person: Person, after: dict[str, Any]) -> list[str]:
    now = person_values(person)
    return [
        field_label(name, "persons")
        for name, value in after.items()
        if name not in _IGNORED and now.get(name) != value
    ]


def _check_unchanged(
    session: Session, merge: PersonMerge, survivor: Person, other: Person
) -> tuple[dict[str, Any], dict[str, Any], list[list[Any]]]:
    kept, merged = json.loads(merge.survivor_before), json.loads(merge.merged_before)
    moves: list[list[Any]] = json.loads(merge.moves)
    for person, log in ((survivor, kept), (other, merged)):
        changed = _changed_fields(person, log["after"])
        if changed:
            raise ValidationError(
                f"合并之后，{person.name}（编号{person.id}）的记录又改动过"
                f"（{_names(changed)}），不能撤销这次合并。"
            )
    links = changed_links(session, moves, other.id, survivor.id)
    if links:
        raise ValidationError(
            f"合并之后，{_names(links)}中有移到{survivor.name}名下的记录又改动或删除了，"
            "不能撤销这次合并。"
        )
    for person, log in ((survivor, kept), (other, merged)):
        number = log["before"].get("id_number")
        holder = session.scalars(
            select(Person).where(
                Person.id_number == number, Person.id.not_in({survivor.id, other.id})
            )
        ).first()
        if number and holder is not None:
            raise ValidationError(
                f"{person.name}原来的身份证号码现已登记在{holder.name}（编号{holder.id}）名下，"
                "不能撤销这次合并。"
            )
    return kept["before"], merged["before"], moves


def undo_merge(ctx: ServiceContext, merge_id: int) -> None:
    """Take a merge back: every moved link on the merged record again, the retired duplicates
    reinstated, both records' values as they were, the merged record no longer retired."""
    with ctx.write(Permission.RETIRE_RECORDS) as session:
        merge, survivor, other = _load(session, merge_id)
        kept, merged, moves = _check_unchanged(session, merge, survivor, other)
        restore_links(session, moves, other.id)
        # The survivor first, flushed: the ID number it took from the other must be off it
        # before the other carries it again.
        set_values(survivor, kept)
        session.flush()
        set_values(other, merged)
        merge.undone_at = ctx.now()
        session.flush()
        record_event(
            session,
            ctx.actor,
            Action.UPDATE,
            record=survivor,
            details={
                "what": f"撤销合并：编号{other.id}的{other.name}恢复为单独的记录"
                f"（合并记录编号{merge.id}）"
            },
        )
