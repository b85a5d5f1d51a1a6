"""Shared fixtures. Qt runs offscreen; every test gets its own migrated database in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LIJIABU_LANG", "zh_CN")

from collections.abc import Iterator
from pathlib import Path

import pytest

from lijiabu_desk.services.database import Database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()
