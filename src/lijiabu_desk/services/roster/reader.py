"""Read a village roster (户籍花名册) as villages really keep it, into plain rows.

``read_roster(path)`` finds the header row (title and date lines may stand above it), maps the
columns it knows by their Chinese headers (any order, common synonyms, stray spaces and line
breaks, full-width brackets), and returns one ``RosterRow`` per person with every value as text.
It validates nothing: the importer decides what to accept. The rules it applies:

* Whitespace (also U+3000 and no-break spaces) is removed from every value; in 住址 and 备注
  a run of inner whitespace becomes one space. Full-width digits and letters become ASCII in
  户号, 电话 and 身份证号; a lower-case ``x`` stays as typed. A whole-number float becomes integer
  text, an Excel date cell becomes ``YYYY-MM-DD``; text stays as typed.
* An ID number held as a number (or as Excel's scientific text such as ``6.21102E+17``, which is
  what a CSV saved from such a cell holds) is returned as ``int`` text with
  ``id_number_was_numeric=True``: its last digits are lost and it must never be repaired.
* Fill-down: the read-only .xlsx reader cannot see merged cells, and many rosters leave 户号, 住址
  and 社 blank below a household's first row anyway. So an empty 户号, 住址 or 社 in a row that has
  a name takes the value of the row above. A row whose relation is 户主 (or 本人) starts a new
  household: it never takes 户号 or 住址 from above, and when its own are empty the rows of its
  household stay empty too (a missing number is reported, not borrowed). 社 always carries on.
* Dropped silently: blank rows, the header repeated (a roster pasted together page by page), a
  totals row (a cell starting with 合计/总计/共计/小计, and no ID number) and a row of numbers only
  (no name, no ID). A row holding an Excel error value such as ``#REF!`` in a column we read is
  listed in ``skipped``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from lijiabu_desk.services.roster.formats import RawRow, RosterReadError, open_sheets

__all__ = [
    "RosterProblem",
    "RosterReadError",
    "RosterRow",
    "RosterSheet",
    "read_roster",
    "row_cell",
    "row_place",
]

HEADER_SCAN_ROWS = 15

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "household_no": ("户号", "户编号", "户籍号", "户序号"),
    "name": ("姓名",),
    "relation": ("与户主关系", "与户主的关系", "家庭关系", "关系"),
    "sex": ("性别",),
    "ethnicity": ("民族",),
    "id_number": (
        "公民身份号码",
        "身份证号",
        "身份证号码",
        "公民身份证号",
        "公民身份证号码",
        "身份证件号码",
    ),
    "birth_date": ("出生日期", "出生年月", "出生年月日"),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "电话号码", "联系方式"),
    "address": ("现住址", "住址", "家庭住址", "居住地址", "现居住地址"),
    "group": ("社", "组", "村民小组", "小组", "所在社", "社别", "组别"),
    "notes": ("备注",),
}
FIELDS: tuple[str, ...] = tuple(_SYNONYMS)
_NAME_HEADERS = frozenset(_SYNONYMS["name"])
_HEADER_TO_FIELD = {synonym: field for field, names in _SYNONYMS.items() for synonym in names}
_BRACKETED = re.compile(r"\(.*?\)|\[.*?\]|【.*?】")
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")
_SCIENTIFIC = re.compile(r"[0-9]+(?:\.[0-9]+)?[eE]\+?[0-9]+")
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_EXCEL_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)
_TOTALS = ("合计", "总计", "共计", "小计")
_HEADS = ("户主", "本人")
_FILLED_DOWN = ("household_no", "address", "group")
_NEW_HOUSEHOLD_RESETS = ("household_no", "address")
#: A sheet named like a 社: "三社", "3社", "第五组", "二村民小组".
_GROUP_SHEET = re.compile(r"第?[0-9一二三四五六七八九十〇]+(社|组|村民小组)")


@dataclass(frozen=True, slots=True)
class RosterRow:
    row: int  # 1-based, as the officer sees it in Excel
    household_no: str
    name: str
    relation: str
    sex: str
    ethnicity: str
    id_number: str
    birth_date: str
    phone: str
    address: str
    group: str
    notes: str
    id_number_was_numeric: bool
    sheet: str = ""  # set only when rows came from several sheets


def row_place(sheet: str, row: int) -> str:
    """How a message names a row: "第 5 行", or "“三社”第 5 行" in a workbook of several sheets."""
    return f"“{sheet}”第 {row} 行" if sheet else f"第 {row} 行"


def row_cell(sheet: str, row: int) -> str:
    """A row as a table cell shows it: "5", or "三社 5"."""
    return f"{sheet} {row}" if sheet else str(row)


@dataclass(frozen=True, slots=True)
class RosterProblem:
    row: int
    reason: str
    sheet: str = ""  # set only when rows came from several sheets


@dataclass(frozen=True)
class RosterSheet:
    path: Path
    sheet_name: str
    header_row: int  # 1-based
    columns: dict[str, str]  # field name -> header text found
    rows: list[RosterRow]
    skipped: list[RosterProblem]


def read_roster(path: Path) -> RosterSheet:
    """Read every sheet that has a roster header (a village may keep one sheet per 社) and put
    their rows together; raise ``RosterReadError`` if none can be read.

    When rows come from several sheets each row and problem carries its sheet's name, so that
    messages say which sheet; a sheet without a 社 column whose name is a 社 ("三社", "5组")
    gives its rows that 社.
    """
    path = Path(path)
    if not path.exists():
        raise RosterReadError(f"找不到文件“{path}”。")
    if not path.is_file():
        raise RosterReadError(f"“{path}”不是文件。请选择花名册表格文件。")
    saw_content = False
    parts: list[tuple[str, int, dict[str, str], list[RosterRow], list[RosterProblem]]] = []
    with open_sheets(path) as sheets:
        for sheet_name, raw in sheets:
            found, had_content = _find_header(raw)
            saw_content = saw_content or had_content
            if found is None:
                continue
            header_row, index, headers = found
            rows, skipped = _read_rows(raw, index, headers)
            if "group" not in index and _GROUP_SHEET.fullmatch(sheet_name.strip()):
                rows = [replace(r, group=sheet_name.strip()) for r in rows]
            parts.append((sheet_name, header_row, headers, rows, skipped))
    if not parts:
        if not saw_content:
            raise RosterReadError(f"“{path.name}”里没有任何内容。")
        raise RosterReadError(
            f"在“{path.name}”前{HEADER_SCAN_ROWS}行里没有找到表头。"
            "表头需要有“姓名”列和“公民身份号码”（或“身份证号”）列，请检查表格后再导入。"
        )
    parts = [p for p in parts if p[3] or p[4]] or parts[:1]
    sheet_name, header_row, headers, rows, skipped = parts[0]
    if not rows and not skipped:
        raise RosterReadError(f"“{path.name}”的表头（第{header_row}行）下面没有任何人员数据。")
    if len(parts) > 1:
        rows = [replace(r, sheet=name) for name, _, _, part, _ in parts for r in part]
        skipped = [replace(p, sheet=name) for name, _, _, _, part in parts for p in part]
        sheet_name = "、".join(name for name, *_ in parts)
        headers = {k: v for *_, h, _, _ in parts for k, v in h.items()}
    columns = {field: headers[field] for field in FIELDS if field in headers}
    return RosterSheet(path, sheet_name, header_row, columns, rows, skipped)


def header_field(value: Any) -> str | None:
    """The field a header cell names, or ``None``: "公民身份\\n号码（18位）" → ``"id_number"``."""
    if value is None:
        return None
    text = "".join(unicodedata.normalize("NFKC", str(value)).split()).translate(_ZERO_WIDTH)
    text = _BRACKETED.sub("", text).strip("*:：")
    return _HEADER_TO_FIELD.get(text)


def _find_header(
    raw: Iterator[RawRow],
) -> tuple[tuple[int, dict[str, int], dict[str, str]] | None, bool]:
    """Consume rows up to the header; return (header row, field → column, field → text)."""
    had_content = False
    for number, values in raw:
        if number > HEADER_SCAN_ROWS:
            break
        index: dict[str, int] = {}
        headers: dict[str, str] = {}
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            had_content = True
            field = header_field(value)
            if field is not None and field not in index:  # the first of two synonyms wins
                index[field] = column
                headers[field] = str(value).strip()
        if "name" in index and "id_number" in index:
            return (number, index, headers), True
    return None, had_content


def _squeeze(value: Any) -> str:
    """Every value as text with all whitespace removed."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        text = "".join(value.split())
        return text if text.isprintable() else text.translate(_ZERO_WIDTH)
    if kind is int:
        return str(value)
    if kind is float:
        return str(int(value)) if value.is_integer() else repr(value)
    if kind is datetime:
        return value.date().isoformat()
    if kind is date or kind is time:
        return value.isoformat()
    return "".join(str(value).split())


