"""A record's history and the administrator's audit view and export."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from lijiabu_desk.models import Person
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.history import (
    AuditFilter,
    audit_actors,
    export_audit_csv,
    record_history,
    search_audit,
)


@pytest.fixture
def desk(db, clock) -> ServiceContext:
    ctx = ServiceContext(db, SETUP_ACTOR, clock)
    with ctx.write() as s:
        s.add(Person(name="周明德", phone="13912345678"))
    clock.advance(hours=1)
    with ctx.write() as s:
        s.get(Person, 1).phone = "13800001111"
    return ctx


def test_a_records_history_reads_in_chinese(desk: ServiceContext) -> None:
    history = record_history(desk, "persons", 1)
    assert [h.action for h in history] == ["新建", "修改"]
    assert history[1].changes[0].field == "联系电话"
    assert (history[1].changes[0].old, history[1].changes[0].new) == ("13912345678", "13800001111")
    assert history[1].at == datetime(2026, 11, 28, 10, 0)
    assert "联系电话：13912345678 → 13800001111" in history[1].summary


def test_filters(desk: ServiceContext) -> None:
    assert len(search_audit(desk, AuditFilter())) == 2
    assert len(search_audit(desk, AuditFilter(action="update"))) == 1
    assert len(search_audit(desk, AuditFilter(since=datetime(2026, 11, 28, 9, 30)))) == 1
    assert search_audit(desk, AuditFilter(actor="nobody")) == []
    assert audit_actors(desk) == ["setup"]


def test_export_escapes_formulas_and_is_itself_audited(
    desk: ServiceContext, tmp_path: Path
) -> None:
    sly = ServiceContext(desk.db, Actor("=cmd|'/C calc'!A0", AccountRole.ADMIN), desk.clock)
    with sly.write() as s:
        s.add(Person(name="李桂兰"))
    target = tmp_path / "audit.csv"
    assert export_audit_csv(desk, AuditFilter(), target) == 3
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["编号", "时间", "账号", "操作", "对象", "记录编号", "内容"]
    actors = [r[2] for r in rows[1:]]
    assert "'=cmd|'/C calc'!A0" in actors and "=cmd|'/C calc'!A0" not in actors
    assert rows[1][1] == "2026-11-28 10:00:00" and rows[1][4] == "人员"
    assert search_audit(desk, AuditFilter(limit=1))[0].action == "导出"


def test_values_read_as_an_officer_reads_them(db, clock, hasher) -> None:
    from lijiabu_desk.services import accounts

    actor = accounts.create_first_admin(
        db,
        username="houzhang",
        display_name="",
        password="Lijiabu#2026",
        hasher=hasher,
        clock=clock,
    )
    admin = ServiceContext(db, actor, clock)
    view = accounts.add_account(
        admin,
        username="fj",
        display_name="",
        role=AccountRole.AUXILIARY,
        password="Temp#12345",
        hasher=hasher,
    )
    accounts.set_disabled(admin, view.id, True)
    last = record_history(admin, "accounts", view.id)[-1]
    assert last.summary == "停用：否 → 是"
    created = record_history(admin, "accounts", view.id)[0]
    # A new record lists its values; only a change shows old → new.
    assert "密码修改时间：2026-11-28 09:00" in created.summary


def test_an_auxiliary_sees_numbers_masked_in_a_history_as_on_the_form(
    desk: ServiceContext,
) -> None:
    with desk.write() as s:
        s.get(Person, 1).id_number = "11010519491231002X"
    auxiliary = ServiceContext(desk.db, Actor("fj", AccountRole.AUXILIARY, 9), desk.clock)
    shown = " ".join(h.summary for h in record_history(auxiliary, "persons", 1))
    for whole in ("13912345678", "13800001111", "11010519491231002X"):
        assert whole not in shown
    assert "1111" in shown and "002X" in shown  # the tails, as the masked lists show them
    officer = ServiceContext(desk.db, Actor("mj", AccountRole.OFFICER, 8), desk.clock)
    assert "11010519491231002X" in " ".join(
        h.summary for h in record_history(officer, "persons", 1)
    )
