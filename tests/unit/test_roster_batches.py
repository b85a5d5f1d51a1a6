"""A long import writes in short batches that let the window save in between, and stays whole or
nothing: a failure in a later batch takes back every batch already written (issue 9 point 7)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from lijiabu_desk.models import AuditEntry, Household, Person, VillageGroup
from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.audit import verify_chain
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.roster.importer import apply_import, plan_import
from tests.case_setup import id_number

HEADER = ["户号", "姓名", "与户主关系", "性别", "民族", "公民身份号码", "社"]
PEOPLE = [
    ("HW0001", "马建国", "户主", "男", "62110219680305123", "三社"),
    ("HW0001", "王秀英", "妻", "女", "62110219720716124", "三社"),
    ("HW0002", "马文华", "户主", "男", "62110219700101101", "三社"),
    ("HW0002", "李桂兰", "妻", "女", "62110219720202102", "三社"),
    ("HW0003", "马有德", "户主", "男", "62110219750303103", "四社"),
    ("HW0003", "张丽", "妻", "女", "62110219780404104", "四社"),
]


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", group_count=2))  # 一社, 二社
    return desk


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    wb = Workbook()
    wb.active.append(HEADER)
    for household, name, relation, sex, first17, group in PEOPLE:
        wb.active.append([household, name, relation, sex, "汉", id_number(first17), group])
    wb.save(tmp_path / "河湾村.xlsx")
    return tmp_path / "河湾村.xlsx"


def count(desk: ServiceContext, model: type) -> int:
    with desk.db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def lock_is_free(path: Path) -> bool:
    """Another connection takes the write lock at once, without waiting."""
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return False
        conn.execute("ROLLBACK")
        return True


def test_batches_commit_one_by_one_and_the_lock_is_free_between(desk, roster) -> None:
    plan = plan_import(desk, roster, village="河湾村")
    seen: list[tuple[int, int, int, bool]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total, count(desk, Person), lock_is_free(desk.db.path)))

    apply_import(desk, plan, batch_rows=2, progress=progress)
    assert seen == [(2, 6, 2, True), (4, 6, 4, True), (6, 6, 6, True)]
    assert count(desk, Household) == 3 and count(desk, VillageGroup) == 4
    with desk.db.sessions() as s:
        assert verify_chain(s).ok


def test_a_failure_in_a_later_batch_leaves_nothing_imported(desk, roster) -> None:
    """Between batch 1 and 2 the window saves a person whose ID number is in batch 2: batch 2
    fails, and batch 1 is taken back; the window's own save stays."""
    plan = plan_import(desk, roster, village="河湾村")
    groups_before = count(desk, VillageGroup)

    def window_saves(done: int, _total: int) -> None:
        if done == 2:
            save_person(desk, PersonInput(name="马文华", id_number=id_number("62110219700101101")))

    with pytest.raises(ServiceError) as info:
        apply_import(desk, plan, batch_rows=2, progress=window_saves)
    assert info.value.message.startswith(
        "导入没有完成，已写入的 2 人、1 户已全部撤销，数据与导入前相同。出错的原因："
    )
    with desk.db.sessions() as s:
        assert s.scalars(select(Person.name)).all() == ["马文华"]  # the window's, not the import's
        assert s.scalar(select(func.count()).select_from(Household)) == 0
        assert s.scalar(select(func.count()).select_from(VillageGroup)) == groups_before
        taken_back = s.scalars(select(AuditEntry.table_name).where(AuditEntry.action == "delete"))
        assert sorted(taken_back) == ["households", "persons", "persons",
                                      "village_groups", "village_groups"]  # fmt: skip
        assert verify_chain(s).ok


def test_cancelling_takes_back_what_was_written(desk, roster) -> None:
    plan = plan_import(desk, roster, village="河湾村")

    def cancel(done: int, _total: int) -> None:
        if done == 4:
            raise ServiceError("已取消导入。")

    with pytest.raises(ServiceError, match=r"已写入的 4 人、2 户已全部撤销.*已取消导入。"):
        apply_import(desk, plan, batch_rows=2, progress=cancel)
    assert count(desk, Person) == 0 and count(desk, Household) == 0
    apply_import(desk, plan_import(desk, roster, village="河湾村"))  # and can be done again
    assert count(desk, Person) == 6


def test_when_taking_back_fails_the_backup_is_named(desk, roster) -> None:
    """The window adds someone to a household the import has just written, then batch 2 fails:
    that household cannot be deleted, so the officer is sent to the pre-import backup."""
    plan = plan_import(desk, roster, village="河湾村")

    def window_saves(done: int, _total: int) -> None:
        if done == 2:
            with desk.db.sessions() as s:
                household = s.scalar(select(Household.id).where(Household.household_no == "HW0001"))
            person = PersonInput(
                name="马文华",
                id_number=id_number("62110219700101101"),
                household_id=household,
                relation=Relation.SON,
            )
            save_person(desk, person)

    with pytest.raises(ServiceError) as info:
        apply_import(desk, plan, batch_rows=2, progress=window_saves)
    message = info.value.message
    assert "已写入的 2 人无法自动撤销" in message and "before-import" in message
    assert "请用“文件 → 从备份恢复”" in message
    assert count(desk, Person) == 3  # batch 1 and the window's person: nothing half taken back
