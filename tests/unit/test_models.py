"""The ORM: every entity saves, relations navigate both ways, the database enforces its keys."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import configure_mappers

from lijiabu_desk.models import (
    Agreement,
    AgreementTerm,
    Base,
    BoundaryAgreement,
    BoundaryMeasurement,
    BoundaryWitness,
    Dispute,
    DisputeParty,
    FollowUp,
    Household,
    HouseholdTag,
    MediationSession,
    Officer,
    Person,
    SessionParticipant,
    Village,
    VillageGroup,
)
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    DisputeCategory,
    DisputeSource,
    OfficerRole,
    PanelRole,
    PlaceKind,
    Relation,
    Sex,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.errors import SaveFailedError

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_every_table_has_id_and_uid() -> None:
    for table in Base.metadata.tables.values():
        if table.name == "document_counters":
            continue  # bookkeeping, keyed by (kind, year)
        assert "id" in table.c and table.c.id.primary_key, table.name
        assert "uid" in table.c and table.c.uid.unique, table.name


def test_records_are_retired_not_erased() -> None:
    append_only = {"document_counters", "audit_entries"}
    for table in Base.metadata.tables.values():
        if table.name not in append_only:
            assert "deleted_at" in table.c, table.name


def make_village(session) -> tuple[Village, VillageGroup]:
    village = Village(name="河湾村", head_name="周建国", mediator_name="马德福")
    group = VillageGroup(village=village, number=3, name="三社")
    session.add_all([village, group])
    return village, group


def test_household_members_and_outsiders(db: Database, ctx: ServiceContext) -> None:
    with ctx.write() as s:
        village, group = make_village(s)
        hh = Household(household_no="HW0001", village=village, group=group, house_no="12")
        head = Person(name="周明德", sex=Sex.MALE, household=hh, relation=Relation.HEAD)
        wife = Person(name="李桂兰", sex=Sex.FEMALE, household=hh, relation=Relation.SPOUSE)
        trader = Person(name="马有福", sex=Sex.MALE, origin="宁夏同心县", ethnicity="回族")
        hh.tags.append(HouseholdTag(tag="空巢老人"))
        s.add_all([hh, head, wife, trader])
    with db.sessions() as s:
        hh = s.scalars(select(Household)).one()
        assert {p.name for p in hh.members} == {"周明德", "李桂兰"}
        assert hh.village.name == "河湾村" and hh.group.name == "三社"
        assert [t.tag for t in hh.tags] == ["空巢老人"]
        assert hh in hh.village.households
        trader = s.scalars(select(Person).where(Person.name == "马有福")).one()
        assert trader.household is None
        assert UUID.match(trader.uid) and trader.deleted_at is None
        assert isinstance(trader.created_at, datetime)


def test_a_dispute_with_parties_session_agreement_and_follow_up(
    db: Database, ctx: ServiceContext
) -> None:
    with ctx.write() as s:
        village, _ = make_village(s)
        officer = Officer(name="王志强", badge_no="062131", role=OfficerRole.OFFICER)
        a = Person(name="周明德", sex=Sex.MALE)
        b = Person(name="马有福", sex=Sex.MALE)
        dispute = Dispute(
            case_no="（2026）安李纠字第1号",
            year=2026,
            seq=1,
            category=DisputeCategory.LIVESTOCK_TRADE,
            source=DisputeSource.MARKET_POINT,
            place_kind=PlaceKind.MARKET,
            village=village,
            received_at=datetime(2026, 11, 2, 10, 15),
            deadline=date(2026, 12, 2),
            parties=[DisputeParty(person=a, position=1), DisputeParty(person=b, position=2)],
        )
        session = MediationSession(dispute=dispute, held_at=datetime(2026, 11, 3, 9))
        session.participants.append(SessionParticipant(role=PanelRole.POLICE, officer=officer))
        session.participants.append(
            SessionParticipant(role=PanelRole.JUSTICE_OFFICE, name="赵文", organisation="司法所")
        )
        agreement = Agreement(
            dispute=dispute,
            kind=AgreementKind.PEOPLES_MEDIATION,
            form=AgreementForm.WRITTEN,
            number="（2026）安李人调字第1号",
            terms=[
                AgreementTerm(position=2, text="乙方当场交付牛一头。"),
                AgreementTerm(position=1, text="甲方退还定金", amount_fen=150000),
            ],
        )
        agreement.follow_ups.append(FollowUp(due_on=date(2026, 12, 3)))
        s.add_all([dispute, session, agreement])
    with db.sessions() as s:
        dispute = s.scalars(select(Dispute)).one()
        assert [p.person.name for p in dispute.parties] == ["周明德", "马有福"]
        assert {p.role for p in dispute.sessions[0].participants} == {
            PanelRole.POLICE,
            PanelRole.JUSTICE_OFFICE,
        }
        agreement = dispute.agreements[0]
        assert [t.position for t in agreement.terms] == [1, 2]
        assert agreement.terms[0].amount_fen == 150000
        assert agreement.follow_ups[0].agreement is agreement


def test_enum_values_are_stored_as_their_codes(db: Database, ctx: ServiceContext) -> None:
    with ctx.write() as s:
        s.add(Officer(name="王志强", role=OfficerRole.AUXILIARY))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT role FROM officers").scalar() == "auxiliary"


def test_boundary_agreement_keeps_its_measurements_in_order(
    db: Database, ctx: ServiceContext
) -> None:
    with ctx.write() as s:
        ba = BoundaryAgreement(parcel_name="沟口地", east="周家地", west="马家地")
        ba.measurements.append(BoundaryMeasurement(position=2, from_point="B", distance_m=35.2))
        ba.measurements.append(BoundaryMeasurement(position=1, from_point="A", distance_m=12.5))
        ba.witnesses.append(BoundaryWitness(role="村主任", name="周建国"))
        s.add(ba)
    with db.sessions() as s:
        ba = s.scalars(select(BoundaryAgreement)).one()
        assert [m.distance_m for m in ba.measurements] == [12.5, 35.2]


def test_foreign_keys_are_enforced(db: Database, ctx: ServiceContext) -> None:
    # The database refuses; the service layer says so in a sentence, keeping the cause.
    with pytest.raises(SaveFailedError) as info, ctx.write() as s:
        s.add(Person(name="张三", household_id=9999))
    assert isinstance(info.value.__cause__, IntegrityError)


def test_id_numbers_are_unique(db: Database, ctx: ServiceContext) -> None:
    with pytest.raises(SaveFailedError) as info, ctx.write() as s:
        s.add(Person(name="张三", id_number="11010519491231002X"))
        s.add(Person(name="张四", id_number="11010519491231002X"))
    assert isinstance(info.value.__cause__, IntegrityError)


def test_people_without_id_number_may_coexist(db: Database, ctx: ServiceContext) -> None:
    with ctx.write() as s:
        s.add_all([Person(name="张三"), Person(name="李四")])
    with db.sessions() as s:
        assert len(s.scalars(select(Person)).all()) == 2


def test_every_table_is_mapped_by_a_class() -> None:
    configure_mappers()  # raises on a broken relationship
    mapped = {mapper.local_table.name for mapper in Base.registry.mappers}
    assert mapped == set(Base.metadata.tables)
