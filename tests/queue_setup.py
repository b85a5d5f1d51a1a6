"""Hand-built records for the work-queue tests, at the fixed day of ``conftest.clock``.

``TODAY`` is 2026-11-28: three calendar months later is 2027-02-28, which is also TODAY + 92
days (the register's ``RENEWAL_WINDOW``), so the ID boundary reads the same either way.
Records are written as plain rows (as an import or an old version would have left them), so
that each test sets exactly the dates and states its boundary needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import (
    Agreement,
    ContactCard,
    Dispute,
    DisputeParty,
    FollowUp,
    HomeVisit,
    Household,
    HouseholdTag,
    JointMeeting,
    MeetingActionItem,
    Person,
    ServiceCall,
    Village,
    VillageGroup,
)
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    CallKind,
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    PlaceKind,
    Relation,
    ResidentStatus,
)
from lijiabu_desk.services.context import ServiceContext
from tests.card_setup import CHIEF_PHONE, ZHANG_PHONE, make_post

TODAY = date(2026, 11, 28)
RETIRED_AT = datetime(2026, 11, 1, 9, 0)
DUTY_PHONE = "0932-8123456"  # card_setup's station


def day(offset: int) -> date:
    """TODAY moved by ``offset`` days."""
    return TODAY + timedelta(days=offset)


@dataclass(frozen=True)
class Town:
    chief: int
    zhang: int  # 河湾村's responsible officer
    li: int
    hewan: int  # village ids
    shanxia: int  # no responsible officer: the chief's cards
    group: int  # 河湾村一社


def make_town(desk: ServiceContext) -> Town:
    """card_setup's post (station, chief 王建国, 张伟, 李娜, 河湾村 and 山下村), no households."""
    post = make_post(desk, hewan=0, shanxia=0)
    with desk.read() as s:
        villages = {v.name: v.id for v in s.scalars(select(Village))}
        group = s.scalars(
            select(VillageGroup.id).where(
                VillageGroup.village_id == villages["河湾村"], VillageGroup.number == 1
            )
        ).one()
    return Town(post.chief, post.zhang, post.li, villages["河湾村"], villages["山下村"], group)


def card(town: Town, on: date, *, chiefs: bool = False, **changed: object) -> dict[str, object]:
    """A card as it would print today (河湾村: 张伟; ``chiefs``: 山下村's, the chief's), with
    ``changed`` columns (e.g. an old ``printed_officer_phone``, or ``deleted_at``)."""
    officer, badge, phone = (
        (town.chief, "620001", CHIEF_PHONE) if chiefs else (town.zhang, "620123", ZHANG_PHONE)
    )
    values: dict[str, object] = {
        "officer_id": officer,
        "issued_on": on,
        "printed_badge_no": badge,
        "printed_officer_phone": phone,
        "printed_duty_phone": DUTY_PHONE,
        "printed_chief_phone": CHIEF_PHONE,
        "printed_anti_fraud_phone": "96110",
    }
    values.update(changed)
    return values


def add_home(
    s: Session,
    town: Town,
    no: str,
    *,
    shanxia: bool = False,
    visits: tuple[date, ...] = (),
    retired_visits: tuple[date, ...] = (),
    cards: tuple[dict[str, object], ...] = (),
    tags: tuple[str, ...] = (),
    retired_tags: tuple[str, ...] = (),
    retired: bool = False,
    head: str = "",
    phone: str = "",
) -> int:
    home = Household(
        household_no=no,
        village_id=town.shanxia if shanxia else town.hewan,
        group_id=None if shanxia else town.group,
        house_no=no[-2:] + "号",
        phone=phone,
        deleted_at=RETIRED_AT if retired else None,
    )
    s.add(home)
    s.flush()
    for on in visits:
        s.add(HomeVisit(household_id=home.id, visit_date=on, purpose="走访"))
    for on in retired_visits:
        s.add(HomeVisit(household_id=home.id, visit_date=on, deleted_at=RETIRED_AT))
    for values in cards:
        s.add(ContactCard(household_id=home.id, **values))
        s.flush()  # ids in the order given: the later record on the same day
    for tag in tags:
        s.add(HouseholdTag(household_id=home.id, tag=tag))
    for tag in retired_tags:
        s.add(HouseholdTag(household_id=home.id, tag=tag, deleted_at=RETIRED_AT))
    if head:
        add_person(s, home.id, head, relation=Relation.HEAD)
    s.flush()
    return home.id


def add_person(
    s: Session,
    household_id: int | None,
    name: str,
    *,
    expiry: date | None = None,
    long_term: bool = False,
    status: ResidentStatus = ResidentStatus.ACTIVE,
    home_service: str = "",
    retired: bool = False,
    phone: str = "",
    relation: Relation = Relation.SON,
) -> int:
    person = Person(
        name=name,
        household_id=household_id,
        relation=relation if household_id is not None else None,
        id_expiry_date=expiry,
        id_long_term=long_term,
        status=status,
        needs_home_service=bool(home_service),
        home_service_reason=home_service,
        phone=phone,
        deleted_at=RETIRED_AT if retired else None,
    )
    s.add(person)
    s.flush()
    return person.id