def _free_text(value: Any) -> str:
    """住址 and 备注: ends trimmed, each inner run of whitespace one space."""
    if type(value) is str:
        text = " ".join(value.split())
        return text if text.isprintable() else text.translate(_ZERO_WIDTH)
    return _squeeze(value)


def _ascii_number(value: Any) -> str:
    """户号 and 电话: as ``_squeeze``, full-width digits and letters made ASCII."""
    text = _squeeze(value)
    if not text.isascii():
        text = "".join(unicodedata.normalize("NFKC", text).split())
    return text


_CONVERTERS: dict[str, Callable[[Any], str]] = dict.fromkeys(FIELDS, _squeeze)
_CONVERTERS.update(address=_free_text, notes=_free_text)
_CONVERTERS.update(household_no=_ascii_number, phone=_ascii_number)


def id_number_text(value: Any) -> tuple[str, bool]:
    """The ID cell as text, and whether it held a number (whose last digits are then lost)."""
    kind = type(value)
    if kind is int:
        return str(value), True
    if kind is float:  # Excel keeps 15 significant digits: 6.21102E+17 -> "621102000000000000"
        return (str(int(Decimal(f"{value:.15g}"))) if value.is_integer() else repr(value)), True
    text = _ascii_number(value)
    if _SCIENTIFIC.fullmatch(text):  # "6.21102E+17": a CSV saved from a number cell
        return str(int(Decimal(text))), True
    return text, False


