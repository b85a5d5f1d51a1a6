"""The columns of village rosters, by their Chinese headers: which field each one fills, which
the program knowingly leaves out, and which it does not know.

Every header cell of a roster falls in one of three kinds, and the preview names the last two:

* a field the program stores (``FIELDS``): 姓名, 现住址 (the person's address and the
  household's), 户籍地址 (``origin``: where the person is registered, 来自何处), 职业,
  身份证有效期限, 社, 门牌号 …;
* a column villages keep but the program does not (``NOT_KEPT``): 文化程度, 婚姻状况, 兵役, 宗教 …
  The register collects only what the post has a use for (PIPL, GB/T 35273), and a 序号 is the
  table's own numbering;
* a header it does not know at all.

When two columns fill one field, the first is imported; of ``JOINED`` fields (职业 and 工作单位,
two 备注) every column is kept, joined with "；". For the others the second column is named in
the preview (``Columns.duplicates``) as not imported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "FIELDS",
    "JOINED",
    "NOT_KEPT",
    "Columns",
    "column_notes",
    "header_field",
    "header_text",
]

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
    "address": (
        "现住址",
        "住址",
        "家庭住址",
        "居住地址",
        "现居住地址",
        "现居住地",
        "现居地",
        "现住地址",
        "实际居住地址",
        "详细地址",
    ),
    "group": ("社", "组", "村民小组", "小组", "所在社", "社别", "组别"),
    "notes": ("备注",),
    # Added for rosters that carry more than the minimum (人口信息表).
    "head_name": ("户主姓名", "户主名"),
    "origin": ("户籍地址", "户籍所在地", "户口所在地", "户籍地", "户籍住址", "户口地址"),
    "occupation": ("职业", "工作单位", "服务处所", "职业或工作单位", "工作单位及职业"),
    "house_no": ("门牌号", "门牌号码", "门牌"),
    "id_validity": (
        "身份证有效期",
        "身份证有效期限",
        "有效期限",
        "证件有效期",
        "证件有效期限",
        "有效期",
        "有效期至",
    ),
}
FIELDS: tuple[str, ...] = tuple(_SYNONYMS)
#: Fields whose several columns are all kept, joined with "；".
JOINED = frozenset({"occupation", "notes"})
#: Columns a roster often has and the program does not store (the preview says so).
NOT_KEPT = frozenset(
    {
        "序号",
        "文化程度",
        "学历",
        "婚姻状况",
        "婚姻状态",
        "婚否",
        "兵役状况",
        "兵役情况",
        "兵役",
        "服兵役情况",
        "宗教信仰",
        "宗教",
        "政治面貌",
        "血型",
        "身高",
        "籍贯",
        "出生地",
        "户口性质",
        "户口类别",
        "户籍类别",
        "户别",
        "健康状况",
        "身体状况",
        "年龄",
        "毕业院校",
        "专业",
        "特长",
    }
)
_HEADER_TO_FIELD = {synonym: name for name, names in _SYNONYMS.items() for synonym in names}
NAME_HEADERS = frozenset(_SYNONYMS["name"])
_BRACKETED = re.compile(r"\(.*?\)|\[.*?\]|【.*?】")
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")


def header_text(value: Any) -> str:
    """A header as the preview names it: "公民身份\\n号码" → "公民身份号码"."""
    return "".join(str(value).split()).translate(_ZERO_WIDTH) if value is not None else ""


def _key(value: Any) -> str:
    text = "".join(unicodedata.normalize("NFKC", str(value)).split()).translate(_ZERO_WIDTH)
    return _BRACKETED.sub("", text).strip("*:：")


def header_field(value: Any) -> str | None:
    """The field a header cell names, or ``None``: "公民身份\\n号码（18位）" → ``"id_number"``."""
    if value is None:
        return None
    return _HEADER_TO_FIELD.get(_key(value))


@dataclass
class Columns:
    """What one header row holds: field → first column, the further columns of joined fields,
    and the headers that are not imported, in the order they stand."""

    index: dict[str, int] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # field → header as written
    extra: list[tuple[str, int]] = field(default_factory=list)  # (joined field, column)
    not_kept: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (left out, imported)

    @classmethod
    def of(cls, values: Any) -> Columns:
        found = cls()
        for column, value in enumerate(values):
            if value is None or header_text(value) == "":
                continue
            name = header_field(value)
            shown = header_text(value)
            if name is None:
                (found.not_kept if _key(value) in NOT_KEPT else found.unknown).append(shown)
            elif name not in found.index:
                found.index[name] = column
                found.headers[name] = str(value).strip()
            elif name in JOINED:
                found.extra.append((name, column))
            else:
                found.duplicates.append((shown, header_text(found.headers[name])))
        return found

    @property
    def is_roster(self) -> bool:
        return "name" in self.index and "id_number" in self.index


def column_notes(
    not_kept: tuple[str, ...], unknown: tuple[str, ...], duplicates: tuple[tuple[str, str], ...]
) -> list[str]:
    """The preview's sentences about the columns that are not imported, one per kind."""
    notes = []
    if not_kept:
        notes.append(f"以下列没有导入：{'、'.join(not_kept)}（本程序不保存这些信息）。")
    if unknown:
        notes.append(f"没有识别的列，没有导入：{'、'.join(unknown)}。")
    notes += [f"“{left}”与“{kept}”是同一项，只导入了“{kept}”一列。" for left, kept in duplicates]
    return notes
