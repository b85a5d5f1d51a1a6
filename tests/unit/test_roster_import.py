"""Importing a messy village roster: preview, rejections with reasons, idempotence, backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.models import Household, Person
from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.services.roster.importer import (
    apply_import,
    group_number,
    plan_import,
    relation_of,
)
from lijiabu_desk.services.search import search

HEAD = "11010519491231002X"  # 女 1949
SON = "622421201003150015"  # 男 2010


def roster(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["李家堡镇河湾村户籍人口花名册"])
    ws.merge_cells("A1:H1")
    ws.append(["户号", "姓名", "与户主关系", "性别", "民族", "公民身份号码", "联系电话", "社"])
    for row in rows:
        ws.append(row)
    ws.append(["合计", "共 3 人"])
    wb.save(path)
    return path


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", group_count=2))
    return desk


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return roster(
        tmp_path / "河湾村.xlsx",
        [
            ["HW0001", "李桂兰", "户主", "女", "汉", HEAD, "139 1234 5678", "二社"],
            ["HW0001", "张晓明", "孙子", "男", "汉族", SON, "", "二社"],
            [None, None, None, None, None, None, None, None],
            ["HW0002", "王 强", "户主", "男", "回", 6.21102e17, "", "3组"],
            ["HW0002", "王芳", "妻", "女", "汉", "110105194912310021", "", "3组"],
            ["HW0003", "赵四", "户主", "男", "汉", SON, "", "1"],
        ],
    )


def count(desk: ServiceContext, model) -> int:
    with desk.db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_words_of_real_rosters() -> None:
    assert relation_of("妻") == Relation.SPOUSE and relation_of("长子") == Relation.SON
    assert relation_of("外甥") == Relation.OTHER
    assert [group_number(t) for t in ("三社", "3组", "第12村民小组", "十二社", "十社", "")] == [
        3,
        3,
        12,
        12,
        10,
        None,
    ]


def test_preview_writes_nothing_and_explains_every_rejection(desk, messy) -> None:
    plan = plan_import(desk, messy, village="河湾村")
    summary = plan.summary()
    assert (summary["imported"], summary["updated"], summary["households"]) == (2, 0, 1)
    reasons = {r["row"]: r["reason"] for r in summary["rejections"]}
    assert set(reasons) == {6, 7, 8}
    assert "存成了数字" in reasons[6] and "后几位已经丢失" in reasons[6]
    assert "校验位" in reasons[7]
    assert "第 4 行重复" in reasons[8]
    assert count(desk, Person) == 0


def test_apply_backs_up_then_imports_and_a_second_run_changes_nothing(desk, messy) -> None:
    result = apply_import(desk, plan_import(desk, messy, village="河湾"))
    assert result.backup is not None and result.backup.parent == backup_dir_for(desk.db.path)
    assert count(desk, Person) == 2 and count(desk, Household) == 1
    hit = search(desk, "zxm").people[0]
    assert hit.name == "张晓明" and hit.household_no == "HW0001" and hit.address == "河湾村二社"
    again = plan_import(desk, messy, village="河湾村")
    assert again.summary()["imported"] == 0 and again.summary()["updated"] == 0
    assert again.unchanged == 2


def test_a_changed_phone_is_an_update(desk, messy, tmp_path) -> None:
    apply_import(desk, plan_import(desk, messy, village="河湾村"))
    changed = roster(
        tmp_path / "again.xlsx",
        [
            ["HW0001", "李桂兰", "户主", "女", "汉", HEAD, "13800001111", "二社"],
        ],
    )
    plan = plan_import(desk, changed, village="河湾村")
    assert [u.changes for u in plan.updates] == [("联系电话",)]
    apply_import(desk, plan)
    assert search(desk, "李桂兰").people[0].masked_phone == "138****1111"


def test_an_unknown_village_is_said_plainly(desk, messy) -> None:
    with pytest.raises(ServiceError, match="没有叫“石岔村”的村"):
        plan_import(desk, messy, village="石岔村")


def test_the_command_line_prints_one_json_object(desk, messy, capsys) -> None:
    import json

    from lijiabu_desk.cli import main

    desk.db.close()
    code = main(
        [
            "import-roster",
            str(messy),
            "--db",
            str(desk.db.path),
            "--village",
            "河湾村",
            "--dry-run",
            "--json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["imported"] == 2 and out["rejected"] == 3 and out["households"] == 1
    assert {r["row"] for r in out["rejections"]} == {6, 7, 8}
    code = main(
        ["import-roster", str(messy), "--db", str(desk.db.path), "--village", "河湾村", "--json"]
    )
    assert code == 0 and json.loads(capsys.readouterr().out)["imported"] == 2
    code = main(
        ["import-roster", str(messy), "--db", str(desk.db.path), "--village", "河湾村", "--json"]
    )
    assert json.loads(capsys.readouterr().out)["imported"] == 0  # the same file twice


def test_an_unreadable_file_fails_with_a_sentence(desk, tmp_path, capsys) -> None:
    from lijiabu_desk.cli import main

    junk = tmp_path / "花名册.xlsx"
    junk.write_bytes(b"not a spreadsheet")
    desk.db.close()
    code = main(["import-roster", str(junk), "--db", str(desk.db.path), "--village", "河湾村"])
    err = capsys.readouterr().err
    assert code == 1 and err.strip() and "Traceback" not in err


def test_export_masks_by_default_escapes_formulas_and_is_audited(desk, messy, tmp_path) -> None:
    from openpyxl import load_workbook

    from lijiabu_desk.models.enums import AccountRole
    from lijiabu_desk.services.actor import Actor
    from lijiabu_desk.services.history import AuditFilter, search_audit
    from lijiabu_desk.services.permissions import PermissionDeniedError
    from lijiabu_desk.services.register.people import PersonInput, save_person
    from lijiabu_desk.services.roster.exporter import export_register

    apply_import(desk, plan_import(desk, messy, village="河湾村"))
    person = search(desk, "张晓明").people[0].id
    save_person(
        desk,
        PersonInput(
            name="张晓明",
            id_number=SON,
            notes='=HYPERLINK("x")',
            household_id=search(desk, "HW0001").households[0].id,
            relation=Relation.GRANDSON,
        ),
        person,
    )
    masked = export_register(desk, tmp_path / "masked.xlsx")
    rows = list(load_workbook(masked.path).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("户号", "姓名") and masked.people == 2
    assert rows[1][5] == "110***********002X" and rows[1][7] == "139****5678"
    assert rows[2][10] == '\'=HYPERLINK("x")'
    full = export_register(desk, tmp_path / "full.xlsx", full_numbers=True)
    rows = list(load_workbook(full.path).active.iter_rows(values_only=True))
    assert rows[1][5] == HEAD and isinstance(rows[1][5], str)
    assert search_audit(desk, AuditFilter(action="export"))[0].changes
    aux = ServiceContext(desk.db, Actor("fj", AccountRole.AUXILIARY), desk.clock)
    with pytest.raises(PermissionDeniedError):
        export_register(aux, tmp_path / "aux.xlsx")


def test_every_imported_record_is_in_the_audit_trail(desk, messy) -> None:
    from lijiabu_desk.services.audit import verify_chain
    from lijiabu_desk.services.history import record_history

    apply_import(desk, plan_import(desk, messy, village="河湾村"))
    with desk.db.sessions() as s:
        people = s.scalars(select(Person.id)).all()
        assert verify_chain(s).ok
    for pid in people:
        (created,) = record_history(desk, "persons", pid)
        assert created.action == "新建" and any(c.field == "公民身份号码" for c in created.changes)


def test_one_sheet_per_group_imports_into_each_group(desk, tmp_path: Path) -> None:
    book = Workbook()
    book.remove(book.active)
    header = ["户号", "姓名", "与户主关系", "性别", "民族", "公民身份号码"]
    sheets = {
        "一社": [["HW0101", "李桂兰", "户主", "女", "汉", HEAD]],
        "二社": [["HW0201", "张晓明", "户主", "男", "汉", SON],
                 ["HW0202", "张晓亮", "户主", "女", "汉", HEAD]],
    }  # fmt: skip
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        ws.append(header)
        for row in rows:
            ws.append(row)
    path = tmp_path / "河湾村.xlsx"
    book.save(path)
    plan = plan_import(desk, path, village="河湾村")
    assert [(p.name, p.group, p.cell) for p in plan.creates] == [
        ("李桂兰", 1, "一社 2"),
        ("张晓明", 2, "二社 2"),
    ]
    (rejected,) = plan.rejections
    assert rejected.cell == "二社 3" and "与“一社”第 2 行重复" in rejected.reason
    apply_import(desk, plan)
    assert count(desk, Household) == 2
