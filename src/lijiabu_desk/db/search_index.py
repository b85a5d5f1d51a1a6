"""The full-text search index over people, kept in code rather than in Alembic revisions.

Two FTS5 tables, filled by triggers so that every write path (services, bulk import, the demo)
keeps them current:

- ``fts_person_text`` (trigram tokenizer): name, ID number, phone, household number and address,
  for substrings of three or more characters ("晓明张" no, "张晓明" yes, "1234" of an ID number);
- ``fts_person_keys`` (unicode61 with prefix indexes): the pinyin keys of ``persons.name_keys``,
  for "zxm", "zhangxm" … typed as prefixes.

Alembic's batch mode drops triggers when it rebuilds a table and autogenerate would propose
dropping the FTS tables (PITFALLS.md), so the tables are named ``fts_*`` (hidden from
autogenerate in migrations/env.py) and ``ensure_search_index`` recreates whatever is missing, and
rebuilds the index when it does not hold one row per person, after every upgrade.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# The address a household's members are found by: village, group, house number, detail.
_ADDRESS = (
    "coalesce(v.name, '') || coalesce(g.name, '') || coalesce(h.house_no, '') || "
    "coalesce(h.address_detail, '') || ' ' || coalesce(p.address, '')"
)
_SELECT_PEOPLE = f"""
    SELECT p.id, p.name, coalesce(p.id_number, ''), p.phone || ' ' || coalesce(h.phone, ''),
           coalesce(h.household_no, ''), {_ADDRESS}
    FROM persons p
    LEFT JOIN households h ON h.id = p.household_id
    LEFT JOIN villages v ON v.id = h.village_id
    LEFT JOIN village_groups g ON g.id = h.group_id
"""
_INSERT_TEXT = "INSERT INTO fts_person_text (rowid, name, id_number, phone, household_no, address) "

DDL = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS fts_person_text USING fts5(
        name, id_number, phone, household_no, address, tokenize = 'trigram')""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS fts_person_keys USING fts5(
        keys, tokenize = 'unicode61', prefix = '1 2 3 4')""",
    f"""CREATE TRIGGER IF NOT EXISTS trg_persons_search_insert AFTER INSERT ON persons BEGIN
        {_INSERT_TEXT} {_SELECT_PEOPLE} WHERE p.id = new.id;
        INSERT INTO fts_person_keys (rowid, keys) VALUES (new.id, new.name_keys);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS trg_persons_search_update AFTER UPDATE ON persons BEGIN
        DELETE FROM fts_person_text WHERE rowid = old.id;
        DELETE FROM fts_person_keys WHERE rowid = old.id;
        {_INSERT_TEXT} {_SELECT_PEOPLE} WHERE p.id = new.id;
        INSERT INTO fts_person_keys (rowid, keys) VALUES (new.id, new.name_keys);
    END""",
    """CREATE TRIGGER IF NOT EXISTS trg_persons_search_delete AFTER DELETE ON persons BEGIN
        DELETE FROM fts_person_text WHERE rowid = old.id;
        DELETE FROM fts_person_keys WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS trg_households_search_update AFTER UPDATE ON households
    BEGIN
        DELETE FROM fts_person_text
            WHERE rowid IN (SELECT id FROM persons WHERE household_id = new.id);
        {_INSERT_TEXT} {_SELECT_PEOPLE} WHERE p.household_id = new.id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS trg_villages_search_update AFTER UPDATE OF name ON villages
    BEGIN
        DELETE FROM fts_person_text WHERE rowid IN (SELECT p.id FROM persons p
            JOIN households h ON h.id = p.household_id WHERE h.village_id = new.id);
        {_INSERT_TEXT} {_SELECT_PEOPLE} WHERE h.village_id = new.id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS trg_groups_search_update AFTER UPDATE OF name
    ON village_groups BEGIN
        DELETE FROM fts_person_text WHERE rowid IN (SELECT p.id FROM persons p
            JOIN households h ON h.id = p.household_id WHERE h.group_id = new.id);
        {_INSERT_TEXT} {_SELECT_PEOPLE} WHERE h.group_id = new.id;
    END""",
]

REBUILD = [
    "DELETE FROM fts_person_text",
    "DELETE FROM fts_person_keys",
    f"{_INSERT_TEXT} {_SELECT_PEOPLE}",
    "INSERT INTO fts_person_keys (rowid, keys) SELECT id, name_keys FROM persons",
]


def ensure_search_index(conn: Connection) -> bool:
    """Create missing tables and triggers; rebuild when the index is out of step. Returns
    whether a rebuild ran. Run inside a write transaction."""
    for statement in DDL:
        conn.execute(text(statement))
    people = conn.execute(text("SELECT count(*) FROM persons")).scalar()
    indexed = conn.execute(text("SELECT count(*) FROM fts_person_text")).scalar()
    keyed = conn.execute(text("SELECT count(*) FROM fts_person_keys")).scalar()
    if people == indexed == keyed:
        return False
    for statement in REBUILD:
        conn.execute(text(statement))
    return True


def drop_search_triggers(conn: Connection) -> None:
    """Before a migration: the triggers name ``villages``, ``households`` and ``persons`` in
    their bodies, and SQLite refuses to rename a batch migration's rebuilt table over a name a
    trigger refers to ("error in trigger …"). ``ensure_search_index`` creates them again after
    the upgrade, and rebuilds the index if the migration changed the people in it."""
    names = conn.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_%search%'")
    ).scalars()
    for name in list(names):
        conn.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