def add_case(
    s: Session,
    seq: int,
    status: DisputeStatus,
    deadline: date,
    *,
    village_id: int | None = None,
    parties: tuple[int, ...] = (),
    retired: bool = False,
) -> int:
    case = Dispute(
        case_no=f"李调〔2026〕{seq}号",
        year=2026,
        seq=seq,
        category=DisputeCategory.NEIGHBOUR,
        source=DisputeSource.APPLICATION,
        place_kind=PlaceKind.VILLAGE,
        village_id=village_id,
        place_detail="三社",
        received_at=datetime(2026, 10, 1, 9, 0),
        deadline=deadline,
        status=status,
        deleted_at=RETIRED_AT if retired else None,
    )
    s.add(case)
    s.flush()
    for position, person_id in enumerate(parties):
        s.add(DisputeParty(dispute_id=case.id, person_id=person_id, position=position))
    s.flush()
    return case.id


def add_agreement(
    s: Session,
    dispute_id: int,
    signed_on: date,
    *,
    kind: AgreementKind = AgreementKind.PEOPLES_MEDIATION,
    judicial: bool = True,
    number: str | None = None,
) -> int:
    agreement = Agreement(
        dispute_id=dispute_id,
        kind=kind,
        form=AgreementForm.WRITTEN,
        number=number,
        status=AgreementStatus.SIGNED,
        signed_on=signed_on,
        judicial_confirmation=judicial,
    )
    s.add(agreement)
    s.flush()
    return agreement.id


def add_plan(
    s: Session,
    agreement_id: int,
    due_on: date,
    *,
    visited_on: date | None = None,
    retired: bool = False,
) -> int:
    plan = FollowUp(
        agreement_id=agreement_id,
        due_on=due_on,
        visited_on=visited_on,
        deleted_at=RETIRED_AT if retired else None,
    )
    s.add(plan)
    s.flush()
    return plan.id


def add_call(
    s: Session,
    received: date,
    *,
    completed: bool = False,
    arrived: bool = False,
    retired: bool = False,
    caller: str = "张三",
    phone: str = "13912345678",
    village_id: int | None = None,
) -> int:
    at = datetime.combine(received, time(8, 30))
    call = ServiceCall(
        received_at=at,
        caller_name=caller,
        caller_phone=phone,
        kind=CallKind.DOCUMENTS,
        summary="老人身份证过期，行动不便，请求上门办理",
        village_id=village_id,
        place="三社12号",
        arrived_at=at + timedelta(minutes=40) if arrived or completed else None,
        completed_at=at + timedelta(hours=2) if completed else None,
        deleted_at=RETIRED_AT if retired else None,
    )
    s.add(call)
    s.flush()
    return call.id


def add_meeting_item(s: Session, n: int, *, done: bool) -> int:
    """A joint meeting a week ago with one action item due yesterday, done or not."""
    meeting = JointMeeting(held_on=day(-7), place=f"镇政府会议室{n}", title="联席会议")
    s.add(meeting)
    item = MeetingActionItem(
        meeting=meeting, text="督促双方按协议履行", owner="司法所", due_on=day(-1),
        done_on=day(-2) if done else None,
    )  # fmt: skip
    s.add(item)
    s.flush()
    return item.id


def fill_every_queue(desk: ServiceContext, town: Town, first: int) -> None:
    """One record per queue just inside its boundary and one just outside, numbered from
    ``first`` (household numbers and case numbers) so that it can be called again."""
    n = first
    this_year = (day(-5),)
    with desk.write() as s:
        kept = card(town, day(-50))
        home = add_home(s, town, f"HW{n:04d}", visits=this_year, cards=(kept,))
        add_person(s, home, "张一", expiry=day(93))  # out: one day past three months
        add_home(s, town, f"HW{n + 1:04d}", visits=(day(-30),), tags=("空巢老人",), cards=(kept,))
        add_case(s, n, DisputeStatus.MEDIATING, day(6))
        plan_case = add_case(s, n + 1, DisputeStatus.FOLLOW_UP, day(90))
        add_plan(s, add_agreement(s, plan_case, day(-22)), day(1))  # window: 8 days
        add_call(s, day(-1), completed=True)
        add_meeting_item(s, n, done=True)  # out: done
        # ... and just inside:
        add_person(s, home, "张二", expiry=day(92))
        add_home(s, town, f"HW{n + 2:04d}", visits=(day(-31),), tags=("独居",), cards=(kept,))
        add_home(s, town, f"HW{n + 3:04d}", visits=(day(-400),), cards=(kept,))
        add_home(s, town, f"HW{n + 4:04d}", visits=this_year)  # no card
        add_case(s, n + 2, DisputeStatus.REGISTERED, day(5))
        other = add_case(s, n + 3, DisputeStatus.AGREED, day(90))
        add_plan(s, add_agreement(s, other, day(-23)), TODAY)  # window: 7 days
        add_call(s, day(-1))
        add_meeting_item(s, n + 1, done=False)
