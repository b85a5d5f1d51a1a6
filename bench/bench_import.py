"""Importing a 30,000-row village roster (~7,500 households): into a fresh database with one
village, and into the cached townships of ~127,000 and ~300,000 people (``township.py``) with the
roster's village added. ``plan_import`` (read the file, decide every row) and ``apply_import``
(verified backup, then the batches) are timed separately and together.

Each import runs in a child process of its own, so that its peak resident memory (``VmHWM``
of ``/proc/self/status``) is the import's alone and nothing is left warm from one database to
the next. Baseline: the same file read by openpyxl alone (``read_only=True``, every row with
``values_only=True``), also in a child process, once before and twice after every import
(interleaved); the median of a target's three readings is the baseline its ratio is taken
against.

Targets (issue 14): plan + apply ≤ 2.5 × the openpyxl read into a fresh file and ≤ 3.5 × into the
300k township; peak RSS of the import under 300 MiB into the 300k township (the 127k township is
held to the same limits as 300k: memory and time must not grow with the register).

``--only fresh|127k|300k`` runs one target (repeatable); ``--profile`` runs the first target's
import under cProfile in the child and prints where its time goes (not timed against the target);
``--trace`` prints tracemalloc's largest allocation sites at the import's peak instead.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import warnings
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_floor import bare_write, keep_copy, last_ids
from township import (
    CACHE_DIR,
    ROSTER_GROUPS,
    ROSTER_ROWS,
    ROSTER_VILLAGE,
    TOWNSHIP_SIZES,
    bench_clock,
    context,
    median,
    roster_file,
    township_db,
    verdict,
)

RUN_DIR = CACHE_DIR / "import-run"
RSS_LIMIT_MIB = 300.0
BASELINE_AFTER = 2  # openpyxl reads after each import (one is taken before it)


@dataclass(frozen=True)
class Target:
    name: str  # "fresh", "127k", "300k"
    households: int | None  # the township's size; None: a fresh file with one village
    ratio_limit: float
    rss_limit_mib: float | None


TARGETS = (
    Target("fresh", None, 2.5, None),
    Target("127k", TOWNSHIP_SIZES["127k"], 3.5, RSS_LIMIT_MIB),
    Target("300k", TOWNSHIP_SIZES["300k"], 3.5, RSS_LIMIT_MIB),
)


# ---------------------------------------------------------------------------------------------
# In the child process


def _peak_rss_mib() -> float:
    """This process's peak resident memory. Linux's ``ru_maxrss`` keeps the parent's peak
    across fork and exec, so the high-water mark of the process's own memory is read instead."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    kib = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(kib) / 1024


def child_read(roster: Path) -> dict[str, Any]:
    """The baseline: every row of the file through openpyxl's read-only reader, nothing else."""
    from openpyxl import load_workbook

    started, cpu = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(roster, read_only=True)
    try:
        rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "rows": rows,
        "rss": _peak_rss_mib(),
    }


