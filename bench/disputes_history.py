"""The cached database of the dispute benchmark: ten years of a busy post's cases.

``disputes_db()`` copies the township (``township.py``, whose demo holds ~1,200 cases of its last
two years) and takes in 4,800 older cases, 2016–2023, through the dispute services one step at a
time on a clock moved to each step's day — register, sessions with their panel, agreement
(drafted, finalised, signed), follow-up visits, failure, referral, closing. ``measured_records``
finds the cases the measurements use.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import event, select
from township import (
    BENCH_NOW,
    CACHE_DIR,
    bare_connection,
    log,
    township_db,
)

from lijiabu_desk.db.migrate import head_revision
from lijiabu_desk.models import FollowUp
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    DisputeCategory,
    DisputeSource,
    PanelRole,
    Performance,
    PlaceKind,
    ReferralTarget,
    RiskGrade,
)
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database, open_database
from lijiabu_desk.services.disputes.agreements import (
    AgreementInput,
    TermInput,
    finalise_agreement,
    mark_signed,
    save_agreement,
    start_supplement,
)
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.disputes.labels import SIDES
from lijiabu_desk.services.disputes.outcomes import (
    ReferralInput,
    close_case,
    record_failure,
    refer_case,
)
from lijiabu_desk.services.disputes.sessions import (
    ParticipantInput,
    SessionInput,
    save_session,
)

T = TypeVar("T")

ADDED_CASES = 4_800
DISPUTES_SEED = 6
HISTORY_FIRST = date(2016, 1, 1)
HISTORY_LAST = date(2023, 12, 31)  # the demo's own cases start in mid-2024


# ---------------------------------------------------------------------------------------------
# The cached database


class MovingClock:
    """The clock the history is typed in on: set to each step's moment before the step."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def disputes_path() -> Path:
    return CACHE_DIR / f"disputes-{ADDED_CASES}-s{DISPUTES_SEED}-{head_revision()}.sqlite3"


def disputes_db() -> Path:
    """The cached township with ten years of cases, built first when missing (~3 min)."""
    path = disputes_path()
    if path.exists():
        return path
    source = township_db()
    building = CACHE_DIR / "building-disputes"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    target = building / path.name
    log(f"adding {ADDED_CASES} cases of 2016–2023 to a copy of the township ({path.name}) ...")
    started = time.perf_counter()
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    clock = MovingClock(BENCH_NOW)
    db = open_database(target, clock=clock)
    _fast_writes(db)
    try:
        History(ServiceContext(db, SETUP_ACTOR, clock), clock, target).build()
    finally:
        db.close()
    with closing(sqlite3.connect(target)) as conn:  # fold the WAL back before the rename
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target.replace(path)
    shutil.rmtree(building, ignore_errors=True)
    for stale in CACHE_DIR.glob("disputes-*.sqlite3*"):
        if stale != path:
            stale.unlink()
    with closing(bare_connection(path)) as conn:
        count = conn.execute("SELECT count(*) FROM disputes").fetchone()[0]
    log(f"  built in {time.perf_counter() - started:.0f} s: {count} cases")
    return path


