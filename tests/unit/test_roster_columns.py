"""Every column of a real village roster lands in the record, or the preview names it.

A roster (户籍花名册, 人口信息表) carries more than a name and an ID number: the current address,
where a person is registered, the phone, the occupation, the card's validity, the 社 and the house
number. Each recognised column is read back here from the database after an import; the columns
the program does not keep (PIPL: collect only what has a purpose) and those it does not know are
named in the preview, never dropped in silence.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from lijiabu_desk.models import Household, Person, VillageGroup
from lijiabu_desk.models.enums import Relation
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.services.roster.importer import apply_import, plan_import
from tests.roster_setup import (
    FULL_HEADER,
    FULL_ROWS,
    HOME,
    LI,
    SUN,
    WANG,
    ZHANG,
    ZHAO,
    write_roster,
)


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", group_count=3))
    return desk


def people(desk: ServiceContext) -> dict[str, Person]:
    with desk.db.sessions() as s:
        return {p.name: p for p in s.scalars(select(Person))}


def households(desk: ServiceContext) -> dict[str, tuple[str, str, str, str]]:
    """household number → (group name, house number, address detail, phone)."""
    with desk.db.sessions() as s:
        rows = s.execute(
            select(
                Household.household_no,
                VillageGroup.name,
                Household.house_no,
                Household.address_detail,
                Household.phone,
            ).outerjoin(VillageGroup, VillageGroup.id == Household.group_id)
        ).all()
    return {r[0]: (r[1] or "", r[2], r[3], r[4]) for r in rows}


def test_every_usual_column_lands_in_the_record(desk, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "河湾村.xlsx", FULL_HEADER, FULL_ROWS)
    plan = plan_import(desk, path, village="河湾村")
    assert plan.rejections == []
    apply_import(desk, plan)
    found = people(desk)
    li, wang, zhang = found["李建国"], found["王秀英"], found["张明"]
    assert (li.relation, wang.relation, zhang.relation) == (
        Relation.HEAD,
        Relation.SPOUSE,
        Relation.HEAD,
    )
    assert (li.address, wang.address, zhang.address) == (HOME, HOME, "兰州市七里河区建兰路8号")
    assert (li.origin, wang.origin, zhang.origin) == (
        "河湾村三社12号",
        "宁夏回族自治区固原市原州区",
        "河湾村五社3号",
    )
    assert (li.phone, wang.phone, zhang.phone) == ("13912345678", "13800001111", "0932-8123456")
    assert (li.ethnicity, wang.ethnicity) == ("汉族", "回族")
    assert (li.occupation, zhang.occupation) == ("农民", "外出务工")
    assert (li.birth_date, wang.birth_date) == (date(1962, 5, 3), date(1965, 8, 20))
    assert (li.id_issue_date, li.id_expiry_date, li.id_long_term) == (date(2015, 3, 1), None, True)
    assert (wang.id_issue_date, wang.id_expiry_date, wang.id_long_term) == (
        date(2010, 6, 1),
        date(2030, 6, 1),
        False,
    )
    assert (zhang.id_issue_date, zhang.id_expiry_date) == (None, date(2035, 7, 1))
    assert (li.notes, wang.notes, zhang.notes) == ("低保户", "", "常年在兰州打工")
    assert households(desk) == {
        "HW0001": ("三社", "12号", "", "13912345678"),
        "HW0002": ("五社", "3号", "", "0932-8123456"),
    }


def test_the_preview_names_every_column_that_is_not_imported(desk, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "河湾村.xlsx", FULL_HEADER, FULL_ROWS)
    plan = plan_import(desk, path, village="河湾村")
    summary = plan.summary()
    assert summary["not_imported_columns"] == [
        "序号",
        "文化程度",
        "婚姻状况",
        "兵役状况",
        "宗教信仰",
    ]
    assert summary["unrecognised_columns"] == ["父亲姓名"]
    assert summary["new_groups"] == ["五社"]
    notes = summary["notes"]
    assert (
        "以下列没有导入：序号、文化程度、婚姻状况、兵役状况、宗教信仰（本程序不保存这些信息）。"
        in notes
    )
    assert "没有识别的列，没有导入：父亲姓名。" in notes
    assert any("河湾村还没有“五社”" in n and "新建" in n for n in notes)
    by_no = {h.household_no: h for h in plan.households}
    assert (by_no["HW0001"].group_name, by_no["HW0001"].head) == ("三社", "李建国")
    assert (by_no["HW0002"].group_name, by_no["HW0002"].house_no) == ("五社", "3号")


def test_the_command_line_json_carries_the_columns_not_imported(desk, tmp_path, capsys) -> None:
    from lijiabu_desk.cli import main

    path = write_roster(tmp_path / "河湾村.xlsx", FULL_HEADER, FULL_ROWS)
    desk.db.close()
    args = ["import-roster", str(path), "--db", str(desk.db.path), "--village", "河湾村"]
    assert main([*args, "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["not_imported_columns"][1:] == ["文化程度", "婚姻状况", "兵役状况", "宗教信仰"]
    assert out["unrecognised_columns"] == ["父亲姓名"]


SHORT_HEADER = ["户号", "姓名", "与户主关系", "公民身份号码", "现住址"]


@pytest.mark.parametrize(
    ("title", "sheet", "header", "rows"),
    [
        pytest.param(
            "河湾村第三社户籍花名册", "Sheet1", SHORT_HEADER,
            [["HW0301", "赵大", "户主", ZHAO, ""], ["HW0302", "孙二", "户主", SUN, ""]],
            id="title-row",
        ),
        pytest.param(
            "", "三社", [*SHORT_HEADER, "社"],
            [["HW0301", "赵大", "户主", ZHAO, "", ""], ["HW0302", "孙二", "户主", SUN, "", None]],
            id="sheet-name-with-an-empty-group-column",
        ),
        pytest.param(
            "河湾村户籍花名册", "Sheet1", SHORT_HEADER,
            [["HW0301", "赵大", "户主", ZHAO, "河湾村三社5号"],
             ["HW0302", "孙二", "户主", SUN, "3组老庄子坡上"]],
            id="addresses",
        ),
    ],
)  # fmt: skip
def test_the_group_comes_from_the_title_the_sheet_or_the_addresses(
    desk, tmp_path: Path, title: str, sheet: str, header: list[str], rows: list[list[object]]
) -> None:
    path = write_roster(tmp_path / "roster.xlsx", header, rows, title=title, sheet=sheet)
    plan = plan_import(desk, path, village="河湾村")
    assert plan.rejections == []
    assert [(h.household_no, h.group_name) for h in plan.households] == [
        ("HW0301", "三社"),
        ("HW0302", "三社"),
    ]
    assert plan.summary()["new_groups"] == []
    apply_import(desk, plan)
    assert {no: h[0] for no, h in households(desk).items()} == {"HW0301": "三社", "HW0302": "三社"}
    with desk.db.sessions() as s:
        assert len(s.scalars(select(VillageGroup)).all()) == 3  # matched, nothing created


def test_a_household_address_is_split_into_house_number_and_detail(desk, tmp_path) -> None:
    rows = [
        ["HW0301", "赵大", "户主", ZHAO, "甘肃省定西市安定区李家堡镇河湾村三社5号"],
        ["HW0302", "孙二", "户主", SUN, "河湾村二社老庄子坡上"],
    ]
    path = write_roster(tmp_path / "roster.xlsx", SHORT_HEADER, rows)
    apply_import(desk, plan_import(desk, path, village="河湾村"))
    assert households(desk) == {
        "HW0301": ("三社", "5号", "", ""),
        "HW0302": ("二社", "", "老庄子坡上", ""),
    }


def test_groups_are_matched_by_number_or_by_name(desk, tmp_path) -> None:
    from lijiabu_desk.services.permissions import Permission

    with desk.write(Permission.EDIT_SETTINGS) as s:
        s.scalars(select(VillageGroup).where(VillageGroup.number == 2)).one().name = "阳山社"
    rows = [
        ["HW0001", "赵大", "户主", ZHAO, "第三社"],
        ["HW0002", "孙二", "户主", SUN, "阳山社"],
        ["HW0003", "李建国", "户主", LI, "3"],
        ["HW0004", "王秀英", "户主", WANG, "二组"],
    ]
    path = write_roster(tmp_path / "roster.xlsx", [*SHORT_HEADER[:4], "村民小组"], rows)
    plan = plan_import(desk, path, village="河湾村")
    assert [h.group_name for h in plan.households] == ["三社", "阳山社", "三社", "阳山社"]
    assert plan.summary()["new_groups"] == []


def test_a_group_that_cannot_be_read_is_named_in_the_preview(desk, tmp_path) -> None:
    rows = [["HW0001", "赵大", "户主", ZHAO, "河滩"], ["HW0002", "孙二", "户主", SUN, "河滩"]]
    path = write_roster(tmp_path / "roster.xlsx", [*SHORT_HEADER[:4], "社"], rows)
    plan = plan_import(desk, path, village="河湾村")
    assert [h.group_name for h in plan.households] == ["", ""]
    assert any("“河滩”" in n and "第 3、4 行" in n for n in plan.summary()["notes"])


def test_a_second_import_fills_what_an_earlier_one_left_empty(desk, tmp_path) -> None:
    bare = write_roster(
        tmp_path / "bare.xlsx", SHORT_HEADER[:4], [["HW0301", "赵大", "户主", ZHAO]]
    )
    apply_import(desk, plan_import(desk, bare, village="河湾村"))
    assert households(desk)["HW0301"] == ("", "", "", "")
    full = write_roster(
        tmp_path / "full.xlsx",
        [*SHORT_HEADER, "职业"],
        [["HW0301", "赵大", "户主", ZHAO, "河湾村三社5号", "农民"]],
        title="河湾村第三社户籍花名册",
    )
    plan = plan_import(desk, full, village="河湾村")
    (update,) = plan.updates
    assert set(update.changes) == {"现住址", "职业"}
    (home,) = plan.households
    assert home.changes == ("社", "门牌号")
    apply_import(desk, plan)
    assert households(desk)["HW0301"] == ("三社", "5号", "", "")
    zhao = people(desk)["赵大"]
    assert (zhao.address, zhao.occupation) == ("河湾村三社5号", "农民")
    again = plan_import(desk, full, village="河湾村")
    assert (again.updates, again.unchanged) == ([], 1)
    assert [h.changes for h in again.households] == [()]


def test_a_birth_date_or_head_name_that_contradicts_the_roster_rejects_the_row(
    desk, tmp_path
) -> None:
    header = [
        "户号",
        "户主姓名",
        "姓名",
        "与户主关系",
        "出生日期",
        "公民身份号码",
        "身份证有效期限",
    ]
    rows = [
        ["HW0001", "李建国", "李建国", "", "1962-05-03", LI, "长期"],
        ["HW0001", "李建国", "王秀英", "妻", "1966.08.20", WANG, ""],
        ["HW0002", "赵大", "孙二", "户主", "", SUN, ""],
        ["HW0003", "赵大", "赵大", "户主", "不详", ZHAO, ""],
        ["HW0004", "张明", "张明", "户主", "", ZHANG, "2035-07-01至2015-07-01"],
    ]
    path = write_roster(tmp_path / "roster.xlsx", header, rows)
    plan = plan_import(desk, path, village="河湾村")
    (li,) = plan.creates
    assert (li.name, li.relation, li.card.long_term) == ("李建国", Relation.HEAD, True)
    reasons = {r.row: r.reason for r in plan.rejections}
    assert "出生日期“1966.08.20”与身份证号码（1965年8月20日）不符" in reasons[4]
    assert "户主姓名“赵大”与本行姓名“孙二”不同" in reasons[5]
    assert "出生日期“不详”" in reasons[6]
    assert "有效期" in reasons[7]


def test_two_columns_for_one_field_name_the_one_not_imported(desk, tmp_path) -> None:
    header = ["户号", "姓名", "与户主关系", "公民身份号码", "电话", "手机", "职业", "工作单位"]
    rows = [["HW0001", "赵大", "户主", ZHAO, "0932-8123456", "13912345678", "工人", "河湾砖厂"]]
    path = write_roster(tmp_path / "roster.xlsx", header, rows)
    plan = plan_import(desk, path, village="河湾村")
    assert "“手机”与“电话”是同一项，只导入了“电话”一列。" in plan.summary()["notes"]
    apply_import(desk, plan)
    zhao = people(desk)["赵大"]
    assert (zhao.phone, zhao.occupation) == ("0932-8123456", "工人；河湾砖厂")


def test_a_roster_that_only_fills_a_household_is_still_imported(desk, tmp_path) -> None:
    first = [["HW0301", "赵大", "户主", ZHAO]]
    bare = write_roster(tmp_path / "bare.xlsx", SHORT_HEADER[:4], first)
    apply_import(desk, plan_import(desk, bare, village="河湾村"))
    titled = write_roster(tmp_path / "t.xlsx", SHORT_HEADER[:4], first, title="河湾村第三社花名册")
    plan = plan_import(desk, titled, village="河湾村")
    assert (plan.creates, plan.updates, plan.unchanged) == ([], [], 1)
    assert plan.has_work and plan.summary()["households_filled"] == 1
    assert apply_import(desk, plan).backup is not None
    assert households(desk)["HW0301"] == ("三社", "", "", "")


@pytest.mark.parametrize(
    ("address", "parts"),
    [
        ("甘肃省定西市安定区李家堡镇河湾村三社12号", ("三社", "12号", "")),
        ("河湾村 第3组 12-1号 水窖旁", ("第3组", "12-1号", "水窖旁")),
        ("河湾三社", ("三社", "", "")),
        ("五社8号", ("五社", "8号", "")),
        ("河湾村村委会东侧", ("", "", "村委会东侧")),
        ("兰州市七里河区河湾路8号", None),
        ("兰州市七里河区建兰路8号", None),
    ],
)
def test_the_parts_of_an_address_in_the_village(address: str, parts: tuple | None) -> None:
    from lijiabu_desk.services.roster.place_text import split_address

    found = split_address(address, "河湾村")
    assert (found and (found.group, found.house_no, found.detail)) == parts


def test_the_group_a_title_is_about() -> None:
    from lijiabu_desk.services.roster.place_text import group_in_titles

    assert group_in_titles(["河湾村第三社户籍花名册", "填报日期：2024年3月1日"]) == "第三社"
    assert group_in_titles(["河湾村3组人口信息表"]) == "3组"
    assert group_in_titles(["李家堡镇河湾村户籍人口花名册"]) is None
    assert group_in_titles(["河湾村一至三社花名册"]) is None
    assert group_in_titles(["河湾村1-3社花名册"]) is None
    assert group_in_titles(["河湾村三社、四社花名册"]) is None
