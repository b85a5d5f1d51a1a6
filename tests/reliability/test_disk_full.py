"""Disk full and write errors during a save: the save fails as a whole and nothing else changes.

Two ways to run out of room, each swept over how much room is left and over saves of growing size
(a household with a photo of its 户口本 attached) until a save fails:

* ``PRAGMA max_page_count`` a few pages above the file's size on every pooled connection: SQLite
  answers SQLITE_FULL ("database or disk is full") while the save is being written.
* ``RLIMIT_FSIZE`` after emptying the -wal file (``wal_checkpoint(TRUNCATE)``): every save is
  appended to the -wal file, and the write that would grow it past the limit fails with EFBIG,
  which SQLite reports as SQLITE_IOERR ("disk I/O error"), usually at the commit itself. This is
  what a full disk looks like in WAL mode.

After each failure: an exception reached the caller, every table holds exactly what it held
before the save (row counts and a checksum of every row), integrity_check passes, the audit chain
verifies, and once there is room again the same save goes through on the same ``ServiceContext``.
"""

from __future__ import annotations

import hashlib
import random
import re
import resource
import signal
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, nullcontext
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

from lijiabu_desk.models import Attachment, Household, Person, Village
from lijiabu_desk.models.enums import Relation, Sex
from lijiabu_desk.services.audit import verify_chain
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.station import StationDetails, save_station
from tests.reliability.kill_worker import save_one

SEED = 20261129
NO_LIMIT = 2**32 - 2  # SQLite clamps it to its largest page count
WAL_HEADER = 32


class PageLimit:
    """``PRAGMA max_page_count`` on every connection the engine hands out (it is per connection)."""

    def __init__(self, db: Database) -> None:
        self.pages = NO_LIMIT
        event.listen(db.engine, "checkout", self._apply)

    def _apply(self, dbapi_connection: sqlite3.Connection, *_: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={self.pages}")

    @contextmanager
    def applied(self, pages: int) -> Iterator[None]:
        self.pages = pages
        try:
            yield
        finally:
            self.pages = NO_LIMIT


@contextmanager
def file_size_limit(nbytes: int) -> Iterator[None]:
    """No file written by this process may grow past ``nbytes`` (EFBIG instead of SIGXFSZ)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def snapshot(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and a SHA-256 of every row (in rowid order) of every table, read on the side."""
    tables: dict[str, tuple[int, str]] = {}
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        # The search index's FTS5 tables count (read through their virtual tables); their
        # shadow tables (fts_*_data, _idx …) are storage details, some WITHOUT ROWID.
        names = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND (sql LIKE 'CREATE VIRTUAL TABLE%' OR name NOT LIKE 'fts\\_%' ESCAPE '\\')"
        ).fetchall()
        for (name,) in names:
            digest, count = hashlib.sha256(), 0
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                for value in row:
                    digest.update(value if isinstance(value, bytes) else repr(value).encode())
                count += 1
            tables[name] = (count, digest.hexdigest())
    return tables


def assert_healthy(db: Database) -> None:
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with db.sessions() as session:
        report = verify_chain(session)
        assert report.ok, report


def fill(ctx: ServiceContext, saves: int) -> None:
    rng = random.Random(SEED)
    for _ in range(saves):
        save_one(ctx, rng, lambda _line: None)


def save_household_with_photo(ctx: ServiceContext, rng: random.Random, size: int) -> str:
    """A new household, its head, and a ``size``-byte photo of the 户口本; the household uid."""
    photo = rng.randbytes(size)
    with ctx.write() as session:
        village_id = session.scalars(select(Village.id).order_by(Village.id)).first()
        household = Household(household_no=f"D{rng.randrange(10**12):012d}", village_id=village_id)
        head = Person(name="牛建国", sex=Sex.MALE, relation=Relation.HEAD, phone="13919876543")
        household.members.append(head)
        session.add(household)
        session.flush()
        session.add(
            Attachment(
                owner_table="households",
                owner_id=household.id,
                filename="户口本首页.jpg",
                media_type="image/jpeg",
                sha256=hashlib.sha256(photo).hexdigest(),
                size=size,
                content=photo,
                description="入户走访时拍摄",
            )
        )
        return household.uid


def stored_photo(db: Database, household_uid: str) -> bytes:
    with db.sessions() as session:
        household = session.scalars(select(Household).where(Household.uid == household_uid)).one()
        return session.scalars(
            select(Attachment.content).where(
                Attachment.owner_table == "households", Attachment.owner_id == household.id
            )
        ).one()


