"""Document numbers: per kind and year, no gaps, no duplicates, also across processes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import select

from lijiabu_desk.models import Station, Village
from lijiabu_desk.models.enums import DocumentKind
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.numbering import allocate, format_number


def test_format_matches_the_printed_form() -> None:
    assert format_number("安李人调", 2026, 12) == "（2026）安李人调字第12号"


def test_counters_are_per_kind_and_per_year(db: Database, ctx: ServiceContext) -> None:
    with ctx.write() as s:
        a1 = allocate(s, DocumentKind.PEOPLES_MEDIATION, 2026)
        a2 = allocate(s, DocumentKind.PEOPLES_MEDIATION, 2026)
        p1 = allocate(s, DocumentKind.POLICE_MEDIATION, 2026)
        n1 = allocate(s, DocumentKind.PEOPLES_MEDIATION, 2027)
    assert (a1.seq, a2.seq, p1.seq, n1.seq) == (1, 2, 1, 1)
    assert a2.text == "（2026）安李人调字第2号"
    assert n1.text.startswith("（2027）")


def test_prefix_comes_from_the_station_settings(db: Database, ctx: ServiceContext) -> None:
    with ctx.write() as s:
        s.add(Station(name="李家堡派出所", prefix_police_mediation="安公李"))
    with ctx.write() as s:
        number = allocate(s, DocumentKind.POLICE_MEDIATION, 2026)
    assert number.text == "（2026）安公李字第1号"


def test_a_rolled_back_save_leaves_no_gap(db: Database, ctx: ServiceContext) -> None:
    with pytest.raises(RuntimeError), ctx.write() as s:
        allocate(s, DocumentKind.DISPUTE_CASE, 2026)
        raise RuntimeError("the save failed")
    with ctx.write() as s:
        assert allocate(s, DocumentKind.DISPUTE_CASE, 2026).seq == 1


def _save_numbered_records(path: str, count: int, queue: multiprocessing.Queue) -> None:
    """One process: each save takes a number and stores a record named by it."""
    database = open_database(Path(path))
    writer = ServiceContext(database, SETUP_ACTOR)
    taken = []
    for _ in range(count):
        with writer.write() as s:
            number = allocate(s, DocumentKind.DISPUTE_CASE, 2026)
            s.add(Village(name=number.text))
        taken.append(number.seq)
    database.close()
    queue.put(taken)


def test_two_processes_saving_at_once_get_distinct_gapless_numbers(db_path: Path) -> None:
    open_database(db_path).close()
    spawn = multiprocessing.get_context("spawn")
    queue = spawn.Queue()
    per_process, processes = 40, 3
    workers = [
        spawn.Process(target=_save_numbered_records, args=(str(db_path), per_process, queue))
        for _ in range(processes)
    ]
    for w in workers:
        w.start()
    results = [queue.get(timeout=90) for _ in workers]
    for w in workers:
        w.join(timeout=30)
        assert w.exitcode == 0
    taken = sorted(seq for r in results for seq in r)
    assert taken == list(range(1, per_process * processes + 1))
    database = open_database(db_path)
    with database.sessions() as s:
        names = s.scalars(select(Village.name)).all()
    database.close()
    assert len(names) == len(set(names)) == per_process * processes


def test_an_open_read_does_not_hold_up_a_save(db: Database, ctx: ServiceContext) -> None:
    with ctx.write() as s:
        s.add(Village(name="甲村"))
    # Were the reader holding the write lock, the save would fail with "locked" after the
    # busy timeout (SaveFailedError).
    with ctx.read() as reader:
        assert reader.scalars(select(Village.name)).all() == ["甲村"]
        with ctx.write() as writer:  # e.g. a list open on screen while a form saves
            writer.add(Village(name="乙村"))
        assert reader.scalars(select(Village.name)).all() == ["甲村"]  # its snapshot
