"""Migrations: empty → head, the chain, models agree with the schema, refusals and rollbacks."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import warnings
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

import lijiabu_desk.db.migrate as migrate
from lijiabu_desk.db.backup import verify_backup
from lijiabu_desk.db.engine import APPLICATION_ID, create_engine_for
from lijiabu_desk.db.errors import MigrationError, SchemaTooNewError
from lijiabu_desk.db.migrate import alembic_config, current_revision, head_revision
from lijiabu_desk.models import Base
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.demo import build_demo_township


def sqlite_tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_upgrade_from_empty_creates_every_table(db_path: Path) -> None:
    result = migrate.upgrade_to_head(db_path)
    assert result.from_revision is None and result.to_revision == head_revision()
    assert result.backup_path is None  # nothing to back up in a new file
    assert set(Base.metadata.tables) <= sqlite_tables(db_path)
    assert current_revision(db_path) == head_revision()


def test_the_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    revisions = list(script.walk_revisions())
    for rev in revisions:
        assert not rev.is_merge_point
        assert len(rev.nextrev) <= 1, f"{rev.revision} branches"


def not_code_managed(obj, name, type_, reflected, compare_to) -> bool:
    """The same filter as migrations/env.py: FTS tables live in db/search_index.py."""
    return not (type_ == "table" and name and name.startswith("fts_"))


def test_models_equal_the_migrated_schema(db_path: Path) -> None:
    open_database(db_path).close()  # migrations plus the code-managed search index
    engine = create_engine_for(db_path)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": not_code_managed}
            )
            with warnings.catch_warnings():  # 0006's expression indexes are not reflected
                warnings.filterwarnings("ignore", migrate.EXPRESSION_INDEX_WARNING)
                diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_opening_twice_is_a_no_op(db_path: Path) -> None:
    migrate.upgrade_to_head(db_path)
    again = migrate.upgrade_to_head(db_path)
    assert again.from_revision == again.to_revision and again.backup_path is None


def test_pragmas_are_set(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_newer_schema_is_refused_untouched(db_path: Path) -> None:
    migrate.upgrade_to_head(db_path)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        conn.commit()
    before = file_digest(db_path)
    with pytest.raises(SchemaTooNewError) as info:
        open_database(db_path)
    assert "更新版本" in info.value.message
    assert file_digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


# --- upgrading a file that holds data, through a synthetic next revision --------------------

NEXT_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "zz_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    # persons is referenced by many tables: the batch rebuild fails with foreign keys on.
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("nickname", sa.String(20), nullable=False,
                                   server_default=""))
    {extra}


def downgrade():
    pass
"""


def scripts_with_next_revision(tmp_path: Path, extra: str = "pass") -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), folder)
    text = NEXT_REVISION.format(head=head_revision(), extra=extra)
    (folder / "versions" / "zz_next.py").write_text(text, encoding="utf-8")
    return folder


def filled_database(path: Path) -> dict[str, int]:
    db = open_database(path)
    with db.sessions.begin() as session:
        build_demo_township(session, households=15, seed=3, today=date(2026, 11, 28))
    db.close()
    with closing(sqlite3.connect(path)) as conn:
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in Base.metadata.tables
        }


def test_upgrade_with_data_backs_up_first_and_keeps_every_row(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = filled_database(db_path)
    assert counts["persons"] > 0 and counts["dispute_parties"] > 0
    scripts = scripts_with_next_revision(tmp_path)
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    result = migrate.upgrade_to_head(db_path, clock=lambda: datetime(2026, 11, 28, 9, 30))
    assert result.to_revision == "zz_next"
    assert result.backup_path is not None and result.backup_path.exists()
    assert "20261128-093000" in result.backup_path.name
    backup_counts = verify_backup(result.backup_path).counts
    assert {t: backup_counts[t] for t in counts} == counts
    with closing(sqlite3.connect(db_path)) as conn:
        after = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in counts}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        columns = [r[1] for r in conn.execute("PRAGMA table_info(persons)")]
    assert after == counts
    assert "nickname" in columns


def test_a_failing_upgrade_leaves_the_file_as_it_was(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = filled_database(db_path)
    released_head = head_revision()
    extra = 'op.execute("SELECT no_such_function()")'
    scripts = scripts_with_next_revision(tmp_path, extra)
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    with pytest.raises(MigrationError) as info:
        migrate.upgrade_to_head(db_path)
    assert "升级失败" in info.value.message and "备份" in info.value.message
    tables = sqlite_tables(db_path)
    assert not [t for t in tables if t.startswith("_alembic_tmp")]
    with closing(sqlite3.connect(db_path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(persons)")]
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == counts["persons"]
    assert "nickname" not in columns
    assert current_revision(db_path) == released_head


def test_the_file_is_marked_as_ours(db_path: Path) -> None:
    migrate.upgrade_to_head(db_path)
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
