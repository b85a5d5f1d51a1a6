"""What a printed 会议纪要 (minutes of a 联席会议, joint meeting) holds, as plain frozen data.

The township government, the 综治中心, the police post, the 司法所, the court's circuit judge and
the village committees meet on the disputes that one unit cannot settle. A service builds
:class:`MinutesData` from the meeting's record and
``documents.render.minutes.render_minutes`` lays it out.

Values print as given: the service turns codes into words (the status of an action item:
未完成 / 已完成 / 逾期 …) and decides the order of topics, attendees and items. An empty string
prints as a blank to fill by hand where a form needs one (recorder, approver), and a date of
``None`` prints as a blank date.

Grouping the attendees by unit, the wording of the deadline and status cells, the ordinals
一、二、… and the closing sentence are computed here, so that they can be tested without drawing
anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lijiabu_desk.documents.boundary_data import chinese_count
from lijiabu_desk.documents.visit_list_data import day_text

__all__ = [
    "BLANK_DATE",
    "NO_DUE_DATE",
    "NO_UNIT",
    "OTHER_ITEMS_TITLE",
    "TITLE",
    "MinutesActionItem",
    "MinutesAttendee",
    "MinutesData",
    "MinutesTopic",
    "closing_sentence",
    "ordinal",
]

TITLE = "李家堡镇矛盾纠纷联席会议纪要"
BLANK_DATE = "______年____月____日"
NO_DUE_DATE = "未定"  # an action item without a deadline
NO_UNIT = "（未填单位）"  # attendees whose unit was not recorded
OTHER_ITEMS_TITLE = "其他事项"


def ordinal(n: int) -> str:
    """The heading number of the n-th section: 1 → "一、", 12 → "十二、"."""
    return f"{chinese_count(n)}、"


@dataclass(frozen=True)
class MinutesAttendee:
    """One person at the meeting, for the unit that sent them."""

    unit: str  # "李家堡镇人民政府"; "" is gathered under NO_UNIT
    name: str
    title: str = ""  # 职务: "副镇长"; "" prints the name alone

    @property
    def printed(self) -> str:
        """ "王建国（副镇长）", or the name alone."""
        title = self.title.strip()
        return f"{self.name.strip()}（{title}）" if title else self.name.strip()


@dataclass(frozen=True)
class MinutesActionItem:
    """One thing the meeting asked a unit to do, with its owner, deadline and state."""

    text: str  # 事项: "组织双方到现场重新丈量地界"
    owner_unit: str  # 责任单位
    owner_person: str = ""  # 责任人; "" when the unit has not named one
    due: date | None = None  # 完成期限; None prints NO_DUE_DATE
    status: str = ""  # the words as the service decides them: 未完成 / 已完成 / 逾期
    done_on: date | None = None  # printed under the status when given
    note: str = ""  # 备注, printed under the item's text

    @property
    def due_text(self) -> str:
        return day_text(self.due) if self.due is not None else NO_DUE_DATE

    @property
    def status_text(self) -> str:
        """The status, with the day it was done on the next line: "已完成\\n2026年12月3日"."""
        words = self.status.strip()
        if self.done_on is None:
            return words
        return "\n".join(part for part in (words, day_text(self.done_on)) if part)

    @property
    def item_text(self) -> str:
        """The item, with "备注：…" on a line of its own when there is a note."""
        note = self.note.strip()
        text = self.text.strip()
        return f"{text}\n备注：{note}" if note else text


@dataclass(frozen=True)
class MinutesTopic:
    """One topic: what was discussed, the dispute it concerns, what was decided, who does what."""

    number: int  # 1, 2, 3 … in printed order: printed as 一、二、三 …
    title: str
    case_number: str  # the linked dispute's number, "" when the topic concerns none
    decision: str  # 议定意见; one paragraph per line
    items: tuple[MinutesActionItem, ...] = ()

    @property
    def heading(self) -> str:
        return f"{ordinal(self.number)}{self.title.strip()}"


@dataclass(frozen=True)
class MinutesData:
    """Everything one printed 会议纪要 shows.

    A draft has ``status_words`` (e.g. "草稿"): they are printed in the title on every page and
    the number is left out even if one is given.
    """

    issuer: str  # printed above the title: "李家堡镇矛盾纠纷联席会议办公室" or the station's name
    title: str  # "李家堡镇矛盾纠纷联席会议纪要"; "" uses TITLE
    number: str  # "（2026）安李联字第3号"; "" for minutes not yet numbered
    held_on: date | None  # None prints a blank date
    place: str
    convener: str  # 召集人, as it should read: "王建国（李家堡镇人民政府副镇长）"
    attendees: tuple[MinutesAttendee, ...]
    topics: tuple[MinutesTopic, ...]
    other_items: tuple[MinutesActionItem, ...] = ()  # action items under no topic
    recorder: str = ""  # 记录人, printed under the signature line; "" leaves it blank
    approver: str = ""  # printed under the second line, labelled ``approver_label``
    approver_label: str = "审核人"  # or "主持人"
    signed_on: date | None = None  # the date under the signatures; None: a blank to fill in
    copy_to: str = ""  # 抄送: "区委政法委，区综治中心。"; "" prints no 抄送 line
    status_words: str = ""  # "草稿" for a draft; "" for minutes to be signed

    @property
    def is_draft(self) -> bool:
        return bool(self.status_words.strip())

    @property
    def printed_title(self) -> str:
        """The title, "…（草稿）" for a draft."""
        title = self.title.strip() or TITLE
        words = self.status_words.strip()
        return f"{title}（{words}）" if words else title

    @property
    def printed_number(self) -> str:
        """The number, never on a draft."""
        return "" if self.is_draft else self.number.strip()

    @property
    def held_text(self) -> str:
        return day_text(self.held_on) if self.held_on is not None else BLANK_DATE

    @property
    def signed_text(self) -> str:
        return day_text(self.signed_on) if self.signed_on is not None else BLANK_DATE

    @property
    def attendance(self) -> tuple[tuple[str, tuple[MinutesAttendee, ...]], ...]:
        """(unit, its attendees) in the order each unit first appears in ``attendees``."""
        units: dict[str, list[MinutesAttendee]] = {}
        for person in self.attendees:
            units.setdefault(person.unit.strip() or NO_UNIT, []).append(person)
        return tuple((unit, tuple(people)) for unit, people in units.items())

    @property
    def units(self) -> tuple[str, ...]:
        """The attending units that countersign (会签), one line each; NO_UNIT signs nothing."""
        return tuple(unit for unit, _ in self.attendance if unit != NO_UNIT)

    @property
    def attendance_summary(self) -> str:
        """ "共6个单位12人"."""
        return f"共{len(self.attendance)}个单位{len(self.attendees)}人"

    @property
    def other_heading(self) -> str:
        """The section for items under no topic, numbered after the last topic."""
        last = max((topic.number for topic in self.topics), default=0)
        return f"{ordinal(last + 1)}{OTHER_ITEMS_TITLE}"

    @property
    def all_items(self) -> tuple[MinutesActionItem, ...]:
        return tuple(item for topic in self.topics for item in topic.items) + self.other_items


def closing_sentence(data: MinutesData) -> str:
    """The sentence after the last section: the call to carry the items out, or 特此纪要."""
    if data.all_items:
        return "请各责任单位按照会议议定事项和完成期限抓好落实，并及时反馈落实情况。"
    return "特此纪要。"
