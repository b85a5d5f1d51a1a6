"""警民连心卡 services: who is on the card, sheet data, handover records, current or not."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from lijiabu_desk.models import AuditEntry, ContactCard, Officer, Station
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.cards import CardSelection, card_sheet_data, print_contact_cards
from lijiabu_desk.services.cards.issuance import (
    card_history,
    record_handed_over,
    set_responsible_officer,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import PermissionDeniedError
from tests.card_setup import CHIEF_PHONE, ZHANG_PHONE, Post, make_post
from tests.conftest import FakeClock


@pytest.fixture
def desk(db: Database, clock: FakeClock) -> ServiceContext:
    return ServiceContext(db, SETUP_ACTOR, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


def test_the_village_officer_is_on_the_card_else_the_chief(desk, post) -> None:
    data = card_sheet_data(desk, CardSelection(household_id=post.hewan[0]))
    (card,) = data.cards
    assert (card.name, card.badge_no, card.mobile) == ("张伟", "620123", "138 0932 1234")
    assert card.qr_payload == f"MECARD:N:张伟;TEL:{ZHANG_PHONE};;"
    (chiefs,) = card_sheet_data(desk, CardSelection(household_id=post.shanxia[0])).cards
    assert (chiefs.name, chiefs.mobile) == ("王建国", "139 0932 0001")
    assert data.back.duty_phone == "0932-8123456"
    assert data.back.anti_fraud_phone == "96110"
    assert "实际大小" in data.note


def test_selection_by_village_group_and_one_officer_object_per_officer(desk, post) -> None:
    village = card_sheet_data(desk, CardSelection(village="河湾村"))
    assert len(village.cards) == 5
    assert len({id(c) for c in village.cards}) == 1  # the renderer encodes one QR per officer
    group = card_sheet_data(desk, CardSelection(village="河湾村", group=2))
    assert len(group.cards) == 2
    with pytest.raises(ValidationError):
        card_sheet_data(desk, CardSelection(village="河湾村", all_missing=True))


def test_handover_records_the_numbers_and_who_handed_it_over(desk, post, clock) -> None:
    assert record_handed_over(desk, post.hewan[:2], post.li, clock.now.date()) == 2
    with desk.read() as s:
        card = s.scalars(select(ContactCard).where(ContactCard.household_id == post.hewan[0])).one()
        assert card.officer_id == post.zhang
        assert card.handed_over_by_id == post.li
        assert card.issued_on == date(2026, 11, 28)
        assert (card.printed_officer_phone, card.printed_badge_no) == (ZHANG_PHONE, "620123")
        assert (card.printed_duty_phone, card.printed_chief_phone) == ("0932-8123456", CHIEF_PHONE)
        assert card.printed_anti_fraud_phone == "96110"
    history = card_history(desk, post.hewan[0])
    assert history.state.current
    assert [(i.officer, i.handed_over_by) for i in history.issues] == [("张伟", "李娜")]


def test_printing_records_no_issuance_but_is_audited(desk, post) -> None:
    printed = print_contact_cards(desk, CardSelection(village="河湾村"))
    assert printed.households == 5 and printed.pdf.startswith(b"%PDF")
    with desk.read() as s:
        assert s.scalars(select(ContactCard)).all() == []
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
        assert json.loads(entry.changes)["form"] == "contact-cards"


def test_a_phone_change_makes_the_card_out_of_date(desk, post, clock) -> None:
    record_handed_over(desk, [post.hewan[0], post.shanxia[0]], post.zhang, clock.now.date())
    clock.advance(days=30)
    with desk.write() as s:
        s.scalars(select(Station)).one().duty_phone = "0932-8999999"
    for household in (post.hewan[0], post.shanxia[0]):
        state = card_history(desk, household).state
        assert not state.current and "值班电话" in state.reason
    record_handed_over(desk, [post.hewan[0]], post.zhang, clock.now.date())
    history = card_history(desk, post.hewan[0])
    assert history.state.current
    assert [i.issued_on for i in history.issues] == [date(2026, 12, 28), date(2026, 11, 28)]


def test_a_new_responsible_officer_makes_the_card_out_of_date(desk, post, clock) -> None:
    record_handed_over(desk, [post.hewan[0]], post.zhang, clock.now.date())
    with desk.write() as s:
        s.get(Officer, post.zhang).phone = "13800000000"
    assert "民警手机号码" in card_history(desk, post.hewan[0]).state.reason
    set_responsible_officer(desk, "河湾村", post.li)
    state = card_history(desk, post.hewan[0]).state
    assert not state.current and "李娜" in state.reason


def test_all_missing_takes_households_without_a_current_card(desk, post, clock) -> None:
    record_handed_over(desk, post.hewan, post.zhang, clock.now.date())
    missing = card_sheet_data(desk, CardSelection(all_missing=True))
    assert [c.name for c in missing.cards] == ["王建国", "王建国"]  # 山下村, never had one
    set_responsible_officer(desk, "山下村", post.li)
    record_handed_over(desk, post.shanxia, post.zhang, clock.now.date())
    with pytest.raises(ValidationError, match="有效"):
        print_contact_cards(desk, CardSelection(all_missing=True))


def test_a_handover_cannot_be_dated_in_the_future(desk, post, clock) -> None:
    with pytest.raises(ValidationError, match="晚于今天"):
        record_handed_over(desk, post.hewan[:1], post.zhang, date(2026, 11, 29))


def test_an_officer_without_a_mobile_is_refused_with_a_sentence(desk, post) -> None:
    with desk.write() as s:
        s.get(Officer, post.zhang).phone = ""
    with pytest.raises(ValidationError, match="张伟的手机号码"):
        card_sheet_data(desk, CardSelection(village="河湾村"))


def test_an_auxiliary_prints_and_records_handovers_but_sets_no_officer(db, clock, post) -> None:
    aux = ServiceContext(db, Actor("user_aux", AccountRole.AUXILIARY), clock)
    assert len(card_sheet_data(aux, CardSelection(household_id=post.hewan[0])).cards) == 1
    assert record_handed_over(aux, post.hewan[:1], post.zhang, clock.now.date()) == 1
    with pytest.raises(PermissionDeniedError):
        set_responsible_officer(aux, "河湾村", post.li)
