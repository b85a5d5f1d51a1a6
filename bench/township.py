"""The data every benchmark runs on: a generated township and a village roster, built once and
kept in ``bench/.cache/`` (git-ignored).

* ``township_db(households=HOUSEHOLDS)`` — a demo township made with
  ``lijiabu_desk.services.demo.create_demo`` and a fixed seed and day. The default is 30,000
  households (~127,000 people); ``TOWNSHIP_SIZES`` names the sizes of the scale curve: "10k"
  (2,400 households), "127k" (30,000) and "300k" (70,000 households). Each size is its own
  cached file, and the file name carries the schema head revision, so a new migration makes a
  new file instead of upgrading a stale one (only the stale file of the same size is removed).
  Building takes about a minute at 127k and a few minutes at 300k on two cores; the file is
  written under a temporary name and renamed only when complete, so an interrupted build is
  never mistaken for a finished one. ``open_township(households)`` opens one.
* ``roster_file()`` — a 30,000-row .xlsx roster of ~7,500 households
  (户号/姓名/与户主关系/性别/民族/公民身份号码/联系电话/社), written with openpyxl in
  write-only mode, ID numbers valid under GB 11643 and stored as text cells.

Run alone (``.venv/bin/python bench/township.py``) to build both and print what they hold;
``--size 300k`` (or 10k, 127k) builds that township instead of the default, ``--rebuild`` throws
the cached files away first.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from argon2 import PasswordHasher

from lijiabu_desk.db.migrate import head_revision
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.identity import check_character

BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / ".cache"

HOUSEHOLDS = 30_000
#: The townships of the scale curve, by the people they hold: name → households.
TOWNSHIP_SIZES: dict[str, int] = {"10k": 2_400, "127k": HOUSEHOLDS, "300k": 70_000}
SEED = 20_261_128
ROSTER_ROWS = 30_000
ROSTER_SEED = 7
ROSTER_VILLAGE = "柳湾村"
ROSTER_GROUPS = 8

# Every benchmark runs on the same day so that ages, ID validity and the demo are reproducible.
BENCH_NOW = datetime(2026, 6, 1, 9, 0, 0)


def bench_clock() -> datetime:
    return BENCH_NOW


def hasher() -> PasswordHasher:
    """Cheap argon2 parameters: the demo's one admin password is not what is measured."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def context(db: Database) -> ServiceContext:
    return ServiceContext(db, SETUP_ACTOR, bench_clock)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# The township database


def township_path(households: int = HOUSEHOLDS) -> Path:
    return CACHE_DIR / f"township-{households}-s{SEED}-{head_revision()}.sqlite3"


def township_db(households: int = HOUSEHOLDS) -> Path:
    """The cached township of ``households`` households (see ``TOWNSHIP_SIZES``), built first
    when missing."""
    path = township_path(households)
    if path.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    # One folder per process: two benchmarks that find the file missing at once build side by
    # side instead of deleting each other's half-built file.
    building = CACHE_DIR / f"building-{households}-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    target = building / path.name
    log(f"building {households} demo households into {path.name} (a minute or a few) ...")
    started = time.perf_counter()
    db = open_database(target, clock=bench_clock)
    try:
        summary = create_demo_township(context(db), households)
    finally:
        db.close()
    with closing(sqlite3.connect(target)) as conn:  # fold the WAL back before the rename
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if not path.exists():  # another process may have finished first: its file is as good
        target.replace(path)
    shutil.rmtree(building, ignore_errors=True)
    for stale in CACHE_DIR.glob(f"township-{households}-*.sqlite3*"):  # an older schema
        if not stale.name.startswith(path.name):  # never this file's own -wal and -shm
            stale.unlink(missing_ok=True)
    log(f"  built in {time.perf_counter() - started:.0f} s: {summary}")
    return path


def create_demo_township(ctx: ServiceContext, households: int = HOUSEHOLDS) -> dict[str, int]:
    from lijiabu_desk.services.demo import create_demo

    summary = create_demo(ctx, households=households, seed=SEED, hasher=hasher())
    return {k: v for k, v in summary.counts.items() if k in ("persons", "households")}


def open_township(households: int = HOUSEHOLDS) -> tuple[Database, ServiceContext]:
    db = open_database(township_db(households), clock=bench_clock)
    return db, context(db)


def bare_connection(path: Path) -> sqlite3.Connection:
    """A plain read-only sqlite3 connection on the same file: the baseline's side."""
    return sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, check_same_thread=False)


# ---------------------------------------------------------------------------------------------
# The roster

_SURNAMES = (
    "王张李刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯"
    "邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志海文斌波辉鹏飞宇浩"
    "晓云春燕凤琴小龙虎生福禄寿喜德才忠孝义仁礼智信永安宁"
)
_ETHNICITY = (("汉族", 90), ("回族", 6), ("东乡族", 2), ("藏族", 1), ("土族", 1))
_GROUP_WORDS = ("一社", "二社", "三社", "四社", "五社", "六社", "七社", "八社")
_AREA = "621102"
ROSTER_HEADERS = ("户号", "姓名", "与户主关系", "性别", "民族", "公民身份号码", "联系电话", "社")


