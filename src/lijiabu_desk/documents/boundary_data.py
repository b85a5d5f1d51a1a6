"""What a printed 地界协议书 (land-boundary agreement) holds, as plain frozen data.

A service builds :class:`BoundaryAgreementData` from the record and
``documents.render.boundary_agreement.render_boundary_agreement`` lays it out. Values are printed
as given: the service masks ID numbers and phones when the reader's role requires it, turns codes
into words (耕地, 界石 …) and decides what a draft may show. An empty string prints as a blank to
fill by hand.

The post records a line that the parties agreed in mediation; it does not decide title to land
(only government can). The fixed sentences that say so, the clause that nobody moves the line or
its markers, the effect on signing and the number of copies are composed here, from the data, so
that they can be tested without drawing anything: see :func:`preamble`, :func:`no_title_note`
and :func:`clauses`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lijiabu_desk.documents.sketch import FourSides, SketchDrawing
from lijiabu_desk.documents.visit_list_data import day_text

__all__ = [
    "BLANK_DATE",
    "NO_TITLE_NOTE",
    "STANDARD_WITNESS_ROLES",
    "TITLE",
    "BoundaryAgreementData",
    "BoundaryMarkerLine",
    "BoundaryMeasurementLine",
    "BoundaryParty",
    "BoundaryPhoto",
    "BoundaryWitness",
    "FourSides",
    "chinese_count",
    "clauses",
    "no_title_note",
    "preamble",
]

TITLE = "地界协议书"
BLANK_DATE = "______年____月____日"
NO_TITLE_NOTE = (
    "本协议仅记载{both}当事人经调解自愿约定的地界位置，不作为确认土地所有权、使用权或承包经营权"
    "的依据；权属争议由人民政府依法处理。"
)
# Printed as blank signature lines when no witness is given, so a draft taken to the field has
# a line for each of the people who usually witness the line.
STANDARD_WITNESS_ROLES = ("派出所所长", "村委会主任", "调解员")

_DIGITS = "〇一二三四五六七八九"


def chinese_count(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (counts of copies stay under a hundred)."""
    if n < 10:
        return _DIGITS[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[units] if units else ''}"


@dataclass(frozen=True)
class BoundaryParty:
    """One party to the line, printed as given (the service masks numbers when it must)."""

    side: str  # 甲方 / 乙方 / 丙方 …
    name: str
    sex: str = ""  # 男 / 女
    birth: str = ""  # "1956年3月2日（70岁）", or "70岁" when only the age is known
    ethnicity: str = ""  # 汉族
    address: str = ""
    phone: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class BoundaryMeasurementLine:
    """One row of the measurement table: from a point, in a direction, so many metres."""

    from_point: str
    to_point: str
    direction: str  # as typed: "北偏东8°", "东", "135"
    distance_m: float
    note: str = ""


@dataclass(frozen=True)
class BoundaryMarkerLine:
    """Markers set on the line: what kind, how many, where."""

    kind: str  # the label: 石灰线 / 界石 / 木桩 / 其他 …
    count: int
    where: str = ""


@dataclass(frozen=True)
class BoundaryWitness:
    """A witness to the line: printed as a signature line "见证人（role）" with the name under."""

    role: str  # 派出所所长 / 村委会主任 / 调解员 / 村民代表 …
    name: str = ""


@dataclass(frozen=True)
class BoundaryPhoto:
    """A photo of the field or a marker for the annex 附件：现场照片."""

    caption: str  # "东南角界石"
    image: bytes  # the file's bytes, JPEG or PNG (an unreadable file prints a notice instead)
    taken_on: str = ""  # "2026年6月12日", or ""


