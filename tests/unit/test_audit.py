"""The audit trail: what is recorded, refusal without an actor, and the hash chain."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime

import pytest
from sqlalchemy import select

from lijiabu_desk.models import Account, AuditEntry, Household, HouseholdTag, Person, Village
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.audit import Action, AuditError, record_event, verify_chain
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database

CLERK = Actor("wangjing", AccountRole.OFFICER, account_id=7, display_name="王警官")


def entries(db: Database) -> list[AuditEntry]:
    with db.sessions() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


@pytest.fixture
def clerk(db: Database, clock) -> ServiceContext:
    return ServiceContext(db, CLERK, clock)


def test_create_change_and_retire_are_recorded_field_by_field(clerk, clock) -> None:
    with clerk.write() as s:
        person = Person(name="周明德", phone="13912345678")
        s.add(person)
    clock.advance(minutes=5)
    with clerk.write() as s:
        s.get(Person, person.id).phone = "13800001111"
    with clerk.write() as s:
        s.get(Person, person.id).deleted_at = datetime(2026, 11, 28, 9, 10)
    created, changed, retired = entries(clerk.db)
    assert (created.action, created.table_name, created.record_id) == ("create", "persons", 1)
    assert json.loads(created.changes)["name"] == [None, "周明德"]
    assert created.record_uid == person.uid
    assert (created.actor, created.account_id) == ("wangjing", 7)
    assert created.at == datetime(2026, 11, 28, 9, 0)
    assert changed.action == "update" and changed.at == datetime(2026, 11, 28, 9, 5)
    assert json.loads(changed.changes) == {"phone": ["13912345678", "13800001111"]}
    assert retired.action == "retire"


def test_a_change_without_an_actor_is_refused_and_not_saved(db: Database) -> None:
    with pytest.raises(AuditError, match="没有登录账号"), db.sessions.begin() as s:
        s.add(Village(name="河湾村"))
    with db.sessions() as s:
        assert s.scalars(select(Village)).all() == []


def test_passwords_never_reach_the_trail(clerk) -> None:
    with clerk.write() as s:
        account = Account(username="x", role=AccountRole.AUXILIARY, password_hash="$argon2id$S")
        s.add(account)
    with clerk.write() as s:
        s.get(Account, account.id).password_hash = "$argon2id$T"
    trail = " ".join(e.changes for e in entries(clerk.db))
    assert "$argon2id$" not in trail and "已修改" in trail


def test_events_and_a_valid_chain(clerk) -> None:
    with clerk.write() as s:
        village = Village(name="河湾村")
        s.add(village)
        s.flush()
        record_event(s, CLERK, Action.EXPORT, record=village, details={"rows": 12})
    with clerk.db.sessions() as s:
        report = verify_chain(s)
    assert report.ok and report.entries == 2
    assert [e.action for e in entries(clerk.db)] == ["create", "export"]
    first, second = entries(clerk.db)
    assert second.prev_hash == first.entry_hash


def tamper(db: Database, sql: str) -> None:
    with closing(sqlite3.connect(db.path)) as conn:
        conn.execute(sql)
        conn.commit()


@pytest.fixture
def three_entries(clerk) -> ServiceContext:
    for name in ("甲村", "乙村", "丙村"):
        with clerk.write() as s:
            s.add(Village(name=name))
    return clerk


def test_an_edited_entry_breaks_the_chain_there(three_entries) -> None:
    db = three_entries.db
    tamper(db, "UPDATE audit_entries SET actor = 'someone' WHERE id = 2")
    with db.sessions() as s:
        report = verify_chain(s)
    assert not report.ok and report.broken_at == 2 and "改动" in report.reason


def test_a_removed_entry_breaks_the_chain(three_entries) -> None:
    db = three_entries.db
    tamper(db, "DELETE FROM audit_entries WHERE id = 2")
    with db.sessions() as s:
        report = verify_chain(s)
    assert not report.ok and report.broken_at == 3


def test_a_cut_off_tail_is_caught_by_the_head_kept_outside(three_entries) -> None:
    db = three_entries.db
    head = (3, entries(db)[2].entry_hash)
    tamper(db, "DELETE FROM audit_entries WHERE id = 3")
    with db.sessions() as s:
        assert verify_chain(s).ok  # what is left still chains
        report = verify_chain(s, expected_head=head)
    assert not report.ok and report.broken_at == 3


def test_a_full_disk_is_said_in_plain_words_and_nothing_is_saved(clerk) -> None:
    from sqlalchemy import event

    from lijiabu_desk.services.errors import SaveFailedError

    with clerk.write() as s:
        s.add(Village(name="甲村"))
    with clerk.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(clerk.db.engine, "connect")
    def cap(dbapi_conn, _record) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    clerk.db.engine.dispose()  # reconnect so every connection carries the cap
    with pytest.raises(SaveFailedError) as info, clerk.write() as s:
        s.add_all([Village(name=f"村{i}", head_name="很长的名字" * 5) for i in range(2000)])
    assert "磁盘空间已满" in info.value.message and "没有保存" in info.value.message
    with clerk.db.sessions() as s:
        assert s.scalars(select(Village.name)).all() == ["甲村"]


def test_rows_deleted_from_a_collection_are_recorded_with_what_they_held(clerk) -> None:
    """A household tag removed from the list is deleted as an orphan, which SQLAlchemy never
    puts in ``session.deleted``; the trail must still show it, and what it said."""
    with clerk.write() as s:
        village = Village(name="河湾村")
        household = Household(household_no="HW0001", village=village)
        household.tags.append(HouseholdTag(tag="空巢老人"))
        s.add_all([village, household])
    with clerk.write() as s:
        loaded = s.get(Household, household.id)
        loaded.tags.remove(loaded.tags[0])
    deleted = [e for e in entries(clerk.db) if e.action == "delete"]
    assert [(e.table_name, e.actor) for e in deleted] == [("household_tags", "wangjing")]
    assert json.loads(deleted[0].changes)["tag"] == ["空巢老人", None]
    with clerk.db.sessions() as s:
        assert verify_chain(s).ok


def test_a_cut_off_tail_without_any_backup_is_caught_by_audit_verify(three_entries, ctx) -> None:
    """The head kept beside the file and in the settings shows a cut made after the newest
    backup, or with no backup at all; the chain alone cannot."""
    from lijiabu_desk.services.audit_check import verify_audit

    assert verify_audit(ctx).ok  # as the administrator (the setup actor)
    tamper(ctx.db, "DELETE FROM audit_entries WHERE id = 3")
    result = verify_audit(ctx)
    assert result.chain.ok and result.compared_with is None
    assert not result.report.ok  # what `audit verify` turns into exit code 1
    assert "第 3 条" in result.message and "只到第 2 条" in result.message
    assert result.message.endswith("请立即报告所长。")
