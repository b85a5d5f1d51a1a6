"""The post, its staff and partners, the villages and their households, and outside traders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from lijiabu_desk.models import (
    Household,
    HouseholdTag,
    Officer,
    Person,
    Station,
    Village,
    VillageGroup,
)
from lijiabu_desk.models.enums import DocumentKind, OfficerRole, Sex
from lijiabu_desk.services.demo import vocab
from lijiabu_desk.services.demo.context import Context, Weighted
from lijiabu_desk.services.demo.families import FamilyPlanner, household_tags
from lijiabu_desk.services.demo.people import ANDING, ETHNIC_GROUP, Member, PeopleMaker
from lijiabu_desk.services.numbering import DEFAULT_PREFIXES
from lijiabu_desk.services.pinyin_keys import name_keys

STATION_NAME = "李家堡派出所"
CADRE = "村干部"
COUNTY_BUREAU = "定西市公安局安定分局"


@dataclass(frozen=True, slots=True)
class Staff:
    id: int
    name: str
    role: OfficerRole
    phone: str
    badge: str


@dataclass(frozen=True, slots=True)
class Partner:
    name: str
    title: str
    organisation: str


@dataclass(slots=True, eq=False)
class VillageInfo:
    id: int
    name: str
    code: str
    groups: list[tuple[int, str]]
    officer: Staff
    auxiliary: Staff
    head_name: str = ""
    head_phone: str = ""
    mediator_name: str = ""
    mediator_phone: str = ""
    homes: list[Home] = field(default_factory=list)
    responsible: Staff | None = None  # 责任民警: on the village's contact cards


@dataclass(slots=True, eq=False)
class Home:
    id: int
    no: str
    village: VillageInfo
    group_name: str
    house_no: str
    registered: date
    members: list[Member]
    tags: list[str]
    phone: str = ""

    @property
    def head(self) -> Member:
        return self.members[0]

    @property
    def address(self) -> str:
        return f"{self.village.name}{self.group_name}{self.house_no}号"


@dataclass(slots=True, eq=False)
class Township:
    station_name: str
    chief: Staff
    staff: list[Staff]
    partners: dict[str, Partner]
    villages: list[VillageInfo] = field(default_factory=list)
    homes: list[Home] = field(default_factory=list)
    outsiders: list[Member] = field(default_factory=list)
    lawyer: Member | None = None


_ROLES = (OfficerRole.CHIEF, OfficerRole.OFFICER, OfficerRole.OFFICER, OfficerRole.OFFICER,
          OfficerRole.AUXILIARY, OfficerRole.AUXILIARY, OfficerRole.AUXILIARY)  # fmt: skip


def _beginning(ctx: Context) -> datetime:
    return datetime.combine(ctx.start, time(9, 0))


def _station_and_staff(ctx: Context, people: PeopleMaker) -> tuple[Staff, list[Staff]]:
    staff: list[Staff] = []
    badges: set[str] = set()
    for index, role in enumerate(_ROLES):
        sex = Sex.FEMALE if index == 3 else Sex.MALE  # the household-register officer
        born = ctx.rng.randint(1972, 1998)
        name = people.name(sex, born, people.surname())
        while True:
            if role is OfficerRole.AUXILIARY:
                badge = f"甘辅{ctx.rng.randrange(10_000, 100_000)}"
            else:
                badge = f"0{ctx.rng.randrange(60_000, 70_000)}"
            if badge not in badges:
                badges.add(badge)
                break
        phone = people.mobile()
        officer_id = ctx.add(
            Officer, _beginning(ctx), name=name, badge_no=badge, role=role, phone=phone, active=True
        )
        staff.append(Staff(officer_id, name, role, phone, badge))
    chief = staff[0]
    existing = ctx.session.scalar(select(Station.id).where(Station.deleted_at.is_(None)).limit(1))
    if existing is None:
        ctx.add(
            Station,
            _beginning(ctx),
            name=STATION_NAME,
            county_bureau=COUNTY_BUREAU,
            address=f"{vocab.TOWN_ADDRESS_PREFIX}堡子街18号",
            duty_phone=f"0932-8{ctx.rng.randrange(1_000_000):06d}",
            chief_name=chief.name,
            chief_phone=chief.phone,
            mediation_committee=vocab.COMMITTEE,
            seal_text=f"{COUNTY_BUREAU}{STATION_NAME}",
            anti_fraud_phone="96110",
            prefix_peoples_mediation=DEFAULT_PREFIXES[DocumentKind.PEOPLES_MEDIATION],
            prefix_police_mediation=DEFAULT_PREFIXES[DocumentKind.POLICE_MEDIATION],
            prefix_dispute_case=DEFAULT_PREFIXES[DocumentKind.DISPUTE_CASE],
            prefix_boundary=DEFAULT_PREFIXES[DocumentKind.BOUNDARY],
        )
    return chief, staff


def _partners(ctx: Context, people: PeopleMaker) -> dict[str, Partner]:
    roles = (("governance_centre", "主任", vocab.GOVERNANCE_CENTRE),
             ("justice_office", "所长", vocab.JUSTICE_OFFICE),
             ("township", "副镇长", vocab.TOWNSHIP_GOV),
             ("court", "庭长", vocab.COURT))  # fmt: skip
    partners: dict[str, Partner] = {}
    for key, title, organisation in roles:
        sex = Sex.FEMALE if ctx.chance(0.3) else Sex.MALE
        name = people.name(sex, ctx.rng.randint(1968, 1990), people.surname())
        partners[key] = Partner(name, title, organisation)
    return partners


def _pick_cadre(
    ctx: Context, members: list[Member], ages: tuple[int, int], taken: Member | None
) -> Member | None:
    candidates = [
        m for m in members
        if m.active and m.sex is Sex.MALE and ages[0] <= m.age(ctx.today) <= ages[1]
        and m is not taken and m.occupation not in ("外出务工", CADRE)
    ]  # fmt: skip
    return ctx.pick(candidates) if candidates else None


def _plan_village(
    ctx: Context, people: PeopleMaker, planner: FamilyPlanner, info: VillageInfo, count: int
) -> list[tuple[str, list[Member]]]:
    plans: list[tuple[str, list[Member]]] = []
    for _ in range(count):
        ethnic = "hui" if ctx.chance(0.04) else "han"
        members = planner.plan(ethnic)
        for member in members:
            people.fill(member)
        plans.append((ctx.pick(info.groups)[1], members))
    everyone = [m for _, members in plans for m in members]
    head = _pick_cadre(ctx, everyone, (38, 62), None)
    mediator = _pick_cadre(ctx, everyone, (45, 70), head)
    for role, cadre in (("head", head), ("mediator", mediator)):
        if cadre is None:  # a tiny village: the cadre lives elsewhere and is not in the index
            name = people.name(Sex.MALE, ctx.rng.randint(1960, 1985), people.surname())
            phone = people.mobile()
        else:
            cadre.occupation = CADRE
            if not cadre.phone:
                cadre.phone = people.mobile()
            name, phone = cadre.name, cadre.phone
        if role == "head":
            info.head_name, info.head_phone = name, phone
        else:
            info.mediator_name, info.mediator_phone = name, phone
    return plans


def _save_home(ctx: Context, home: Home) -> None:
    members = home.members
    with_phone = [m for m in members if m.phone]
    home.phone = with_phone[0].phone if with_phone else ""
    phone2 = with_phone[1].phone if len(with_phone) > 1 else ""
    notes = ""
    if "留守儿童" in home.tags:
        notes = "父母在外务工，孩子由祖父母照看。"
    elif "空巢老人" in home.tags and any(not m.active for m in members):
        notes = "子女在外地生活，已留存子女联系电话。"
    when = ctx.stamp(home.registered)
    home.id = ctx.add(
        Household,
        when,
        household_no=home.no,
        village_id=home.village.id,
        group_id=next(gid for gid, name in home.village.groups if name == home.group_name),
        house_no=home.house_no,
        address_detail=ctx.pick(vocab.LANDMARKS) if ctx.chance(0.2) else "",
        phone=home.phone,
        phone2=phone2,
        notes=notes,
    )
    for tag in home.tags:
        ctx.add(HouseholdTag, when, household_id=home.id, tag=tag)
    address = vocab.TOWN_ADDRESS_PREFIX + home.address
    for member in members:
        member.home = home
        member.address = address
        save_person(ctx, member, max(home.registered, member.birth), household_id=home.id)


def save_person(ctx: Context, member: Member, known_since: date, household_id: int | None) -> None:
    when = ctx.stamp(known_since)
    updated = ctx.stamp(member.left_on) if member.left_on and member.left_on > known_since else None
    member.id = ctx.add(
        Person, when, updated,
        name=member.name, name_keys=name_keys(member.name).search_text(),
        sex=member.sex, ethnicity=member.ethnicity, birth_date=member.birth,
        id_number=member.id_number, id_issue_date=member.issue, id_expiry_date=member.expiry,
        id_long_term=member.long_term, needs_home_service=member.needs_service,
        home_service_reason=member.service_reason, phone=member.phone,
        occupation=member.occupation, address=member.address, origin=member.origin, notes="",
        household_id=household_id, relation=member.relation, status=member.status,
        left_on=member.left_on, left_reason=member.left_reason,
    )  # fmt: skip


def _villages(ctx: Context, people: PeopleMaker, township: Township, households: int) -> None:
    planner = FamilyPlanner(ctx, people)
    chosen = vocab.VILLAGES[: max(1, min(len(vocab.VILLAGES), households // 3))]
    weights = Weighted([(index, weight) for index, (_, weight) in enumerate(chosen)])
    counts = [0] * len(chosen)
    for _ in range(households):
        counts[weights.pick(ctx.rng)] += 1
    width = max(4, len(str(max(counts))))
    workers = [s for s in township.staff if s.role is OfficerRole.OFFICER]
    auxiliaries = [s for s in township.staff if s.role is OfficerRole.AUXILIARY]
    for index, (name, _) in enumerate(chosen):
        group_names = vocab.GROUP_NAMES[: ctx.rng.randint(4, 9)]
        info = VillageInfo(
            0,
            name,
            f"{101 + index}",
            [(0, g) for g in group_names],
            workers[index % len(workers)],
            auxiliaries[index % len(auxiliaries)],
        )
        info.responsible = None if index % 5 == 4 else info.officer  # the rest: the chief's
        # Plan first: the village head and mediator are chosen among the planned residents.
        plans = _plan_village(ctx, people, planner, info, counts[index])
        info.id = ctx.add(
            Village,
            _beginning(ctx),
            name=name,
            head_name=info.head_name,
            head_phone=info.head_phone,
            mediator_name=info.mediator_name,
            mediator_phone=info.mediator_phone,
            responsible_officer_id=info.responsible.id if info.responsible else None,
        )
        for number, group_name in enumerate(group_names, start=1):
            group_id = ctx.add(
                VillageGroup, _beginning(ctx), village_id=info.id, number=number, name=group_name
            )
            info.groups[number - 1] = (group_id, group_name)
        house_numbers: dict[str, int] = {}
        for seq, (group_name, members) in enumerate(plans, start=1):
            house_numbers[group_name] = house_numbers.get(group_name, 0) + 1
            registered = ctx.start + timedelta(days=ctx.rng.randrange(60))
            home = Home(
                0,
                f"{info.code}{seq:0{width}d}",
                info,
                group_name,
                str(house_numbers[group_name]),
                registered,
                members,
                household_tags(ctx, members),
            )
            _save_home(ctx, home)
            info.homes.append(home)
            township.homes.append(home)
        township.villages.append(info)


def _outsiders(ctx: Context, people: PeopleMaker, township: Township, households: int) -> None:
    origins = vocab.ORIGINS
    for index in range(max(len(origins), households // 40)):
        # Every origin once, then at random: the market draws traders from three provinces.
        origin, stem, area, ethnic = origins[index] if index < len(origins) else ctx.pick(origins)
        sex = Sex.MALE if ctx.chance(0.9) else Sex.FEMALE
        birth = ctx.birth_for_age(25, 65)
        member = Member(
            name=people.name(sex, birth.year, people.surname(ethnic), ethnic),
            sex=sex,
            birth=birth,
            ethnicity=ETHNIC_GROUP[ethnic],
            origin=origin,
            occupation=ctx.pick(vocab.OUTSIDER_OCCUPATIONS),
            address=f"{stem}{ctx.pick(vocab.OUTSIDER_TOWNS)}",
        )
        people.fill(member, area)
        member.phone = member.phone or people.mobile()
        save_person(ctx, member, ctx.start + timedelta(days=ctx.rng.randrange(30)), None)
        township.outsiders.append(member)
    birth = ctx.birth_for_age(30, 50)
    lawyer = Member(
        name=people.name(Sex.MALE, birth.year, people.surname()),
        sex=Sex.MALE,
        birth=birth,
        occupation="律师",
        origin="定西市安定区",
        address=f"甘肃省定西市安定区永定路{ctx.rng.randint(1, 300)}号",
    )
    people.fill(lawyer, ANDING)
    lawyer.phone = lawyer.phone or people.mobile()
    save_person(ctx, lawyer, ctx.start, None)
    township.lawyer = lawyer


def build_township(ctx: Context, households: int) -> Township:
    """Save the station, staff, villages, households, residents and outsiders."""
    people = PeopleMaker(ctx)
    chief, staff = _station_and_staff(ctx, people)
    township = Township(STATION_NAME, chief, staff, _partners(ctx, people))
    _villages(ctx, people, township, households)
    _outsiders(ctx, people, township, households)
    ctx.flush()
    return township
