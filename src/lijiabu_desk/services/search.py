"""The one search box: people and households by name, pinyin, ID number, phone, household
number or address, answering as the officer types.

How a query is looked up depends on what was typed (the index is in ``db.search_index``):
- letters only: pinyin keys by prefix ("zxm", "zhangxm", "xiaoming");
- a number (digits, maybe a final X or a landline's dash): an ID number or phone whole or by its
  tail, never by middle digits, audited and, for a role without full numbers, rate-limited
  (``services.number_search``); and household numbers, by prefix or (three digits on) anywhere;
- three or more other characters: the trigram index, a substring anywhere in name, household
  number or address (never in ID numbers or phones: those are the number rule's);
- one or two characters of a name: names starting with them (index), then containing them.
People come best first (``services.register.standing``): residents, then outsiders, then those
who moved away, then the dead, retired records only when asked for; within that an exact name
before a prefix before a name holding the text; for a number, whole numbers before tails. The
matches are ranked in SQL, at most ``CANDIDATES`` of each part of a query.
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
from lijiabu_desk.services.number_search import (
    PARTIAL_NOTE,
    TAIL,
    number_query,
    plan_lookup,
    search_numbers,
)
from lijiabu_desk.services.permissions import Permission, allows
from lijiabu_desk.services.register.people_list import PersonListRow, load_rows
from lijiabu_desk.services.register.standing import STANDING_SQL

DEFAULT_LIMIT = 50
#: Matches ranked per part of a query. Ranking reads every match it ranks; capped, a keystroke
#: stays fast when a letter matches 30,000 people, and any name shared by fewer is ranked whole.
CANDIDATES = 1000
#: Names holding one or two characters are found by scanning the name index, which costs in
#: proportion to the matches read (200: ~3 ms on a township of 127,000; 1,000: ~9 ms).
SCANNED = 200
LETTERS = re.compile(r"^[a-z]+$")
#: The columns a text query is matched in: ID numbers and phones only by the number rule.
TEXT_COLUMNS = "{name household_no address} : "


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
    note: str = ""  # why a number found nothing, when the rule is the reason


def normalise(query: str) -> str:
    """Full-width to half-width, no spaces, lower case: what every lookup compares with."""
    folded = unicodedata.normalize("NFKC", query)
    return re.sub(r"[\s'’·]+", "", folded).lower()


def _fts_phrase(q: str) -> str:
    return '"' + q.replace('"', '""') + '"'


def _glob_prefix(q: str) -> str:
    """A GLOB pattern for "starts with q" (GLOB, unlike LIKE, can use the index)."""
    return re.sub(r"([*?\[])", r"[\1]", q) + "*"


def _ranked(
    session: Session, hits: str, params: dict[str, object], match: str, limit: int, retired: bool
) -> list[int]:
    """Rank the people ``hits`` (a SELECT of ids, each part capped at ``CANDIDATES``) found:
    standing first (residents, outsiders, moved away, dead, retired), then ``match`` (how well
    the name matched: exact, prefix, anywhere), then pinyin order."""
    alive = "" if retired else "WHERE p.deleted_at IS NULL"
    sql = (
        f"SELECT p.id FROM ({hits}) AS hit JOIN persons p ON p.id = hit.id {alive} "
        f"ORDER BY {STANDING_SQL}, {match}, p.name_keys, p.id LIMIT :limit"
    )
    return list(session.scalars(text(sql), {**params, "cap": CANDIDATES, "limit": limit}))


def _person_ids(session: Session, q: str, limit: int, retired: bool = False) -> list[int]:
    if LETTERS.match(q):  # pinyin keys: whole keys ("cym") and keys starting with q
        hits = (
            "SELECT id FROM (SELECT rowid AS id FROM fts_person_keys WHERE keys MATCH :exact "
            "LIMIT :cap) UNION SELECT id FROM (SELECT rowid AS id FROM fts_person_keys "
            "WHERE keys MATCH :prefix LIMIT :cap)"
        )
        # The whole name's keys come first in name_keys and start with the surname's letter;
        # a key of the given name alone ("xiuying" of 王秀英, or "wxy" of 李王秀英) does not:
        # that is a match inside the name, ranked after the whole name's exact and prefix ones.
        match = (
            "CASE WHEN substr(p.name_keys, 1, 1) <> substr(:q, 1, 1) THEN 2 "
            "WHEN instr(' ' || p.name_keys || ' ', ' ' || :q || ' ') > 0 THEN 0 ELSE 1 END"
        )
        params = {"exact": _fts_phrase(q), "prefix": _fts_phrase(q) + "*", "q": q}
        return _ranked(session, hits, params, match, limit, retired)
    match = (
        "CASE WHEN p.name = :q THEN 0 WHEN p.name GLOB :g THEN 1 "
        "WHEN instr(p.name, :q) > 0 THEN 2 ELSE 3 END"
    )
    params = {"q": q, "g": _glob_prefix(q)}
    if len(q) >= 3:  # the name exactly (index), then anywhere in name, household no., address
        hits = (
            "SELECT id FROM (SELECT id FROM persons WHERE name = :q LIMIT :cap) UNION "
            "SELECT id FROM (SELECT rowid AS id FROM fts_person_text "
            "WHERE fts_person_text MATCH :m LIMIT :cap)"
        )
        params["m"] = TEXT_COLUMNS + _fts_phrase(q)
        return _ranked(session, hits, params, match, limit, retired)
    # One or two characters of a name: names starting with them (index, in name order, so the
    # exact name comes first), then, if that is not a screenful, names containing them.
    starting = "SELECT id FROM persons WHERE name GLOB :g LIMIT :cap"
    count = f"SELECT count(*) FROM (SELECT 1 FROM persons WHERE name GLOB :g LIMIT {int(limit)})"
    hits = starting
    if session.scalar(text(count), {"g": params["g"]}) < limit:
        hits = (
            f"SELECT id FROM ({starting}) UNION SELECT id FROM (SELECT id FROM persons "
            f"WHERE name LIKE :like AND NOT name GLOB :g LIMIT {SCANNED})"
        )
        params["like"] = f"%{q}%"
    return _ranked(session, hits, params, match, limit, retired)


def _people(session: Session, ids: list[int], today: date) -> list[PersonListRow]:
    rows = load_rows(session, ids, today)
    return [rows[i] for i in ids if i in rows]


def _household_ids(session: Session, q: str, limit: int) -> list[int]:
    """By household number (prefix, indexed) and, from three characters on, by number or
    address anywhere (through the members' index entries); a number by household number only."""
    if number_query(q) is not None:
        return _household_number_ids(session, q, limit)
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
    return _household_hits(session, _household_ids(session, q, limit))


def _household_hits(session: Session, ids: list[int]) -> list[HouseholdHit]:
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


def _household_number_ids(session: Session, q: str, limit: int) -> list[int]:
    """Households by number: prefix (index), then from three characters on anywhere (a scan of
    the number's index, ~2 ms for 30,000 households; the trigram index is slow for digits that
    every ID number holds)."""
    g = _glob_prefix(q)
    ids = list(
        session.scalars(
            text("SELECT id FROM households WHERE household_no GLOB :g LIMIT :limit"),
            {"g": g, "limit": limit},
        )
    )
    if len(q) >= 3 and len(ids) < limit:
        found = session.scalars(
            text("SELECT id FROM households WHERE household_no GLOB :g LIMIT :limit"),
            {"g": "*" + g, "limit": limit},
        )
        ids += [i for i in found if i not in ids][: limit - len(ids)]
    return ids


def _members(session: Session, household_ids: list[int], limit: int, retired: bool) -> list[int]:
    """The members of households found by number: those living there first."""
    if not household_ids or limit <= 0:
        return []
    marks = ",".join(str(int(i)) for i in household_ids)
    alive = "" if retired else "AND p.deleted_at IS NULL"
    sql = (
        f"SELECT p.id FROM persons p WHERE p.household_id IN ({marks}) {alive} "
        f"ORDER BY {STANDING_SQL}, p.name_keys, p.id LIMIT :limit"
    )
    return list(session.scalars(text(sql), {"limit": limit}))


def _search_number(
    ctx: ServiceContext, query: str, q: str, number: str, limit: int, retired: bool
) -> SearchResult:
    """Whole numbers first, then tails (``number_search``), then the members of households
    whose number holds the digits."""
    full = allows(ctx.actor, Permission.VIEW_FULL_ID)
    look = plan_lookup(number, full_numbers=full)
    ids = search_numbers(ctx, look, limit, retired=retired) if look is not None else []
    with ctx.read() as session:
        homes = _household_number_ids(session, q, max(10, limit // 5))
        if len(q) >= 3:
            ids += [i for i in _members(session, homes, limit, retired) if i not in ids]
        people = _people(session, ids[:limit], ctx.today())
        households = _household_hits(session, homes)
    note = PARTIAL_NOTE if look is None and not full and len(number) > TAIL else ""
    return SearchResult(query, people, households, note if not people else "")


def search(
    ctx: ServiceContext, query: str, *, limit: int = DEFAULT_LIMIT, retired: bool = False
) -> SearchResult:
    """People and households for what is typed, best first: residents before outsiders, those
    who moved away and the dead; an exact name before a prefix before a name holding the text;
    a whole number before tails. Retired records only with ``retired``, and last."""
    q = normalise(query)
    if not q:
        return SearchResult(query, [], [])
    number = number_query(q)
    if number is not None:
        return _search_number(ctx, query, q, number, limit, retired)
    with ctx.read() as session:
        people = _people(session, _person_ids(session, q, limit, retired), ctx.today())
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
