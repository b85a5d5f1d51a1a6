"""The audit chain's head, kept outside the database file.

The hash chain shows an entry edited in the middle, but not entries cut from the end, nor a trail
rewritten and re-hashed from some point on: what is left still chains. So after every commit
that appended entries, the newest entry's id and hash are written to two small files: one beside
the database (``<name>.audit-head``) and one in the user's settings folder (one file per
database, named after its resolved path). ``compare_anchor`` checks that the entry they name is
still in the chain with that hash; ``install_chain_anchor`` does so at every open.

The database may be ahead of the anchor (a power cut between the commit and the file write),
never behind it. The beside copy is written first, so it may be one commit ahead of the settings
copy; the other way round it was put back by hand. Once the anchor disagrees with the trail it
is the evidence, and later saves leave it alone. A restore replaces the chain legitimately: the
restore calls ``reset_anchor`` with the restored file's head before opening it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from platformdirs import user_config_path
from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lijiabu_desk import APP_AUTHOR, APP_NAME
from lijiabu_desk.db.engine import READ_ONLY
from lijiabu_desk.services.audit import HEAD_KEY
from lijiabu_desk.services.trail_check import Queryable, query_rows

ANCHOR_SUFFIX = ".audit-head"
#: Overrides the settings folder (a portable install; the tests).
SETTINGS_ENV = "LIJIABU_SETTINGS_DIR"
ANCHOR_FORMAT = 1

log = logging.getLogger(__name__)

Head = tuple[int, str]


def default_settings_dir() -> Path:
    override = os.environ.get(SETTINGS_ENV)
    return Path(override) if override else user_config_path(APP_NAME, APP_AUTHOR)


def _key(db_path: Path) -> str:
    return os.path.normcase(str(Path(db_path).resolve()))


def anchor_paths(db_path: Path, settings_dir: Path | None = None) -> tuple[Path, Path]:
    """(the copy beside the database, the copy in the settings folder)."""
    db_path = Path(db_path)
    folder = (settings_dir or default_settings_dir()) / "audit-heads"
    digest = hashlib.sha256(_key(db_path).encode()).hexdigest()[:24]
    return db_path.with_name(db_path.name + ANCHOR_SUFFIX), folder / f"{digest}.json"


@dataclass(frozen=True)
class Anchor:
    head: Head
    database: str
    station_uid: str | None = None


class UnreadableAnchorError(Exception):
    """The file is there but does not hold an anchor."""


def _write_atomically(path: Path, data: dict[str, Any]) -> None:
    """Write a temporary file, flush it to disk, then rename it over the old one: after a power
    cut the file holds the old anchor or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_anchor(
    db_path: Path,
    head: Head,
    settings_dir: Path | None = None,
    *,
    station_uid: str | None = None,
) -> None:
    data = {
        "format": ANCHOR_FORMAT,
        "database": _key(db_path),
        "station_uid": station_uid,
        "head": {"id": int(head[0]), "hash": str(head[1])},
        "written_at": datetime.now().replace(microsecond=0).isoformat(),
    }
    for path in anchor_paths(db_path, settings_dir):  # beside the file first
        _write_atomically(path, data)


def reset_anchor(db_path: Path, head: Head | None, settings_dir: Path | None = None) -> None:
    """After a restore: the restored file's head becomes the anchor (no head: none is kept).

    Call it after the file is replaced and before it is opened again, or the open reports the
    restored (older) trail as cut short.
    """
    if head is None:
        for path in anchor_paths(db_path, settings_dir):
            path.unlink(missing_ok=True)
        return
    write_anchor(db_path, head, settings_dir)


def read_anchor(path: Path) -> Anchor | None:
    """The anchor in ``path``; None when there is no file. Raises UnreadableAnchorError."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        head = data["head"]
        return Anchor(
            (int(head["id"]), str(head["hash"])), str(data["database"]), data.get("station_uid")
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableAnchorError(str(exc)) from exc


def current_head(conn: Queryable) -> Head | None:
    rows = list(
        query_rows(conn, "SELECT id, entry_hash FROM audit_entries ORDER BY id DESC LIMIT 1")
    )
    return (int(rows[0][0]), str(rows[0][1])) if rows else None


def _station_uid(conn: Queryable) -> str | None:
    rows = list(
        query_rows(conn, "SELECT uid FROM stations WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
    )
    return str(rows[0][0]) if rows else None


def _in_chain(conn: Queryable, head: Head) -> bool:
    rows = list(query_rows(conn, f"SELECT entry_hash FROM audit_entries WHERE id = {head[0]:d}"))
    return bool(rows) and rows[0][0] == head[1]


@dataclass
class _Keeper:
    """What one open database's listener knows between commits."""

    db_path: Path
    settings_dir: Path | None
    engine: Engine
    head: Head | None  # the anchor as last read or written
    frozen: bool  # the anchor is evidence of a problem: it is not replaced until reset
    station_uid: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def read_only(self) -> Connection:
        return self.engine.connect().execution_options(**{READ_ONLY: True})

    def after_commit(self, session: Session) -> None:
        head = session.info.pop(HEAD_KEY, None)
        if head is None or self.frozen:
            return
        with self.lock:
            if self.head is not None and head[0] <= self.head[0]:
                return  # another thread's later commit already moved the anchor on
            try:
                with self.read_only() as conn:
                    if self.head is not None and not _in_chain(conn, self.head):
                        # Entries were cut or rewritten behind this program's back since the
                        # last commit: keep the anchor as it is, so the next open reports it.
                        self.frozen = True
                        return
                    if self.station_uid is None:
                        self.station_uid = _station_uid(conn)
                write_anchor(self.db_path, head, self.settings_dir, station_uid=self.station_uid)
            except (OSError, SQLAlchemyError) as exc:
                # The save itself is committed; a database ahead of its anchor is accepted.
                log.warning("could not keep the audit chain's head outside the file: %s", exc)
                return
            self.head = head


