"""Finding people by ID number or phone without turning the search box into an oracle.

A search that matched any run of digits inside an ID number let an account that sees only
``621***********4647`` rebuild the hidden digits one guess at a time. So a number query (digits,
maybe a final X; dashes of a landline are dropped) matches an ID number or a phone only

- whole, or
- by its tail: the last four characters or more, for a role that may see full numbers; the last
  four exactly (what the masked number shows anyway) for a role that may not — a longer tail
  would confirm digits the mask hides, one digit per ten guesses.

Middle digits never match, for any role. For a role that may not see full numbers every query
looked up among ID numbers and phones is audited, found or not, and at most ``LIMIT`` of them
run in ``WINDOW``; the refusal is audited too, and the limit counts the trail, so a restart does
not reset it. For a role that sees full numbers a lookup that found somebody is audited (who
looked up whom); it is not limited: it may reveal or export any number anyway (both audited),
and an ID number typed key by key is up to fifteen queries. The trail keeps the query masked:
it is kept for good and exported, and must not become a second list of numbers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import DateTime, Integer, bindparam, text
from sqlalchemy.orm import Session

from lijiabu_desk.services.audit import append_entries
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.identity import mask_id_number
from lijiabu_desk.services.permissions import Permission, allows, roles_allowed
from lijiabu_desk.services.register.standing import Standing, standing_sql
from lijiabu_desk.services.validation import mask_phone

TAIL = 4  # the characters a masked ID number or phone shows at its end
LIMIT = 30  # number searches per account in WINDOW (roles without full numbers)
WINDOW = timedelta(minutes=10)
#: Audit actions (codes in the trail; labels in services.labels).
SEARCH_NUMBER = "search_number"
SEARCH_NUMBER_REFUSED = "search_number_refused"
#: Said when a role without full numbers types a partial number that is not looked up.
PARTIAL_NOTE = "按身份证号码或电话查找时，请输入完整号码，或只输入最后4位。"

_NUMBER = re.compile(r"^[0-9]+x?$")
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
_LANDLINE = re.compile(r"^0[0-9]{9,11}$")  # area code and local number, without the dash
_FOUND_KEPT = 10  # person ids kept in an audit entry
Hit = tuple[int, int]  # a person's id and standing


def number_query(q: str) -> str | None:
    """The number in a normalised query ("0932-8123456" → "09328123456", a final x → X), or
    None when the query is something else (a name, pinyin, an address)."""
    digits = q.replace("-", "")
    return digits.upper() if _NUMBER.match(digits) else None


def is_whole_number(number: str) -> bool:
    """Shaped like a whole ID number or phone (mobile, landline). Old 15-digit ID numbers are
    stored in their 18-character form (and every 15-digit card expired in 2013): an 18-digit
    number typed key by key would otherwise count twice."""
    return len(number) == 18 or bool(_MOBILE.match(number) or _LANDLINE.match(number))


@dataclass(frozen=True)
class Lookup:
    """What a number query is matched against, for this account."""

    number: str
    whole: bool  # whole ID numbers and phones
    tail: bool  # tails (for a role without full numbers: the last four exactly)


def plan_lookup(number: str, *, full_numbers: bool) -> Lookup | None:
    """None: the query is not looked up among ID numbers and phones (and not counted)."""
    if len(number) < TAIL:
        return None
    if full_numbers:
        return Lookup(number, whole=True, tail=True)
    whole, tail = is_whole_number(number), len(number) == TAIL
    return Lookup(number, whole, tail) if whole or tail else None


def masked_query(number: str) -> str:
    """The query as the trail keeps it: shaped like the masked numbers on screen."""
    if len(number) == 18:
        return mask_id_number(number)
    if _MOBILE.match(number):
        return mask_phone(number)
    keep = min(TAIL, len(number))
    return "*" * (len(number) - keep) + number[-keep:]


#: Tails through the indexes on the last four characters (migration 0006); the expressions
#: must stay exactly ``substr(<column>, -4)`` for SQLite to use them. Each match comes with its
#: standing (``services.register.standing``): residents before those who moved away or died.
ID_TAILS = text(
    f"SELECT id, {standing_sql('persons')} AS standing FROM persons "
    "WHERE substr(id_number, -4) = :last4 AND id_number GLOB :g ORDER BY standing LIMIT :limit"
)
ID_WHOLE = text(f"SELECT id, {standing_sql('persons')} FROM persons WHERE id_number = :n")


def _id_matches(session: Session, look: Lookup, limit: int) -> tuple[list[Hit], list[Hit]]:
    """(whole, tail) matches: whole by the unique index, tails through the index on the last
    four characters (migration 0006)."""
    whole: list[Hit] = []
    if look.whole and len(look.number) == 18:
        whole = [(i, s) for i, s in session.execute(ID_WHOLE, {"n": look.number})]
    if not look.tail or len(look.number) >= 18:
        return whole, []
    found = session.execute(
        ID_TAILS,
        {"last4": look.number[-TAIL:], "g": "*" + look.number, "limit": limit + len(whole)},
    )
    return whole, [(i, s) for i, s in found if (i, s) not in whole]


PHONES = text(
    f"SELECT id, replace(phone, '-', '') = :n, {standing_sql('persons')} AS standing "
    "FROM persons WHERE substr(phone, -4) = :last4 AND replace(phone, '-', '') GLOB :g "
    "UNION ALL "
    f"SELECT p.id, replace(h.phone, '-', '') = :n, {standing_sql('p')} FROM households h "
    "JOIN persons p ON p.household_id = h.id "
    "WHERE substr(h.phone, -4) = :last4 AND replace(h.phone, '-', '') GLOB :g "
    "AND h.deleted_at IS NULL "
    "ORDER BY standing LIMIT :limit"
)


def _phone_matches(session: Session, look: Lookup, limit: int) -> tuple[list[Hit], list[Hit]]:
    """(whole, tail) matches of the person's own phone or the household's, dashes dropped,
    through the indexes on their last four characters (migration 0006)."""
    n = look.number
    if not n.isdigit():
        return [], []
    pattern = "*" + n if look.tail else n
    rows = session.execute(
        PHONES, {"n": n, "last4": n[-TAIL:], "g": pattern, "limit": 4 * limit}
    ).all()
    whole = [(pid, s) for pid, is_whole, s in rows if is_whole]
    tail = [(pid, s) for pid, is_whole, s in rows if not is_whole and (pid, s) not in whole]
    return whole, tail


def find_by_number(
    session: Session, look: Lookup, limit: int, *, retired: bool = False
) -> list[int]:
    """Person ids, best first: whole numbers (ID number, then phone), then tails (ID numbers,
    then phones); within each, residents first and those who moved away or died after them.
    Retired records only with ``retired``, last."""
    id_whole, id_tail = _id_matches(session, look, limit)
    phone_whole, phone_tail = _phone_matches(session, look, limit)
    kept = [
        sorted(hits, key=lambda hit: hit[1])  # stable: the ID number before the phone
        for hits in (id_whole + phone_whole, id_tail + phone_tail)
    ]
    ids = [i for hits in kept for i, standing in hits if retired or standing < Standing.RETIRED]
    return list(dict.fromkeys(ids))[:limit]


# --- the trail and the limit -------------------------------------------------------------------

_RECENT = (
    text(
        "SELECT count(*) AS n, min(at) AS oldest FROM audit_entries "
        "WHERE at > :since AND +action = :action AND actor = :actor"
    )
    .bindparams(bindparam("since", type_=DateTime()))
    .columns(n=Integer(), oldest=DateTime())
)


def _recent(session: Session, ctx: ServiceContext) -> tuple[int, datetime | None]:
    """This account's number searches in the window, and when the oldest of them ran. The time
    index leads (``+action`` keeps the action's index out): the window holds a few entries, the
    action years of them."""
    row = session.execute(
        _RECENT, {"since": ctx.now() - WINDOW, "action": SEARCH_NUMBER, "actor": ctx.actor.username}
    ).one()
    return int(row.n), row.oldest


def _refusal(ctx: ServiceContext, oldest: datetime | None) -> str:
    wait = WINDOW if oldest is None else oldest + WINDOW - ctx.now()
    minutes = max(1, math.ceil(wait.total_seconds() / 60))
    window = int(WINDOW.total_seconds() // 60)
    who = roles_allowed(Permission.VIEW_FULL_ID)
    return (
        f"按身份证号码或电话查找太频繁：每 {window} 分钟最多 {LIMIT} 次。"
        f"请 {minutes} 分钟后再试；需要核对完整号码时，请找{who}。"
    )


def _entry(action: str, look: Lookup, found: list[int], session: Session) -> dict[str, object]:
    details: dict[str, object] = {"query": masked_query(look.number)}
    row: dict[str, object] = {"action": action, "changes": details}
    if action == SEARCH_NUMBER:
        details["found"] = len(found)
        details["persons"] = found[:_FOUND_KEPT]
        if len(found) == 1:  # one person looked up by number: the trail points at the record
            uid = session.scalar(text("SELECT uid FROM persons WHERE id = :i"), {"i": found[0]})
            row.update(table_name="persons", record_id=found[0], record_uid=uid or "")
    return row


def search_numbers(
    ctx: ServiceContext, look: Lookup, limit: int, *, retired: bool = False
) -> list[int]:
    """Look a number up and audit it.

    A role that sees full numbers: audited when the number found somebody (who looked up whom;
    a miss shows that role nothing, and an ID number typed key by key would write fifteen
    entries). A role that does not: every lookup, found or not, in the one transaction that
    counts the window, so two windows of the app cannot both pass the limit; over it, the
    refusal is audited instead and raised."""
    if allows(ctx.actor, Permission.VIEW_FULL_ID):
        with ctx.read() as session:
            found = find_by_number(session, look, limit, retired=retired)
        if found:
            with ctx.write(Permission.VIEW_RECORDS) as session:
                append_entries(session, ctx.actor, [_entry(SEARCH_NUMBER, look, found, session)])
        return found
    refused = ""
    with ctx.write(Permission.VIEW_RECORDS) as session:
        count, oldest = _recent(session, ctx)
        if count >= LIMIT:
            refused = _refusal(ctx, oldest)
        found = [] if refused else find_by_number(session, look, limit, retired=retired)
        action = SEARCH_NUMBER_REFUSED if refused else SEARCH_NUMBER
        append_entries(session, ctx.actor, [_entry(action, look, found, session)])
    if refused:
        raise NumberSearchLimitError(refused)
    return found


class NumberSearchLimitError(ServiceError):
    """Too many number searches by one account in a short time."""
