"""Field validators shared by the services.

Each validator takes what the user typed, returns the value in the one form we store, or raises
``ValidationError(message, field)`` whose message names the field by its Chinese ``label``.
Input typed with a Chinese input method in full-width mode (０-９, －, （）) is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.text_rules import check_text, normalize_line_breaks

__all__ = [
    "ETHNIC_GROUPS",
    "check_not_before",
    "check_not_future",
    "mask_phone",
    "normalize_ethnicity",
    "normalize_person_name",
    "normalize_phone",
    "parse_date",
    "require_text",
]

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"

# ---------------------------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------------------------

_PHONE_CHARS = str.maketrans(
    "０１２３４５６７８９＋－（）‐‑‒–—―−",
    "0123456789+-()-------",
)
_PHONE_SEPARATORS = re.compile(r"[\s\-()]+")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# Three-digit area codes are 010 and 02x; every other area code has four digits (0xxx, x >= 3).
# Local numbers have 7 or 8 digits and never start with 0 or 1.
_LANDLINE = re.compile(r"(0(?:10|2[0-9]|[3-9][0-9]{2}))([2-9][0-9]{6,7})")
_LOCAL_ONLY = re.compile(r"[2-9][0-9]{6,7}")


def normalize_phone(text: str, *, field: str = "phone", label: str = "联系电话") -> str:
    """Return a mainland mobile as ``13912345678`` or a landline as ``0932-8123456``.

    A ``+86``/``0086`` prefix is dropped (a landline in international form, ``+86 932 8123456``,
    gets its leading 0 back); a bare ``86`` is only taken as a prefix before an 11-digit mobile,
    because an 8-digit local number may itself start with 86.
    """
    raw = text.translate(_PHONE_CHARS).strip().strip(_INVISIBLE)
    if not raw:
        raise ValidationError(f"请填写{label}。", field)
    if "转" in raw or "#" in raw or "ext" in raw.lower():
        raise ValidationError(f"{label}请只填写总机号码，不要填写分机号。", field)
    compact = _PHONE_SEPARATORS.sub("", raw)
    plus = compact.startswith("+")
    digits = compact[1:] if plus else compact
    for ch in digits:
        if ch not in "0123456789":
            shown = f"“{ch}”" if ch.isprintable() else "无法显示的字符"
            raise ValidationError(f"{label}只能填写数字，不能有{shown}。", field)
    if not digits:
        raise ValidationError(f"请填写{label}。", field)

    international = False
    if plus:
        if not digits.startswith("86"):
            raise ValidationError(f"{label}只能填写中国大陆的电话号码。", field)
        digits, international = digits[2:], True
    elif digits.startswith("0086"):
        digits, international = digits[4:], True
    elif len(digits) == 13 and digits.startswith("86") and _MOBILE.fullmatch(digits[2:]):
        digits = digits[2:]
    if international and digits[:1] not in ("0", "1", ""):
        digits = "0" + digits

    if _MOBILE.fullmatch(digits):
        return digits
    landline = _LANDLINE.fullmatch(digits)
    if landline:
        return f"{landline.group(1)}-{landline.group(2)}"
    if _LOCAL_ONLY.fullmatch(digits):
        raise ValidationError(f"{label}是固定电话时请加上区号，例如 0932-8123456。", field)
    if digits.startswith("1") and len(digits) != 11:
        raise ValidationError(f"{label}的手机号码应为11位，现在是{len(digits)}位。", field)
    if digits.startswith("0"):
        raise ValidationError(
            f"{label}的固定电话应为区号加7到8位号码，例如 0932-8123456，请核对。", field
        )
    raise ValidationError(f"{label}不是有效的号码，请填写11位手机号码或带区号的固定电话。", field)


def mask_phone(phone: str) -> str:
    """Mask a stored phone number for lists: ``139****5678`` or ``0932-***3456``."""
    if _MOBILE.fullmatch(phone):
        return phone[:3] + "****" + phone[-4:]
    area, sep, local = phone.partition("-")
    if sep and _LANDLINE.fullmatch(area + local):
        return f"{area}-" + "*" * (len(local) - 4) + local[-4:]
    if len(phone) < 8:
        return "*" * len(phone)
    return "*" * (len(phone) - 4) + phone[-4:]


# ---------------------------------------------------------------------------------------------
# Person names
# ---------------------------------------------------------------------------------------------

# CJK ideograph blocks: URO, Ext A, compatibility, Ext B-I, compatibility supplement. Listed by
# hand because Python's unicodedata may predate the newest extensions (Ext H is Unicode 15).
_CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EE5F),
    (0x2F800, 0x2FA1F),
    (0x30000, 0x323AF),
)
# Every dot people type between the parts of a minority or foreign name becomes U+00B7.
_NAME_DOTS = "\u00b7\u0387\u2022\u2027\u2219\u22c5\u2e31\u30fb\uff0e\uff65"
_NAME_CHARS = str.maketrans(
    {**{ch: "·" for ch in _NAME_DOTS}, **{chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF5B)}}
)
_NAME_MAX = 40


def _is_cjk(chars: str) -> bool:
    """True if every character of ``chars`` is a CJK ideograph."""
    return all(any(lo <= ord(ch) <= hi for lo, hi in _CJK_RANGES) for ch in chars)


def _is_latin_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L") and "LATIN" in unicodedata.name(ch, "")


def _tidy_spaces(text: str) -> str:
    """Collapse spaces; drop those beside a dot or between two ideographs ("张　三" → "张三").

    Spaces between Chinese characters are only there to line names up on paper.
    """
    text = re.sub(r"\s+", " ", text.strip().strip(_INVISIBLE).strip())
    text = re.sub(r" ?· ?", "·", text)
    kept = [
        ch
        for i, ch in enumerate(text)
        if not (ch == " " and 0 < i < len(text) - 1 and _is_cjk(text[i - 1] + text[i + 1]))
    ]
    return "".join(kept)


def normalize_person_name(text: str, *, field: str = "name", label: str = "姓名") -> str:
    """Return a name in stored form, e.g. ``阿卜杜·热合曼``, ``𠮷田``, ``John Smith``."""
    name = _tidy_spaces(text.translate(_NAME_CHARS))
    if not name:
        raise ValidationError(f"请填写{label}。", field)
    for pos, ch in enumerate(name, start=1):
        if ch in " ·" or _is_cjk(ch) or _is_latin_letter(ch):
            continue
        category = unicodedata.category(ch)
        if category.startswith("N"):
            raise ValidationError(f"{label}里不能有数字，现在有“{ch}”。", field)
        if category.startswith("C") or not ch.isprintable():
            raise ValidationError(f"{label}的第{pos}个字无法识别，请删除后重新输入。", field)
        if category.startswith("L"):
            raise ValidationError(
                f"{label}请用汉字填写（外国人可用拉丁字母），不能使用“{ch}”。", field
            )
        raise ValidationError(
            f"{label}里不能有“{ch}”这样的符号，少数民族姓名中间的圆点请用“·”。", field
        )
    if name[0] == "·" or name[-1] == "·":
        raise ValidationError(f"{label}不能以圆点“·”开头或结尾。", field)
    if "··" in name:
        raise ValidationError(f"{label}中的圆点“·”不能连着写两个。", field)
    if len(name) > _NAME_MAX:
        raise ValidationError(f"{label}最多{_NAME_MAX}个字，现在是{len(name)}个字。", field)
    return name


# ---------------------------------------------------------------------------------------------
# Dates and free text
# ---------------------------------------------------------------------------------------------

_DATE_CHARS = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
_DATE_FORMS: tuple[re.Pattern[str], ...] = (
    re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})"),
    re.compile(r"([0-9]{4})\s*([-/.])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})"),
    re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]?"),
)


def parse_date(text: str, *, field: str = "date", label: str = "日期") -> date:
    """Read a date in any of the forms officers write (20261128, 2026-1-5, 2026年11月28日…)."""
    cleaned = text.translate(_DATE_CHARS).strip().strip(_INVISIBLE).strip()
    if not cleaned:
        raise ValidationError(f"请填写{label}。", field)
    for form in _DATE_FORMS:
        match = form.fullmatch(cleaned)
        if match:
            parts = [g for g in match.groups() if g not in ("-", "/", ".")]
            try:
                return date(int(parts[0]), int(parts[1]), int(parts[2]))
            except ValueError:
                raise ValidationError(
                    f"{label}“{cleaned}”不是一个真实存在的日期，请核对。", field
                ) from None
    raise ValidationError(f"{label}的写法看不懂，请写成例如 20261128 或 2026-11-28。", field)


def check_not_future(
    d: date, *, today: date | None = None, field: str = "date", label: str = "日期"
) -> date:
    """Return ``d`` unless it is after ``today`` (defaults to the system date)."""
    today = today if today is not None else date.today()
    if d > today:
        raise ValidationError(f"{label}不能晚于今天。", field)
    return d


def check_not_before(
    d: date,
    earliest: date,
    *,
    field: str = "date",
    label: str = "日期",
    earliest_label: str,
) -> date:
    """Return ``d`` unless it is before ``earliest`` (e.g. "走访日期不能早于出生日期。")."""
    if d < earliest:
        raise ValidationError(f"{label}不能早于{earliest_label}。", field)
    return d


def require_text(
    text: str, *, field: str, label: str, max_length: int, multiline: bool = False
) -> str:
    """Strip and check a required text; with ``multiline`` line breaks are kept (as ``\\n``).

    Length and characters follow the one rule of ``services.text_rules``: control characters
    are refused because they do not print and break exports; nothing is ever cut short.
    """
    if multiline:
        text = normalize_line_breaks(text)
    value = text.strip().strip(_INVISIBLE).strip()
    if not value:
        raise ValidationError(f"请填写{label}。", field)
    return check_text(value, field=field, label=label, limit=max_length, multiline=multiline)


# ---------------------------------------------------------------------------------------------
# Ethnic groups
# ---------------------------------------------------------------------------------------------

#: The 56 ethnic groups in GB/T 3304 code order: index + 1 is the code (汉族 01 … 基诺族 56).
ETHNIC_GROUPS: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族",
    "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族",
    "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
    "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族",
    "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族",
    "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip
_ETHNIC_SET = frozenset(ETHNIC_GROUPS)


def normalize_ethnicity(text: str, *, field: str = "ethnicity", label: str = "民族") -> str:
    """Return the full name of an ethnic group, accepting it without 族 ("汉", "维吾尔")."""
    name = "".join(ch for ch in text if not ch.isspace() and ch not in _INVISIBLE)
    if not name:
        raise ValidationError(f"请填写{label}。", field)
    for candidate in (name, name + "族"):
        if candidate in _ETHNIC_SET:
            return candidate
    raise ValidationError(f"{label}“{name}”不在56个民族中，请填写例如“汉族”或“回族”。", field)
