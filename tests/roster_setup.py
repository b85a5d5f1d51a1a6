"""A village roster with every usual column (户籍花名册 / 人口信息表), built with openpyxl.

Shared by the import's service tests and the import dialog's window test.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from lijiabu_desk.services.identity import check_character

TITLE = "李家堡镇河湾村户籍人口花名册"
FULL_HEADER = [
    "序号", "户号", "户主姓名", "姓名", "与户主关系", "性别", "民族", "出生日期",
    "公民身份号码", "身份证有效期限", "户籍地址", "现住址", "联系电话", "文化程度", "职业",
    "婚姻状况", "兵役状况", "宗教信仰", "社", "门牌号", "备注", "父亲姓名",
]  # fmt: skip


def id_for(birth: str, sequence: str, area: str = "621102") -> str:
    """A valid ID number for a birth date (YYYYMMDD); an odd sequence is a man."""
    first17 = area + birth + sequence
    return first17 + check_character(first17)


LI = id_for("19620503", "013")
WANG = id_for("19650820", "024")
ZHANG = id_for("19880315", "035")
ZHAO = id_for("19700101", "011")
SUN = id_for("19750606", "022")
HOME = "甘肃省定西市安定区李家堡镇河湾村三社12号"

FULL_ROWS = [
    [1, "HW0001", "李建国", "李建国", "户主", "男", "汉族", datetime(1962, 5, 3), LI,
     "2015.03.01-长期", "河湾村三社12号", HOME, "139 1234 5678", "初中", "农民", "已婚",
     "未服兵役", "无", "三社", "12号", "低保户", "李老大"],
    [2, "HW0001", "李建国", "王秀英", "妻", "女", "回族", "1965.08.20", WANG,
     "2010.06.01-2030.06.01", "宁夏回族自治区固原市原州区", HOME, "13800001111", "小学",
     "农民", "已婚", "", "伊斯兰教", "三社", "12号", "", "王老汉"],
    [3, "HW0002", "张明", "张明", "户主", "男", "汉族", "198803", ZHANG, "2035-07-01",
     "河湾村五社3号", "兰州市七里河区建兰路8号", "0932-8123456", "大专", "外出务工", "未婚",
     "", "", "五社", "3号", "常年在兰州打工", "张三"],
]  # fmt: skip


def write_roster(
    path: Path,
    header: list[str],
    rows: list[list[object]],
    *,
    title: str = TITLE,
    sheet: str = "花名册",
) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = sheet
    if title:
        ws.append([title])
    ws.append(header)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path
