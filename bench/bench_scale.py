"""The scale curve (#14): the same measures at 10k, 127k and 300k people, in one run.

For each township size (``township.TOWNSHIP_SIZES``): start-up (login screen, login to a usable
window, the start page's counts — ``bench_startup``), a search keystroke's p95
(``bench_search``), opening the people list (``bench_people_list``); then the roster import
into a fresh file, the 127k and the 300k township (``bench_import``, whose targets are those
sizes). Each line is the bench's own verdict — a ratio against a baseline measured in the same
run — prefixed with the size, so the curve reads down the page. A cost that grows with the
register shows as a ratio that grows along it.

    .venv/bin/python bench/bench_scale.py [--repeats N] [--skip-import]

The first run builds the three townships (about 20 s, 75 s and 3.5 min); later runs reuse them.
A full run takes 15–25 minutes on a two-core machine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_import
import bench_people_list
import bench_search
import bench_startup
from township import TOWNSHIP_SIZES, township_db


def run(repeats: int = 3, with_import: bool = True) -> list[str]:
    lines: list[str] = []
    for size, households in TOWNSHIP_SIZES.items():
        township_db(households)  # built first if missing, so the timings below exclude it
        print(f"\n=== {size} people ({households:,} households) ===")
        found = bench_startup.run(repeats, sizes=(size,))
        found += bench_search.run(repeats, households=households)
        found += bench_people_list.run(max(repeats, 5), households=households)
        lines += [f"[{size}] {line}" for line in found]
    if with_import:
        print("\n=== roster import ===")
        lines += bench_import.run()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs per measure (default 3)")
    parser.add_argument("--skip-import", action="store_true", help="leave out the import")
    args = parser.parse_args()
    lines = run(args.repeats, with_import=not args.skip_import)
    print("\n" + "\n".join(lines))


if __name__ == "__main__":
    main()
