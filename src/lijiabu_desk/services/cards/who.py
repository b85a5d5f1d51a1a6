"""Who is on a household's card, what numbers it carries, and whether a handed-out card is still
current.

The officer on a card is the village's responsible officer (责任民警, set in settings), else the
station chief. A card stops being current when that officer or any number printed on it changes
after it was handed over: the officer's badge or mobile, the station's 24-hour phone, the chief's
phone or the anti-fraud line.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import ContactCard, Household, Officer, Station
from lijiabu_desk.models.enums import OfficerRole
from lijiabu_desk.services.errors import ValidationError


@dataclass(frozen=True)
class CardNumbers:
    """The numbers a card carries, as stored (unformatted): compared to tell if a card is
    current, and kept with each handover."""

    badge_no: str
    officer_phone: str
    duty_phone: str
    chief_phone: str
    anti_fraud_phone: str

    @classmethod
    def printed_on(cls, card: ContactCard) -> CardNumbers:
        return cls(
            card.printed_badge_no,
            card.printed_officer_phone,
            card.printed_duty_phone,
            card.printed_chief_phone,
            card.printed_anti_fraud_phone,
        )


@dataclass(frozen=True)
class CardState:
    """Whether a household's latest card is current, and if not, why (a sentence)."""

    current: bool
    reason: str  # "" when current; "还没有发过连心卡" / "民警手机号码已变更" …


def _live_officer(officer: Officer | None) -> bool:
    return officer is not None and officer.active and officer.deleted_at is None


def station_chief(session: Session) -> Officer | None:
    """The serving station chief (所长) among the officers, the longest-registered first."""
    return session.scalars(
        select(Officer)
        .where(
            Officer.role == OfficerRole.CHIEF,
            Officer.active.is_(True),
            Officer.deleted_at.is_(None),
        )
        .order_by(Officer.id)
    ).first()


def card_officer(session: Session, household: Household) -> Officer | None:
    """The officer on ``household``'s card: its village's responsible officer, else the chief."""
    responsible = household.village.responsible_officer
    if _live_officer(responsible):
        return responsible
    return station_chief(session)


def card_numbers(station: Station, officer: Officer) -> CardNumbers:
    return CardNumbers(
        officer.badge_no,
        officer.phone,
        station.duty_phone,
        station.chief_phone,
        station.anti_fraud_phone,
    )


def latest_card(household: Household) -> ContactCard | None:
    """The card handed over last (latest date; the later record on the same day)."""
    live = [c for c in household.contact_cards if c.deleted_at is None]
    return max(live, key=lambda c: (c.issued_on, c.id), default=None)


_CHANGES = (
    ("badge_no", "民警警号已变更"),
    ("officer_phone", "民警手机号码已变更"),
    ("duty_phone", "派出所值班电话已变更"),
    ("chief_phone", "所长电话已变更"),
    ("anti_fraud_phone", "反诈电话已变更"),
)


def printed_card(
    officer_id: int | None, badge: str, phone: str, duty: str, chief: str, fraud: str
) -> ContactCard | None:
    """A card as its printed numbers were read by a grouped query (None: no card): detached,
    never added to a session, only for :func:`card_state` to judge."""
    if officer_id is None:
        return None
    return ContactCard(
        officer_id=officer_id,
        printed_badge_no=badge,
        printed_officer_phone=phone,
        printed_duty_phone=duty,
        printed_chief_phone=chief,
        printed_anti_fraud_phone=fraud,
    )


def card_state(
    card: ContactCard | None, officer: Officer | None, station: Station | None
) -> CardState:
    """Is ``card`` (a household's latest) still what would print today?"""
    if card is None:
        return CardState(False, "还没有发过连心卡")
    if officer is None or station is None:
        return CardState(False, "没有设置责任民警或所长，无法判断")
    if card.officer_id != officer.id:
        return CardState(False, f"联系民警已换成{officer.name}")
    printed, now = CardNumbers.printed_on(card), card_numbers(station, officer)
    reasons = [text for name, text in _CHANGES if getattr(printed, name) != getattr(now, name)]
    return CardState(not reasons, "；".join(reasons))


def require_printable(station: Station | None, officer: Officer | None, village: str) -> None:
    """Refuse, with a sentence, a card that would lack its officer or a number it must carry."""
    if station is None:
        raise ValidationError("还没有填写派出所设置（名称、值班电话、所长电话），无法印连心卡。")
    if officer is None:
        raise ValidationError(
            f"{village}没有设置责任民警，警员中也没有在职的所长，无法确定连心卡上印哪位民警。"
            "请在设置中为该村指定责任民警。"
        )
    missing = [
        label
        for label, value in (
            (f"民警{officer.name}的手机号码", officer.phone),
            ("派出所24小时值班电话", station.duty_phone),
            ("所长电话", station.chief_phone),
        )
        if not value.strip()
    ]
    if missing:
        raise ValidationError(f"连心卡上缺少{'、'.join(missing)}，请先在设置中填写。")


def format_phone(phone: str) -> str:
    """Easier to read aloud: a mobile as "138 0932 1234"; a landline as stored."""
    if len(phone) == 11 and phone.isdigit() and phone.startswith("1"):
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    return phone


def mecard(name: str, phone: str) -> str:
    """A MECARD a phone camera offers to save as a contact; ``;`` ``:`` ``,`` and ``\\`` are
    escaped as the format asks."""

    def esc(text: str) -> str:
        for char in "\\;:,":
            text = text.replace(char, "\\" + char)
        return text

    return f"MECARD:N:{esc(name)};TEL:{esc(phone)};;"
