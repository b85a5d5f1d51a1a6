"""SIGKILL a worker that is saving records, again and again, and check the file each time.

``kill_worker.py`` saves realistic records in a loop and prints ACK once each commit has returned.
After every kill the file is opened the way the app opens it and must pass integrity_check and
foreign_key_check, hold no ``_alembic_tmp_*`` table, keep a valid audit chain and gap-free case
numbers, and hold every acknowledged save (see ``ledger.py`` for the exact rule).

Failures name the round and the worker's seed; the schedule comes from a fixed seed.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import statistics
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from lijiabu_desk.db.backup import verify_backup
from lijiabu_desk.db.migrate import alembic_config, head_revision
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.services.audit import GENESIS, HASHED_KEYS, entry_hash
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from tests.reliability.harness import ColdRun, RoundLog, Zygote, kill_round, parse
from tests.reliability.kill_worker import ACTOR, save_household, save_one
from tests.reliability.ledger import Ledger, State, check_file

SEED = 20261128
ROUNDS = 200
COLD_EVERY = 40  # every 40th worker is a new interpreter rather than a fork of the zygote
OPEN_ROUNDS = 40


def _fail(context: str, log: RoundLog, returncode: int) -> str | None:
    if log.errors:
        return f"{context}: the worker failed by itself:\n{log.errors[0]}"
    if returncode != -9:
        return f"{context}: the worker ended with {returncode}, not by SIGKILL"
    return None


def _report(capsys: pytest.CaptureFixture[str], text: str) -> None:
    with capsys.disabled():
        print(f"\n[reliability] {text}")


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_no_acknowledged_save_is_lost_when_the_worker_is_killed(tmp_path: Path, capsys) -> None:
    rng = random.Random(SEED)
    path = tmp_path / "desk.sqlite3"
    ledger = Ledger()
    began = time.monotonic()
    starts: dict[str, list[float]] = {"fork": [], "new interpreter": []}
    zygote = Zygote(tmp_path / "workers.log")
    try:
        with (tmp_path / "workers.log").open("ab") as log_file:
            for n in range(ROUNDS):
                seed, delay = rng.randrange(2**31), rng.uniform(0.02, 0.2)
                cold = n % COLD_EVERY == COLD_EVERY - 1
                run = ColdRun(path, seed, log_file) if cold else zygote.start(f"r{n}", seed, path)
                lines, to_first_ack = kill_round(run, "ACK", delay)
                starts["new interpreter" if cold else "fork"].append(to_first_ack)
                context = f"round {n} (seed {seed}, killed {delay * 1000:.0f} ms after 1st ACK)"
                log = parse(lines)
                assert (problem := _fail(context, log, run.returncode)) is None, problem
                try:
                    migration = check_file(path, ledger, log)
                except AssertionError as exc:
                    raise AssertionError(f"{context}: {exc}") from exc
                assert migration.from_revision == migration.to_revision, context
    finally:
        zygote.close()
    took = time.monotonic() - began
    first_ack = {k: f"{statistics.median(v) * 1000:.0f} ms" for k, v in starts.items()}
    _report(
        capsys,
        f"SIGKILL: {ROUNDS} rounds ({len(starts['new interpreter'])} new interpreters), "
        f"{ledger.acked} acknowledged saves all found; in-flight save found committed "
        f"{ledger.in_flight_kept}x, rolled back {ledger.in_flight_lost}x; "
        f"{len(ledger.state.persons)} persons, {len(ledger.state.disputes)} disputes; "
        f"median start to first ACK {first_ack}; {took:.0f} s",
    )
    assert ledger.acked > ROUNDS  # the rounds did save, so the checks above had work to do


def _make_schema_0001(path: Path) -> set[str]:
    """A file at revision 0001 with villages and a valid audit chain; the villages' uids."""
    command.upgrade(alembic_config(path), "0001")
    names = ("杏树岔村", "柳沟村", "红崖湾村", "阳洼村", "石家岘村", "窑坡村", "马莲滩村")
    uids = {f"00000000-0000-4000-8000-{i:012d}" for i in range(len(names))}
    stamp = "2026-11-01 08:00:00.000000"
    prev = GENESIS
    with closing(sqlite3.connect(path)) as conn:
        for i, (name, uid) in enumerate(zip(names, sorted(uids), strict=True)):
            conn.execute(
                "INSERT INTO villages (id, uid, name, head_name, head_phone, mediator_name, "
                "mediator_phone, created_at, updated_at) VALUES (?, ?, ?, '', '', '', '', ?, ?)",
                (i + 1, uid, name, stamp, stamp),
            )
        for i in range(300):  # enough rows that rebuilding audit_entries takes a moment
            row = {
                "uid": f"10000000-0000-4000-8000-{i:012d}",
                "at": "2026-11-01T08:00:00",
                "actor": "setup",
                "account_id": None,
                "action": "create" if i < len(names) else "update",
                "table_name": "villages",
                "record_id": i % len(names) + 1,
                "record_uid": sorted(uids)[i % len(names)],
            }
            change = {"name": [None, names[i]]} if i < len(names) else {"head_phone": ["", "1"]}
            changes = json.dumps(change, ensure_ascii=False)
            this = entry_hash(prev, {**{k: row[k] for k in HASHED_KEYS}, "changes": changes})
            conn.execute(
                "INSERT INTO audit_entries (uid, at, actor, action, table_name, record_id, "
                "record_uid, changes, prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (row["uid"], stamp, "setup", row["action"], "villages", row["record_id"],
                 row["record_uid"], changes, prev, this),
            )  # fmt: skip
            prev = this
        conn.commit()
    return uids


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("start", ["new file", "file at schema 0001"])
def test_a_kill_during_open_or_migration_leaves_a_file_that_opens(
    tmp_path: Path, capsys, start: str
) -> None:
    rng = random.Random(f"{SEED}-{start}")
    template = tmp_path / "template.sqlite3"
    places = _make_schema_0001(template) if start != "new file" else set()
    head = head_revision()
    began = time.monotonic()
    killed_in_open = redone = 0
    zygote = Zygote(tmp_path / "workers.log")
    try:
        calibration = tmp_path / "calibration.sqlite3"
        if places:
            shutil.copy(template, calibration)
        lines, _ = kill_round(zygote.start("calibrate", 0, calibration), "OPENED", 0.0)
        window = 1.5 * float(next(x for x in lines if x.startswith("OPENED")).split()[1])
        for n in range(OPEN_ROUNDS):
            path = tmp_path / f"open{n}.sqlite3"
            if places:
                shutil.copy(template, path)
            delay = rng.uniform(0.0, window)
            lines, _ = kill_round(zygote.start(f"o{n}", n, path), "OPENING", delay)
            log = parse(lines)
            killed_in_open += not log.opened
            context = f"{start}, round {n}: killed {delay * 1000:.0f} ms after OPENING"
            assert not log.errors, f"{context}: {log.errors}"
            ledger = Ledger(State(places=set(places)))
            try:
                first = check_file(path, ledger, log)
                again = check_file(path, ledger, parse([]))
            except AssertionError as exc:
                raise AssertionError(f"{context}: {exc}") from exc
            redone += first.from_revision != head
            assert (first.to_revision, again.from_revision) == (head, head), context
            for backup in backup_dir_for(path).glob("*.sqlite3"):
                verify_backup(backup)  # anything named as a backup must be a good one
    finally:
        zygote.close()
    _report(
        capsys,
        f"kill during open ({start}): {OPEN_ROUNDS} rounds, {killed_in_open} killed before the "
        f"open finished, {redone} left the migration to the next open; every file opened "
        f"afterwards; {time.monotonic() - began:.0f} s",
    )
    assert killed_in_open >= OPEN_ROUNDS // 4  # the kills did land inside the open


