"""The one search box: people and households by name, pinyin, ID number, phone, household
number or address, answering as the officer types.

How a query is looked up depends on what was typed (the index is in ``db.search_index``):
- letters only: pinyin keys by prefix ("zxm", "zhangxm", "xiaoming");
- three or more other characters: the trigram index, a substring anywhere in name, ID number,
  phone, household number or address ("晓明" needs the next rule; "1234" works);
- one or two characters of a name: names starting with them (index), then containing them;
  one or two digits find nothing yet (they say too little).
Results carry masked ID numbers and phones only (PIPL); ``reveal_person`` shows the full numbers
to a role allowed to see them, and audits that it did.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from lijiabu_desk.models import Person
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.register.people_list import PersonListRow, load_rows

DEFAULT_LIMIT = 50
LETTERS = re.compile(r"^[a-z]+$")


@dataclass(frozen=True)
class HouseholdHit:
    id: int
    household_no: str
    address: str
    head: str
    members: int


@dataclass(frozen=True)
class SearchResult:
    query: str
    people: list[PersonListRow]
    households: list[HouseholdHit]


def normalise(query: str) -> str:
    """Full-width to half-width, no spaces, lower case: what every lookup compares with."""
    folded = unicodedata.normalize("NFKC", query)
    return re.sub(r"[\s'’·]+", "", folded).lower()


def _fts_phrase(q: str) -> str:
    return '"' + q.replace('"', '""') + '"'


def _glob_prefix(q: str) -> str:
    """A GLOB pattern for "starts with q" (GLOB, unlike LIKE, can use the index)."""
    return re.sub(r"([*?\[])", r"[\1]", q) + "*"


def _person_ids(session: Session, q: str, limit: int) -> list[int]:
    if LETTERS.match(q):  # pinyin keys by prefix; no ranking: it would score every match
        sql = "SELECT rowid FROM fts_person_keys WHERE keys MATCH :m LIMIT :limit"
        return list(session.scalars(text(sql), {"m": _fts_phrase(q) + "*", "limit": limit}))
    if len(q) >= 3:
        sql = "SELECT rowid FROM fts_person_text WHERE fts_person_text MATCH :m LIMIT :limit"
        return list(session.scalars(text(sql), {"m": _fts_phrase(q), "limit": limit}))
    if q.isdigit():  # one or two digits say too little to search on
        return []
    # One or two characters of a name: names starting with them (index), then containing them.
    ids = list(
        session.scalars(
            text("SELECT id FROM persons WHERE name GLOB :g LIMIT :limit"),
            {"g": _glob_prefix(q), "limit": limit},
        )
    )
    if len(ids) < limit:
        more = session.scalars(
            text("SELECT id FROM persons WHERE name LIKE :like AND NOT name GLOB :g LIMIT :limit"),
            {"like": f"%{q}%", "g": _glob_prefix(q), "limit": limit - len(ids)},
        )
        ids += list(more)
    return ids


def _people(session: Session, ids: list[int], today: date) -> list[PersonListRow]:
    rows = load_rows(session, ids, today)
    return [rows[i] for i in ids if i in rows]


def _household_ids(session: Session, q: str, limit: int) -> list[int]:
    """By household number (prefix, indexed) and, from three characters on, by number or
    address anywhere (through the members' index entries)."""
    ids = list(
        session.scalars(
            text(
                "SELECT id FROM households WHERE household_no GLOB :g AND deleted_at IS NULL "
                "LIMIT :limit"
            ),
            {"g": _glob_prefix(q), "limit": limit},
        )
    )
    if len(q) >= 3 and len(ids) < limit:
        found = session.scalars(
            text(
                "SELECT DISTINCT p.household_id FROM fts_person_text f "
                "JOIN persons p ON p.id = f.rowid "
                "WHERE fts_person_text MATCH :m AND p.household_id IS NOT NULL LIMIT :limit"
            ),
            {"m": "{household_no address} : " + _fts_phrase(q), "limit": limit},
        )
        ids += [i for i in found if i not in ids][: limit - len(ids)]
    return ids


def _households(session: Session, q: str, limit: int) -> list[HouseholdHit]:
    ids = _household_ids(session, q, limit)
    if not ids:
        return []
    marks = ",".join(str(int(i)) for i in ids)
    rows = session.execute(
        text(f"""
        SELECT h.id, h.household_no,
               coalesce(v.name, '') || coalesce(g.name, '') || coalesce(h.house_no, ''),
               (SELECT name FROM persons WHERE household_id = h.id AND relation = 'head'
                    AND deleted_at IS NULL LIMIT 1),
               (SELECT count(*) FROM persons WHERE household_id = h.id AND status = 'active')
        FROM households h
        JOIN villages v ON v.id = h.village_id
        LEFT JOIN village_groups g ON g.id = h.group_id
        WHERE h.id IN ({marks}) AND h.deleted_at IS NULL""")
    ).all()
    order = {hid: n for n, hid in enumerate(ids)}
    return [
        HouseholdHit(r[0], r[1], r[2], r[3] or "", r[4])
        for r in sorted(rows, key=lambda r: order[r[0]])
    ]


def search(ctx: ServiceContext, query: str, *, limit: int = DEFAULT_LIMIT) -> SearchResult:
    q = normalise(query)
    if not q:
        return SearchResult(query, [], [])
    with ctx.read() as session:
        people = _people(session, _person_ids(session, q, limit), ctx.today())
        households = [] if LETTERS.match(q) else _households(session, q, max(10, limit // 5))
    return SearchResult(query, people, households)


@dataclass(frozen=True)
class FullNumbers:
    id_number: str
    phone: str


def reveal_person(ctx: ServiceContext, person_id: int) -> FullNumbers:
    """The full ID number and phone of one person: a deliberate, audited act."""
    with ctx.write(Permission.VIEW_FULL_ID) as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError("找不到这个人的记录。")
        record_event(session, ctx.actor, Action.VIEW_FULL_ID, record=person)
        return FullNumbers(person.id_number or "", person.phone)
