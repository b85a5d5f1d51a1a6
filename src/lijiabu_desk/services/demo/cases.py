"""Planning disputes: what, between whom, where, and the dates of every step.

Plans come first so that document numbers can be handed out in date order (cases by the day
they came in, agreements by the day they were signed) before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from lijiabu_desk.models.enums import (
    AgreementForm,
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    DocumentKind,
    OfficerRole,
    PlaceKind,
    RiskGrade,
)
from lijiabu_desk.services.demo import vocab
from lijiabu_desk.services.demo.context import Context, Weighted
from lijiabu_desk.services.demo.people import Member
from lijiabu_desk.services.demo.township import CADRE, Staff, Township, VillageInfo
from lijiabu_desk.services.numbering import allocate

S = DisputeStatus
C = DisputeCategory
_STATUSES = Weighted(
    [
        (S.CLOSED, 50),
        (S.FOLLOW_UP, 10),
        (S.AGREED, 8),
        (S.ORAL_AGREEMENT, 7),
        (S.FAILED, 6),
        (S.REFERRED, 7),
        (S.MEDIATING, 7),
        (S.REGISTERED, 5),
    ]
)
_CATEGORIES = Weighted([(C.MARRIAGE_FAMILY, 14), (C.NEIGHBOUR, 16), (C.HOUSE_SITE, 10),
                        (C.LAND_BOUNDARY, 14), (C.CONTRACT, 6), (C.BUSINESS, 4), (C.DAMAGES, 12),
                        (C.LIVESTOCK_TRADE, 12), (C.ROAD_TRAFFIC, 6), (C.LABOUR, 4),
                        (C.OTHER, 2)])  # fmt: skip
_RISKS = Weighted([(RiskGrade.ORDINARY, 80), (RiskGrade.SERIOUS, 17), (RiskGrade.MAJOR, 3)])
_SOURCES = Weighted([(DisputeSource.APPLICATION, 35), (DisputeSource.CALL, 35),
                     (DisputeSource.PATROL, 10), (DisputeSource.VILLAGE_REPORT, 15),
                     (DisputeSource.ASSIGNED, 5)])  # fmt: skip
#: Days before today a case in this state came in.
_AGE_DAYS = {S.REGISTERED: (0, 6), S.MEDIATING: (2, 30), S.AGREED: (8, 45),
             S.ORAL_AGREEMENT: (1, 90), S.FAILED: (12, 700), S.REFERRED: (3, 700),
             S.FOLLOW_UP: (25, 200), S.CLOSED: (60, 725)}  # fmt: skip
_POLICE_CATEGORIES = (C.NEIGHBOUR, C.DAMAGES, C.OTHER)
_WITH_AGREEMENT = (S.AGREED, S.ORAL_AGREEMENT, S.FOLLOW_UP, S.CLOSED)
#: Cases every demo has, so each state, kind and form of agreement appears at least once.
_FORCED: tuple[tuple[S, C, bool, AgreementForm | None, bool], ...] = (
    (S.CLOSED, C.LAND_BOUNDARY, False, AgreementForm.WRITTEN, True),
    (S.FOLLOW_UP, C.NEIGHBOUR, True, AgreementForm.WRITTEN, False),
    (S.ORAL_AGREEMENT, C.LIVESTOCK_TRADE, False, AgreementForm.ORAL, False),
    (S.CLOSED, C.DAMAGES, True, AgreementForm.ORAL, False),
    (S.AGREED, C.HOUSE_SITE, False, AgreementForm.WRITTEN, False),
    (S.REGISTERED, C.CONTRACT, False, None, False),
    (S.MEDIATING, C.MARRIAGE_FAMILY, False, AgreementForm.WRITTEN, False),
    (S.FAILED, C.LABOUR, False, None, False),
    (S.REFERRED, C.HOUSE_SITE, False, None, False),
)


@dataclass(slots=True, eq=False)
class Case:
    status: DisputeStatus
    category: DisputeCategory
    police: bool  # a minor public-order case, mediated by the police (治安调解)
    form: AgreementForm | None  # None: no agreement (yet)
    boundary: bool
    received: datetime
    parties: list[Member]
    village: VillageInfo | None
    group_name: str
    place_kind: PlaceKind
    place_detail: str
    source: DisputeSource
    risk: RiskGrade
    presiding: Staff
    recorder: Staff
    text: vocab.CaseText
    words: dict[str, str]
    amount: int
    sessions: list[datetime] = field(default_factory=list)
    signed_on: date | None = None  # None while the agreement is a draft
    follow_ups: list[tuple[date, date | None]] = field(default_factory=list)
    referred_on: date | None = None
    closed_on: date | None = None
    facts: str = ""
    case_no: str = ""
    year: int = 0
    seq: int = 0
    agreement_no: str | None = None
    boundary_no: str | None = None

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind.POLICE_MEDIATION if self.police else DocumentKind.PEOPLES_MEDIATION

    def last_day(self) -> date:
        days = [self.received.date(), *(s.date() for s in self.sessions)]
        days += [d for d in (self.signed_on, self.referred_on, self.closed_on) if d]
        days += [v for _, v in self.follow_ups if v]
        return max(days)


class _PartyPicker:
    def __init__(self, ctx: Context, tw: Township) -> None:
        self.ctx = ctx
        self.tw = tw
        # Village cadres sit on the panel, so they are not parties in the demo's cases.
        self.adults = [
            m for h in tw.homes for m in h.members
            if m.active and m.age(ctx.start) >= 18 and m.occupation != CADRE
        ]  # fmt: skip
        self.couples = [
            (h.head, m) for h in tw.homes for m in h.members
            if m.relation is not None and m.relation.value == "spouse" and m.active
            and m.age(ctx.start) >= 18 and CADRE not in (h.head.occupation, m.occupation)
        ]  # fmt: skip
        self.homes = {v.id: [h for h in v.homes if h.head.occupation != CADRE] for v in tw.villages}
        self.villages = [v for v in tw.villages if len(self.homes[v.id]) >= 2]

    def _other(self, taken: list[Member], pool: list[Member]) -> Member:
        for _ in range(50):
            candidate = self.ctx.pick(pool)
            if all(candidate is not t for t in taken):
                return candidate
        return next(p for p in self.adults + self.tw.outsiders if all(p is not t for t in taken))

    def pick(self, category: C) -> tuple[list[Member], VillageInfo | None, str]:
        ctx = self.ctx
        if category is C.MARRIAGE_FAMILY and self.couples:
            head, spouse = ctx.pick(self.couples)
            parties = [head, spouse] if head.sex.value == "male" else [spouse, head]
        elif category in (C.LAND_BOUNDARY, C.HOUSE_SITE, C.NEIGHBOUR) and self.villages:
            village = ctx.pick(self.villages)
            first, second = ctx.rng.sample(self.homes[village.id], 2)
            parties = [first.head, second.head]
        elif category is C.LIVESTOCK_TRADE or (category is not C.OTHER and ctx.chance(0.2)):
            parties = [ctx.pick(self.adults or self.tw.outsiders)]
            parties.append(self._other(parties, self.tw.outsiders))
        else:
            parties = [ctx.pick(self.adults or self.tw.outsiders)]
            parties.append(self._other(parties, self.adults or self.tw.outsiders))
        if category is not C.LIVESTOCK_TRADE and ctx.chance(0.08):
            parties.append(self._other(parties, self.adults or self.tw.outsiders))
        home = next((p.home for p in parties if p.home is not None), None)
        if home is None:
            return parties, None, ""
        return parties, home.village, home.group_name


def _timeline(ctx: Context, case: Case) -> None:
    """Sessions, signing, follow-ups, referral and closing, each after the one before."""
    today, rng = ctx.today, ctx.rng
    wanted = {S.REGISTERED: 0, S.ORAL_AGREEMENT: 1, S.REFERRED: rng.randint(0, 1),
              S.FAILED: rng.randint(1, 3), S.CLOSED: rng.randint(1, 3)}.get(
        case.status, rng.randint(1, 2))  # fmt: skip
    moment = case.received
    for index in range(wanted):
        if index == 0 and case.place_kind is PlaceKind.MARKET:
            held = ctx.later(moment, 20, 90)
        else:
            day = moment.date() + timedelta(
                days=rng.randint(0, 3) if index == 0 else rng.randint(2, 10)
            )
            held = ctx.at(day, 9, 17)
            if held <= moment:
                held = ctx.later(moment, 30, 120)
        if held.date() > today:
            break
        case.sessions.append(held)
        moment = held
    if wanted and not case.sessions:
        case.sessions.append(ctx.later(case.received, 30, 120))
    last = case.sessions[-1].date() if case.sessions else case.received.date()
    if case.form is not None and case.status in _WITH_AGREEMENT:
        case.signed_on = last
    if case.status is S.REFERRED:
        case.referred_on = min(today, last + timedelta(days=rng.randint(0, 5)))
    if case.signed_on is None:
        return
    signed = case.signed_on
    if case.status is S.AGREED or (case.status is S.ORAL_AGREEMENT and ctx.chance(0.4)):
        case.follow_ups.append((signed + timedelta(days=rng.randint(10, 30)), None))
    elif case.status is S.FOLLOW_UP:
        due = signed + timedelta(days=rng.randint(10, 20))
        visited = due + timedelta(days=rng.randint(-2, 3))
        done = visited if visited <= today else None
        case.follow_ups.append((due, done))
        case.follow_ups.append(((done or due) + timedelta(days=rng.randint(30, 60)), None))
    elif case.status is S.CLOSED:
        previous = signed
        for _ in range(rng.randint(1, 2)):
            due = previous + timedelta(days=rng.randint(10, 30))
            visited = min(
                today, max(previous + timedelta(days=1), due + timedelta(days=rng.randint(-2, 3)))
            )
            case.follow_ups.append((due, visited))
            previous = visited
        case.closed_on = previous


def _new_case(ctx: Context, tw: Township, picker: _PartyPicker, index: int) -> Case:
    rng = ctx.rng
    form: AgreementForm | None
    if index < len(_FORCED):
        status, category, police, form, boundary = _FORCED[index]
    else:
        status, category = _STATUSES.pick(rng), _CATEGORIES.pick(rng)
        police = category in _POLICE_CATEGORIES and ctx.chance(0.4)
        oral_share = 0.4 if category is C.LIVESTOCK_TRADE else 0.2
        if status is S.ORAL_AGREEMENT:
            form = AgreementForm.ORAL
        elif status is S.AGREED or (status is S.MEDIATING and ctx.chance(0.3)):
            form = AgreementForm.WRITTEN
        elif status in (S.FOLLOW_UP, S.CLOSED):
            form = AgreementForm.ORAL if ctx.chance(oral_share) else AgreementForm.WRITTEN
        else:
            form = None
        boundary = (category is C.LAND_BOUNDARY and form is AgreementForm.WRITTEN
                    and status in _WITH_AGREEMENT and ctx.chance(0.4))  # fmt: skip
    low, high = _AGE_DAYS[status]
    first = max(ctx.start, ctx.today - timedelta(days=high))
    day = ctx.day_between(first, max(first, ctx.today - timedelta(days=low)))
    parties, village, group = picker.pick(category)
    market = category is C.LIVESTOCK_TRADE
    if market:
        place_kind, detail, source = (
            PlaceKind.MARKET,
            vocab.MARKET_POINT,
            (DisputeSource.MARKET_POINT if ctx.chance(0.8) else DisputeSource.CALL),
        )
    else:
        source = _SOURCES.pick(rng)
        if category in (C.CONTRACT, C.BUSINESS, C.LABOUR) and source is DisputeSource.APPLICATION:
            place_kind, detail = PlaceKind.STATION, "李家堡派出所调解室"
        elif category is C.ROAD_TRAFFIC or village is None:
            place_kind = PlaceKind.OTHER
            detail = ctx.pick(("李家堡镇十字路口", "乡村公路", "镇集市"))
        else:
            place_kind, detail = PlaceKind.VILLAGE, f"{village.name}{group}"
    risk = _RISKS.pick(rng)
    officers = [s for s in tw.staff if s.role is not OfficerRole.AUXILIARY]
    auxiliaries = [s for s in tw.staff if s.role is OfficerRole.AUXILIARY]
    if risk is not RiskGrade.ORDINARY:
        presiding = tw.chief
    elif village is not None and not market:
        presiding = village.officer
    else:
        presiding = officers[1]  # the officer who sits at the market table
    recorder = village.auxiliary if village is not None and not market else auxiliaries[0]
    text = vocab.POLICE_CASE if police else vocab.CASES[category.value]
    low_amount, high_amount = text.amount
    amount = round(rng.randint(low_amount, high_amount) / 50) * 50 if high_amount else 0
    words = {"a": parties[0].name, "b": parties[1].name,
             "place": vocab.MARKET if market else detail,
             "yuan": f"{max(amount, low_amount)}", "crop": ctx.pick(vocab.CROPS),
             "animal": ctx.pick(vocab.ANIMALS), "n": str(rng.randint(2, 6))}  # fmt: skip
    received = ctx.at(day, 9, 15) if market else ctx.at(day, 8, 18)
    case = Case(
        status,
        category,
        police,
        form,
        boundary,
        received,
        parties,
        village,
        group,
        place_kind,
        detail,
        source,
        risk,
        presiding,
        recorder,
        text,
        words,
        max(amount, low_amount),
    )
    _timeline(ctx, case)
    return case


def plan_cases(ctx: Context, tw: Township, count: int) -> list[Case]:
    """Plan ``count`` cases and give them their numbers in date order."""
    picker = _PartyPicker(ctx, tw)
    cases = [_new_case(ctx, tw, picker, index) for index in range(max(count, len(_FORCED)))]
    cases.sort(key=lambda c: c.received)
    session = ctx.session
    for case in cases:
        number = allocate(session, DocumentKind.DISPUTE_CASE, case.received.year)
        case.case_no, case.year, case.seq = number.text, number.year, number.seq
    signed = [c for c in cases if c.form is AgreementForm.WRITTEN and c.signed_on is not None]
    for case in sorted(signed, key=lambda c: c.signed_on or date.min):
        assert case.signed_on is not None
        case.agreement_no = allocate(session, case.kind, case.signed_on.year).text
    for case in sorted((c for c in signed if c.boundary), key=lambda c: c.signed_on or date.min):
        assert case.signed_on is not None
        case.boundary_no = allocate(session, DocumentKind.BOUNDARY, case.signed_on.year).text
    return cases
