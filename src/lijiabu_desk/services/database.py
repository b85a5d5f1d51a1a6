"""Opening the record store: migrate (with a verified backup) and hand out sessions.

The GUI and the CLI both start here; nothing is opened at import time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from lijiabu_desk.db.engine import create_engine_for, make_session_factory
from lijiabu_desk.db.guard import check_local_path
from lijiabu_desk.db.migrate import MigrationResult, upgrade_to_head
from lijiabu_desk.db.search_index import ensure_search_index
from lijiabu_desk.services.audit import install_audit


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationResult

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, clock: Callable[[], datetime] = datetime.now) -> Database:
    """Open ``path`` (created when missing), bringing it to the current schema first.

    Every session from ``Database.sessions`` audits its changes (``services.audit``): a write
    needs an actor, which ``ServiceContext.write`` provides.
    """
    path = Path(path)
    check_local_path(path)  # SQLite's locking cannot be trusted on a network share
    migration = upgrade_to_head(path, clock=clock)
    engine = create_engine_for(path)
    with engine.begin() as conn:
        ensure_search_index(conn)  # triggers may have been dropped by a batch migration
    sessions = make_session_factory(engine)
    install_audit(sessions)
    return Database(path, engine, sessions, migration)
