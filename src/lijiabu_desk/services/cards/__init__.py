"""警民连心卡: choose the households, build the sheets' data, print them (audited).

Printing records nothing about issuance: sheets get misprinted. A card counts as issued when the
officer confirms it was handed over (``services.cards.issuance.record_handed_over``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lijiabu_desk.documents.card_data import CardBack, CardOfficer, CardSheetData
from lijiabu_desk.documents.fonts import FontsMissingError, default_fonts, missing_glyphs
from lijiabu_desk.documents.render.cards import render_cards
from lijiabu_desk.models import Household, Officer, Station, Village, VillageGroup
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.cards.who import (
    card_officer,
    card_state,
    format_phone,
    latest_card,
    mecard,
    require_printable,
    station_chief,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ServiceError, ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.station import current_station

CARD_TITLE = "警民连心卡"
PRINT_NOTE = (
    "打印说明：请按“实际大小”（100%）打印，不要选“适合页面/缩放”；"
    "第1页为正面，第2页为背面，双面打印选“长边翻转”；沿裁切线裁开，每张 85.6×54 毫米。"
)


@dataclass(frozen=True)
class CardSelection:
    """Which households get a card: exactly one of one household, a village (optionally one of
    its 社), or every household whose card is missing or out of date."""

    household_id: int | None = None
    village: str | None = None
    group: int | None = None  # 社号, with ``village``
    all_missing: bool = False

    def describe(self) -> str:
        if self.household_id is not None:
            return f"户（ID {self.household_id}）"
        if self.village is not None:
            return self.village + (f"{self.group}社" if self.group is not None else "")
        return "所有没有有效连心卡的户"


@dataclass(frozen=True)
class PrintedCards:
    pdf: bytes
    households: int
    missing_glyphs: frozenset[str]
    household_ids: tuple[int, ...] = ()  # in print order: what a later handover records


def _households(session: Session, selection: CardSelection) -> list[Household]:
    chosen = [
        selection.household_id is not None,
        selection.village is not None,
        selection.all_missing,
    ]
    if sum(chosen) != 1 or (selection.group is not None and selection.village is None):
        raise ValidationError("请只选一种范围：一户、一个村（或村里的一个社），或所有缺卡的户。")
    query = (
        select(Household)
        .join(Village, Household.village_id == Village.id)
        .outerjoin(VillageGroup, Household.group_id == VillageGroup.id)
        .where(Household.deleted_at.is_(None))
        .options(
            selectinload(Household.contact_cards),
            selectinload(Household.village).selectinload(Village.responsible_officer),
        )
        .order_by(Village.name, VillageGroup.number, Household.household_no)
    )
    if selection.household_id is not None:
        found = list(session.scalars(query.where(Household.id == selection.household_id)))
        if not found:
            raise NotFoundError(f"找不到编号（ID）为 {selection.household_id} 的户。")
        return found
    if selection.village is not None:
        village = session.scalars(
            select(Village).where(Village.name == selection.village, Village.deleted_at.is_(None))
        ).first()
        if village is None:
            raise NotFoundError(f"找不到名为“{selection.village}”的村。")
        query = query.where(Household.village_id == village.id)
        if selection.group is not None:
            query = query.where(VillageGroup.number == selection.group)
        found = list(session.scalars(query))
        if not found:
            raise NotFoundError(f"{selection.describe()}没有登记在册的户。")
        return found
    station = current_station(session)
    return [
        h
        for h in session.scalars(query)
        if not card_state(latest_card(h), card_officer(session, h), station).current
    ]


def _front(officer: Officer, cache: dict[int, CardOfficer]) -> CardOfficer:
    if officer.id not in cache:  # one object per officer: the renderer encodes its QR once
        cache[officer.id] = CardOfficer(
            name=officer.name,
            badge_no=officer.badge_no,
            mobile=format_phone(officer.phone),
            qr_payload=mecard(officer.name, officer.phone),
        )
    return cache[officer.id]


def _back(station: Station, session: Session) -> CardBack:
    chief = station.chief_name or (c.name if (c := station_chief(session)) else "")
    return CardBack(
        station_name=station.name,
        duty_phone=format_phone(station.duty_phone),
        chief_label=f"所长 {chief}".strip(),
        chief_phone=format_phone(station.chief_phone),
        anti_fraud_phone=station.anti_fraud_phone or "96110",
        address=station.address,
    )


def build_sheet_data(session: Session, selection: CardSelection) -> CardSheetData:
    return _sheet(session, selection)[0]


def _sheet(session: Session, selection: CardSelection) -> tuple[CardSheetData, tuple[int, ...]]:
    """The sheets' data and the households they are for, in print order."""
    station = current_station(session)
    households = _households(session, selection)
    cache: dict[int, CardOfficer] = {}
    cards = []
    for household in households:
        officer = card_officer(session, household)
        require_printable(station, officer, household.village.name)
        assert officer is not None and station is not None  # checked just above
        cards.append(_front(officer, cache))
    if station is None:
        raise ValidationError("还没有填写派出所设置，无法印连心卡。")
    data = CardSheetData(
        CARD_TITLE, station.name, _back(station, session), tuple(cards), PRINT_NOTE
    )
    return data, tuple(h.id for h in households)


def card_sheet_data(ctx: ServiceContext, selection: CardSelection) -> CardSheetData:
    """The cards of ``selection`` as they will print (no rendering, no audit)."""
    with ctx.read(Permission.PRINT) as session:
        return build_sheet_data(session, selection)


def print_contact_cards(ctx: ServiceContext, selection: CardSelection) -> PrintedCards:
    """Build, render and audit the card sheets. Nothing about issuance is recorded here."""
    with ctx.read(Permission.PRINT) as session:
        data, household_ids = _sheet(session, selection)
    if not data.cards:
        raise ValidationError("没有需要印连心卡的户：每户的连心卡都是有效的。")
    try:
        fonts = default_fonts()
    except FontsMissingError as exc:
        raise ServiceError(str(exc)) from exc
    pdf = render_cards(data, fonts)
    with ctx.write(Permission.PRINT) as session:
        details = {
            "form": "contact-cards",
            "selection": selection.describe(),
            "cards": len(data.cards),
        }
        record_event(session, ctx.actor, Action.PRINT, details=details)
    text = "".join(c.name for c in data.cards) + data.back.station_name + data.back.address
    glyphs = frozenset(missing_glyphs(text, fonts))
    return PrintedCards(pdf, len(data.cards), glyphs, household_ids)