def known_head(db_path: Path, settings_dir: Path | None = None) -> Head | None:
    """The newest head kept outside the file (None when none was kept, or none can be read)."""
    heads = []
    for path in anchor_paths(db_path, settings_dir):
        try:
            anchor = read_anchor(path)
        except UnreadableAnchorError:
            continue
        if anchor is not None:
            heads.append(anchor.head)
    return max(heads, default=None)


def install_chain_anchor(
    sessions: sessionmaker[Session], db_path: Path, settings_dir: Path | None = None
) -> list[str]:
    """Compare the file's trail with the anchor (``compare_anchor``), then, after every commit
    that appended audit entries, write the new head outside the file. Returns the problems found
    (Chinese sentences; empty when all is well).

    When there is a problem the anchor is left as it is (it is the evidence) until
    ``reset_anchor``; likewise when the trail no longer holds the anchored entry at the next
    commit. Costs one small write, flushed to disk, per copy per commit that added entries.
    """
    engine = sessions.kw["bind"]
    with engine.connect().execution_options(**{READ_ONLY: True}) as conn:
        problems = compare_anchor(db_path, conn, settings_dir)
        station_uid = _station_uid(conn)
    keeper = _Keeper(
        Path(db_path),
        settings_dir,
        engine,
        known_head(db_path, settings_dir),
        frozen=bool(problems),
        station_uid=station_uid,
    )

    def forget(session: Session, *_previous: Any) -> None:
        session.info.pop(HEAD_KEY, None)  # rolled back: those entries were never saved

    event.listen(sessions, "after_commit", keeper.after_commit)
    event.listen(sessions, "after_rollback", forget)
    event.listen(sessions, "after_soft_rollback", forget)
    return problems


def _problem_with(where: str, anchor: Anchor, conn: Queryable) -> str | None:
    head_id, head_hash = anchor.head
    rows = list(query_rows(conn, f"SELECT entry_hash FROM audit_entries WHERE id = {head_id:d}"))
    if rows and rows[0][0] == head_hash:
        return None
    if rows:
        return f"{where}的审计链末端（第 {head_id} 条）与数据库中的这一条不同：审计记录被改写过。"
    newest = current_head(conn)
    if newest is None or newest[0] < head_id:
        last = f"只到第 {newest[0]} 条" if newest else "一条也没有"
        return (
            f"{where}的审计链末端是第 {head_id} 条，而数据库中的审计记录{last}："
            "之后的审计记录被删掉了，或数据库被换成了较旧的文件。"
        )
    return f"{where}的审计链末端（第 {head_id} 条）在数据库中已不存在：审计记录被删改过。"


def compare_anchor(db_path: Path, conn: Queryable, settings_dir: Path | None = None) -> list[str]:
    """What is wrong between the database's trail and the heads kept outside it (Chinese
    sentences; empty when all is well, or when no head was kept yet)."""
    problems: list[str] = []
    anchors: list[Anchor | None] = []
    places = ("数据库文件旁保存", "本机用户设置中保存")
    for where, path in zip(places, anchor_paths(db_path, settings_dir), strict=True):
        try:
            anchor = read_anchor(path)
        except UnreadableAnchorError:
            problems.append(f"{where}的审计链末端记录无法读取（{path.name}），可能被改动过。")
            anchors.append(None)
            continue
        anchors.append(anchor)
        if anchor is not None:
            problem = _problem_with(where, anchor, conn)
            if problem:
                problems.append(problem)
    beside, kept = anchors
    if beside is not None and kept is not None and beside.head != kept.head:
        (b_id, _), (k_id, _) = beside.head, kept.head
        if b_id <= k_id:  # a power cut between the two writes leaves the beside copy ahead
            problems.append(
                f"数据库文件旁与本机用户设置中保存的审计链末端不一致"
                f"（第 {b_id} 条与第 {k_id} 条），数据库文件旁的记录被换过。"
            )
    return problems
