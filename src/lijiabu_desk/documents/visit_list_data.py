"""What a printed 走访清单 (visit list) holds, as plain frozen data (a service builds it).

The service decides everything about each person: which phone to print (in full, so that the
officer can ring from the village; whether a role may print it is the service's call), the words
of the expiry ("已过期12天" / "还有20天到期") and the home-service reason. The renderer only places
what it is given.

Grouping is done here, not by the caller: :meth:`VisitListData.sections` gathers the rows by
village, then by 社 (``group``). Villages, and the 社 within a village, come in the order their
first row has in ``rows``, so the caller chooses the order of villages by the order of its rows
and nothing is sorted by code point (which would put 十社 before 二社). Within one 社 the people
who need home service (需上门) come first; otherwise the caller's order is kept (the service sends
them by expiry date). Rows are numbered 1, 2, 3 … in printed order across the whole list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NO_VILLAGE = "（未填村）"


def day_text(day: date) -> str:
    """A date as Chinese forms write it: 2026年3月2日."""
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class VisitListRow:
    """One person to visit."""

    name: str
    sex: str  # "男" / "女" / "" (printed as given)
    age: int | None  # full years at ``as_of``; None prints nothing
    village: str  # "河湾村"; "" is gathered under （未填村）
    group: str  # the 社: "一社"; "" when not known
    address: str  # as the register writes it: "河湾村一社12号"
    phone: str  # printed as given, in full ("138 0932 1234"); "\n" between several numbers
    id_expiry: date | None  # None: no expiry date on record
    expiry_text: str  # "已过期12天" / "还有20天到期"
    needs_home_service: bool
    home_service_reason: str  # "卧床，行动不便"; "" when none was recorded
    note: str = ""  # a short note printed under the address ("独居，耳背")


@dataclass(frozen=True)
class VisitSection:
    """The people of one 社 of one village, in printed order, with their printed numbers."""

    village: str
    group: str
    rows: tuple[tuple[int, VisitListRow], ...]  # (序号, row)

    @property
    def home_service(self) -> int:
        return sum(1 for _, row in self.rows if row.needs_home_service)


@dataclass(frozen=True)
class VisitListData:
    """A whole visit list: who prints it, for whom, as of which day, and the people on it."""

    station_name: str  # "安定区公安局李家堡派出所"
    title: str  # "身份证到期走访清单"
    officer_name: str  # the officer who goes out; "" leaves a line to fill in by hand
    as_of: date  # the day the list was drawn up ("截至")
    rows: tuple[VisitListRow, ...]
    empty_text: str = ""  # said on an empty list; "" uses a sentence naming the day

    @property
    def home_service(self) -> int:
        return sum(1 for row in self.rows if row.needs_home_service)

    def sections(self) -> tuple[VisitSection, ...]:
        """The rows by village, then 社, home-service cases first (see the module docstring)."""
        villages: dict[str, dict[str, list[VisitListRow]]] = {}
        for row in self.rows:
            village = row.village.strip() or NO_VILLAGE
            villages.setdefault(village, {}).setdefault(row.group.strip(), []).append(row)
        sections: list[VisitSection] = []
        number = 0
        for village, groups in villages.items():
            for group, rows in groups.items():
                ordered = sorted(rows, key=lambda r: not r.needs_home_service)  # stable
                numbered = []
                for row in ordered:
                    number += 1
                    numbered.append((number, row))
                sections.append(VisitSection(village, group, tuple(numbered)))
        return tuple(sections)

    def printed_text(self) -> str:
        """Every string the list prints from its data, for a missing-glyph check."""
        parts = [self.station_name, self.title, self.officer_name, self.empty_text]
        for r in self.rows:
            parts += [r.name, r.sex, r.village, r.group, r.address, r.phone, r.expiry_text]
            parts += [r.home_service_reason, r.note]
        return "".join(parts)
