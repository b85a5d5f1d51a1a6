"""Hand-built records for the statistics tests, at fixed dates around November 2026.

Written as plain rows (as an import or an older version would have left them), so that each
record has exactly the dates and states its rule needs. The expected figures are counted by hand
in the tests from the list below; the comments say where each record counts.

Post (``card_setup.make_post``): 河湾村 (households H1–H3, cards by 张伟) and 山下村 (S1, S2, the
chief's cards), the station's numbers as printed today.

Cases (category, source, village, received → what happens):
  c1  邻里 application 河湾 11-03; sat 11-05; written agreement signed 11-10, 800.00 + 200.50 元;
      a supplement signed 11-20 of 50 元 (not counted); 防止民转刑
  c2  地界 patrol 河湾 10-28 (October); sat 10-30; written signed 11-02, 3000 元 — spans a month
  c3  邻里 home visit 山下 11-15 23:59:59; sat 11-16; no agreement; 防止群体性上访
  c4  牲畜交易 market point, no village, 11-30 16:00; oral agreement recorded 12-01, 1500 元
  c5  邻里 application 河湾 11-08, RETIRED: sat, signed 11-12, 防止民转刑 — counts nowhere
  c6  损害赔偿 call 河湾 11-01 00:00:00; sat 11-04; a RETIRED signed agreement 11-05 (999.99 元)
      and a draft — no success
  c7  合同 application 山下 11-20; 调解不成 without a sitting; referred 11-25
  c8  其他 assigned 河湾 09-10; sat 09-12; written signed 10-31, no amount
  c9  邻里 application 河湾 11-22; a retired referral 11-23, a live one 12-02
  c10 生产经营 village report 河湾 12-01 00:00:00 (December)
  c11 邻里 application 河湾 11-10; a retired sitting 11-11, a live one 12-03
  c12 道路交通 application 河湾 11-05; sat 11-06; agreement finalised, not signed
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import (
    Agreement,
    AgreementTerm,
    ContactCard,
    Dispute,
    FollowUp,
    HomeVisit,
    HomeVisitPerson,
    Household,
    IdRenewal,
    MediationSession,
    OutreachEvent,
    Person,
    Referral,
    ServiceCall,
    Village,
)
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    CallKind,
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    FiveSmallAim,
    PlaceKind,
    ReferralTarget,
)
from lijiabu_desk.services.context import ServiceContext
from tests.card_setup import CHIEF_PHONE, ZHANG_PHONE, Post, make_post

RETIRED = datetime(2026, 12, 5, 9, 0)
DUTY_PHONE = "0932-8123456"

C = DisputeCategory
S = DisputeSource


@dataclass(frozen=True)
class Town:
    hewan: int
    shanxia: int
    cases: dict[str, int]  # "c1" … "c12"
    follow_ups: dict[str, int]  # "f1" …
    calls: dict[str, int]  # "k1" …
    visits: dict[str, int]  # "v1" …
    homes: dict[str, int]  # "H1" …
    renewals: dict[str, int]  # "r1" …
    cards: dict[str, int]  # "cc1" …
    events: dict[str, int]  # "e1" …


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def day(text: str) -> date:
    return date.fromisoformat(text)


def _case(s: Session, seq: int, category: C, source: S, village: int | None, received: str,
          **values: object) -> int:  # fmt: skip
    moment = at(received)
    case = Dispute(
        case_no=f"（{moment.year}）安李纠字第{seq}号",
        year=moment.year,
        seq=seq,
        category=category,
        source=source,
        place_kind=PlaceKind.VILLAGE if village else PlaceKind.MARKET,
        village_id=village,
        received_at=moment,
        deadline=moment.date(),
        **values,
    )
    s.add(case)
    s.flush()
    return case.id


def _sat(s: Session, case: int, held: str, *, retired: bool = False) -> None:
    s.add(
        MediationSession(dispute_id=case, held_at=at(held), deleted_at=RETIRED if retired else None)
    )


def _agreement(s: Session, case: int, signed: str | None, *amounts: int | None,
               form: AgreementForm = AgreementForm.WRITTEN,
               status: AgreementStatus = AgreementStatus.SIGNED, retired: bool = False,
               supplements: int | None = None) -> int:  # fmt: skip
    agreement = Agreement(
        dispute_id=case,
        kind=AgreementKind.PEOPLES_MEDIATION,
        form=form,
        status=status,
        signed_on=day(signed) if signed else None,
        supplements_id=supplements,
        deleted_at=RETIRED if retired else None,
    )
    s.add(agreement)
    s.flush()
    for position, fen in enumerate(amounts, start=1):
        s.add(
            AgreementTerm(agreement_id=agreement.id, position=position, text="条款", amount_fen=fen)
        )
    s.flush()
    return agreement.id


def _referral(s: Session, case: int, on: str, *, retired: bool = False) -> None:
    s.add(
        Referral(
            dispute_id=case,
            referred_on=day(on),
            target=ReferralTarget.COURT,
            receiver="安定区人民法院",
            deleted_at=RETIRED if retired else None,
        )
    )


def _cases(s: Session, hewan: int, shanxia: int) -> dict[str, int]:
    c: dict[str, int] = {}
    c["c1"] = _case(s, 1, C.NEIGHBOUR, S.APPLICATION, hewan, "2026-11-03 10:00",
                    prevented_crime=True, status=DisputeStatus.FOLLOW_UP)  # fmt: skip
    _sat(s, c["c1"], "2026-11-05 09:30")
    first = _agreement(s, c["c1"], "2026-11-10", 80000, 20050)
    _agreement(s, c["c1"], "2026-11-20", 5000, supplements=first)
    c["c2"] = _case(s, 2, C.LAND_BOUNDARY, S.PATROL, hewan, "2026-10-28 15:00")
    _sat(s, c["c2"], "2026-10-30 10:00")
    _agreement(s, c["c2"], "2026-11-02", 300000, None)
    c["c3"] = _case(s, 3, C.NEIGHBOUR, S.HOME_VISIT, shanxia, "2026-11-15 23:59:59",
                    prevented_petition=True)  # fmt: skip
    _sat(s, c["c3"], "2026-11-16 09:00")
    c["c4"] = _case(s, 4, C.LIVESTOCK_TRADE, S.MARKET_POINT, None, "2026-11-30 16:00")
    _agreement(s, c["c4"], "2026-12-01", 150000, form=AgreementForm.ORAL)
    c["c5"] = _case(s, 5, C.NEIGHBOUR, S.APPLICATION, hewan, "2026-11-08 09:00",
                    prevented_crime=True, deleted_at=RETIRED)  # fmt: skip
    _sat(s, c["c5"], "2026-11-09 09:00")
    _agreement(s, c["c5"], "2026-11-12", 70000)
    c["c6"] = _case(s, 6, C.DAMAGES, S.CALL, hewan, "2026-11-01 00:00:00")
    _sat(s, c["c6"], "2026-11-04 14:00")
    _agreement(s, c["c6"], "2026-11-05", 99999, retired=True)
    _agreement(s, c["c6"], None, 12300, status=AgreementStatus.DRAFT)
    c["c7"] = _case(s, 7, C.CONTRACT, S.APPLICATION, shanxia, "2026-11-20 11:00",
                    failure_reason="双方分歧过大", status=DisputeStatus.REFERRED)  # fmt: skip
    _referral(s, c["c7"], "2026-11-25")
    c["c8"] = _case(s, 8, C.OTHER, S.ASSIGNED, hewan, "2026-09-10 10:00")
    _sat(s, c["c8"], "2026-09-12 10:00")
    _agreement(s, c["c8"], "2026-10-31", None)
    c["c9"] = _case(s, 9, C.NEIGHBOUR, S.APPLICATION, hewan, "2026-11-22 08:00")
    _referral(s, c["c9"], "2026-11-23", retired=True)
    _referral(s, c["c9"], "2026-12-02")
    c["c10"] = _case(s, 10, C.BUSINESS, S.VILLAGE_REPORT, hewan, "2026-12-01 00:00:00")
    c["c11"] = _case(s, 11, C.NEIGHBOUR, S.APPLICATION, hewan, "2026-11-10 10:00")
    _sat(s, c["c11"], "2026-11-11 10:00", retired=True)
    _sat(s, c["c11"], "2026-12-03 10:00")
    c["c12"] = _case(s, 12, C.ROAD_TRAFFIC, S.APPLICATION, hewan, "2026-11-05 10:00")
    _sat(s, c["c12"], "2026-11-06 10:00")
    _agreement(s, c["c12"], None, 40000, status=AgreementStatus.FINAL)
    s.flush()
    return c


def _agreement_of(s: Session, case: int, *, retired: bool = False) -> int:
    return s.scalars(
        select(Agreement.id).where(
            Agreement.dispute_id == case,
            Agreement.supplements_id.is_(None),
            Agreement.deleted_at.is_not(None) if retired else Agreement.deleted_at.is_(None),
        )
    ).first()


def _follow_ups(s: Session, c: dict[str, int]) -> dict[str, int]:
    """Nov: f1 on time, f2 on time (the same day), f3 late, f4 pending; f5 December; f6
    cancelled, f7 of the retired case, f8 of the retired agreement: nowhere."""
    one, two = _agreement_of(s, c["c1"]), _agreement_of(s, c["c2"])
    plans = {
        "f1": (one, "2026-11-25", "2026-11-24", None),
        "f2": (one, "2026-11-26", "2026-11-26", None),
        "f3": (two, "2026-11-17", "2026-11-20", None),
        "f4": (two, "2026-11-30", None, None),
        "f5": (two, "2026-12-01", None, None),
        "f6": (one, "2026-11-28", None, RETIRED),
        "f7": (_agreement_of(s, c["c5"]), "2026-11-20", "2026-11-20", None),
        "f8": (_agreement_of(s, c["c6"], retired=True), "2026-11-21", "2026-11-21", None),
    }
    found = {}
    for key, (agreement, due, visited, retired) in plans.items():
        plan = FollowUp(
            agreement_id=agreement,
            due_on=day(due),
            visited_on=day(visited) if visited else None,
            deleted_at=retired,
        )
        s.add(plan)
        s.flush()
        found[key] = plan.id
    return found


def _calls(s: Session, hewan: int, shanxia: int) -> dict[str, int]:
    """(kind, village, received, arrived, completed, aim, retired)."""
    docs, medical = CallKind.DOCUMENTS, CallKind.MEDICAL
    rows = {
        "k1": (docs, hewan, "2026-11-02 08:00", "2026-11-02 08:40", "2026-11-02 10:00",
               FiveSmallAim.SMALL_MATTER, None),
        "k2": (docs, shanxia, "2026-11-03 09:00", "2026-11-03 09:20", "2026-11-03 09:50",
               FiveSmallAim.SMALL_MATTER, None),
        "k3": (docs, hewan, "2026-11-04 14:00", None, "2026-11-04 14:30", FiveSmallAim.SMALL_HELP,
               None),
        "k4": (medical, hewan, "2026-11-10 22:00", "2026-11-10 22:15", None,
               FiveSmallAim.SMALL_WORRY, None),
        "k5": (CallKind.ENQUIRY, None, "2026-11-30 23:50", None, None, None, None),
        "k6": (docs, hewan, "2026-11-05 09:00", "2026-11-05 09:05", "2026-11-05 09:10",
               FiveSmallAim.SMALL_CASE, RETIRED),
        "k7": (docs, hewan, "2026-12-01 00:00", "2026-12-01 00:30", "2026-12-01 01:00",
               FiveSmallAim.SMALL_MATTER, None),
        "k8": (CallKind.DISPUTE, hewan, "2026-10-31 23:59", "2026-11-01 00:10", None,
               FiveSmallAim.SMALL_WORRY, None),
    }  # fmt: skip
    found = {}
    for key, (kind, village, received, arrived, completed, aim, retired) in rows.items():
        call = ServiceCall(
            kind=kind,
            village_id=village,
            received_at=at(received),
            arrived_at=at(arrived) if arrived else None,
            completed_at=at(completed) if completed else None,
            aim=aim,
            caller_name="张三",
            deleted_at=retired,
        )
        s.add(call)
        s.flush()
        found[key] = call.id
    return found


def _person(s: Session, home: int, name: str) -> int:
    person = Person(name=name, household_id=home)
    s.add(person)
    s.flush()
    return person.id


def _visit(s: Session, home: int, on: str, *, app: bool = False, retired: bool = False,
           people: tuple[tuple[int, bool, bool], ...] = ()) -> int:  # fmt: skip
    visit = HomeVisit(household_id=home, visit_date=day(on), anti_fraud_app_installed=app,
                      deleted_at=RETIRED if retired else None)  # fmt: skip
    s.add(visit)
    s.flush()
    for person, installed, photo in people:
        s.add(HomeVisitPerson(visit_id=visit.id, person_id=person, app_installed=installed,
                              id_photo_taken=photo))  # fmt: skip
    s.flush()
    return visit.id


def _card(s: Session, post: Post, home: int, on: str, *, chiefs: bool = False,
          retired: bool = False, phone: str = "") -> int:  # fmt: skip
    officer, badge, officer_phone = (
        (post.chief, "620001", CHIEF_PHONE) if chiefs else (post.zhang, "620123", ZHANG_PHONE)
    )
    card = ContactCard(
        household_id=home,
        officer_id=officer,
        issued_on=day(on),
        printed_badge_no=badge,
        printed_officer_phone=phone or officer_phone,
        printed_duty_phone=DUTY_PHONE,
        printed_chief_phone=CHIEF_PHONE,
        printed_anti_fraud_phone="96110",
        deleted_at=RETIRED if retired else None,
    )
    s.add(card)
    s.flush()
    return card.id


def _renewal(s: Session, person: int, photo: str | None, delivered: str | None, *,
             retired: bool = False) -> int:  # fmt: skip
    renewal = IdRenewal(
        person_id=person,
        photo_taken_on=day(photo) if photo else None,
        application_sent_on=day(photo) if photo and delivered else None,
        delivered_on=day(delivered) if delivered else None,
        deleted_at=RETIRED if retired else None,
    )
    s.add(renewal)
    s.flush()
    return renewal.id


def _event(s: Session, village: int | None, on: str, reached: int, apps: int, *,
           retired: bool = False) -> int:  # fmt: skip
    event = OutreachEvent(village_id=village, held_on=day(on), place="广场", people_reached=reached,
                          apps_installed=apps, deleted_at=RETIRED if retired else None)  # fmt: skip
    s.add(event)
    s.flush()
    return event.id


def _field_work(s: Session, post: Post, town: dict[str, dict[str, int]]) -> None:
    """Visits, renewals, cards and events; see the tests for where each counts."""
    h1, h2, h3 = post.hewan
    s1, s2 = post.shanxia
    retired_home = Household(household_no="HW9999", village_id=town["villages"]["hewan"],
                             deleted_at=RETIRED)  # fmt: skip
    s.add(retired_home)
    s.flush()
    town["homes"] = {"H1": h1, "H2": h2, "H3": h3, "S1": s1, "S2": s2, "H4": retired_home.id}
    p1, p2, p3 = _person(s, h1, "马一"), _person(s, h1, "马二"), _person(s, s1, "王三")
    p4, p5 = _person(s, h3, "马四"), _person(s, h2, "马五")
    town["visits"] = {
        "v1": _visit(s, h1, "2026-11-02", app=True, people=((p1, True, False), (p2, True, False))),
        "v2": _visit(s, h1, "2026-11-20"),
        "v3": _visit(s, h2, "2026-11-15", app=True),  # no one named: one install
        "v4": _visit(s, s1, "2026-11-30", people=((p3, False, True),)),
        "v5": _visit(s, h3, "2026-11-10", app=True, retired=True, people=((p4, True, False),)),
        "v6": _visit(s, h3, "2026-12-01"),
        "v7": _visit(s, h2, "2026-10-31", app=True, people=((p5, True, False),)),
    }
    town["renewals"] = {
        "r1": _renewal(s, p3, "2026-11-30", None),
        "r2": _renewal(s, p5, "2026-10-20", "2026-11-12"),
        "r3": _renewal(s, p1, "2026-11-05", "2026-11-28"),
        "r4": _renewal(s, p2, "2026-10-05", "2026-11-15", retired=True),
        "r5": _renewal(s, p4, "2026-10-05", "2026-12-01"),
    }
    town["cards"] = {
        "cc1": _card(s, post, h1, "2026-11-05"),
        "cc2": _card(s, post, h2, "2026-10-10"),
        "cc7": _card(s, post, h3, "2026-11-01"),
        "cc3": _card(s, post, h3, "2026-11-20", phone="13800000000"),  # out of date: H3 without
        "cc4": _card(s, post, s1, "2026-11-25", chiefs=True),
        "cc5": _card(s, post, s2, "2026-12-02", chiefs=True),  # S2 has none by November's end
        "cc6": _card(s, post, h2, "2026-11-18", retired=True, phone="13800000000"),
    }
    hewan, shanxia = town["villages"]["hewan"], town["villages"]["shanxia"]
    town["events"] = {
        "e1": _event(s, hewan, "2026-11-08", 120, 30),
        "e2": _event(s, None, "2026-11-21", 300, 45),  # the market
        "e3": _event(s, shanxia, "2026-11-30", 0, 0),
        "e4": _event(s, hewan, "2026-11-10", 50, 10, retired=True),
        "e5": _event(s, hewan, "2026-12-01", 80, 20),
    }


def make_town(desk: ServiceContext) -> Town:
    post = make_post(desk, hewan=3, shanxia=2)
    with desk.write() as s:
        villages = {v.name: v.id for v in s.scalars(select(Village))}
        hewan, shanxia = villages["河湾村"], villages["山下村"]
        cases = _cases(s, hewan, shanxia)
        town: dict[str, dict[str, int]] = {"villages": {"hewan": hewan, "shanxia": shanxia}}
        town["follow_ups"] = _follow_ups(s, cases)
        town["calls"] = _calls(s, hewan, shanxia)
        _field_work(s, post, town)
    return Town(hewan=hewan, shanxia=shanxia, cases=cases, follow_ups=town["follow_ups"],
                calls=town["calls"], visits=town["visits"], homes=town["homes"],
                renewals=town["renewals"], cards=town["cards"], events=town["events"])  # fmt: skip
