"""Opening the record store: migrate (with a verified backup) and hand out sessions.

The GUI and the CLI both start here; nothing is opened at import time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from lijiabu_desk.db.engine import create_engine_for, make_session_factory
from lijiabu_desk.db.guard import InstanceLock, check_local_path
from lijiabu_desk.db.migrate import MigrationResult, upgrade_to_head
from lijiabu_desk.db.search_index import ensure_search_index
from lijiabu_desk.services.audit import install_audit
from lijiabu_desk.services.chain_anchor import install_chain_anchor
from lijiabu_desk.services.text_rules import install_text_rules


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationResult
    #: The single-instance lock, when the database was opened through ``services.opening``;
    #: closing the database releases it.
    lock: InstanceLock | None = None
    #: What the officer should know about the file (e.g. the audit trail's head does not match
    #: the copy kept outside the file), as Chinese sentences.
    warnings: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


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
    # The audit chain's head, also kept outside the file, is compared here at every open.
    warnings = install_chain_anchor(sessions, path)
    install_text_rules(sessions)  # one length and character rule for every way in
    return Database(path, engine, sessions, migration, warnings=warnings)