def child_import(db_path: Path, roster: Path, mode: str) -> dict[str, Any]:
    """plan + apply on ``db_path``; the backup's share of ``apply_import`` is timed apart."""
    import lijiabu_desk.services.roster.importer as importer
    from lijiabu_desk.services.database import open_database

    backup_s = [0.0]
    take_backup = importer.take_backup

    def timed_backup(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return take_backup(*args, **kwargs)
        finally:
            backup_s[0] += time.perf_counter() - started

    importer.take_backup = timed_backup  # type: ignore[assignment]
    db = open_database(db_path, clock=bench_clock)
    ctx = context(db)
    rss_before = _peak_rss_mib()
    if mode == "trace":
        import tracemalloc

        tracemalloc.start(12)
    profiler = None
    if mode == "profile":
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    try:
        started, cpu = time.perf_counter(), time.process_time()
        plan = importer.plan_import(ctx, roster, village=ROSTER_VILLAGE)
        plan_s = time.perf_counter() - started
        started = time.perf_counter()
        importer.apply_import(ctx, plan)
        apply_s = time.perf_counter() - started
        cpu = time.process_time() - cpu
    finally:
        db.close()
    if profiler is not None:
        import pstats

        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(25)
    if mode == "trace":
        import tracemalloc

        _, peak = tracemalloc.get_traced_memory()
        print(f"tracemalloc peak {peak / 2**20:.1f} MiB; largest sites now:", file=sys.stderr)
        for stat in tracemalloc.take_snapshot().statistics("lineno")[:25]:
            print(f"  {stat}", file=sys.stderr)
    return {
        "plan": plan_s,
        "apply": apply_s,
        "backup": backup_s[0],
        "cpu": cpu,
        "creates": len(plan.creates),
        "updates": len(plan.updates),
        "unchanged": plan.unchanged,
        "rejected": len(plan.rejections),
        "new_households": len(plan.new_households),
        "rss_before": rss_before,
        "rss": _peak_rss_mib(),
    }


# ---------------------------------------------------------------------------------------------
# In the parent


def in_child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def prepare(target: Target) -> Path:
    """A database for one import: fresh, or a copy of the township, with the roster's village."""
    from lijiabu_desk.services.database import open_database
    from lijiabu_desk.services.places import VillageInput, save_village

    shutil.rmtree(RUN_DIR, ignore_errors=True)
    (RUN_DIR / "settings").mkdir(parents=True)
    # The audit chain's anchor goes to a settings folder of this run, never the user's.
    os.environ["LIJIABU_SETTINGS_DIR"] = str(RUN_DIR / "settings")
    path = RUN_DIR / "import.sqlite3"
    if target.households is not None:
        source = township_db(target.households)
        with closing(sqlite3.connect(source)) as conn:  # all of it in the main file
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(source, path)
    db = open_database(path, clock=bench_clock)
    try:
        save_village(context(db), VillageInput(name=ROSTER_VILLAGE, group_count=ROSTER_GROUPS))
    finally:
        db.close()
    return path


def counts(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as conn:
        people = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
        homes = conn.execute("SELECT count(*) FROM households").fetchone()[0]
    return people, homes


def run_target(target: Target, roster: Path, mode: str) -> list[str]:
    path = prepare(target)
    before = counts(path)
    print(f"  {target.name}: {before[0]:,} people, {before[1]:,} households before the import")
    pristine, ids = (keep_copy(path), last_ids(path)) if mode == "time" else (None, {})
    reads = [in_child("read", str(roster))]
    result = in_child("import", str(path), str(roster), mode)
    reads += [in_child("read", str(roster)) for _ in range(BASELINE_AFTER)]
    after = counts(path)
    floor_s = bare_write(pristine, path, ids) if pristine is not None else 0.0
    shutil.rmtree(RUN_DIR, ignore_errors=True)
    if mode != "time":
        return []
    read_s = median([r["seconds"] for r in reads])
    read_cpu = median([r["cpu"] for r in reads])
    plan_s, apply_s, backup_s = result["plan"], result["apply"], result["backup"]
    total = plan_s + apply_s
    rss, read_rss = result["rss"], max(r["rss"] for r in reads)
    print(
        f"    plan: {result['creates']:,} to create, {result['updates']:,} to update, "
        f"{result['unchanged']:,} unchanged, {result['rejected']:,} rejected, "
        f"{result['new_households']:,} new households; "
        f"wrote {after[0] - before[0]:,} people, {after[1] - before[1]:,} households"
    )
    runs = ", ".join(f"{r['seconds']:.2f}" for r in reads)
    print(f"    openpyxl read (baseline) {read_s:7.2f} s   this target's runs: {runs}")
    print(f"    plan_import              {plan_s:7.2f} s   ratio {plan_s / read_s:5.2f}")
    print(f"    apply_import             {apply_s:7.2f} s   ratio {apply_s / read_s:5.2f}")
    share = backup_s / total
    print(f"      of which the backup    {backup_s:7.2f} s   ({share:.0%} of plan + apply)")
    print(f"    plan + apply             {total:7.2f} s   ratio {total / read_s:5.2f}")
    print(
        f"    CPU time: plan + apply {result['cpu']:.2f} s, openpyxl read {read_cpu:.2f} s,"
        f" ratio {result['cpu'] / read_cpu:5.2f} (steadier on a busy machine)"
    )
    floor = read_s + floor_s
    print(
        f"    floor: bare SQLite writing the same new rows {floor_s:.2f} s;"
        f" openpyxl read + that = ratio {floor / read_s:5.2f}"
    )
    opened = result["rss_before"]
    print(
        f"    peak RSS: import {rss:6.0f} MiB (the database opened: {opened:.0f} MiB);"
        f" openpyxl read alone {read_rss:.0f} MiB"
    )
    lines = [
        verdict(
            f"roster import 30k rows, {target.name}",
            f"{total:.1f} s (plan {plan_s:.1f} + apply {apply_s:.1f}, backup {backup_s:.1f})"
            f" vs openpyxl {read_s:.1f} s; floor ratio {floor / read_s:.2f}",
            f"≤{target.ratio_limit:g}× openpyxl read",
            total / read_s,
            target.ratio_limit,
            True,
        )
    ]
    if target.rss_limit_mib is not None:
        ok = rss <= target.rss_limit_mib
        lines.append(
            f"roster import 30k rows, {target.name}, peak RSS: {rss:.0f} MiB"
            f" (<{target.rss_limit_mib:g} MiB) {'OK' if ok else 'OVER'}"
        )
    return lines


def run(only: list[str] | None = None, mode: str = "time") -> list[str]:
    """Every target (or those named in ``only``); ``mode`` "profile"/"trace" run the first
    chosen target under cProfile/tracemalloc instead of timing it."""
    chosen = [t for t in TARGETS if not only or t.name in only]
    if mode != "time":
        chosen = chosen[:1]
    print(f"roster import — {ROSTER_ROWS:,} rows: {', '.join(t.name for t in chosen)}")
    roster = roster_file()
    for target in chosen:
        if target.households is not None:
            township_db(target.households)  # built before anything is timed
    in_child("read", str(roster))  # warm up: the file in the page cache
    lines: list[str] = []
    for target in chosen:
        lines += run_target(target, roster, mode)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=[t.name for t in TARGETS])
    parser.add_argument("--profile", action="store_true", help="cProfile the import instead")
    parser.add_argument("--trace", action="store_true", help="tracemalloc the import instead")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "read":
            result = child_read(Path(rest[0]))
        else:
            result = child_import(Path(rest[0]), Path(rest[1]), rest[2])
        print(json.dumps(result))
        return
    mode = "profile" if args.profile else "trace" if args.trace else "time"
    lines = run(args.only, mode)
    print()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
