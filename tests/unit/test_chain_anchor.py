"""The audit chain's head kept outside the file: written at every commit that adds entries,
compared at every open, and kept as evidence once it disagrees."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry, Village
from lijiabu_desk.services.audit import HASHED_KEYS, _hashed_fields, entry_hash
from lijiabu_desk.services.audit_check import verify_audit
from lijiabu_desk.services.chain_anchor import (
    anchor_paths,
    compare_anchor,
    current_head,
    read_anchor,
    reset_anchor,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database


def add_village(ctx: ServiceContext, name: str) -> None:
    with ctx.write() as s:
        s.add(Village(name=name))


def raw(path: Path, *sql: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in sql:
            conn.execute(statement)
        conn.commit()


def head_of(path: Path) -> tuple[int, str] | None:
    with closing(sqlite3.connect(path)) as conn:
        return current_head(conn)


def problems(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return compare_anchor(path, conn)


@pytest.fixture
def three(ctx: ServiceContext) -> ServiceContext:
    for name in ("甲村", "乙村", "丙村"):
        add_village(ctx, name)
    return ctx


def test_each_commit_that_adds_entries_writes_both_copies(three, settings_dir: Path) -> None:
    beside, kept = anchor_paths(three.db.path)
    assert beside == three.db.path.with_name("desk.sqlite3.audit-head")
    assert kept.is_relative_to(settings_dir)
    head = head_of(three.db.path)
    assert head is not None and head[0] == 3
    for path in (beside, kept):
        anchor = read_anchor(path)
        assert anchor is not None and anchor.head == head
        assert anchor.database == str(three.db.path.resolve())
    with three.read() as s:  # reading writes nothing
        s.get(Village, 1)
    assert read_anchor(kept).head == head
    assert problems(three.db.path) == []


def test_a_rolled_back_save_leaves_the_anchor_alone(three) -> None:
    beside = anchor_paths(three.db.path)[0]
    with pytest.raises(RuntimeError), three.write() as s:
        s.add(Village(name="丁村"))
        s.flush()  # its entry is written, then rolled back
        raise RuntimeError
    assert read_anchor(beside).head == head_of(three.db.path) and head_of(three.db.path)[0] == 3
    add_village(three, "戊村")
    assert read_anchor(beside).head == head_of(three.db.path) and head_of(three.db.path)[0] == 4


def test_entries_cut_from_the_end_are_reported_from_both_copies(three) -> None:
    raw(three.db.path, "DELETE FROM audit_entries WHERE id = 3")
    found = problems(three.db.path)
    assert len(found) == 2
    assert all("第 3 条" in p and "只到第 2 条" in p for p in found)
    assert "数据库文件旁" in found[0] and "用户设置" in found[1]


def test_a_trail_rewritten_and_re_hashed_is_reported(three) -> None:
    """An edit re-hashed from there on passes the chain check; only the anchor shows it."""
    path = three.db.path
    with three.db.sessions() as s:
        prev, last = s.scalars(select(AuditEntry).where(AuditEntry.id >= 2).order_by(AuditEntry.id))
        fields = _hashed_fields({k: getattr(last, k) for k in (*HASHED_KEYS, "changes")})
    fields["changes"] = fields["changes"].replace("丙村", "丁村")
    forged = entry_hash(prev.entry_hash, fields)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "UPDATE audit_entries SET changes = ?, entry_hash = ? WHERE id = 3",
            (fields["changes"], forged),
        )
        conn.commit()
    three.db.close()
    db = open_database(path)
    try:
        verification = verify_audit(ServiceContext(db, three.actor))
    finally:
        db.close()
    assert verification.chain.ok  # the chain alone is fooled
    assert not verification.report.ok and not verification.ok
    assert "改写" in verification.message and "请立即报告所长" in verification.message


def test_a_database_ahead_of_its_anchor_is_accepted(three) -> None:
    """A power cut between the commit and the file write leaves the anchor one step behind."""
    path = three.db.path
    with closing(sqlite3.connect(path)) as conn:
        second = conn.execute("SELECT id, entry_hash FROM audit_entries WHERE id = 2").fetchone()
    reset_anchor(path, second)
    assert problems(path) == []


def test_no_anchor_yet_is_not_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path).close()
    for copy in anchor_paths(path):
        assert not copy.exists()
    assert problems(path) == []


def test_the_two_copies_disagreeing_is_reported_unless_a_power_cut_explains_it(three) -> None:
    path = three.db.path
    beside, kept = anchor_paths(path)
    with closing(sqlite3.connect(path)) as conn:
        older = conn.execute("SELECT id, entry_hash FROM audit_entries WHERE id = 2").fetchone()
    newest = json.loads(beside.read_text(encoding="utf-8"))
    reset_anchor(path, older)
    kept.write_text(json.dumps(newest), encoding="utf-8")  # settings copy ahead: put back
    found = problems(path)
    assert len(found) == 1 and "不一致" in found[0] and "第 2 条与第 3 条" in found[0]
    reset_anchor(path, older)
    beside.write_text(json.dumps(newest), encoding="utf-8")  # beside copy ahead: a power cut
    assert problems(path) == []


def test_an_unreadable_anchor_is_reported(three) -> None:
    anchor_paths(three.db.path)[0].write_text("{ half", encoding="utf-8")
    found = problems(three.db.path)
    assert len(found) == 1 and "无法读取" in found[0]


def test_a_restore_resets_the_anchor(three, tmp_path: Path) -> None:
    path = three.db.path
    copy = tmp_path / "copy.sqlite3"
    with closing(sqlite3.connect(path)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    add_village(three, "丁村")
    three.db.close()
    shutil.copyfile(copy, path)  # an older file in its place: the trail is behind the anchor
    assert len(problems(path)) == 2
    reset_anchor(path, head_of(path))  # what a restore does
    assert problems(path) == []
    reset_anchor(path, None)
    assert not any(p.exists() for p in anchor_paths(path))


def test_the_anchor_is_kept_as_evidence_after_a_problem(three) -> None:
    """Once the trail is behind the anchor, later saves must not paper over it."""
    path = three.db.path
    three.db.close()
    raw(path, "DELETE FROM audit_entries WHERE id = 3")
    db = open_database(path)
    try:
        add_village(ServiceContext(db, three.actor), "丁村")  # a new entry 3 on the cut trail
    finally:
        db.close()
    assert read_anchor(anchor_paths(path)[0]).head[0] == 3
    assert len(problems(path)) == 2  # entry 3 exists again, with another hash


def test_a_cut_while_the_program_runs_is_not_papered_over(three) -> None:
    path = three.db.path
    raw(path, "DELETE FROM audit_entries WHERE id = 3")
    add_village(three, "丁村")
    add_village(three, "戊村")
    assert len(problems(path)) == 2


def test_each_database_has_its_own_settings_copy(three, tmp_path: Path) -> None:
    other: Database = open_database(tmp_path / "other" / "desk.sqlite3")
    try:
        add_village(ServiceContext(other, three.actor), "乙村")
        assert anchor_paths(other.path)[1] != anchor_paths(three.db.path)[1]
        assert problems(other.path) == [] and problems(three.db.path) == []
    finally:
        other.close()