def _fast_writes(db: Database) -> None:
    """Building only: no fsync per commit (a crash leaves the temporary file, never the cache)."""

    @event.listens_for(db.engine, "connect")
    def _no_sync(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")

    db.engine.dispose()  # connections opened so far reconnect with the pragma


_FACTS = {
    DisputeCategory.MARRIAGE_FAMILY: "{a}与{b}因家庭琐事及赡养老人问题多次争吵，矛盾激化。",
    DisputeCategory.NEIGHBOUR: "{a}与{b}因院墙排水、门前堆放柴草问题发生争执。",
    DisputeCategory.HOUSE_SITE: "{a}与{b}因宅基地界址及新建房屋滴水问题发生纠纷。",
    DisputeCategory.LAND_BOUNDARY: "{a}与{b}因承包地地界不清、相互耕种越界发生纠纷。",
    DisputeCategory.CONTRACT: "{a}与{b}因农机作业费{yuan}元未结清发生纠纷。",
    DisputeCategory.BUSINESS: "{a}与{b}因合伙养殖分红不清发生纠纷。",
    DisputeCategory.DAMAGES: "{b}饲养的羊只进入{a}的麦地啃食青苗，双方因赔偿发生争执。",
    DisputeCategory.LIVESTOCK_TRADE: "{a}从{b}处购买的牛只回家后病死，双方因退款发生纠纷。",
    DisputeCategory.ROAD_TRAFFIC: "{a}驾驶三轮车与{b}的摩托车在乡村公路上发生剐蹭。",
    DisputeCategory.LABOUR: "{a}为{b}务工，因劳务费{yuan}元未结清发生纠纷。",
    DisputeCategory.OTHER: "{a}与{b}因借款{yuan}元到期未还发生纠纷。",
}
_TERMS = (
    ("{b}于履行期限前一次性赔偿{a}损失", True),
    ("{b}负责将院墙排水沟改建至自家院内，费用自理", False),
    ("双方以现有地埂为界，各自耕种，互不越界", False),
    ("{a}自愿放弃其他请求", False),
    ("{b}向{a}当面赔礼道歉", False),
    ("{b}分两次付清欠款，第一次付款后三十日内付清余款", True),
    ("双方今后和睦相处，不得因此事再生事端", False),
)
_FAILURES = ("双方对赔偿数额分歧过大，均不愿让步。", "一方当事人拒绝参加调解。")
_ROUTES = "告知双方可向安定区人民法院提起诉讼，或向司法所申请人民调解。"
_RECEIVERS = {
    ReferralTarget.JUSTICE_OFFICE: "李家堡镇司法所",
    ReferralTarget.COURT: "安定区人民法院",
    ReferralTarget.TOWNSHIP: "李家堡镇人民政府",
    ReferralTarget.CRIMINAL_CASE: "李家堡派出所办案队",
}


@dataclass(frozen=True)
class Planned:
    received: datetime
    kind: str  # "history" or one of the measured cases: "print-small", "print-large", "rich"


class History:
    """Ten years of cases, typed in through the services in the order they came in."""

    def __init__(self, ctx: ServiceContext, clock: MovingClock, path: Path) -> None:
        self.ctx, self.clock = ctx, clock
        self.rng = random.Random(DISPUTES_SEED)
        with closing(sqlite3.connect(path)) as conn:
            # Adults with every particular a written agreement needs, by the village they live in.
            rows = conn.execute(
                """SELECT p.id, p.name, h.village_id FROM persons p
                   JOIN households h ON h.id = p.household_id
                   WHERE p.status = 'active' AND p.deleted_at IS NULL AND p.id_number IS NOT NULL
                     AND p.phone <> '' AND p.occupation <> '' AND p.sex IS NOT NULL
                     AND p.ethnicity <> '' AND p.birth_date < '1996-01-01'
                   ORDER BY p.id"""
            ).fetchall()
            self.villages = {
                vid: (name, mediator)
                for vid, name, mediator in conn.execute(
                    "SELECT id, name, mediator_name FROM villages ORDER BY id"
                )
            }
            staff = conn.execute("SELECT id, role FROM officers ORDER BY id").fetchall()
        self.people: dict[int, list[tuple[int, str]]] = {}
        for pid, name, vid in rows:
            self.people.setdefault(vid, []).append((pid, name))
        self.officers = [oid for oid, role in staff if role != "auxiliary"]
        self.auxiliaries = [oid for oid, role in staff if role == "auxiliary"]

    # -- the plan -----------------------------------------------------------------------------

    def plan(self) -> list[Planned]:
        rng, span = self.rng, (HISTORY_LAST - HISTORY_FIRST).days
        days = [HISTORY_FIRST + timedelta(days=rng.randint(0, span)) for _ in range(ADDED_CASES)]
        plan = [Planned(self._at(day, 8, 17), "history") for day in days[3:]]
        for kind, day in (("print-small", 5), ("print-large", 12), ("rich", 19)):
            plan.append(Planned(datetime(2023, 11, day, 10, 0), kind))
        plan.sort(key=lambda p: p.received)
        return plan

    def _at(self, day: date, first: int, last: int) -> datetime:
        return datetime.combine(day, datetime.min.time()).replace(
            hour=self.rng.randint(first, last), minute=self.rng.randrange(60)
        )

    def build(self) -> None:
        plan = self.plan()
        started = time.perf_counter()
        for n, planned in enumerate(plan, start=1):
            if planned.kind == "history":
                self.history_case(planned.received)
            else:
                self.measured_case(planned)
            if n % 500 == 0:
                log(f"  {n} cases ({time.perf_counter() - started:.0f} s)")

    # -- one case, step by step ---------------------------------------------------------------

    def at(self, moment: datetime) -> None:
        """Type the next step in half an hour after it happened."""
        self.clock.now = moment + timedelta(minutes=30)

    def register(self, received: datetime, parties: list[tuple[int, str]], vid: int) -> int:
        rng = self.rng
        category = rng.choice(list(DisputeCategory))
        words = {"a": parties[0][1], "b": parties[1][1], "yuan": str(rng.randint(5, 80) * 100)}
        self.at(received)
        return register_dispute(
            self.ctx,
            DisputeInput(
                category=category,
                source=rng.choice(list(DisputeSource)),
                place_kind=PlaceKind.VILLAGE,
                village_id=vid,
                place_detail=f"{self.villages[vid][0]}{rng.randint(1, 8)}社",
                facts=_FACTS[category].format(**words),
                parties=tuple(
                    PartyInput(pid, SIDES[n], "要求对方赔偿损失" if n == 0 else "同意接受调解")
                    for n, (pid, _) in enumerate(parties)
                ),
                received_on=f"{received:%Y%m%d}",
                received_time=f"{received:%H:%M}",
                received_by_id=rng.choice(self.officers),
                risk_grade=rng.choices(list(RiskGrade), weights=(80, 17, 3))[0],
            ),
        )

    def sessions(
        self, dispute_id: int, start: datetime, parties: list[tuple[int, str]], vid: int, n: int
    ) -> datetime:
        """``n`` sittings a few days apart; returns the last one's time (or ``start``)."""
        moment = start
        for index in range(n):
            day = moment.date() + timedelta(days=self.rng.randint(1, 6))
            moment = self._at(day, 9, 16)
            last = index == n - 1
            panel = [
                ParticipantInput(PanelRole.POLICE, officer_id=self.rng.choice(self.officers)),
                ParticipantInput(PanelRole.RECORDER, officer_id=self.rng.choice(self.auxiliaries)),
                ParticipantInput(
                    PanelRole.VILLAGE_MEDIATOR,
                    name=self.villages[vid][1],
                    organisation=f"{self.villages[vid][0]}村委会",
                ),
                *(ParticipantInput(PanelRole.PARTY, person_id=pid) for pid, _ in parties),
            ]
            self.at(moment)
            save_session(
                self.ctx,
                dispute_id,
                SessionInput(
                    held_on=f"{moment:%Y%m%d}",
                    held_time=f"{moment:%H:%M}",
                    place=self.rng.choice(("李家堡派出所调解室", f"{self.villages[vid][0]}村委会")),
                    statements=f"甲方{parties[0][1]}称要求赔偿损失；乙方{parties[1][1]}称愿意协商。",
                    findings="经了解，双方对事实无异议，争议在于赔偿数额。",
                    outcome="双方意见逐渐接近，约定择日再调。" if not last else "调解结束。",
                    participants=tuple(panel),
                ),
            )
        return moment

    def agreement(
        self,
        dispute_id: int,
        signed: date,
        parties: list[tuple[int, str]],
        vid: int,
        terms: int,
        *,
        form: AgreementForm = AgreementForm.WRITTEN,
        kind: AgreementKind = AgreementKind.PEOPLES_MEDIATION,
        agreement_id: int | None = None,
    ) -> int:
        """Draft, finalise and sign on ``signed``; returns the agreement's id."""
        rng = self.rng
        words = {"a": parties[0][1], "b": parties[1][1]}
        deadline = signed + timedelta(days=rng.randint(7, 45))
        term_inputs = []
        for n in range(terms):
            text, money = _TERMS[n % len(_TERMS)]
            term_inputs.append(
                TermInput(
                    f"第{n + 1}项：" + text.format(**words) + "。",
                    amount=str(rng.randint(2, 90) * 100) if money else "",
                    due=f"{deadline:%Y%m%d}" if money else "",
                )
            )
        police = kind is AgreementKind.POLICE_MEDIATION
        data = AgreementInput(
            kind=kind,
            form=form,
            facts=f"{words['a']}与{words['b']}发生纠纷，经调解双方自愿达成如下协议。",
            points_in_dispute="损失赔偿数额及今后的相处方式。",
            responsibility=f"{words['b']}负主要责任，{words['a']}负次要责任。",
            terms=tuple(term_inputs),
            performance_method="现金或微信转账",
            performance_place=f"{self.villages[vid][0]}村委会",
            performance_deadline=f"{deadline:%Y%m%d}",
            mediator_id=rng.choice(self.officers) if police else None,
            mediator_name="" if police else self.villages[vid][1],
            recorder_name="苟志林",
            judicial_confirmation=not police and rng.random() < 0.3,
            # 治安调解 records the incident (no draw from rng: the history stays as it was).
            incident_on=f"{signed - timedelta(days=3):%Y%m%d}" if police else "",
            incident_time="20:30" if police else "",
            incident_place=f"{self.villages[vid][0]}" if police else "",
        )
        self.at(datetime.combine(signed, datetime.min.time()).replace(hour=15))
        agreement_id = save_agreement(self.ctx, dispute_id, data, agreement_id)
        finalise_agreement(self.ctx, agreement_id, on=f"{signed:%Y%m%d}")
        if form is AgreementForm.WRITTEN:
            mark_signed(self.ctx, agreement_id, f"{signed:%Y%m%d}")
        return agreement_id

    def visit(self, agreement_id: int, person_id: int, performance: Performance) -> date:
        """Record the first planned visit that is still open; returns its day."""
        with self.ctx.read() as session:
            planned = session.execute(
                select(FollowUp.id, FollowUp.due_on)
                .where(FollowUp.agreement_id == agreement_id, FollowUp.visited_on.is_(None))
                .order_by(FollowUp.due_on, FollowUp.id)
            ).first()
        assert planned is not None
        day = planned.due_on + timedelta(days=self.rng.randint(0, 3))
        self.at(datetime.combine(day, datetime.min.time()).replace(hour=11))
        record_follow_up(
            self.ctx,
            agreement_id,
            FollowUpInput(
                visited_on=f"{day:%Y%m%d}",
                performance=performance,
                visitor_id=self.rng.choice(self.officers + self.auxiliaries),
                visited_person_id=person_id,
                findings="双方均按协议履行，关系已缓和。",
                method="home",
                satisfaction="satisfied",
            ),
            planned.id,
        )
        return day

    def close(self, dispute_id: int, after: date) -> None:
        day = after + timedelta(days=self.rng.randint(1, 5))
        self.at(datetime.combine(day, datetime.min.time()).replace(hour=16))
        close_case(self.ctx, dispute_id, "")

    def pick_parties(self, count: int) -> tuple[list[tuple[int, str]], int]:
        vid = self.rng.choice(sorted(self.people))
        return self.rng.sample(self.people[vid], count), vid

    def history_case(self, received: datetime) -> None:
        rng = self.rng
        parties, vid = self.pick_parties(2 if rng.random() < 0.8 else 3)
        dispute_id = self.register(received, parties, vid)
        end = rng.choices(
            ("agreement", "failed", "referred", "left open"), weights=(78, 10, 10, 2)
        )[0]
        if end == "left open":  # never finished in the system: an overdue case
            self.sessions(dispute_id, received, parties, vid, rng.randint(0, 1))
            return
        if end == "referred":
            last = self.sessions(dispute_id, received, parties, vid, rng.randint(0, 1))
            day = last.date() + timedelta(days=rng.randint(0, 3))
            target = rng.choice(list(ReferralTarget))
            self.at(datetime.combine(day, datetime.min.time()).replace(hour=10))
            refer_case(
                self.ctx,
                dispute_id,
                ReferralInput(target, f"{day:%Y%m%d}", _RECEIVERS[target], "不属于调解范围。"),
            )
            if rng.random() < 0.6:
                self.close(dispute_id, day)
            return
        last = self.sessions(dispute_id, received, parties, vid, rng.randint(1, 3))
        if end == "failed":
            self.at(last)
            record_failure(self.ctx, dispute_id, rng.choice(_FAILURES), _ROUTES)
            if rng.random() < 0.7:
                self.close(dispute_id, last.date())
            return
        oral = rng.random() < 0.25
        agreement_id = self.agreement(
            dispute_id,
            last.date(),
            parties,
            vid,
            rng.randint(2, 4),
            form=AgreementForm.ORAL if oral else AgreementForm.WRITTEN,
            kind=AgreementKind.POLICE_MEDIATION
            if rng.random() < 0.2
            else AgreementKind.PEOPLES_MEDIATION,
        )
        if rng.random() < 0.99:  # a few are never visited, a few never closed
            visited = self.visit(agreement_id, parties[0][0], Performance.FULFILLED)
            if rng.random() < 0.99:
                self.close(dispute_id, visited)

    def measured_case(self, planned: Planned) -> None:
        count = {"print-small": 2, "print-large": 8, "rich": 3}[planned.kind]
        parties, vid = self.pick_parties(count)
        dispute_id = self.register(planned.received, parties, vid)
        sittings = 4 if planned.kind == "rich" else 1
        last = self.sessions(dispute_id, planned.received, parties, vid, sittings)
        terms = {"print-small": 5, "print-large": 30, "rich": 8}[planned.kind]
        agreement_id = self.agreement(dispute_id, last.date(), parties, vid, terms)
        visited = self.visit(agreement_id, parties[0][0], Performance.PARTIAL)
        if planned.kind != "rich":
            self.close(dispute_id, visited)
            return
        # A correction after signing: a supplementary agreement, signed and visited in turn.
        self.at(datetime.combine(visited, datetime.min.time()).replace(hour=14))
        supplement = start_supplement(self.ctx, agreement_id)
        signed = visited + timedelta(days=2)
        self.agreement(dispute_id, signed, parties, vid, 3, agreement_id=supplement)
        self.visit(supplement, parties[1][0], Performance.FULFILLED)


@dataclass(frozen=True)
class Measured:
    """The records the measurements use, found by what the build made unique."""

    small_agreement: int  # 2 parties, 5 terms
    large_agreement: int  # 8 parties, 30 terms
    rich_case: int  # 4 sessions, an agreement and its supplement
    initials: str  # pinyin initials of a party of a recent case ("zht")
    name_part: str  # the given name of another ("红涛")


def measured_records(conn: sqlite3.Connection) -> Measured:
    def agreement_with(parties: int, terms: int) -> int:
        row = conn.execute(
            """SELECT a.id FROM agreements a
               WHERE (SELECT count(*) FROM agreement_terms t WHERE t.agreement_id = a.id) = ?
                 AND (SELECT count(*) FROM dispute_parties p WHERE p.dispute_id = a.dispute_id) = ?
                 AND a.kind = 'peoples_mediation' AND a.form = 'written'
               ORDER BY a.id DESC LIMIT 1""",
            (terms, parties),
        ).fetchone()
        if row is None:
            raise RuntimeError(f"no agreement with {parties} parties and {terms} terms")
        return int(row[0])

    rich = conn.execute(
        "SELECT dispute_id FROM agreements WHERE supplements_id IS NOT NULL ORDER BY id DESC"
    ).fetchone()
    if rich is None:
        raise RuntimeError("no case with a supplementary agreement")
    names = conn.execute(  # parties of the newest cases with three-character names
        """SELECT p.name, p.name_keys FROM disputes d
           JOIN dispute_parties dp ON dp.dispute_id = d.id JOIN persons p ON p.id = dp.person_id
           WHERE d.deleted_at IS NULL AND length(p.name) = 3
           ORDER BY d.received_at DESC, d.id DESC, dp.position LIMIT 2"""
    ).fetchall()
    initials = names[0][1].split()[1]  # "zhanghongtao zht hongtao …": the second key
    return Measured(
        agreement_with(2, 5), agreement_with(8, 30), int(rich[0]), initials, names[1][0][1:]
    )


# ---------------------------------------------------------------------------------------------
