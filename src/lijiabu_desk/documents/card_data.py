"""What a sheet of 警民连心卡 holds, as plain frozen data (``services.cards`` builds it).

Every number arrives formatted for reading ("138 0932 1234"); the QR payload arrives finished
(a MECARD the phone camera offers to save as a contact). The back of every card is the same
(the station's numbers), so it is held once per sheet set, not per card.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CardOfficer:
    """The front of a card: the household's officer."""

    name: str
    badge_no: str  # "" prints no badge line
    mobile: str  # formatted for reading: "138 0932 1234"
    qr_payload: str  # "MECARD:N:张伟;TEL:13809321234;;"


@dataclass(frozen=True)
class CardBack:
    """The back of every card: the station's numbers."""

    station_name: str  # "安定区公安局李家堡派出所"
    duty_phone: str  # 24-hour phone, formatted
    chief_label: str  # "所长 王建国"
    chief_phone: str
    anti_fraud_phone: str  # "96110"
    address: str


@dataclass(frozen=True)
class CardSheetData:
    """The cards of one print run: one entry per household, in the order they are cut."""

    title: str  # "警民连心卡"
    station_name: str
    back: CardBack
    cards: tuple[CardOfficer, ...]
    note: str  # the printing note: print at actual size, flip on the long edge