def _read_rows(
    raw: Iterator[RawRow], index: dict[str, int], headers: dict[str, str]
) -> tuple[list[RosterRow], list[RosterProblem]]:
    plan = [(f, column, _CONVERTERS[f]) for f, column in index.items() if f != "id_number"]
    id_column = index["id_number"]
    filled = [field for field in _FILLED_DOWN if field in index]
    blank = dict.fromkeys(FIELDS, "")
    carry = dict.fromkeys(filled, "")
    rows: list[RosterRow] = []
    skipped: list[RosterProblem] = []
    for number, values in raw:
        width = len(values)
        text = dict(blank)
        bad = ""
        for field, column, convert in plan:
            value = values[column] if column < width else None
            if value is not None:
                converted = text[field] = convert(value)
                if converted[:1] == "#" and converted in _EXCEL_ERRORS:
                    bad = bad or field
        id_number, was_numeric = id_number_text(values[id_column] if id_column < width else None)
        if id_number[:1] == "#" and id_number in _EXCEL_ERRORS:
            bad = "id_number"
            text[bad] = id_number
        if bad:
            skipped.append(RosterProblem(number, _error_reason(headers[bad], text[bad])))
            continue
        text["id_number"] = id_number
        if not any(text.values()) or text["name"] in _NAME_HEADERS:
            continue  # a blank row, one holding only columns we do not read, a repeated header
        if not id_number and _is_totals_or_numbers(values, text["name"]):
            continue
        if filled and text["name"]:
            head = text["relation"].startswith(_HEADS)
            for field in filled:
                if text[field]:
                    carry[field] = text[field]
                elif head and field in _NEW_HOUSEHOLD_RESETS:
                    carry[field] = ""
                else:
                    text[field] = carry[field]
        rows.append(RosterRow(row=number, **text, id_number_was_numeric=was_numeric))
    return rows, skipped


def _error_reason(header: str, error: str) -> str:
    label = "".join(header.split())
    return f"“{label}”一列的单元格是错误值 {error}，读不出内容。请在表格里改正这一格后再导入。"


def _is_totals_or_numbers(values: Any, name: str) -> bool:
    """A totals line ("合计", "共计 56 人" in any cell), or bare numbers without a name."""
    only_numbers = not name
    for value in values:
        if value is None or isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            continue
        text = _squeeze(value)
        if not text:
            continue
        if text.startswith(_TOTALS):
            return True
        if not _DIGITS.fullmatch(unicodedata.normalize("NFKC", text)):
            only_numbers = False
    return only_numbers
