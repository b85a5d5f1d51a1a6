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
* Fill-down: the read-only .xlsx reader cannot see merged cells, and many rosters leave 户号, 住址,
  门牌号 and 社 blank below a household's first row anyway. So an empty one in a row that has
  a name takes the value of the row above. A row whose relation is 户主 (or 本人) starts a new
  household: it never takes 户号, 住址 or 门牌号 from above, and when its own are empty the rows of
  its household stay empty too (a missing number is reported, not borrowed). 社 always carries on.
* A row without a relation whose 姓名 is its 户主姓名 is the head: its relation reads 户主.
* The 社 of a sheet: a sheet named for one 社 ("三社") or titled for one ("河湾村第三社户籍花名册"
  in the lines above the header) gives that 社 to its rows that have none of their own.
* Columns (``columns``): the header texts the program does not keep, those it does not know and
  those that repeat a field are listed on the ``RosterSheet`` so that the preview can name them.
* Dropped silently: blank rows, the header repeated (a roster pasted together page by page), a
  totals row (a cell starting with 合计/总计/共计/小计, and no ID number) and a row of numbers only
  (no name, no ID). A row holding an Excel error value such as ``#REF!`` in a column we read is
  listed in ``skipped``, and so is a row with a cell of more than ``MAX_CELL_CHARS`` characters
  in a column we read (the file's other limits are checked in ``formats``/``limits``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from lijiabu_desk.services.roster.columns import FIELDS, JOINED, NAME_HEADERS, Columns, header_field
from lijiabu_desk.services.roster.formats import RawRow, RosterReadError, open_sheets
from lijiabu_desk.services.roster.limits import MAX_CELL_CHARS
from lijiabu_desk.services.roster.place_text import group_in_titles

__all__ = [
    "RosterProblem",
    "RosterReadError",
    "RosterRow",
    "RosterSheet",
    "header_field",
    "read_roster",
    "row_cell",
    "row_place",
]

HEADER_SCAN_ROWS = 15

_EXCEL_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")
_SCIENTIFIC = re.compile(r"[0-9]+(?:\.[0-9]+)?[eE]\+?[0-9]+")
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_TOTALS = ("合计", "总计", "共计", "小计")
_HEADS = ("户主", "本人")
_FILLED_DOWN = ("household_no", "address", "group", "house_no")
_NEW_HOUSEHOLD_RESETS = ("household_no", "address", "house_no")
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
    head_name: str = ""  # 户主姓名
    origin: str = ""  # 户籍地址
    occupation: str = ""  # 职业 (and 工作单位, joined)
    house_no: str = ""  # 门牌号
    id_validity: str = ""  # 身份证有效期限, as written: "2015.03.01-2035.03.01", "长期"


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
    titles: tuple[str, ...] = ()  # the lines above the header ("河湾村第三社户籍花名册")
    not_kept: tuple[str, ...] = ()  # headers of columns the program does not store
    unknown: tuple[str, ...] = ()  # headers it does not know
    duplicates: tuple[tuple[str, str], ...] = ()  # (header left out, header imported instead)


@dataclass(frozen=True)
class _Part:
    """One sheet's share of the roster."""

    name: str
    header_row: int
    columns: Columns
    titles: tuple[str, ...]
    rows: list[RosterRow]
    skipped: list[RosterProblem]


def read_roster(path: Path) -> RosterSheet:
    """Read every sheet that has a roster header (a village may keep one sheet per 社) and put
    their rows together; raise ``RosterReadError`` if none can be read.

    When rows come from several sheets each row and problem carries its sheet's name, so that
    messages say which sheet; a sheet whose name or title is a 社 ("三社", "5组") gives its
    rows without a 社 of their own that 社.
    """
    path = Path(path)
    if not path.exists():
        raise RosterReadError(f"找不到文件“{path}”。")
    if not path.is_file():
        raise RosterReadError(f"“{path}”不是文件。请选择花名册表格文件。")
    saw_content = False
    parts: list[_Part] = []
    with open_sheets(path) as sheets:
        for sheet_name, raw in sheets:
            found, had_content = _find_header(raw)
            saw_content = saw_content or had_content
            if found is None:
                continue
            header_row, columns, titles = found
            rows, skipped = _read_rows(raw, columns)
            group = _sheet_group(sheet_name, titles)
            if group:
                rows = [r if r.group else replace(r, group=group) for r in rows]
            parts.append(_Part(sheet_name, header_row, columns, titles, rows, skipped))
    if not parts:
        if not saw_content:
            raise RosterReadError(f"“{path.name}”里没有任何内容。")
        raise RosterReadError(
            f"在“{path.name}”前{HEADER_SCAN_ROWS}行里没有找到表头。"
            "表头需要有“姓名”列和“公民身份号码”（或“身份证号”）列，请检查表格后再导入。"
        )
    parts = [p for p in parts if p.rows or p.skipped] or parts[:1]
    first = parts[0]
    sheet_name, header_row, rows, skipped = first.name, first.header_row, first.rows, first.skipped
    if not rows and not skipped:
        raise RosterReadError(f"“{path.name}”的表头（第{header_row}行）下面没有任何人员数据。")
    if len(parts) > 1:
        rows = [replace(r, sheet=p.name) for p in parts for r in p.rows]
        skipped = [replace(problem, sheet=p.name) for p in parts for problem in p.skipped]
        sheet_name = "、".join(p.name for p in parts)
    headers = {k: v for p in parts for k, v in p.columns.headers.items()}
    return RosterSheet(
        path,
        sheet_name,
        header_row,
        {field: headers[field] for field in FIELDS if field in headers},
        rows,
        skipped,
        titles=_union(t for p in parts for t in p.titles),
        not_kept=_union(h for p in parts for h in p.columns.not_kept),
        unknown=_union(h for p in parts for h in p.columns.unknown),
        duplicates=_union(d for p in parts for d in p.columns.duplicates),
    )


def _union(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(items))


def _sheet_group(sheet_name: str, titles: tuple[str, ...]) -> str:
    name = sheet_name.strip()
    if _GROUP_SHEET.fullmatch(name):
        return name
    return group_in_titles(titles) or ""


def _find_header(
    raw: Iterator[RawRow],
) -> tuple[tuple[int, Columns, tuple[str, ...]] | None, bool]:
    """Consume rows up to the header; return (header row, its columns, the lines above it)."""
    had_content = False
    titles: list[str] = []
    for number, values in raw:
        if number > HEADER_SCAN_ROWS:
            break
        columns = Columns.of(values)
        if columns.is_roster:
            return (number, columns, tuple(titles)), True
        line = " ".join(_squeeze(v) for v in values if v is not None and _squeeze(v))
        if line:
            had_content = True
            titles.append(line)
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
_CONVERTERS.update(address=_free_text, notes=_free_text, origin=_free_text, occupation=_free_text)
_CONVERTERS.update(household_no=_ascii_number, phone=_ascii_number, house_no=_ascii_number)


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
    raw: Iterator[RawRow], columns: Columns
) -> tuple[list[RosterRow], list[RosterProblem]]:
    index, headers = columns.index, columns.headers
    plan = [(f, column, _CONVERTERS[f]) for f, column in index.items() if f != "id_number"]
    plan += [(f, column, _CONVERTERS[f]) for f, column in columns.extra if f in JOINED]
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
        oversized = 0
        for field, column, convert in plan:
            value = values[column] if column < width else None
            if value is not None:
                if type(value) is str and len(value) > MAX_CELL_CHARS:
                    bad, oversized = field, len(value)
                    break
                converted = convert(value)
                if converted[:1] == "#" and converted in _EXCEL_ERRORS:
                    bad = bad or field
                    text[field] = converted
                elif not text[field]:
                    text[field] = converted
                elif converted and converted != text[field]:  # a second column of a joined field
                    text[field] += "；" + converted
        raw_id = values[id_column] if id_column < width else None
        if not oversized and type(raw_id) is str and len(raw_id) > MAX_CELL_CHARS:
            bad, oversized = "id_number", len(raw_id)
        if oversized:
            skipped.append(RosterProblem(number, _too_long_reason(headers[bad], oversized)))
            continue
        id_number, was_numeric = id_number_text(raw_id)
        if id_number[:1] == "#" and id_number in _EXCEL_ERRORS:
            bad = "id_number"
            text[bad] = id_number
        if bad:
            skipped.append(RosterProblem(number, _error_reason(headers[bad], text[bad])))
            continue
        text["id_number"] = id_number
        if not any(text.values()) or text["name"] in NAME_HEADERS:
            continue  # a blank row, one holding only columns we do not read, a repeated header
        if not id_number and _is_totals_or_numbers(values, text["name"]):
            continue
        if not text["relation"] and text["head_name"] and text["head_name"] == text["name"]:
            text["relation"] = "户主"
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


def _too_long_reason(header: str, size: int) -> str:
    label = "".join(header.split())
    return (
        f"“{label}”一格有 {size:,} 个字，超过了每格最多 {MAX_CELL_CHARS:,} 个字的限制，"
        "这一行没有读取。请在表格里改正这一格后再导入。"
    )


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
