"""Search as the officer types: every keystroke of ~60 real names, pinyin, ID numbers, phones and
household numbers from the township, timed through ``services.search.search`` and against the
bare SQLite query that finds the same rows.

Target (issue): p95 per keystroke < 50 ms, and p95(search) ≤ 3 × p95(bare).

The baseline for one keystroke is the single query that finds the matching rowids by the routing
rule of ``search.py`` — letters: ``fts_person_keys MATCH '"q"*'``; three or more other characters:
``fts_person_text MATCH '"q"'``; one or two characters: ``LIKE '%q%'`` on persons' name, ID
number and phone — run with ``sqlite3`` directly on the same file, ``LIMIT 50``, nothing else (no
ranking, no rows fetched, no household lookup).

Each distinct query is warmed once, then timed ``--repeats`` times; its median is its time. The
percentiles are over keystrokes (a prefix typed for two samples counts twice). A breakdown shows
where ``search`` spends the time: its own id query, fetching the displayed rows, the household
lookup. ``--profile`` adds a cProfile of one pass over all keystrokes.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from township import (
    HOUSEHOLDS,
    bare_connection,
    median,
    open_township,
    percentile,
    time_call,
    township_db,
    verdict,
)

from lijiabu_desk.services import search as search_module
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.search import normalise, search

TARGET_P95_MS = 50.0
RATIO_LIMIT = 3.0
LIMIT = 50
T = TypeVar("T")
SAMPLE_SEED = 11

# How many of each kind of sample (60 in all) and how they are typed.
SAMPLES = {
    "name (hanzi)": 16,
    "pinyin initials": 12,
    "full pinyin": 6,
    "ID last 4": 10,
    "ID from start": 4,
    "phone": 6,
    "household no": 6,
}


@dataclass(frozen=True)
class Keystroke:
    kind: str
    typed: str  # what the box holds after this keystroke


def route(q: str) -> str:
    """The routing rule of search.py, on the normalised query."""
    if q.isascii() and q.isalpha() and q.islower():
        return "keys"
    return "trigram" if len(q) >= 3 else "like"


def bare_ids(conn: sqlite3.Connection, typed: str) -> list[int]:
    """The baseline: the one bare query that finds the matching rowids."""
    q = normalise(typed)
    kind = route(q)
    if kind == "keys":
        sql = f"SELECT rowid FROM fts_person_keys WHERE keys MATCH ? LIMIT {LIMIT}"
        args: tuple[str, ...] = ('"' + q.replace('"', '""') + '"*',)
    elif kind == "trigram":
        sql = f"SELECT rowid FROM fts_person_text WHERE fts_person_text MATCH ? LIMIT {LIMIT}"
        args = ('"' + q.replace('"', '""') + '"',)
    else:
        sql = (
            "SELECT id FROM persons WHERE name LIKE ?1 OR id_number LIKE ?1 OR phone LIKE ?1 "
            f"LIMIT {LIMIT}"
        )
        args = (f"%{q}%",)
    return [row[0] for row in conn.execute(sql, args)]


def prefixes(text: str) -> list[str]:
    return [text[:n] for n in range(1, len(text) + 1)]


def keystrokes(conn: sqlite3.Connection, seed: int = SAMPLE_SEED) -> list[Keystroke]:
    """Every prefix, as typed, of a fixed random sample of real values from the database."""
    rng = random.Random(seed)
    people = conn.execute(
        """SELECT p.name, p.name_keys, p.id_number, p.phone, coalesce(h.household_no, '')
           FROM persons p LEFT JOIN households h ON h.id = p.household_id
           WHERE p.status = 'active' AND p.deleted_at IS NULL AND p.id_number IS NOT NULL
           ORDER BY p.id"""
    ).fetchall()
    with_phone = [p for p in people if p[3]]
    with_home = sorted({p[4] for p in people if p[4]})
    spelled = [p for p in people if len(p[1].split()) >= 2 and route(p[1].split()[0]) == "keys"]

    def sample(pool: list[T], kind: str) -> list[T]:
        return rng.sample(pool, SAMPLES[kind])

    picks: dict[str, list[str]] = {
        "name (hanzi)": [p[0].replace("·", "") for p in sample(people, "name (hanzi)")],
        "pinyin initials": [p[1].split()[1] for p in sample(spelled, "pinyin initials")],
        "full pinyin": [p[1].split()[0] for p in sample(spelled, "full pinyin")],
        "ID last 4": [p[2][-4:] for p in sample(people, "ID last 4")],
        "ID from start": [p[2] for p in sample(people, "ID from start")],
        "phone": [p[3] for p in sample(with_phone, "phone")],
        "household no": sample(with_home, "household no"),
    }
    return [Keystroke(kind, typed) for kind, values in picks.items() for v in values
            for typed in prefixes(v)]  # fmt: skip


def breakdown_parts(
    ctx: ServiceContext,
) -> dict[str, Callable[[str], Callable[[], object]]] | None:
    """search()'s three steps as search.py calls them (its private helpers), each made ready for
    one query and then timed alone; None when search.py no longer has them."""
    ids_of = getattr(search_module, "_person_ids", None)
    rows_of = getattr(search_module, "_people", None)
    homes_of = getattr(search_module, "_households", None)
    if ids_of is None or rows_of is None or homes_of is None:
        return None
    letters = search_module.LETTERS

    def ids_step(typed: str) -> Callable[[], object]:
        def step() -> object:
            with ctx.read() as session:
                return ids_of(session, normalise(typed), LIMIT)

        return step

    def rows_step(typed: str) -> Callable[[], object]:
        with ctx.read() as session:
            ids = ids_of(session, normalise(typed), LIMIT)

        def step() -> object:
            with ctx.read() as session:
                return rows_of(session, ids, ctx.today())

        return step

    def homes_step(typed: str) -> Callable[[], object]:
        q = normalise(typed)

        def step() -> object:
            if letters.match(q):
                return []
            with ctx.read() as session:
                return homes_of(session, q, max(10, LIMIT // 5))

        return step

    return {"ids (search.py's query)": ids_step, "rows": rows_step, "households": homes_step}


@dataclass
class Timings:
    search_ms: dict[str, float]
    bare_ms: dict[str, float]
    parts_ms: dict[str, dict[str, float]]


def measure(
    ctx: ServiceContext, conn: sqlite3.Connection, strokes: list[Keystroke], repeats: int
) -> Timings:
    distinct = list(dict.fromkeys(k.typed for k in strokes))
    for typed in distinct:  # warm up: page cache, statement caches, pinyin tables
        search(ctx, typed)
        bare_ids(conn, typed)
    search_ms: dict[str, float] = {}
    bare_ms: dict[str, float] = {}
    for q in distinct:  # interleaved, so that load elsewhere on the machine hits both alike
        runs: tuple[list[float], list[float]] = ([], [])
        for _ in range(repeats):
            runs[0].append(time_call(lambda q=q: search(ctx, q), 1))
            runs[1].append(time_call(lambda q=q: bare_ids(conn, q), 1))
        search_ms[q], bare_ms[q] = 1000 * median(runs[0]), 1000 * median(runs[1])
    parts_ms: dict[str, dict[str, float]] = {}
    parts = breakdown_parts(ctx)
    if parts is not None:
        part_repeats = max(1, (repeats + 1) // 2)
        for name, make in parts.items():
            parts_ms[name] = {q: 1000 * time_call(make(q), part_repeats) for q in distinct}
    return Timings(search_ms, bare_ms, parts_ms)


def stats(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50):6.1f}  p95 {percentile(values, 95):6.1f}  "
        f"max {max(values):6.1f}"
    )


def report(strokes: list[Keystroke], t: Timings) -> tuple[float, float]:
    per_stroke_search = [t.search_ms[k.typed] for k in strokes]
    per_stroke_bare = [t.bare_ms[k.typed] for k in strokes]
    distinct = len(t.search_ms)
    print(f"  {len(strokes)} keystrokes ({distinct} distinct queries) of {sum(SAMPLES.values())} "
          "sampled values; ms per keystroke, median of repeats")  # fmt: skip
    print(f"  {'all':<22} search {stats(per_stroke_search)}")
    print(f"  {'':<22} bare   {stats(per_stroke_bare)}")
    print("  by what was typed:")
    for kind in SAMPLES:
        mine = [k for k in strokes if k.kind == kind]
        print(f"    {kind:<20} search {stats([t.search_ms[k.typed] for k in mine])}   "
              f"bare p95 {percentile([t.bare_ms[k.typed] for k in mine], 95):5.1f}")  # fmt: skip
    print("  by route (search.py's rule):")
    for name in ("keys", "trigram", "like"):
        mine = [k for k in strokes if route(normalise(k.typed)) == name]
        if mine:
            print(f"    {name:<20} search {stats([t.search_ms[k.typed] for k in mine])}   "
                  f"bare p95 {percentile([t.bare_ms[k.typed] for k in mine], 95):5.1f}   "
                  f"n={len(mine)}")  # fmt: skip
    if t.parts_ms:
        print("  where search() spends it (each step timed alone):")
        for name, values in t.parts_ms.items():
            print(f"    {name:<24} {stats([values[k.typed] for k in strokes])}")
    print("  slowest keystrokes: route, search, bare, then the parts above (ms), query:")
    slowest = sorted(t.search_ms, key=lambda q: -t.search_ms[q])[:12]
    for q in slowest:
        parts = " ".join(f"{v[q]:5.1f}" for v in t.parts_ms.values())
        print(f"    {route(normalise(q)):<8} {t.search_ms[q]:6.1f} {t.bare_ms[q]:6.1f}   "
              f"{parts}   {q!r}")  # fmt: skip
    return percentile(per_stroke_search, 95), percentile(per_stroke_bare, 95)


def profile(ctx: ServiceContext, strokes: list[Keystroke]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for k in strokes:
        search(ctx, k.typed)
    profiler.disable()
    print("  cProfile of one pass over all keystrokes (cumulative, top 20):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(20)


def run(repeats: int = 5, with_profile: bool = False, households: int = HOUSEHOLDS) -> list[str]:
    print(f"search — per keystroke ({households:,} households)")
    db, ctx = open_township(households)
    try:
        with closing(bare_connection(township_db(households))) as conn:
            strokes = keystrokes(conn)
            timings = measure(ctx, conn, strokes, repeats)
        p95_search, p95_bare = report(strokes, timings)
        if with_profile:
            profile(ctx, strokes)
    finally:
        db.close()
    line = verdict(
        "search keystroke p95",
        f"{p95_search:.1f} ms vs bare {p95_bare:.1f} ms",
        f"<{TARGET_P95_MS:g} ms",
        p95_search / p95_bare,
        RATIO_LIMIT,
        p95_search < TARGET_P95_MS,
    )
    return [line]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per query (median)")
    parser.add_argument("--profile", action="store_true", help="cProfile one pass")
    args = parser.parse_args()
    lines = run(args.repeats, args.profile)
    print()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
