"""Every real revision upgrades a file that already holds data, keeping every row.

For each consecutive pair (previous → next) of the chain: migrate a file to the previous revision,
put a row into every table that exists then (values made from the reflected column types, so the
test needs no knowledge of that old schema), upgrade to head and check every row is still there.
"""

from __future__ import annotations

import sqlite3
import warnings
from contextlib import closing
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from lijiabu_desk.db import migrate
from lijiabu_desk.db.engine import create_engine_for


def revision_pairs() -> list[tuple[str, str]]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = list(reversed(list(script.walk_revisions())))  # base first
    return [(a.revision, b.revision) for a, b in pairwise(revisions)]


def sample_value(column: sa.Column, row_id: int) -> object:
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer):
        return row_id
    if isinstance(kind, sa.Float | sa.Numeric):
        return 1.5
    if isinstance(kind, sa.DateTime):
        return datetime(2025, 5, 1, 8, 30)
    if isinstance(kind, sa.Date):
        return date(2025, 5, 1)
    if isinstance(kind, sa.LargeBinary):
        return b"\x00\x01"
    length = getattr(kind, "length", None) or 20
    return f"v{row_id}"[:length]


def fill_every_table(path: Path) -> dict[str, int]:
    """One row per table (id 1); foreign keys point at row 1 of the referenced table."""
    engine = create_engine_for(path, foreign_keys=False)
    meta = sa.MetaData()
    with warnings.catch_warnings():  # expression indexes (0006) cannot be reflected
        warnings.filterwarnings("ignore", migrate.EXPRESSION_INDEX_WARNING)
        meta.reflect(engine)
    counts = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            row = {}
            for column in table.columns:
                if column.foreign_keys:
                    row[column.name] = None if column.nullable else 1
                else:
                    row[column.name] = sample_value(column, 1)
            conn.execute(table.insert().values(row))
            counts[table.name] = 1
    engine.dispose()
    return counts


@pytest.mark.parametrize(("previous", "target"), revision_pairs())
def test_upgrade_keeps_rows(tmp_path: Path, previous: str, target: str) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine_for(path, foreign_keys=False)
    with engine.connect() as conn:
        cfg = migrate.alembic_config(path)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, previous)
    engine.dispose()
    counts = fill_every_table(path)
    result = migrate.upgrade_to_head(path)
    assert result.from_revision == previous
    assert result.backup_path is not None and result.backup_path.exists()
    with closing(sqlite3.connect(path)) as conn:
        for table, count in counts.items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_chain_has_pairs_to_check() -> None:
    assert revision_pairs(), "with one revision only, test_upgrade_keeps_rows checks nothing"


def test_a_file_with_its_search_index_upgrades_from_the_previous_revision(tmp_path: Path) -> None:
    """A real database carries the search triggers (made in code, not by a revision); a batch
    migration that rebuilds a table they name must still go through."""
    from lijiabu_desk.db.search_index import ensure_search_index

    previous, _head = revision_pairs()[-1]
    path = tmp_path / "real.sqlite3"
    engine = create_engine_for(path, foreign_keys=False)
    with engine.connect() as conn:
        cfg = migrate.alembic_config(path)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, previous)
    engine.dispose()
    counts = fill_every_table(path)
    engine = create_engine_for(path)
    with engine.begin() as conn:
        ensure_search_index(conn)
    engine.dispose()
    migrate.upgrade_to_head(path)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == counts["persons"]
