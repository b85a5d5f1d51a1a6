"""Reading village rosters as villages really keep them.

Every file here is generated in tmp_path: .xlsx with openpyxl (merged cells as Excel writes them),
.xls with xlwt, CSV as Chinese Excel saves it (GBK), with a BOM, with tabs, and broken files.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.roster.reader import (
    RosterReadError,
    RosterRow,
    header_field,
    read_roster,
    row_place,
)

HEADER = [
    "序号",
    "户号",
    "姓名",
    "与户主关系",
    "性别",
    "民族",
    "公民身份号码",
    "出生日期",
    "联系电话",
    "现住址",
    "社",
    "备注",
]
TITLE = "李家堡镇河湾村户籍人口花名册"
ID_1 = "62110219800101123X"
ID_2 = "621102198203054526"
ID_3 = "621102200506070019"
ID_4 = "621102195511110031"


def person(
    seq: int,
    household: Any,
    name: str,
    relation: str,
    id_number: Any,
    *,
    sex: str = "男",
    birth: Any = "",
    phone: Any = "",
    address: Any = "",
    group: Any = "",
    notes: str = "",
) -> list[Any]:
    return [
        seq,
        household,
        name,
        relation,
        sex,
        "汉族",
        id_number,
        birth,
        phone,
        address,
        group,
        notes,
    ]


def write_xlsx(
    path: Path,
    rows: list[list[Any]],
    merges: tuple[str, ...] = (),
    *,
    sheet: str = "花名册",
    before: tuple[str, ...] = (),
) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title in before:  # sheets without a roster that stand before it
        book.create_sheet(title).append([f"{title}：本表由村委会填报"])
    ws = book.create_sheet(sheet)
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    book.save(path)
    return path


def titled(*body: list[Any], header: list[str] = HEADER) -> list[list[Any]]:
    """A title merged across the top, a date line, the header (row 3), then the body."""
    return [[TITLE], ["填报日期：2024年3月1日", None, None, None, "单位：人"], header, *body]


def by_name(sheet: Any) -> dict[str, RosterRow]:
    return {row.name: row for row in sheet.rows}


# --- .xlsx: the shape of real rosters ------------------------------------------------------------


def test_title_and_date_rows_stand_above_the_header(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        titled(
            person(1, 1, "张三", "户主", ID_1, birth=datetime(1980, 1, 1), phone="13912345678"),
            person(2, 2, "李四", "户主", ID_2, sex="女", birth="1982.03.05"),
        ),
        merges=("A1:L1",),
    )
    sheet = read_roster(path)
    assert sheet.path == path
    assert sheet.sheet_name == "花名册"
    assert sheet.header_row == 3
    assert sheet.columns["id_number"] == "公民身份号码"
    assert "序号" not in sheet.columns.values()
    assert [row.row for row in sheet.rows] == [4, 5]
    first = sheet.rows[0]
    assert first == RosterRow(
        row=4,
        household_no="1",
        name="张三",
        relation="户主",
        sex="男",
        ethnicity="汉族",
        id_number=ID_1,
        birth_date="1980-01-01",
        phone="13912345678",
        address="",
        group="",
        notes="",
        id_number_was_numeric=False,
    )
    assert sheet.rows[1].birth_date == "1982.03.05"  # text dates stay as typed
    assert sheet.skipped == []


def test_merged_household_number_address_and_group_are_filled_down(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "merged.xlsx",
        titled(
            person(1, "0001", "张三", "户主", ID_1, address="河湾村3社12号", group="三社"),
            person(2, None, "王芳", "妻", ID_2, sex="女"),
            person(3, None, "张小明", "长子", ID_3),
            person(4, "0002", "赵六", "户主", ID_4, address="河湾村3社15号"),
        ),
        merges=("B4:B6", "J4:J6", "K4:K7"),
    )
    rows = by_name(read_roster(path))
    assert [rows[n].household_no for n in ("张三", "王芳", "张小明", "赵六")] == [
        "0001",
        "0001",
        "0001",
        "0002",
    ]
    assert rows["张小明"].address == "河湾村3社12号"
    assert rows["赵六"].address == "河湾村3社15号"
    assert {row.group for row in rows.values()} == {"三社"}  # 社 carries across households


def test_missing_household_number_at_the_top_is_not_invented(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "missing.xlsx",
        titled(
            person(1, None, "张三", "户主", ID_1),
            person(2, None, "王芳", "妻", ID_2, sex="女"),
            person(3, "0002", "赵六", "户主", ID_4),
        ),
    )
    rows = by_name(read_roster(path))
    assert rows["张三"].household_no == ""
    assert rows["王芳"].household_no == ""
    assert rows["赵六"].household_no == "0002"


def test_a_new_household_head_without_number_does_not_borrow_one(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "gap.xlsx",
        titled(
            person(1, "0001", "张三", "户主", ID_1, address="河湾村12号"),
            person(2, None, "赵六", "户主", ID_4),
            person(3, None, "赵小红", "长女", ID_3, sex="女"),
        ),
    )
    rows = by_name(read_roster(path))
    assert rows["赵六"].household_no == ""
    assert rows["赵六"].address == ""
    assert rows["赵小红"].household_no == ""


def test_columns_in_any_order_with_synonyms_and_unknown_columns(tmp_path: Path) -> None:
    header = [
        "身份证号码",
        "文化程度",
        "姓  名",
        "手机号",
        "家庭住址",
        "村民小组",
        "户编号",
        "关系",
        "性 别",
        "民族",
        "出生年月",
        "备注",
    ]
    path = write_xlsx(
        tmp_path / "shuffled.xlsx",
        [
            header,
            [ID_1, "初中", "张三", "13912345678", "河湾村", "一组", "7", "户主", "男", "回族"],
        ],
    )
    sheet = read_roster(path)
    assert sheet.header_row == 1
    assert sheet.columns == {
        "household_no": "户编号",
        "name": "姓  名",
        "relation": "关系",
        "sex": "性 别",
        "ethnicity": "民族",
        "id_number": "身份证号码",
        "birth_date": "出生年月",
        "phone": "手机号",
        "address": "家庭住址",
        "group": "村民小组",
        "notes": "备注",
    }
    (row,) = sheet.rows
    assert (row.name, row.id_number, row.phone, row.household_no) == (
        "张三",
        ID_1,
        "13912345678",
        "7",
    )
    assert (row.address, row.group, row.ethnicity) == ("河湾村", "一组", "回族")


def test_headers_with_line_breaks_spaces_and_full_width_brackets(tmp_path: Path) -> None:
    header = ["*户 号", "姓\u3000名", "公民身份\n号码", "联系电话（手机）", "住址(现)", "社"]
    path = write_xlsx(tmp_path / "headers.xlsx", [header, ["1", "张三", ID_1, "13912345678"]])
    sheet = read_roster(path)
    assert set(sheet.columns) == {"household_no", "name", "id_number", "phone", "address", "group"}
    assert sheet.columns["id_number"] == "公民身份\n号码"
    assert sheet.rows[0].phone == "13912345678"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("身份证号", "id_number"),
        ("公民身份号码（18位）", "id_number"),
        ("与户主的关系", "relation"),
        ("电话", "phone"),
        ("手机", "phone"),
        ("住址", "address"),
        ("现住址", "address"),
        ("组", "group"),
        ("户主姓名", "head_name"),
        ("户籍所在地", "origin"),
        ("现居住地址", "address"),
        ("工作单位", "occupation"),
        ("门牌号", "house_no"),
        ("身份证有效期限", "id_validity"),
        ("文化程度", None),
        ("", None),
        (None, None),
    ],
)
def test_header_synonyms(text: Any, field: str | None) -> None:
    assert header_field(text) == field


def test_the_first_of_two_synonym_columns_wins(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "two.xlsx",
        [["姓名", "身份证号", "电话", "手机"], ["张三", ID_1, "0932-1234567", "13912345678"]],
    )
    sheet = read_roster(path)
    assert sheet.columns["phone"] == "电话"
    assert sheet.rows[0].phone == "0932-1234567"
    assert sheet.duplicates == (("手机", "电话"),)  # named in the preview, not dropped in silence


def test_columns_not_kept_and_unknown_are_listed_in_order(tmp_path: Path) -> None:
    header = ["序号", "姓 名", "文化\n程度", "身份证号", "父亲姓名", "婚姻状况", "", "宗教信仰"]
    path = write_xlsx(tmp_path / "cols.xlsx", [header, [1, "张三", "初中", ID_1, "张大", "已婚"]])
    sheet = read_roster(path)
    assert sheet.not_kept == ("序号", "文化程度", "婚姻状况", "宗教信仰")
    assert sheet.unknown == ("父亲姓名",)


def test_a_sheet_titled_for_one_group_gives_it_to_rows_without_one(tmp_path: Path) -> None:
    rows = [["河湾村第三社户籍人口花名册"], ["姓名", "身份证号", "社"],
            ["张三", ID_1, None], ["李四", ID_2, "四社"], ["王五", ID_4, None]]  # fmt: skip
    sheet = read_roster(write_xlsx(tmp_path / "titled.xlsx", rows))
    assert sheet.titles == ("河湾村第三社户籍人口花名册",)
    assert [r.group for r in sheet.rows] == ["第三社", "四社", "四社"]  # 社 carries down
    ranged = [["河湾村一至三社花名册"], ["姓名", "身份证号"], ["张三", ID_1]]
    assert read_roster(write_xlsx(tmp_path / "ranged.xlsx", ranged)).rows[0].group == ""


def test_full_width_digits_and_whitespace_of_every_kind(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "messy.xlsx",
        titled(
            person(
                1,
                "０００１ ",
                "张\u3000三",
                " 户主\n",
                "６２１１０２ １９８０\u00a00101 123x",
                phone="１３９ １２３４ ５６７８",
                address="  河湾村\u3000 3社\n12号 ",
                notes="低保户  \u00a0 残疾",
                group="\u200b三社",
            )
        ),
    )
    (row,) = read_roster(path).rows
    assert row.household_no == "0001"
    assert row.name == "张三"
    assert row.relation == "户主"
    assert row.id_number == "62110219800101123x"  # the lower-case x is the validator's business
    assert row.id_number_was_numeric is False
    assert row.phone == "13912345678"
    assert row.address == "河湾村 3社 12号"
    assert row.notes == "低保户 残疾"
    assert row.group == "三社"


def test_numeric_id_cells_are_flagged_and_never_repaired(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "numeric.xlsx",
        titled(
            person(1, 1, "张三", "户主", 6.21102e17),
            person(2, 1, "王芳", "妻", 621102198203054526),
            person(3, 1, "张小明", "长子", ID_3),
            person(4, 1, "张小红", "长女", 621102200506070019.0),
        ),
    )
    rows = by_name(read_roster(path))
    assert rows["张三"].id_number == "621102000000000000"
    # Excel shows 15 significant digits of a float; the rest is gone and is not guessed back.
    assert rows["张小红"].id_number == "621102200506070000"
    assert rows["张小红"].id_number_was_numeric is True
    assert rows["张三"].id_number_was_numeric is True
    assert rows["王芳"].id_number_was_numeric is True
    assert rows["王芳"].id_number.isdigit()
    assert rows["张小明"].id_number_was_numeric is False


def test_whole_number_floats_become_integer_text(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "floats.xlsx",
        titled(person(1, 3.0, "张三", "户主", ID_1, phone=13912345678.0, birth=19800101)),
    )
    (row,) = read_roster(path).rows
    assert (row.household_no, row.phone, row.birth_date) == ("3", "13912345678", "19800101")


def test_blank_rows_totals_and_bare_numbers_are_dropped(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "totals.xlsx",
        titled(
            person(1, 1, "张三", "户主", ID_1),
            [],
            [None, "  ", "\u3000", None],
            person(2, 2, "李四", "户主", ID_2),
            [3],  # a sequence number left over, nothing else
            ["合计", None, None, None, None, None, None, None, None, None, None, "2户"],
            [None, None, "共计 2 人"],
            [None, None, None, None, 1, 1, None, 2],
        ),
    )
    sheet = read_roster(path)
    assert [(row.row, row.name) for row in sheet.rows] == [(4, "张三"), (7, "李四")]
    assert sheet.skipped == []


def test_a_row_with_only_a_name_is_still_returned(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "name.xlsx", titled([None, None, "王五"], person(2, 1, "张三", "户主", ID_1))
    )
    rows = by_name(read_roster(path))
    assert rows["王五"].row == 4
    assert rows["王五"].id_number == ""
    assert rows["王五"].household_no == ""


def test_an_error_cell_lists_the_row_as_skipped(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "errors.xlsx",
        titled(person(1, 1, "张三", "户主", "#REF!"), person(2, 1, "王芳", "妻", ID_2)),
    )
    sheet = read_roster(path)
    assert [row.name for row in sheet.rows] == ["王芳"]
    (problem,) = sheet.skipped
    assert problem.row == 4
    assert "公民身份号码" in problem.reason
    assert "错误值 #REF!" in problem.reason


def test_the_first_sheet_with_a_roster_header_is_read(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "sheets.xlsx",
        titled(person(1, 1, "张三", "户主", ID_1)),
        sheet="河湾村",
        before=("填表说明",),
    )
    sheet = read_roster(path)
    assert sheet.sheet_name == "河湾村"
    assert [row.name for row in sheet.rows] == ["张三"]


def test_a_hidden_sheet_is_passed_over(tmp_path: Path) -> None:
    book = Workbook()
    template = book.active
    template.title = "模板"
    template.append(["姓名", "身份证号"])
    template.append(["示例", ID_4])
    template.sheet_state = "hidden"
    real = book.create_sheet("河湾村")
    real.append(["姓名", "身份证号"])
    real.append(["张三", ID_1])
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    sheet = read_roster(path)
    assert (sheet.sheet_name, [row.name for row in sheet.rows]) == ("河湾村", ["张三"])


def test_a_repeated_header_inside_the_body_is_dropped(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "pages.xlsx",
        titled(
            person(1, 1, "张三", "户主", ID_1),
            HEADER,
            [None, None, "姓 名", None, None, None, "身份证号"],
            person(2, 2, "李四", "户主", ID_2),
        ),
    )
    assert [row.name for row in read_roster(path).rows] == ["张三", "李四"]


def test_rows_are_plain_frozen_values(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "frozen.xlsx", titled(person(1, 1, "张三", "户主", ID_1)))
    row = read_roster(path).rows[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.name = "李四"  # type: ignore[misc]


def test_a_renamed_xlsx_is_read_by_its_content(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "really-xlsx.xls", titled(person(1, 1, "张三", "户主", ID_1)))
    assert read_roster(path).rows[0].id_number == ID_1


# --- CSV as Excel and other systems write it -----------------------------------------------------


def write_csv(path: Path, rows: list[list[Any]], encoding: str, delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


CSV_BODY = titled(
    person(1, 1, "张三", "户主", ID_1, birth="1980/1/1", address="河湾村12号"),
    person(2, "", "王芳", "妻", "6.21102E+17", sex="女"),
    ["", "", "", "", "", "", "", "", "", "", "", ""],
    ["合计", "", "共2人"],
)


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("gbk", ","), ("utf-8-sig", ","), ("utf-8", ","), ("gb18030", "\t"), ("utf-16", "\t")],
)
def test_csv_in_the_encodings_chinese_excel_writes(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write_csv(tmp_path / "roster.csv", CSV_BODY, encoding, delimiter)
    sheet = read_roster(path)
    assert sheet.sheet_name == "roster"
    assert sheet.header_row == 3
    zhang, wang = sheet.rows
    assert (zhang.row, zhang.name, zhang.id_number, zhang.birth_date) == (
        4,
        "张三",
        ID_1,
        "1980/1/1",
    )
    assert zhang.id_number_was_numeric is False
    assert (wang.row, wang.household_no, wang.address) == (5, "1", "河湾村12号")
    # Excel wrote the number cell in scientific notation: its digits are gone, flag it.
    assert (wang.id_number, wang.id_number_was_numeric) == ("621102000000000000", True)


def test_csv_header_with_a_line_break_inside_quotes(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "quoted.csv", [["姓名", "公民身份\n号码"], ["张三", ID_1]], "utf-8-sig"
    )
    sheet = read_roster(path)
    assert sheet.columns["id_number"] == "公民身份\n号码"
    assert sheet.rows[0].row == 2


def test_csv_cells_written_as_excel_text_formulas(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f'户号,姓名,身份证号\r\n="0007",张三,="{ID_1}"\r\n', encoding="gbk")
    (row,) = read_roster(path).rows
    assert (row.household_no, row.id_number, row.id_number_was_numeric) == ("0007", ID_1, False)


def test_html_saved_as_xls_is_read(tmp_path: Path) -> None:
    html = (
        "<html><head><meta charset='gbk'></head><body><table>"
        f"<tr><td colspan='4'>{TITLE}</td></tr>"
        "<tr><th>户号</th><th>姓名</th><th>公民身份<br>号码</th><th>备注</th></tr>"
        f"<tr><td>1</td><td>张&nbsp;三</td><td>{ID_1}</td><td>A&amp;B</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "export.xls"
    path.write_bytes(html.encode("gbk"))
    sheet = read_roster(path)
    assert sheet.header_row == 2
    (row,) = sheet.rows
    assert (row.row, row.household_no, row.name, row.id_number, row.notes) == (
        3,
        "1",
        "张三",
        ID_1,
        "A&B",
    )


# --- .xls (BIFF8) --------------------------------------------------------------------------------


def test_xls_with_title_merged_household_numeric_id_and_date(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt", reason="xlwt (writes the .xls test file) is not installed")
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("花名册")
    ws.write_merge(0, 0, 0, 11, TITLE)
    for column, text in enumerate(HEADER):
        ws.write(1, column, text)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    body = [
        person(1, "0001", "张三", "户主", ID_1, phone=13912345678.0),
        person(2, None, "王芳", "妻", 6.21102e17, sex="女"),
        person(3, None, "张小明", "长子", ID_3),
    ]
    for r, values in enumerate(body, start=2):
        for column, value in enumerate(values):
            if value not in (None, "") and column != 1:
                ws.write(r, column, value)
        ws.write(r, 7, datetime(1980 + r, 1, 1), date_style)
    ws.write_merge(2, 4, 1, 1, "0001")
    path = tmp_path / "roster.xls"
    book.save(str(path))

    sheet = read_roster(path)
    assert sheet.header_row == 2
    rows = by_name(sheet)
    assert [rows[n].row for n in ("张三", "王芳", "张小明")] == [3, 4, 5]
    assert {row.household_no for row in rows.values()} == {"0001"}
    assert rows["张三"].phone == "13912345678"
    assert rows["张三"].birth_date == "1982-01-01"
    assert (rows["王芳"].id_number, rows["王芳"].id_number_was_numeric) == (
        "621102000000000000",
        True,
    )
    assert rows["张小明"].id_number == ID_3


# --- files that cannot be read -------------------------------------------------------------------


def read_error(path: Path) -> str:
    with pytest.raises(RosterReadError) as caught:
        read_roster(path)
    assert isinstance(caught.value, ServiceError)
    return caught.value.message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "找不到文件" in read_error(tmp_path / "nowhere.xlsx")
    assert "不是文件" in read_error(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert "空的" in read_error(path)


def test_a_file_that_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "photo.xls"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "不是表格文件" in read_error(path)


def test_a_pdf_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert "不是表格文件" in read_error(path)


def test_a_broken_xlsx(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", titled(person(1, 1, "张三", "户主", ID_1)))
    path = tmp_path / "broken.xlsx"
    path.write_bytes(whole.read_bytes()[:600])
    assert "损坏" in read_error(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert "不是 Excel 表格" in read_error(path)


def test_a_password_protected_xlsx(tmp_path: Path) -> None:
    # Excel stores an encrypted .xlsx in an OLE2 container with an "EncryptedPackage" stream.
    # This is only the part of that layout the reader looks at, not a real encrypted file.
    path = tmp_path / "secret.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + bytes(1024))
    assert "密码" in read_error(path)


def test_no_header_row_says_which_headers_are_needed(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "noheader.xlsx", [[TITLE], ["户号", "姓名", "性别"], ["1", "张三"]]
    )
    message = read_error(path)
    assert "姓名" in message
    assert "公民身份号码" in message
    assert "身份证号" in message


def test_a_header_below_the_scanned_rows_is_not_found(tmp_path: Path) -> None:
    rows: list[list[Any]] = [[f"说明第{n}行"] for n in range(15)]
    path = write_xlsx(tmp_path / "low.xlsx", [*rows, ["姓名", "身份证号"], ["张三", ID_1]])
    assert "没有找到表头" in read_error(path)


def test_header_without_data_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "nodata.xlsx", titled([], ["合计", None, "0人"]))
    assert "没有任何人员数据" in read_error(path)


def test_an_empty_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "blank.xlsx", [])
    assert "没有任何内容" in read_error(path)


def test_an_xlsb_or_xml_spreadsheet_asks_to_save_as_xlsx(tmp_path: Path) -> None:
    xlsb = tmp_path / "roster.xlsb"
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("xl/workbook.bin", b"\x00")
    assert ".xlsx" in read_error(xlsb)
    xml = tmp_path / "roster.xml"
    xml.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
        encoding="utf-8",
    )
    assert "XML" in read_error(xml)


def test_a_workbook_with_one_sheet_per_group_is_read_whole(tmp_path: Path) -> None:
    no_group = [h for h in HEADER if h != "社"]
    book = Workbook()
    book.remove(book.active)
    for title, rows in (
        ("一社", [["1", "HW0001", "张三", "户主", "男", "汉族", ID_1, "", "", "", ""]]),
        ("说明", [["本表由村委会填报"]]),
        ("三社", [["1", "HW0301", "王芳", "户主", "女", "汉族", ID_2, "", "", "", ""],
                  ["2", "HW0301", "王五", "子", "男", "汉族", "#REF!", "", "", "", ""]]),
    ):  # fmt: skip
        ws = book.create_sheet(title)
        if title != "说明":
            ws.append(no_group)
        for row in rows:
            ws.append(row)
    path = tmp_path / "河湾村各社.xlsx"
    book.save(path)
    sheet = read_roster(path)
    assert sheet.sheet_name == "一社、三社"
    assert [(r.sheet, r.row, r.name, r.group) for r in sheet.rows] == [
        ("一社", 2, "张三", "一社"),
        ("三社", 2, "王芳", "三社"),
    ]
    (problem,) = sheet.skipped
    assert (problem.sheet, problem.row) == ("三社", 3)
    assert row_place(problem.sheet, problem.row) == "“三社”第 3 行"
    assert row_place("", 3) == "第 3 行"
