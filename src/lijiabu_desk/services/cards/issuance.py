"""Cards handed out: recorded when the officer confirms the handover (never at printing), with
the numbers the card carried, so the household page can say whether the card is still current.
Also the setting behind it all: each village's responsible officer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lijiabu_desk.models import ContactCard, Household, Officer, Village
from lijiabu_desk.services.cards.who import (
    CardState,
    card_numbers,
    card_officer,
    card_state,
    latest_card,
    require_printable,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.station import current_station


@dataclass(frozen=True)
class CardIssue:
    """One handover, as the household page lists it."""

    issued_on: date
    officer: str
    badge_no: str
    officer_phone: str
    duty_phone: str
    chief_phone: str
    anti_fraud_phone: str
    handed_over_by: str


@dataclass(frozen=True)
class CardHistory:
    issues: tuple[CardIssue, ...]  # newest first
    state: CardState


def _officer(session: Session, officer_id: int) -> Officer:
    officer = session.get(Officer, officer_id)
    if officer is None or officer.deleted_at is not None:
        raise NotFoundError(f"找不到编号（ID）为 {officer_id} 的警员。")
    return officer


def record_handed_over(
    ctx: ServiceContext, household_ids: Iterable[int], handed_over_by: int, on: date
) -> int:
    """Record that each household received today's card from ``handed_over_by`` on ``on``.
    The card's officer and numbers are those that print now. Returns how many were recorded."""
    ids = list(dict.fromkeys(household_ids))
    if not ids:
        raise ValidationError("请选择已经发到卡的户。")
    if on > ctx.today():
        raise ValidationError("发卡日期不能晚于今天。", "issued_on")
    with ctx.write(Permission.EDIT_RECORDS) as session:
        return add_handovers(session, ids, handed_over_by, on)


def add_handovers(session: Session, ids: list[int], handed_over_by: int, on: date) -> int:
    """The handovers of ``record_handed_over`` inside a transaction already open (a home visit
    that hands over the card records it with the visit)."""
    giver = _officer(session, handed_over_by)
    station = current_station(session)
    households = session.scalars(
        select(Household)
        .where(Household.id.in_(ids), Household.deleted_at.is_(None))
        .options(selectinload(Household.village).selectinload(Village.responsible_officer))
    ).all()
    missing = sorted(set(ids) - {h.id for h in households})
    if missing:
        raise NotFoundError(f"找不到编号（ID）为 {'、'.join(map(str, missing))} 的户。")
    for household in households:
        officer = card_officer(session, household)
        require_printable(station, officer, household.village.name)
        assert officer is not None and station is not None  # checked just above
        numbers = card_numbers(station, officer)
        session.add(
            ContactCard(
                household=household,
                officer=officer,
                issued_on=on,
                printed_badge_no=numbers.badge_no,
                printed_officer_phone=numbers.officer_phone,
                printed_duty_phone=numbers.duty_phone,
                printed_chief_phone=numbers.chief_phone,
                printed_anti_fraud_phone=numbers.anti_fraud_phone,
                handed_over_by=giver,
            )
        )
    return len(households)


def card_history(ctx: ServiceContext, household_id: int) -> CardHistory:
    """Every card handed to the household, newest first, and whether the latest is current."""
    with ctx.read() as session:
        household = session.get(Household, household_id)
        if household is None or household.deleted_at is not None:
            raise NotFoundError(f"找不到编号（ID）为 {household_id} 的户。")
        cards = sorted(
            (c for c in household.contact_cards if c.deleted_at is None),
            key=lambda c: (c.issued_on, c.id),
            reverse=True,
        )
        issues = tuple(
            CardIssue(
                issued_on=c.issued_on,
                officer=c.officer.name,
                badge_no=c.printed_badge_no,
                officer_phone=c.printed_officer_phone,
                duty_phone=c.printed_duty_phone,
                chief_phone=c.printed_chief_phone,
                anti_fraud_phone=c.printed_anti_fraud_phone,
                handed_over_by=c.handed_over_by.name if c.handed_over_by else "",
            )
            for c in cards
        )
        state = card_state(
            latest_card(household), card_officer(session, household), current_station(session)
        )
        return CardHistory(issues, state)


def set_responsible_officer(ctx: ServiceContext, village: str, officer_id: int | None) -> None:
    """责任民警 of ``village`` (``None``: the chief's cards). A settings change, audited."""
    with ctx.write(Permission.EDIT_SETTINGS) as session:
        row = session.scalars(
            select(Village).where(Village.name == village, Village.deleted_at.is_(None))
        ).first()
        if row is None:
            raise NotFoundError(f"找不到名为“{village}”的村。")
        if officer_id is None:
            row.responsible_officer = None
            return
        officer = _officer(session, officer_id)
        if not officer.active:
            raise ValidationError(f"{officer.name}已不在本所工作，不能做责任民警。")
        row.responsible_officer = officer


def responsible_officers(ctx: ServiceContext) -> dict[int, int]:
    """Village id → its responsible officer's id, for the villages that have one."""
    with ctx.read() as session:
        rows = session.execute(
            select(Village.id, Village.responsible_officer_id).where(
                Village.deleted_at.is_(None), Village.responsible_officer_id.is_not(None)
            )
        ).all()
        return {village_id: officer_id for village_id, officer_id in rows}