def sqlite_error(exc: BaseException | None) -> str:
    """The text of the SQLite error behind ``exc`` (a service may wrap it; it must not hide it)."""
    while exc is not None:
        if isinstance(exc, OperationalError):
            return str(exc.orig)
        if isinstance(exc, sqlite3.Error):
            return str(exc)
        exc = exc.__cause__
    return ""


def sweep(
    db: Database, ctx: ServiceContext, rng: random.Random, room: Callable[[], Any]
) -> tuple[str, str, int]:
    """Saves of doubling size under ``room()`` until one fails; check it changed nothing.

    Returns the exception's type, the SQLite error's text and the size that did not fit (which
    must fit once there is room again).
    """
    size = 512
    while size < 64 * 2**20:
        before = snapshot(db.path)
        try:
            with room():
                uid = save_household_with_photo(ctx, rng, size)
        except Exception as exc:
            cause = sqlite_error(exc)
            assert cause, f"the {size}-byte save failed, but not because of SQLite: {exc!r}"
            assert snapshot(db.path) == before, f"a failed {size}-byte save changed the file"
            assert_healthy(db)
            retried = save_household_with_photo(ctx, rng, size)
            assert len(stored_photo(db, retried)) == size
            return type(exc).__name__, cause, size
        assert len(stored_photo(db, uid)) == size, "a save reported as done is not there whole"
        size *= 2
    raise AssertionError("no save failed: the limit was not applied")


@pytest.mark.slow
def test_a_save_that_does_not_fit_below_max_page_count_changes_nothing(
    db: Database, ctx: ServiceContext, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(ctx, 150)
    limit = PageLimit(db)
    rng = random.Random(SEED)
    failures: Counter[str] = Counter()
    for free_pages in (0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89):
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        # Holding one connection (no transaction) sends the saves to another pooled connection.
        with db.engine.connect() if free_pages % 2 else nullcontext():
            raised, text, size = sweep(db, ctx, rng, partial(limit.applied, pages + free_pages))
        failures[f"{raised}: {text}"] += 1
        assert text == "database or disk is full", f"{free_pages} free pages, {size} bytes: {text}"
    with capsys.disabled():
        print(f"\n[reliability] max_page_count sweep: {sum(failures.values())} failed saves, "
              f"all rolled back whole: {dict(failures)}")  # fmt: skip


@pytest.mark.slow
def test_a_save_that_cannot_grow_the_wal_file_changes_nothing(
    db: Database, ctx: ServiceContext, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(ctx, 150)
    rng = random.Random(SEED)
    failures: Counter[str] = Counter()
    for room in (0, 4096, 3 * 4096, 16 * 4096, 64 * 4096, 2**20):
        with closing(sqlite3.connect(db.path)) as conn:
            assert conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        wal = db.path.with_name(db.path.name + "-wal")
        assert wal.stat().st_size == 0
        raised, text, size = sweep(db, ctx, rng, partial(file_size_limit, WAL_HEADER + room))
        failures[f"{raised}: {text}"] += 1
        assert text == "disk I/O error", f"{room} bytes of room, a {size}-byte save: {text}"
    with capsys.disabled():
        print(f"\n[reliability] -wal file size limit sweep: {sum(failures.values())} failed "
              f"saves, all rolled back whole: {dict(failures)}")  # fmt: skip


@pytest.mark.parametrize("what", ["station details", "household"])
def test_a_full_disk_is_reported_to_the_user_in_chinese(
    db: Database, ctx: ServiceContext, what: str
) -> None:
    fill(ctx, 40)
    limit = PageLimit(db)
    with db.engine.connect() as conn:
        limit.pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()  # not a page more
    rng = random.Random(SEED)
    with pytest.raises(ServiceError) as caught:
        for attempt in range(1000):
            before = snapshot(db.path)
            if what == "station details":
                save_station(ctx, StationDetails(name="李家堡派出所", address=f"新街{attempt}号"))
            else:
                save_household_with_photo(ctx, rng, 256)
    message = caught.value.message
    assert re.search(r"[\u4e00-\u9fff]", message), message
    assert "sqlite" not in message.lower() and "OperationalError" not in message, message
    limit.pages = NO_LIMIT
    assert snapshot(db.path) == before
    assert_healthy(db)
