"""Matching a roster to the register reads only what the roster names (issue 14): no person or
household of the register is loaded as a record to make the preview, the decisions are the same
however the lookups are cut into chunks, and the updates are written and audited as before."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, select

from lijiabu_desk.models import AuditEntry, Household, Person
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.roster import registered
from lijiabu_desk.services.roster.gc_pause import paused_gc
from lijiabu_desk.services.roster.importer import apply_import, plan_import
from tests.roster_setup import id_for, write_roster

HEADER = ["户号", "姓名", "与户主关系", "公民身份号码", "联系电话", "民族"]
MA = id_for("19600101", "011")
WANG = id_for("19620202", "022")
MA_SON = id_for("19850303", "033")
LI = id_for("19700404", "041")
LI_WIFE = id_for("19720505", "052")
ZHAO = id_for("19900606", "061")
OUTSIDER = id_for("19800707", "071", area="640324")

FIRST = [
    ["HW0001", "马建国", "户主", MA, "13900000001", "回族"],
    ["HW0001", "王秀英", "妻", WANG, "", "回族"],
    ["HW0001", "马文华", "子", MA_SON, "", "回族"],
    ["HW0002", "李有德", "户主", LI, "13900000002", "汉族"],
    ["HW0002", "张丽", "妻", LI_WIFE, "", "汉族"],
]


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", group_count=2))
    return desk


@pytest.fixture
def registered_five(desk: ServiceContext, tmp_path: Path) -> ServiceContext:
    """The five people of ``FIRST`` in two households, and an outsider without a household."""
    apply_import(desk, plan_import(desk, write_roster(tmp_path / "first.xlsx", HEADER, FIRST)))
    save_person(desk, PersonInput(name="马海", id_number=OUTSIDER))
    return desk


@contextmanager
def loads_counted() -> Iterator[list[str]]:
    """Every person or household the ORM builds from a database row while the block runs."""
    loaded: list[str] = []

    def person(target: Person, _context: object) -> None:
        loaded.append(f"person {target.id}")

    def household(target: Household, _context: object) -> None:
        loaded.append(f"household {target.id}")

    event.listen(Person, "load", person)
    event.listen(Household, "load", household)
    try:
        yield loaded
    finally:
        event.remove(Person, "load", person)
        event.remove(Household, "load", household)


def audit(desk: ServiceContext, table: str, action: str) -> list[dict[str, list[object]]]:
    with desk.db.sessions() as s:
        rows = s.scalars(
            select(AuditEntry.changes)
            .where(AuditEntry.table_name == table, AuditEntry.action == action)
            .order_by(AuditEntry.id)
        )
        return [json.loads(changes) for changes in rows]


def test_the_preview_loads_no_record_of_the_register(registered_five, tmp_path) -> None:
    """Six people are registered; the roster names two of them and one newcomer. The old
    preview built every registered person as a record (six here, 300,000 in a township)."""
    second = [
        ["HW0001", "马建国", "户主", MA, "13900000001", "回族"],  # as registered
        ["HW0001", "王秀英", "妻", WANG, "13700000003", "回族"],  # a phone now
        ["HW0003", "赵六", "户主", ZHAO, "", "汉族"],  # new, in a new household
    ]
    path = write_roster(tmp_path / "second.xlsx", HEADER, second)
    with loads_counted() as loaded:
        plan = plan_import(registered_five, path, village="河湾村")
    assert loaded == []
    assert [p.name for p in plan.creates] == ["赵六"]
    assert [(p.name, p.changes) for p in plan.updates] == [("王秀英", ("联系电话",))]
    assert plan.unchanged == 1 and plan.new_households == {"HW0003"}
    assert [(h.household_no, h.existing_id is not None) for h in plan.households] == [
        ("HW0001", True),
        ("HW0003", False),
    ]


def test_decisions_and_writing_do_not_depend_on_the_chunks(
    registered_five, tmp_path, monkeypatch
) -> None:
    """With two values per query the five registered people take three queries to find, and
    the three updates three loads in two chunks: the outcome is counted by hand."""
    monkeypatch.setattr(registered, "CHUNK", 2)
    second = [
        ["HW0001", "马建国", "户主", MA, "13900000009", "回族"],  # phone changed
        ["HW0001", "王秀英", "妻", WANG, "", "回族"],  # unchanged
        ["HW0001", "马文华", "子", MA_SON, "13600000004", "回族"],  # phone added
        ["HW0002", "李有德", "户主", LI, "13900000002", "汉族"],  # unchanged
        ["HW0002", "张丽", "妻", LI_WIFE, "", "回族"],  # 民族 changed
        ["HW0002", "李小龙", "子", ZHAO, "", "汉族"],  # new
    ]
    plan = plan_import(registered_five, write_roster(tmp_path / "2.xlsx", HEADER, second))
    assert [p.name for p in plan.creates] == ["李小龙"]
    assert [(p.name, p.changes) for p in plan.updates] == [
        ("马建国", ("联系电话",)),
        ("马文华", ("联系电话",)),
        ("张丽", ("民族",)),
    ]
    assert plan.unchanged == 2 and plan.new_households == set()
    apply_import(registered_five, plan)
    with registered_five.db.sessions() as s:
        found = dict(s.execute(select(Person.name, Person.phone)).all())
        assert (found["马建国"], found["马文华"], found["李小龙"]) == (
            "13900000009",
            "13600000004",
            "",
        )
        assert s.scalar(select(Person.ethnicity).where(Person.name == "张丽")) == "回族"
    updates = audit(registered_five, "persons", "update")
    assert sorted(sorted(u) for u in updates) == [["ethnicity"], ["phone"], ["phone"]]


def test_registered_households_are_filled_in_chunks(desk, tmp_path, monkeypatch) -> None:
    """Three households registered without a house number; the next roster has them."""
    monkeypatch.setattr(registered, "CHUNK", 2)
    heads = [["HW0001", "马建国", "户主", MA], ["HW0002", "李有德", "户主", LI],
             ["HW0003", "赵六", "户主", ZHAO]]  # fmt: skip
    apply_import(desk, plan_import(desk, write_roster(tmp_path / "1.xlsx", HEADER[:4], heads)))
    numbered = [[*row, f"{n}号"] for n, row in enumerate(heads, start=7)]
    path = write_roster(tmp_path / "2.xlsx", [*HEADER[:4], "门牌号"], numbered)
    plan = plan_import(desk, path, village="河湾村")
    assert [(h.household_no, h.changes) for h in plan.filled_households] == [
        ("HW0001", ("门牌号",)),
        ("HW0002", ("门牌号",)),
        ("HW0003", ("门牌号",)),
    ]
    apply_import(desk, plan)
    with desk.db.sessions() as s:
        stored = dict(s.execute(select(Household.household_no, Household.house_no)).all())
    assert stored == {"HW0001": "7号", "HW0002": "8号", "HW0003": "9号"}
    filled = sorted(str(u) for u in audit(desk, "households", "update"))  # in flush order
    assert filled == [str({"house_no": ["", f"{n}号"]}) for n in (7, 8, 9)]


def test_the_collector_is_paused_for_the_block_and_restored_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()


def test_the_preview_pauses_the_collector_and_restores_it_on_failure(
    registered_five, tmp_path, monkeypatch
) -> None:
    seen: list[bool] = []
    people = registered.people

    def watched(*args: object) -> object:
        seen.append(gc.isenabled())
        return people(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(registered, "people", watched)
    path = write_roster(tmp_path / "again.xlsx", HEADER, FIRST[:1])
    plan_import(registered_five, path, village="河湾村")
    assert seen == [False] and gc.isenabled()
    with pytest.raises(ServiceError, match="没有叫“石岔村”的村"):
        plan_import(registered_five, path, village="石岔村")
    assert gc.isenabled()
