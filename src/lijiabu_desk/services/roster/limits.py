"""How much a roster file may hold, in one place, and the checks that run before it is parsed.

A village's roster is a few thousand rows of a dozen short columns. A file far beyond that is
broken or built to hurt (a 1.5 MB "sharedStrings bomb" that unpacks to 1.5 GB once took 46 s and
3.1 GB of memory before it was called damaged), so it is refused before openpyxl, xlrd or the
CSV reader spend time or memory on it, with one sentence that names the limit it broke.

An .xlsx is a zip of XML parts: the sizes the zip declares are checked first (Python's zipfile
never inflates a part beyond its declared size: a part that lies fails its CRC check), then the
shared-string table is counted as a stream. Rows, columns and cells are checked while the rows
are read (``RowBudget``, and ``reader`` for a cell).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lijiabu_desk.services.errors import ServiceError

_MB = 1024 * 1024

#: A .csv, .xls or web-page roster is read into memory whole: at most this many bytes.
MAX_FILE_BYTES = 20 * _MB
#: One XML part of an .xlsx (a sheet, the shared strings, the styles), unpacked.
MAX_PART_BYTES = 100 * _MB
#: All XML parts of an .xlsx together, unpacked.
MAX_TOTAL_PART_BYTES = 200 * _MB
#: How many times larger than packed an XML part may be (a roster's sheet is about 9 times);
#: checked for parts above ``RATIO_CHECKED_ABOVE_BYTES`` only, since tiny parts pack oddly.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECKED_ABOVE_BYTES = 1 * _MB
#: Parts in one .xlsx (sheets, styles, pictures, …).
MAX_ARCHIVE_MEMBERS = 2_000
#: Entries in the shared-string table: every distinct text of the workbook.
MAX_SHARED_STRINGS = 1_000_000
#: Rows with content in the whole file (every sheet together, titles and headers included).
MAX_ROWS = 50_000
#: Columns that may hold content.
MAX_COLUMNS = 60
#: Characters in one cell that is read (a longer one rejects its row, not the file).
MAX_CELL_CHARS = 2_000

_SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
_STRING_ITEM = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,31}:)?si[\s/>]")
_PART_NAME = re.compile(rb'PartName="/?([^"]+)"[^>]*ContentType="([^"]+)"')
_CHUNK = 1 * _MB


class RosterReadError(ServiceError):
    """The file cannot be read as a roster at all; the message says why, in Chinese."""


class RosterLimitError(RosterReadError):
    """The file is larger than a roster can be; the message names the limit."""


def _mb(size: int) -> str:
    return f"{size / _MB:,.1f} MB"


def _limit_mb(limit: int) -> str:
    return f"{limit // _MB:,} MB"


def check_file_size(path: Path, size: int) -> None:
    """A file read into memory whole (.csv, .xls, web page) may not exceed ``MAX_FILE_BYTES``."""
    if size > MAX_FILE_BYTES:
        raise RosterLimitError(
            f"“{path.name}”有 {_mb(size)}，"
            f"超过了花名册文件最大 {_limit_mb(MAX_FILE_BYTES)} 的限制。"
            "请只保留要导入的村或社，或分成几个文件后再导入。"
        )


def _refuse_archive(path: Path, what: str) -> RosterLimitError:
    return RosterLimitError(
        f"“{path.name}”{what}，不像正常的花名册（可能已损坏或是有意构造的），没有读取。"
        "请在 Excel 或 WPS 中打开它，把要导入的内容复制到新工作簿，另存为 .xlsx 后再导入。"
    )


def check_archive(archive: zipfile.ZipFile, path: Path) -> None:
    """Refuse an .xlsx whose parts unpack to more than a roster can hold, before parsing it."""
    members = archive.infolist()
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise _refuse_archive(
            path, f"里有 {len(members):,} 个部件，超过了 {MAX_ARCHIVE_MEMBERS:,} 个的限制"
        )
    total = 0
    for info in members:
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue  # pictures and embedded files are never parsed
        size = info.file_size
        total += size
        if size > MAX_PART_BYTES:
            raise _refuse_archive(
                path,
                f"的“{info.filename}”解压后有 {_mb(size)}，"
                f"超过了每部分最多 {_limit_mb(MAX_PART_BYTES)} 的限制",
            )
        ratio = size / max(info.compress_size, 1)
        if size > RATIO_CHECKED_ABOVE_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise _refuse_archive(
                path,
                f"的“{info.filename}”解压后是压缩时的 {ratio:,.0f} 倍，"
                f"超过了 {MAX_COMPRESSION_RATIO} 倍的限制",
            )
    if total > MAX_TOTAL_PART_BYTES:
        raise _refuse_archive(
            path, f"解压后共有 {_mb(total)}，超过了 {_limit_mb(MAX_TOTAL_PART_BYTES)} 的限制"
        )
    for name in _shared_string_parts(archive):
        count = _count_items(archive, name)
        if count > MAX_SHARED_STRINGS:
            raise _refuse_archive(
                path, f"里的不同文字超过了 {MAX_SHARED_STRINGS:,} 条（共享字符串表的限制）"
            )


def _shared_string_parts(archive: zipfile.ZipFile) -> set[str]:
    """The shared-string table as [Content_Types].xml names it (where openpyxl looks), and any
    part called sharedStrings.xml."""
    names = {n for n in archive.namelist() if n.lower().endswith("sharedstrings.xml")}
    try:
        types = archive.read("[Content_Types].xml")  # its size was checked above
    except KeyError:
        return names
    for part, kind in _PART_NAME.findall(types):
        if kind.decode(errors="replace") == _SHARED_STRINGS_TYPE:
            names.add(part.decode(errors="replace"))
    return {n for n in names if n in archive.NameToInfo}


def _count_items(archive: zipfile.ZipFile, name: str) -> int:
    """Count ``<si>`` elements as the part streams by, stopping once past the limit.

    A chunk is counted up to its last ``<`` near the end; what follows is carried over, so an
    element cut in two by the chunking is counted once (a match is at most 37 bytes long).
    """
    count = 0
    tail = b""
    with archive.open(name) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            cut = data.rfind(b"<", max(len(data) - 64, 0))
            if cut < 0:
                cut = len(data)
            count += len(_STRING_ITEM.findall(data, 0, cut))
            tail = data[cut:]
            if count > MAX_SHARED_STRINGS:
                return count
    return count + len(_STRING_ITEM.findall(tail))


class RowBudget:
    """Counts the rows with content of one file, across its sheets, and checks their width."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows = 0

    def take(self, number: int, values: Sequence[Any]) -> bool:
        """True for a row with content (counted); False for a blank row (skipped)."""
        width = len(values)
        if values.count(None) + values.count("") == width:
            return False
        if width > MAX_COLUMNS:
            for column in range(width - 1, MAX_COLUMNS - 1, -1):
                if values[column] is not None and values[column] != "":
                    raise RosterLimitError(
                        f"“{self.path.name}”第 {number} 行第 {column + 1} 列有内容，"
                        f"超过了花名册最多 {MAX_COLUMNS} 列的限制。请删除多余的列后再导入。"
                    )
        self.rows += 1
        if self.rows > MAX_ROWS:
            raise RosterLimitError(
                f"“{self.path.name}”超过了花名册最多 {MAX_ROWS:,} 行的限制。"
                "请按村或社分成几个文件后再导入。"
            )
        return True
