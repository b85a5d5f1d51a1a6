"""Running ``kill_worker.py`` and killing it, and checking a database file after the kill.

A worker is either forked from a long-lived zygote (``Zygote.start``: a few milliseconds instead of
the ~0.7 s that importing SQLAlchemy and Alembic costs a new interpreter) or started as a new
interpreter (``ColdRun``). Both answer ``get`` (the next line, without the round's token) and
``kill`` (SIGKILL, return once the process is gone, then the lines it wrote before dying).
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

WORKER = Path(__file__).with_name("kill_worker.py")
Line = tuple[float, str]


def _pump(stream: IO[bytes], lines: queue.Queue[Line]) -> None:
    for raw in stream:
        lines.put((time.monotonic(), raw.decode().rstrip("\n")))


def _next(lines: queue.Queue[Line], deadline: float) -> Line:
    try:
        return lines.get(timeout=max(0.0, deadline - time.monotonic()))
    except queue.Empty:
        raise AssertionError("the worker went silent (no line before the deadline)") from None


class Zygote:
    def __init__(self, log: Path) -> None:
        self._log = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), "--zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.lines: queue.Queue[Line] = queue.Queue()
        threading.Thread(target=_pump, args=(self.proc.stdout, self.lines), daemon=True).start()
        assert _next(self.lines, time.monotonic() + 60)[1] == "READY"

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{command}\n".encode())
        self.proc.stdin.flush()

    def start(self, token: str, seed: int, db_path: Path) -> ZygoteRun:
        self.send(f"RUN {token} {seed} {db_path}")
        return ZygoteRun(self, token)

    def close(self) -> None:
        self.send("QUIT")
        self.proc.wait(timeout=10)
        self._log.close()


class ZygoteRun:
    def __init__(self, zygote: Zygote, token: str) -> None:
        self.zygote, self.token, self.pid = zygote, token, 0
        self.started = time.monotonic()
        self.returncode = 0

    def _read(self, deadline: float) -> Line | None:
        """The child's next line; None when the line was the zygote's own (PID/REAPED)."""
        at, line = _next(self.zygote.lines, deadline)
        word, _, rest = line.partition(" ")
        if word == "PID" and rest.startswith(f"{self.token} "):
            self.pid = int(rest.split()[1])
            return None
        if word == "REAPED" and rest.split()[0] == str(self.pid):
            self.returncode = os.waitstatus_to_exitcode(int(rest.split()[1]))
            self.pid = -self.pid
            return None
        assert word == self.token, f"stray line from the zygote: {line!r}"
        return at, rest

    def get(self, deadline: float) -> Line:
        while (got := self._read(deadline)) is None:
            pass
        return got

    def kill(self) -> list[str]:
        rest: list[str] = []
        deadline = time.monotonic() + 30
        while self.pid == 0:
            if (got := self._read(deadline)) is not None:
                rest.append(got[1])
        pid = self.pid
        os.kill(pid, signal.SIGKILL)
        self.zygote.send(f"REAP {pid}")
        while self.pid > 0:
            if (got := self._read(deadline)) is not None:
                rest.append(got[1])
        return rest


class ColdRun:
    """A worker started as a new interpreter: ``python kill_worker.py DB SEED``."""

    def __init__(self, db_path: Path, seed: int, log: IO[bytes]) -> None:
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(db_path), str(seed)],
            stdout=subprocess.PIPE,
            stderr=log,
        )
        assert self.proc.stdout is not None
        self.lines: queue.Queue[Line] = queue.Queue()
        self.thread = threading.Thread(target=_pump, args=(self.proc.stdout, self.lines))
        self.thread.start()
        self.returncode = 0

    def get(self, deadline: float) -> Line:
        return _next(self.lines, deadline)

    def kill(self) -> list[str]:
        self.proc.kill()
        self.returncode = self.proc.wait(timeout=30)
        self.thread.join(timeout=30)
        rest = []
        while not self.lines.empty():
            rest.append(self.lines.get()[1])
        return rest


def kill_round(run: ZygoteRun | ColdRun, trigger: str, delay: float) -> tuple[list[str], float]:
    """Wait for the first ``trigger`` line, let ``delay`` seconds pass, SIGKILL.

    Returns every line the worker wrote and the seconds from its start to the trigger line.
    """
    lines: list[str] = []
    deadline = time.monotonic() + 60
    while True:
        at, line = run.get(deadline)
        lines.append(line)
        if line.split(" ", 1)[0] in (trigger, "ERROR"):
            break
    time.sleep(max(0.0, at + delay - time.monotonic()))
    return lines + run.kill(), at - run.started


@dataclass
class RoundLog:
    acks: list[tuple[str, str, str]]
    pending: tuple[str, str, str] | None
    opened: bool
    errors: list[str]


def parse(lines: Iterable[str]) -> RoundLog:
    log = RoundLog([], None, False, [])
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "OPENED":
            log.opened = True
        elif word == "ERROR":
            log.errors.append(rest.replace(" | ", "\n"))
        elif word in ("INTENT", "ACK"):
            kind, uid, value = [*rest.split(" ", 2), "", ""][:3]
            if word == "ACK":
                assert log.pending == (kind, uid, value), f"ACK without its INTENT: {line}"
                log.acks.append((kind, uid, value))
            log.pending = (kind, uid, value) if word == "INTENT" else None
    return log
