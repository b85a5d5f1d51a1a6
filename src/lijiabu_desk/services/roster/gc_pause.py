"""Python's cycle collector paused while an import builds and writes its rows.

An import keeps tens of thousands of small objects alive at once (the roster's rows, the plan,
the rows about to be inserted). Each allocation counts towards the collector's next run, and its
full runs walk every live object of the process: the program's modules and the import's rows
alike. On a 30,000-row roster that was 17 full runs and about a third of the import's time, for
nothing: those objects are not garbage. Reference counting still frees everything that is not
in a cycle while the collector is paused, and the collector takes up its work when the pause
ends.

The collector is one per process, so the pause is counted: the first of several overlapping
pauses (an import in a worker thread while another starts) stops it, the last one restarts it,
and only if it was running before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]

_LOCK = threading.Lock()
_STATE = {"pauses": 0, "was_enabled": False}


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector for the ``with`` block (nested and concurrent blocks too)."""
    with _LOCK:
        if _STATE["pauses"] == 0:
            _STATE["was_enabled"] = gc.isenabled()
            gc.disable()
        _STATE["pauses"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _STATE["pauses"] -= 1
            if _STATE["pauses"] == 0 and _STATE["was_enabled"]:
                gc.enable()
