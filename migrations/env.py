"""Alembic environment, configured in code by ``lijiabu_desk.db.migrate``.

The whole upgrade runs in one transaction (``BEGIN IMMEDIATE`` from our engine), so a failure
part-way leaves no ``_alembic_tmp_*`` tables behind. Batch mode is on for SQLite's limited ALTER.
Objects kept in code rather than in revisions (FTS tables, triggers; see ``include_object``) are
hidden from autogenerate.
"""

from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy.exc import SAWarning

import lijiabu_desk.models  # noqa: F401  (registers every table)
from lijiabu_desk.db.engine import create_engine_for
from lijiabu_desk.db.migrate import EXPRESSION_INDEX_WARNING
from lijiabu_desk.db.search_index import drop_search_triggers
from lijiabu_desk.models.base import Base

config = context.config
target_metadata = Base.metadata

# Names of objects that live outside Alembic's control (rebuilt in code after each upgrade).
CODE_MANAGED_PREFIXES = ("fts_",)


def include_object(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name and name.startswith(CODE_MANAGED_PREFIXES))


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
        include_object=include_object,
        compare_type=True,
    )
    with connection.begin(), warnings.catch_warnings():
        # Batch mode reflects tables; SQLAlchemy cannot reflect the expression indexes of 0006
        # and would say so on stderr, which an officer must not see.
        warnings.filterwarnings("ignore", EXPRESSION_INDEX_WARNING, SAWarning)
        # Triggers kept in code are dropped first (a batch rebuild of a table they name fails)
        # and recreated by ensure_search_index after the upgrade.
        drop_search_triggers(connection)
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = create_engine_for(config.attributes["db_path"], foreign_keys=False)
    try:
        with engine.connect() as conn:
            run_migrations(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
run_migrations_online()
