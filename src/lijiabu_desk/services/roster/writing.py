"""Writing an import plan in batches that let the rest of the program write in between.

A roster may hold tens of thousands of people. Written in one transaction, the import held
SQLite's write lock for minutes and the window could not save anything meanwhile. Here every
``BATCH_ROWS`` people are one short transaction (their households, their audit entries), so a
save in the window waits at most for one batch.

For the officer the import stays whole or nothing: every row a batch wrote is remembered (id and
uid), and when a later batch fails, or ``progress`` raises to cancel, one more transaction deletes
them all again, with an audit entry for each, before the error is reported. Updates of people
already registered are written with the last batch, so they are never half done. Should even
taking back fail (someone edited a newly imported record in between, or the disk failed), the
message names the backup taken before the import. A power cut between batches leaves the
batches written so far; the pre-import backup is the way back from that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Household, Person, VillageGroup
from lijiabu_desk.models.base import new_uid
from lijiabu_desk.models.enums import ResidentStatus
from lijiabu_desk.services.audit import Action, append_entries
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.pinyin_keys import name_keys
from lijiabu_desk.services.places import group_name
from lijiabu_desk.services.roster.registered import chunked
from lijiabu_desk.services.roster.row_checks import CardDates
from lijiabu_desk.services.text_rules import check_row

if TYPE_CHECKING:
    from lijiabu_desk.services.roster.household_plan import PlannedHousehold
    from lijiabu_desk.services.roster.importer import ImportPlan, PlannedPerson

#: People written per transaction: about half a second of holding the write lock (measured
#: on 30,000 rows: 15 batches, 9 s in all, including the audit entries and search index).
BATCH_ROWS = 2_000
_DELETE_CHUNK = 500  # ids per DELETE … IN (…): well under SQLite's limit of bound values
_TAKEN_BACK = "导入没有完成，撤销这次导入写入的记录"

#: ``progress(people written, people to write)``, called after each batch is committed.
Progress = Callable[[int, int], None]


class ImportFailedError(ServiceError):
    """The import stopped half-way; the message says whether what it wrote was taken back."""


@dataclass
class Written:
    """What this import has committed so far, as (id, uid): enough to take it back."""

    groups: list[tuple[int, str]] = field(default_factory=list)
    households: list[tuple[int, str]] = field(default_factory=list)
    persons: list[tuple[int, str]] = field(default_factory=list)


def write_plan(
    ctx: ServiceContext,
    plan: ImportPlan,
    *,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
    backup: Path | None = None,
) -> None:
    """Write ``plan`` batch by batch; on any failure take back every batch already written."""
    people = plan.creates
    size = max(batch_rows, 1)
    batches = [people[i : i + size] for i in range(0, len(people), size)] or [[]]
    written = Written()
    households: dict[str, int] = {}
    homes = {h.household_no: h for h in plan.households}
    done = 0
    try:
        groups = _ensure_groups(ctx, plan, written)
        for number, batch in enumerate(batches, start=1):
            # Made and checked before the lock is taken, which also leaves other writers a gap
            # between batches that SQLite's busy handler (retrying every 100 ms) can catch.
            now = ctx.now()
            rows = [check_row("persons", _person_row(p, now)) for p in batch]
            updates = plan.updates if number == len(batches) else []
            with ctx.write(Permission.IMPORT) as session:
                new_households = _write_batch(
                    session, plan, batch, rows, (groups, homes), households, now
                )
                append_entries(
                    session,
                    ctx.actor,
                    [
                        *(_created("households", r) for r in new_households),
                        *(_created("persons", r) for r in rows),
                    ],
                )
                _apply_updates(session, updates, households)
                if number == len(batches):
                    _fill_households(session, plan.households, groups)
            # Remembered once committed: a batch that fails has left nothing behind.
            written.households += _keys(new_households)
            written.persons += _keys(rows)
            done += len(batch)
            if progress is not None:
                progress(done, len(people))
    except Exception as exc:
        reason = exc.message if isinstance(exc, ServiceError) else "程序内部错误"
        _take_back(ctx, written, reason, backup)
        raise ImportFailedError(
            f"导入没有完成，已写入的 {len(written.persons):,} 人、{len(written.households):,} 户"
            f"已全部撤销，数据与导入前相同。出错的原因：{reason}"
        ) from exc


def _ensure_groups(ctx: ServiceContext, plan: ImportPlan, written: Written) -> dict[int, int]:
    """The village's groups by number, adding those the preview said it would (社 number → id)."""
    with ctx.write(Permission.IMPORT) as session:
        groups = {
            g.number: g
            for g in session.scalars(
                select(VillageGroup).where(VillageGroup.village_id == plan.village_id)
            )
        }
        added = []
        for number in sorted({h.group for h in plan.households if h.group is not None}):
            if number not in groups:
                groups[number] = VillageGroup(
                    village_id=plan.village_id, number=number, name=group_name(number)
                )
                session.add(groups[number])
                added.append(groups[number])
        session.flush()
        ids = {number: g.id for number, g in groups.items()}
        created = [(g.id, g.uid) for g in added]
    written.groups += created
    return ids


