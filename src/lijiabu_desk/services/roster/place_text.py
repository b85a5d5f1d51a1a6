"""The 社 and the house number in the texts of a roster: its title, its sheet names, addresses.

Villages write one 社 many ways: 三社, 3社, 第三社, 三组, 第3村民小组, or a bare 3. ``group_number``
reads the number; ``group_in_titles`` finds the one 社 a roster's title is about
("河湾村第三社户籍花名册"), and ``split_address`` takes "甘肃省…河湾村三社12号" apart into the 社,
the house number and what is left ("老庄子坡上"), so that a household's address (village + 社 +
house number + detail) reads as the roster wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["AddressParts", "group_in_titles", "group_number", "split_address"]

NUMBER_WORDS = "零一二三四五六七八九十"
#: A 社 named by its number: "三社", "3组", "第十二村民小组". A range ("1-3社") is not one 社.
GROUP_TOKEN = re.compile(r"第?(?:[0-9]+|[一二三四五六七八九十]+)(?:村民小组|社|组)")
_RANGE_BEFORE = "-—~～至到、,，和及"
_HOUSE_NO = re.compile(r"[0-9]+(?:[-—][0-9]+)*号?")


def group_number(text: str) -> int | None:
    """ "三社", "3组", "第3村民小组", "十二社", "3" → the group's number."""
    t = text.strip()
    digits = re.search(r"\d+", t)
    if digits:
        return int(digits.group())
    chinese = re.search(r"[一二三四五六七八九十]+", t)
    if not chinese:
        return None
    word = chinese.group()
    if word == "十":
        return 10
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (NUMBER_WORDS.index(tens) if tens else 1) * 10 + (
            NUMBER_WORDS.index(ones) if ones else 0
        )
    return NUMBER_WORDS.index(word[0])


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def group_in_titles(texts: Iterable[str]) -> str | None:
    """The one 社 that the lines above a roster's header name, or ``None`` when they name none,
    several, or a range ("一至三社")."""
    found: dict[int | None, str] = {}
    for text in texts:
        line = _normal(text)
        for match in GROUP_TOKEN.finditer(line):
            start = match.start()
            if start and line[start - 1] in _RANGE_BEFORE:
                return None
            end = match.end()
            if end < len(line) and line[end] in _RANGE_BEFORE:
                return None
            found.setdefault(group_number(match.group()), match.group())
    return next(iter(found.values())) if len(found) == 1 else None


@dataclass(frozen=True)
class AddressParts:
    group: str  # "三社", or "" when the address names none
    house_no: str  # "12号", or ""
    detail: str  # what follows: "老庄子坡上"


def _village_end(address: str, village: str) -> tuple[int, bool] | None:
    """Where the village's name ends in the address, and whether it was written in full: a
    name written without 村 ("河湾") counts only when a 社 follows ("河湾三社"), since "河湾路"
    is a street."""
    at = address.find(village)
    if at >= 0:
        return at + len(village), True
    if village.endswith("村") and len(village) > 2:
        short = village[:-1]
        at = address.find(short)
        if at >= 0:
            return at + len(short), False
    return None


def split_address(address: str, village: str) -> AddressParts | None:
    """The parts of an address in this village ("…河湾村三社12号", or "三社12号" alone); ``None``
    for an address elsewhere ("兰州市七里河区建兰路8号"), which says nothing of the household."""
    text = _normal(address).strip()
    found = _village_end(text, village)
    rest = text[found[0] :].strip() if found is not None else text
    token = GROUP_TOKEN.match(rest)
    if token is None and (found is None or not found[1]):
        return None
    group = ""
    if token is not None:
        group = token.group()
        rest = rest[token.end() :].strip()
    house = _HOUSE_NO.match(rest)
    house_no = house.group() if house else ""
    return AddressParts(group, house_no, rest[len(house_no) :].strip())