@dataclass(frozen=True)
class BoundaryAgreementData:
    """Everything one printed 地界协议书 shows.

    A draft has ``status_words`` (e.g. "草稿"): they are printed in the title on every page and
    the number is left out even if one is given. A final or signed agreement has ``status_words``
    "" and its number.
    """

    station_name: str  # "安定区公安局李家堡派出所": printed above the title, keeps one copy
    number: str  # "（2026）安李地界字第3号"; "" for a draft
    status_words: str  # "草稿" for a draft; "" for a finalised or signed agreement
    village: str  # 张湾村
    group: str  # the 社: 三社
    parcel_name: str  # 老庄湾
    location: str  # 坐落: "张湾村三社老庄湾，村道北侧"
    land_type: str  # the label: 耕地 / 宅基地 / 林地 / 其他
    area_mu: str  # 亩 as text, "2.5"; "" when not known
    certificate_no: str  # 土地承包经营权证号, or ""
    sides: FourSides  # the 四至
    reference_point: str  # the point both sides accept: "东南角老界石"
    agreed_line: str  # the line in words
    measurements: tuple[BoundaryMeasurementLine, ...]
    closed_parcel: bool  # the rows go round the parcel and close on their first point
    markers: tuple[BoundaryMarkerLine, ...]
    crops: str  # crops or structures affected ("无" when none; "" leaves a blank)
    costs: str  # who bears which cost
    parties: tuple[BoundaryParty, ...]  # none: two blank parties 甲方 and 乙方 are printed
    witnesses: tuple[BoundaryWitness, ...]  # none: STANDARD_WITNESS_ROLES, blank
    measured_on: date | None
    signed_on: date | None  # None: a blank date to fill in on signing
    case_number: str = ""  # the linked dispute's number, or ""
    photos: tuple[BoundaryPhoto, ...] = ()
    sketch: SketchDrawing | None = None  # printed as the annex 附图：地界示意图

    @property
    def is_draft(self) -> bool:
        return bool(self.status_words.strip())

    @property
    def title(self) -> str:
        """ "地界协议书", or "地界协议书（草稿）" for a draft."""
        words = self.status_words.strip()
        return f"{TITLE}（{words}）" if words else TITLE

    @property
    def printed_number(self) -> str:
        """The number, never on a draft."""
        return "" if self.is_draft else self.number.strip()

    @property
    def printed_parties(self) -> tuple[BoundaryParty, ...]:
        return self.parties or (BoundaryParty("甲方", ""), BoundaryParty("乙方", ""))

    @property
    def printed_witnesses(self) -> tuple[BoundaryWitness, ...]:
        return self.witnesses or tuple(BoundaryWitness(role) for role in STANDARD_WITNESS_ROLES)

    @property
    def copies(self) -> int:
        """One per party and one kept by the post."""
        return len(self.printed_parties) + 1

    @property
    def both(self) -> str:
        """双方 for two parties, 各方 for more."""
        return "双方" if len(self.printed_parties) == 2 else "各方"

    @property
    def post(self) -> str:
        return self.station_name.strip() or "派出所"

    @property
    def place(self) -> str:
        """Village and 社: "张湾村三社"."""
        return f"{self.village.strip()}{self.group.strip()}"


def preamble(data: BoundaryAgreementData) -> str:
    """The sentence between the parties and the terms."""
    measured = day_text(data.measured_on) if data.measured_on else BLANK_DATE
    return (
        f"上列当事人就下列地块的地界，经{data.post}调解，于{measured}共同到现场指认、丈量，"
        f"{data.both}自愿达成如下协议。"
    )


def no_title_note(data: BoundaryAgreementData) -> str:
    """That the post records an agreed line and decides no title (:data:`NO_TITLE_NOTE`)."""
    return NO_TITLE_NOTE.format(both=data.both)


def clauses(data: BoundaryAgreementData) -> tuple[str, ...]:
    """The agreed terms after the line: keep the line, effect on signing, copies, annexes."""
    both = data.both
    other = "另一方" if both == "双方" else "其他当事人"
    annexes = [
        name
        for name, present in (("附图《地界示意图》", data.sketch), ("现场照片", data.photos))
        if present
    ]
    out = [
        f"{both}当事人应当共同维护本协议约定的界线和所设界石、木桩、石灰线等标志，"
        "任何一方不得擅自移动、损毁或者改变界线和标志。",
        f"一方擅自移动、损毁或者改变界线、标志的，{other}可以请求村民委员会或者"
        f"{data.post}按照本协议{'及附图' if data.sketch else ''}恢复原状，"
        "恢复所需费用由擅自移动、损毁或者改变的一方承担。",
        f"本协议自{both}当事人签名（捺印）之日起生效。",
        f"本协议一式{chinese_count(data.copies)}份，{both}当事人各执一份，"
        f"{data.post}留存一份，具有同等效力。",
    ]
    if annexes:
        out.append(f"本协议的{'和'.join(annexes)}是本协议的组成部分。")
    return tuple(out)