def _next_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def _write_batch(
    session: Session,
    plan: ImportPlan,
    batch: Sequence[PlannedPerson],
    rows: list[dict[str, object]],
    places: tuple[dict[int, int], dict[str, PlannedHousehold]],
    households: dict[str, int],
    now: datetime,
) -> list[dict[str, object]]:
    """Insert one batch of people (``rows``, made from ``batch``) and the households they need;
    returns the households it inserted.

    Ids are taken inside the transaction (it holds the write lock), so rows saved elsewhere
    between two batches never collide with ours; a household number saved elsewhere in the
    meantime is used, not made twice.
    """
    wanted = {p.household_no for p in [*batch, *plan.updates]} - households.keys()
    if wanted:
        households.update(
            session.execute(
                select(Household.household_no, Household.id).where(
                    Household.household_no.in_(wanted)
                )
            ).all()
        )
    next_household, next_person = _next_id(session, Household), _next_id(session, Person)
    new_households: list[dict[str, object]] = []
    groups, homes = places
    for p in [*batch, *plan.updates]:
        if p.household_no in households:
            continue
        home = homes.get(p.household_no)
        row = {
            "id": next_household,
            "uid": new_uid(),
            "household_no": p.household_no,
            "village_id": plan.village_id,
            "group_id": groups.get(home.group) if home and home.group is not None else None,
            "house_no": home.house_no if home else "",
            "address_detail": home.address_detail if home else "",
            "phone": home.phone if home else "",
            "created_at": now,
            "updated_at": now,
        }
        new_households.append(check_row("households", row))
        households[p.household_no] = next_household
        next_household += 1
    for offset, (p, row) in enumerate(zip(batch, rows, strict=True)):
        row["id"] = next_person + offset
        row["household_id"] = households[p.household_no]
    connection = session.connection()  # Core inserts: the ORM's bulk path adds nothing here
    if new_households:
        connection.execute(insert(Household.__table__), new_households)
    if rows:
        connection.execute(insert(Person.__table__), rows)
    return new_households


def _keys(rows: list[dict[str, object]]) -> list[tuple[int, str]]:
    return [(int(str(r["id"])), str(r["uid"])) for r in rows]


def _person_row(p: PlannedPerson, now: datetime) -> dict[str, object]:
    """A new person's row; ``id`` and ``household_id`` are set under the write lock."""
    return {
        "id": None,
        "uid": new_uid(),
        "name": p.name,
        "name_keys": name_keys(p.name).search_text(),
        "sex": p.sex,
        "birth_date": p.birth_date,
        "id_number": p.id_number,
        "phone": p.phone,
        "ethnicity": p.ethnicity,
        "notes": p.notes,
        "address": p.address,
        "origin": p.origin,
        "occupation": p.occupation,
        "id_issue_date": p.card.issued,
        "id_expiry_date": p.card.expiry,
        "id_long_term": p.card.long_term,
        "household_id": None,
        "relation": p.relation,
        "status": ResidentStatus.ACTIVE,
        "created_at": now,
        "updated_at": now,
    }


def _loaded(session: Session, model: Any, ids: Iterable[int | None]) -> dict[int, Any]:
    """The records with these ids, loaded in one query per ``CHUNK`` ids instead of one each
    (and, like ``session.get``, without flushing the changes already made)."""
    wanted = {i for i in ids if i is not None}
    found: dict[int, Any] = {}
    with session.no_autoflush:
        for chunk in chunked(wanted):
            query = select(model).where(model.id.in_(chunk))
            found.update((r.id, r) for r in session.scalars(query))
    return found