def roster_path() -> Path:
    return CACHE_DIR / f"roster-{ROSTER_ROWS}-s{ROSTER_SEED}.xlsx"


def roster_file() -> Path:
    """The cached roster, written first when missing."""
    path = roster_path()
    if path.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    log(f"writing a {ROSTER_ROWS}-row roster to {path.name} ...")
    partial = path.with_suffix(".partial.xlsx")
    write_roster(partial, roster_rows(ROSTER_ROWS, random.Random(ROSTER_SEED)))
    partial.replace(path)
    return path


def write_roster(path: Path, rows: list[tuple[str, ...]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append([f"{ROSTER_VILLAGE}户籍花名册"])
    sheet.append(list(ROSTER_HEADERS))
    for row in rows:
        sheet.append(list(row))  # every value a str: the ID number is a text cell
    book.save(path)


def roster_rows(count: int, rng: random.Random) -> list[tuple[str, ...]]:
    """``count`` people in households of 1–7 (about four on average)."""
    rows: list[tuple[str, ...]] = []
    used: set[str] = set()
    household = 0
    while len(rows) < count:
        household += 1
        size = min(count - len(rows), rng.choice((1, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7)))
        rows.extend(_household(household, size, rng, used))
    return rows


def _household(number: int, size: int, rng: random.Random, used: set[str]) -> list[tuple[str, ...]]:
    surname = rng.choice(_SURNAMES)
    group = rng.choice(_GROUP_WORDS)
    ethnicity = _weighted(rng, _ETHNICITY)
    head_born = rng.randint(1945, 1995)
    phone = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
    head_male = rng.random() < 0.85
    members = [("户主", head_male, head_born, surname, phone)]
    if size > 1:
        spouse = "妻" if head_male else "夫"
        born = head_born + rng.randint(-3, 5)
        members.append((spouse, not head_male, born, rng.choice(_SURNAMES), ""))
    for _ in range(size - len(members)):
        male = rng.random() < 0.5
        relation = ("子" if male else "女") if head_born < 1985 or rng.random() < 0.8 else "母"
        if relation == "母":
            male, born, family = False, head_born - rng.randint(20, 30), rng.choice(_SURNAMES)
        else:
            born, family = min(2024, head_born + rng.randint(20, 35)), surname
        members.append((relation, male, born, family, ""))
    rows = []
    for relation, male, born, family, tel in members:
        rows.append(
            (
                f"9{number:06d}",
                family + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2)))),
                relation,
                "男" if male else "女",
                ethnicity,
                _id_number(rng, born, male, used),
                tel or (f"1{rng.choice('3578')}{rng.randrange(10**9):09d}" if born < 2008 else ""),
                group,
            )
        )
    return rows


def _weighted(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _id_number(rng: random.Random, year: int, male: bool, used: set[str]) -> str:
    while True:
        born = date(year, rng.randint(1, 12), rng.randint(1, 28))
        sequence = rng.randrange(500) * 2 + (1 if male else 0)
        first17 = f"{_AREA}{born:%Y%m%d}{sequence:03d}"
        number = first17 + check_character(first17)
        if number not in used:
            used.add(number)
            return number


# ---------------------------------------------------------------------------------------------
# Shared timing helpers


def median(values: list[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    middle = n // 2
    return ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0–100), linear between the closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def time_call(call: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``call()`` over ``repeats`` runs, in seconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return median(times)


def verdict(
    name: str, value: str, target: str, ratio: float, limit: float, within_target: bool
) -> str:
    """One report line: ``name: value (target) ratio=x.xx (limit) OK|OVER``."""
    ok = within_target and ratio <= limit
    return f"{name}: {value} ({target}) ratio={ratio:.2f} (≤{limit:g}×) {'OK' if ok else 'OVER'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="discard the cached files first")
    parser.add_argument(
        "--size", choices=TOWNSHIP_SIZES, default="127k", help="the township to build (people)"
    )
    args = parser.parse_args()
    households = TOWNSHIP_SIZES[args.size]
    if args.rebuild:
        township_path(households).unlink(missing_ok=True)
        roster_path().unlink(missing_ok=True)
    path = township_db(households)
    with closing(bare_connection(path)) as conn:
        people = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
        homes = conn.execute("SELECT count(*) FROM households").fetchone()[0]
    print(f"{path}: {people} people in {homes} households, {path.stat().st_size >> 20} MiB")
    roster = roster_file()
    print(f"{roster}: {ROSTER_ROWS} rows, {roster.stat().st_size >> 10} KiB")


if __name__ == "__main__":
    main()
