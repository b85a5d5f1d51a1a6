"""Run every benchmark and print one line per target:
``name: value (target) ratio=x.xx (limit) OK|OVER``.

The benchmarks report, they do not gate: the exit status is 0 whether or not a target is met
(it is non-zero only when a benchmark itself fails). The first run builds the cached township,
roster and dispute database in ``bench/.cache/`` (about five minutes); after that the whole run
takes about three minutes on a two-core machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_calls
import bench_disputes
import bench_import
import bench_people_list
import bench_queues
import bench_search
import bench_startup
from township import roster_file, township_db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per search query")
    args = parser.parse_args()
    started = time.perf_counter()
    township_db()
    roster_file()
    bench_disputes.disputes_db()
    lines: list[str] = []
    for run in (
        lambda: bench_search.run(args.repeats),
        bench_people_list.run,
        bench_import.run,
        bench_disputes.run,
        bench_calls.run,
        bench_queues.run,
        bench_startup.run,
    ):
        lines += run()
        print(flush=True)
    print(f"— summary ({time.perf_counter() - started:.0f} s) —")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
