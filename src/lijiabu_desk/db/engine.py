"""The engine for one SQLite file, with the pragmas that keep it safe.

Built by a function from an explicit path, never at import time. Every transaction that may
write starts with ``BEGIN IMMEDIATE``: a writer takes the write lock at the start, so two
processes that both read a counter and then write it wait for each other (within the busy
timeout) instead of one failing half-way. Sessions that only read pass the ``READ_ONLY``
execution option and begin without the write lock (WAL gives them a snapshot). The driver's own
transaction handling is switched off so that SQLAlchemy's BEGIN is the only one (the pysqlite
transactional-DDL recipe from SQLAlchemy's SQLite dialect docs), which also makes Alembic's DDL
transactional.

The file and its ``-wal`` and ``-shm`` companions are owner-only (0600): a new file is created so
before SQLite opens it (SQLite gives the companions the database file's mode), and an existing one
that others could read loses their access here.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lijiabu_desk.db.private_files import create_private_file, make_private, make_private_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
READ_ONLY = "lijiabu_read_only"  # execution option: this transaction only reads
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")  # files SQLite keeps beside the database


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{Path(path).resolve()}"


def create_engine_for(path: Path, *, foreign_keys: bool = True) -> Engine:
    """Open (creating if needed) the SQLite file at ``path``.

    ``foreign_keys=False`` is for migrations only: batch migrations rebuild referenced tables,
    which fails with enforcement on; ``db.migrate`` runs ``foreign_key_check`` afterwards.
    """
    # Imported here: this module's constants are read by code that must stay light (the
    # glance at a file before the login screen, ``--help``).
    from sqlalchemy import create_engine, event

    path = Path(path)
    make_private_dir(path.parent)
    make_database_private(path)
    engine = create_engine(
        sqlite_url(path),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # An error's text must never carry the values of a statement (ID numbers, names): it
        # may reach a log or a screen that the app did not foresee.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Readers that say so get a plain (deferred) BEGIN: in WAL mode they read a snapshot and
        # never hold the write lock; everything else takes the write lock up front.
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_database_private(path: Path) -> None:
    """Create ``path`` as an empty owner-only file when missing; take group and world access away
    from an existing file and its companions (a file from an older version, a restored copy).

    A file that cannot be created here (a read-only folder) is left to SQLite, whose error the
    callers already turn into a message when they connect."""
    with contextlib.suppress(OSError):
        create_private_file(path)
    for suffix in COMPANION_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            make_private(companion)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions are short: open one per unit of work, ``with factory.begin() as s: ...``."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


# Set by migration 0002 in the file header; marks a SQLite file as one of ours ("LJBD").
APPLICATION_ID = int.from_bytes(b"LJBD", "big")
