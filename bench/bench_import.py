"""Importing a 30,000-row village roster (~7,500 households) into a fresh database with one
village: ``plan_import`` (read the file, decide every row) and ``apply_import`` (verified backup,
one transaction), timed separately and together.

Target (issue): plan + apply ≤ 3 × reading the same file with openpyxl alone (``read_only=True``,
iterating every row with ``values_only=True``), measured in the same run, twice before and once
after the import (the median of the three is the baseline). The import runs once: it takes a
while, and a second run into the same database would only find everything unchanged.
``--profile`` runs ``apply_import`` under cProfile instead and prints where its time goes
(slower: a profiled run is not timed against the target).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sqlite3
import sys
import time
import warnings
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from township import (
    CACHE_DIR,
    ROSTER_GROUPS,
    ROSTER_ROWS,
    ROSTER_VILLAGE,
    bench_clock,
    context,
    median,
    roster_file,
    verdict,
)

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.services.roster.importer import ImportPlan, apply_import, plan_import

RATIO_LIMIT = 3.0
T = TypeVar("T")
RUN_DIR = CACHE_DIR / "import-run"


def read_with_openpyxl(path: Path) -> int:
    """The baseline: every row of the file through openpyxl's read-only reader, nothing else."""
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(path, read_only=True)
    try:
        return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def timed(call: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def fresh_context() -> ServiceContext:
    shutil.rmtree(RUN_DIR, ignore_errors=True)
    RUN_DIR.mkdir(parents=True)
    db = open_database(RUN_DIR / "import.sqlite3", clock=bench_clock)
    ctx = context(db)
    save_village(ctx, VillageInput(name=ROSTER_VILLAGE, group_count=ROSTER_GROUPS))
    return ctx


def counts(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as conn:
        people = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
        homes = conn.execute("SELECT count(*) FROM households").fetchone()[0]
    return people, homes


def profile_apply(ctx: ServiceContext, plan: ImportPlan) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    apply_import(ctx, plan)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    print("  cProfile of apply_import (cumulative, top 40):")
    stats.sort_stats("cumulative").print_stats(40)


def run(with_profile: bool = False) -> list[str]:
    print(f"roster import — {ROSTER_ROWS} rows into a fresh database")
    path = roster_file()
    read_with_openpyxl(path)  # warm up: the file in the page cache, openpyxl imported
    baseline = [timed(lambda: read_with_openpyxl(path))[0] for _ in range(2)]
    ctx = fresh_context()
    try:
        plan_s, plan = timed(lambda: plan_import(ctx, path, village=ROSTER_VILLAGE))
        if with_profile:
            profile_apply(ctx, plan)
            return []
        apply_s, _ = timed(lambda: apply_import(ctx, plan))
        people, homes = counts(ctx.db.path)
    finally:
        ctx.db.close()
        shutil.rmtree(RUN_DIR, ignore_errors=True)
    baseline.append(timed(lambda: read_with_openpyxl(path))[0])
    read_s = median(baseline)
    total = plan_s + apply_s
    print(
        f"  plan: {len(plan.creates)} to create, {len(plan.rejections)} rejected, "
        f"{len(plan.new_households)} new households; wrote {people} people, {homes} households"
    )
    runs = ", ".join(f"{b:.2f}" for b in baseline)
    print(f"  openpyxl read (baseline) {read_s:7.2f} s   runs: {runs}")
    print(f"  plan_import              {plan_s:7.2f} s   ratio {plan_s / read_s:5.2f}")
    print(f"  apply_import             {apply_s:7.2f} s   ratio {apply_s / read_s:5.2f}")
    print(f"  plan + apply             {total:7.2f} s   ratio {total / read_s:5.2f}")
    print(f"  rows per second (plan + apply): {ROSTER_ROWS / total:,.0f}")
    return [
        verdict(
            "roster import 30k rows",
            f"{total:.1f} s (plan {plan_s:.1f} + apply {apply_s:.1f}) vs openpyxl {read_s:.1f} s",
            f"≤{RATIO_LIMIT:g}× openpyxl read",
            total / read_s,
            RATIO_LIMIT,
            True,
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="cProfile apply_import instead")
    args = parser.parse_args()
    lines = run(args.profile)
    print()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
