"""Bring a database file to the current schema, safely.

The Alembic scripts are found inside the installed package (a wheel carries them as
``lijiabu_desk/migrations``) or, for a checkout, in the repository's top-level ``migrations/``.
Before an existing file is upgraded a verified backup is taken; a file written by a newer version
is refused before anything touches it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from lijiabu_desk.db.backup import backup_database
from lijiabu_desk.db.engine import create_engine_for
from lijiabu_desk.db.errors import MigrationError, SchemaTooNewError
from lijiabu_desk.db.paths import backup_dir_for

EXPRESSION_INDEX_WARNING = "Skipped unsupported reflection of expression-based index"


def migrations_dir() -> Path:
    packaged = resources.files("lijiabu_desk") / "migrations"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[3] / "migrations"
    if checkout.is_dir():
        return checkout
    raise MigrationError("找不到数据库升级脚本（migrations），安装包不完整，请重新安装。")


def alembic_config(db_path: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if db_path is not None:
        cfg.attributes["db_path"] = Path(db_path)
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migration chain has no head"
    return head


def current_revision(db_path: Path) -> str | None:
    """The schema revision stamped in the file, or None for a new or empty file."""
    if not Path(db_path).exists():
        return None
    with closing(sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def is_known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def ensure_not_newer(db_path: Path) -> str | None:
    current = current_revision(db_path)
    if current is not None and not is_known_revision(current):
        raise SchemaTooNewError(
            f"数据库文件 {db_path} 是由更新版本的李家堡警务台账写入的（版本 {current}），"
            "本程序无法打开它。请安装最新版本后再打开；文件未作任何改动。"
        )
    return current


def upgrade_to_head(
    db_path: Path,
    *,
    backup_dir: Path | None = None,
    clock: Callable[[], datetime] = datetime.now,
) -> MigrationResult:
    """Upgrade ``db_path`` to head; back up first when the file already holds a schema."""
    db_path = Path(db_path)
    current = ensure_not_newer(db_path)
    head = head_revision()
    if current == head:
        return MigrationResult(current, head, None)
    backup_path = None
    if current is not None:
        folder = backup_dir or backup_dir_for(db_path)
        now = clock()
        backup_path = folder / f"{now:%Y%m%d-%H%M%S}-before-upgrade-{current}.sqlite3"
        backup_database(db_path, backup_path, taken_at=now, reason="before-upgrade")
    engine = create_engine_for(db_path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            cfg = alembic_config(db_path)
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")  # env.py keeps SQLAlchemy's reflection notes quiet
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    except Exception as exc:
        where = f"升级前的备份在 {backup_path}。" if backup_path else ""
        # The error's kind only: its text may hold SQL (never values: the engine hides them).
        raise MigrationError(
            f"数据库升级失败，数据未改动。{where}（{type(exc).__name__}）"
        ) from exc
    finally:
        engine.dispose()
    if problems:
        raise MigrationError(
            f"数据库升级后发现 {len(problems)} 处关联错误。升级前的备份在 {backup_path}。"
        )
    return MigrationResult(current, head, backup_path)
