"""Shared fixtures. Qt runs offscreen; every test gets its own migrated database in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LIJIABU_LANG", "zh_CN")

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database


@pytest.fixture(autouse=True)
def settings_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The audit chain's head is also kept in the user's settings folder: never the real one."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("LIJIABU_SETTINGS_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database) -> ServiceContext:
    """Acting as the setup actor (a database without accounts), on the real clock."""
    return ServiceContext(db, SETUP_ACTOR)


@pytest.fixture
def hasher() -> PasswordHasher:
    """Cheap argon2id parameters so tests do not spend a quarter second per hash."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 28, 9, 0, 0))