def _apply_updates(
    session: Session, updates: Sequence[PlannedPerson], households: dict[str, int]
) -> None:
    """People already registered: through the ORM, audited by the session listener."""
    people = _loaded(session, Person, (p.existing_id for p in updates))
    for p in updates:
        person = people.get(p.existing_id) if p.existing_id is not None else None
        if person is None:
            continue
        person.name, person.name_keys = p.name, name_keys(p.name).search_text()
        person.household_id, person.relation = households[p.household_no], p.relation
        if p.phone:
            person.phone = p.phone
        if p.ethnicity:
            person.ethnicity = p.ethnicity
        for attribute, value in p.sets:
            if isinstance(value, CardDates):
                person.id_issue_date = value.issued or person.id_issue_date
                person.id_expiry_date, person.id_long_term = value.expiry, value.long_term
            else:
                setattr(person, attribute, value)


def _fill_households(
    session: Session, homes: Sequence[PlannedHousehold], groups: dict[int, int]
) -> None:
    """Registered households: the fields the preview said the roster fills, if still empty."""
    filled = [home for home in homes if home.changes]
    households = _loaded(session, Household, (home.existing_id for home in filled))
    for home in filled:
        household = households.get(home.existing_id) if home.existing_id is not None else None
        if household is None:
            continue
        if home.group is not None and household.group_id is None:
            household.group_id = groups.get(home.group)
        for attribute in ("house_no", "address_detail", "phone"):
            if getattr(home, attribute) and not getattr(household, attribute):
                setattr(household, attribute, getattr(home, attribute))


def _created(table: str, row: dict[str, object]) -> dict[str, object]:
    """The audit entry of a row written in bulk: every value it was created with."""
    changes = {
        k: [None, v]
        for k, v in row.items()
        if k not in ("id", "uid", "created_at", "updated_at") and v not in (None, "")
    }
    return {
        "action": Action.CREATE.value,
        "table_name": table,
        "record_id": row["id"],
        "record_uid": row["uid"],
        "changes": changes,
    }


def _delete(connection: Any, model: Any, ids: list[int]) -> None:
    for start in range(0, len(ids), _DELETE_CHUNK):
        part = ids[start : start + _DELETE_CHUNK]
        connection.execute(delete(model.__table__).where(model.id.in_(part)))


def _take_back(ctx: ServiceContext, written: Written, reason: str, backup: Path | None) -> None:
    """Delete every row the import committed (people, then households, then the 社 it added
    that nobody has used since), with an audit entry for each, in one transaction."""
    if not (written.persons or written.households or written.groups):
        return
    try:
        with ctx.write(Permission.IMPORT) as session:
            connection = session.connection()
            _delete(connection, Person, [i for i, _ in written.persons])
            _delete(connection, Household, [i for i, _ in written.households])
            group_ids = [i for i, _ in written.groups]
            used = set(
                connection.execute(
                    select(Household.group_id).where(Household.group_id.in_(group_ids))
                ).scalars()
            )
            groups = [(i, uid) for i, uid in written.groups if i not in used]
            _delete(connection, VillageGroup, [i for i, _ in groups])
            parts = (
                ("persons", written.persons),
                ("households", written.households),
                ("village_groups", groups),
            )
            append_entries(
                session,
                ctx.actor,
                [
                    {
                        "action": Action.DELETE.value,
                        "table_name": table,
                        "record_id": record_id,
                        "record_uid": uid,
                        "changes": {"reason": _TAKEN_BACK},
                    }
                    for table, rows in parts
                    for record_id, uid in rows
                ],
            )
    except Exception as exc:
        where = f"导入前的备份“{backup}”" if backup else "导入前的备份"
        raise ImportFailedError(
            f"导入没有完成（{reason}），而且已写入的 {len(written.persons):,} 人无法自动撤销"
            "（导入期间可能有人修改了新导入的记录）。"
            f"请用“文件 → 从备份恢复”选{where}恢复，再重新导入。"
        ) from exc