@pytest.mark.parametrize("damage", ["none", "acknowledged phone reverted", "in-flight half kept"])
def test_the_checks_notice_a_lost_or_half_kept_save(tmp_path: Path, damage: str) -> None:
    """The checks above are not vacuous: each kind of damage they exist for makes them fail."""
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    ctx, rng, lines = ServiceContext(db, ACTOR), random.Random(SEED), []
    try:
        for _ in range(40):
            save_one(ctx, rng, lines.append)
        with ctx.write() as session:  # a save killed after its commit, before its ACK
            in_flight = save_household(session, rng)
        lines.append("INTENT " + " ".join(in_flight))
    finally:
        db.close()
    phones = [(uid, value) for kind, uid, value in parse(lines).acks if kind == "phone"]
    member = in_flight[2].split(",")[0].split("=")[0]
    with closing(sqlite3.connect(path)) as conn:
        if damage == "acknowledged phone reverted":
            conn.execute("UPDATE persons SET phone = '' WHERE uid = ?", (phones[-1][0],))
        elif damage == "in-flight half kept":
            conn.execute("DELETE FROM persons WHERE uid = ?", (member,))
        conn.commit()
    if damage == "none":
        ledger = Ledger()
        check_file(path, ledger, parse(lines))
        assert (ledger.acked, ledger.in_flight_kept) == (40, 1)
        return
    with pytest.raises(AssertionError, match="file differs from the acknowledged saves"):
        check_file(path, Ledger(), parse(lines))
