"""Raw rows out of the files villages send: .xlsx/.xlsm, .xls, CSV, and HTML saved as ".xls".

The format is chosen by the file's first bytes, not by its name, because a renamed file is common
(an ".xls" that is really an .xlsx or a web page exported by another system). Every reader yields
``(row number as Excel shows it, cell values)``; a value is ``None``, ``str``, ``int``, ``float``,
``bool``, ``datetime``, ``date`` or ``time``. Nothing is cleaned here: that is ``reader``'s job.

Every failure becomes a ``RosterReadError`` whose message tells the officer what to do.
"""

from __future__ import annotations

import csv
import io
import os
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from lijiabu_desk.services.roster.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    RosterLimitError,
    RosterReadError,
    RowBudget,
    check_archive,
    check_file_size,
)

__all__ = ["RawRow", "RosterReadError", "SheetRows", "open_sheets"]

RawRow = tuple[int, Sequence[Any]]
SheetRows = tuple[str, Iterator[RawRow]]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_NOT_TABLES = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!", b"7z\xbc\xaf", b"{\\rtf")
_SAVE_AS_XLSX = "请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（.xlsx）”后再导入。"
_PASSWORD = "文件设置了打开密码，无法读取。请在 Excel 或 WPS 中去掉密码后另存，再导入。"
_DAMAGED = "文件已损坏，无法读取。" + _SAVE_AS_XLSX
_SNIFF_BYTES = 4096  # how much of a file tells a binary from text, or a web page from CSV
_SNIFF_LINES = 30


@contextmanager
def open_sheets(path: Path) -> Iterator[Iterator[SheetRows]]:
    """Yield the file's sheets, in order, as ``(sheet name, rows)``; rows are read lazily.

    The file stays open until the ``with`` block ends, so iterate inside it. Blank rows are
    left out; the limits of ``roster.limits`` are checked before and while the file is read.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            if not head:
                raise RosterReadError(f"文件“{path.name}”是空的，没有任何内容。")
            budget = RowBudget(path)
            if head.startswith(_ZIP):
                fh.seek(0)
                with _xlsx_sheets(fh, path) as sheets:
                    yield _budgeted(sheets, budget)
                return
            check_file_size(path, os.fstat(fh.fileno()).st_size)
            data = head + fh.read(MAX_FILE_BYTES + 1)
            check_file_size(path, len(data))  # a file that grew while it was read
    except OSError as exc:
        raise RosterReadError(f"无法打开文件“{path.name}”：{exc.strerror or exc}。") from exc
    if data.startswith(_OLE2):
        yield _budgeted(_xls_sheets(data, path), budget)
    else:
        yield _budgeted(_text_sheets(data, path), budget)


def _budgeted(sheets: Iterator[SheetRows], budget: RowBudget) -> Iterator[SheetRows]:
    for name, rows in sheets:
        yield name, ((n, values) for n, values in rows if budget.take(n, values))


@contextmanager
def _xlsx_sheets(fh: Any, path: Path) -> Iterator[Iterator[SheetRows]]:
    try:
        with zipfile.ZipFile(fh) as archive:
            names = set(archive.namelist())
            if "xl/workbook.bin" in names:
                raise RosterReadError(
                    f"“{path.name}”是 Excel 二进制工作簿（.xlsb）。{_SAVE_AS_XLSX}"
                )
            if "xl/workbook.xml" not in names:
                kind = "OpenDocument 表格（.ods）" if "content.xml" in names else "压缩包或其他文档"
                raise RosterReadError(f"“{path.name}”不是 Excel 表格，而是{kind}。{_SAVE_AS_XLSX}")
            check_archive(archive, path)
        fh.seek(0)
        from openpyxl import load_workbook

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", unsupported extensions, ...
            book = load_workbook(fh, read_only=True, data_only=True)
    except RosterReadError:
        raise
    except Exception as exc:  # BadZipFile, KeyError, XML errors: all mean a broken file
        raise RosterReadError(f"“{path.name}”{_DAMAGED}") from exc
    try:
        yield _xlsx_rows(book, path)
    finally:
        book.close()


def _xlsx_rows(book: Any, path: Path) -> Iterator[SheetRows]:
    sheets = [ws for ws in book.worksheets if ws.sheet_state == "visible"] or book.worksheets
    for ws in sheets:
        ws.reset_dimensions()  # some exporters write a wrong <dimension>; it would cut rows off
        # One column past the limit is read, so that content there is refused (RowBudget); a
        # cell far to the right would otherwise pad every row to thousands of values.
        rows = ws.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
        yield ws.title, _guarded(enumerate(rows, start=1), path)


def _guarded(rows: Iterator[RawRow], path: Path) -> Iterator[RawRow]:
    """Turn a parser failure in the middle of a sheet into a message."""
    try:
        yield from rows
    except Exception as exc:
        raise RosterReadError(f"“{path.name}”{_DAMAGED}") from exc


def _xls_sheets(data: bytes, path: Path) -> Iterator[SheetRows]:
    if _ENCRYPTED_OOXML in data:  # an encrypted .xlsx is an OLE2 container, not a zip
        raise RosterReadError(f"“{path.name}”{_PASSWORD}")
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except Exception as exc:
        if "encrypt" in str(exc).lower():
            raise RosterReadError(f"“{path.name}”{_PASSWORD}") from exc
        raise RosterReadError(f"“{path.name}”不是能读取的 Excel 表格。{_SAVE_AS_XLSX}") from exc
    return _xls_rows(book, path)


def _xls_rows(book: Any, path: Path) -> Iterator[SheetRows]:
    import xlrd
    from xlrd.biffh import error_text_from_code

    for index in range(book.nsheets):
        try:
            sheet = book.sheet_by_index(index)
        except Exception as exc:
            raise RosterReadError(f"“{path.name}”{_DAMAGED}") from exc
        if sheet.visibility != 0 and book.nsheets > 1:
            continue

        def rows(sheet: Any = sheet) -> Iterator[RawRow]:
            for r in range(sheet.nrows):
                values: list[Any] = sheet.row_values(r)
                for c, kind in enumerate(sheet.row_types(r)):
                    if kind == xlrd.XL_CELL_DATE:
                        with suppress(ValueError, OverflowError, xlrd.xldate.XLDateError):
                            values[c] = xlrd.xldate.xldate_as_datetime(values[c], book.datemode)
                    elif kind == xlrd.XL_CELL_ERROR:
                        values[c] = error_text_from_code.get(values[c], "#N/A")
                    elif kind == xlrd.XL_CELL_BOOLEAN:
                        values[c] = bool(values[c])
                yield r + 1, values

        yield sheet.name, rows()


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text": UTF-16, tabs
        return data.decode("utf-16", errors="replace")
    if data.startswith(_NOT_TABLES) or b"\x00" in data[:_SNIFF_BYTES]:
        raise RosterReadError(
            f"“{path.name}”不是表格文件。请选择 .xlsx、.xls 或 .csv 格式的花名册。"
        )
    for encoding in ("utf-8", "gb18030"):  # GB18030 is a superset of the GBK that Excel writes
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterReadError(f"“{path.name}”的文字编码无法识别。{_SAVE_AS_XLSX}")


def _text_sheets(data: bytes, path: Path) -> Iterator[SheetRows]:
    text = _decode(data, path)
    start = text[: _SNIFF_BYTES * 2].lstrip()[:_SNIFF_BYTES].lower()
    if start.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in start:
        raise RosterReadError(f"“{path.name}”是“XML 电子表格 2003”格式。{_SAVE_AS_XLSX}")
    if start.startswith("<") and ("<html" in start or "<table" in start or "<!doctype" in start):
        return iter([(path.stem, _html_rows(text))])
    sample = "\n".join(text[: _SNIFF_BYTES * 16].splitlines()[:_SNIFF_LINES])
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return iter([(path.stem, _csv_rows(reader, path))])


def _csv_rows(reader: Iterator[list[str]], path: Path) -> Iterator[RawRow]:
    """Rows of a CSV; a cell written as ="0001" (the export trick that keeps Excel from turning
    it into a number) is the text inside the quotes, as Excel shows it."""
    try:
        for number, row in enumerate(reader, start=1):
            yield number, [c[2:-1] if c[:2] == '="' and c[-1:] == '"' else c for c in row]
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise RosterLimitError(
                f"“{path.name}”里有一格超过 {csv.field_size_limit():,} 个字，"
                f"远超每格最多 {MAX_CELL_CHARS:,} 个字的限制，无法读取。"
            ) from exc
        raise RosterReadError(f"“{path.name}”不是能读取的 CSV 表格。{_SAVE_AS_XLSX}") from exc


class _TableParser(HTMLParser):
    """Collects the text of every <td>/<th>, row by row; a colspan leaves empty cells after it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._span = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._close_cell()
            self.rows.append([])
        elif tag in ("td", "th"):
            self._close_cell()
            if not self.rows:
                self.rows.append([])
            self._cell = []
            span = (dict(attrs).get("colspan") or "1").strip()
            # A colspan of a billion would build a billion empty cells: past the column limit
            # one is enough to be refused.
            self._span = min(int(span), MAX_COLUMNS + 1) if span.isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr", "table"):
            self._close_cell()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self.rows[-1].extend([""] * (max(self._span, 1) - 1))
            self._cell = None


def _html_rows(text: str) -> Iterator[RawRow]:
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    yield from enumerate(parser.rows, start=1)
