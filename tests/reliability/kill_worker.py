"""A worker that saves realistic records forever, to be killed with SIGKILL at a random moment.

    python tests/reliability/kill_worker.py DB_PATH SEED      # open DB_PATH and save until killed
    python tests/reliability/kill_worker.py --zygote          # fork workers on request (below)

Every save is one ``ctx.write()`` transaction. Just before the block commits the worker prints
``INTENT <kind> <uid> <value>``; once the commit has returned it prints
``ACK <kind> <uid> <value>``.
Lines go straight to file descriptor 1 with ``os.write`` (no buffering), so a line the parent reads
was written before the kill. At most one transaction is in flight: the last INTENT without an ACK.

Kinds and values (no spaces in either):
    seed      <officer uid>   <village uid>,<village uid>,...
    household <household uid> <person uid>=<phone>,...        (phone may be empty)
    dispute   <dispute uid>   <case number>;<person uid>,<person uid>
    visit     <visit uid>     <household uid>
    phone     <person uid>    <new phone>
    retire    <person uid>    <deleted_at, ISO format>

``--zygote`` imports everything once (about 0.7 s of SQLAlchemy and Alembic) and then reads
commands on stdin: ``RUN <token> <seed> <db path>`` forks a worker whose lines are prefixed with
``<token> `` and answers ``PID <token> <pid>``; ``REAP <pid>`` waits for that child to be gone and
answers ``REAPED <pid> <status>``. The zygote itself never opens a database.
"""

from __future__ import annotations

import os
import random
import sys
import time
import traceback
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, configure_mappers

from lijiabu_desk.models import (
    Dispute,
    DisputeParty,
    HomeVisit,
    HomeVisitOfficer,
    Household,
    Officer,
    Person,
    Village,
    VillageGroup,
)
from lijiabu_desk.models.enums import (
    AccountRole,
    DisputeCategory,
    DisputeSource,
    DocumentKind,
    OfficerRole,
    PlaceKind,
    Relation,
    Sex,
)
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.numbering import allocate
from lijiabu_desk.services.permissions import Permission

Emit = Callable[[str], None]

ACTOR = Actor("liqiang", AccountRole.OFFICER, account_id=None, display_name="李强")
SURNAMES = "王李张刘陈杨赵马何魏牛侯郭董汪苟景漆雒巩慕车安贾石梁高曾单解"
GIVEN_MALE = "有永长生德建国志天玉军平强明斌峰辉刚东勇涛华杰龙宏浩宇博俊轩"
GIVEN_FEMALE = "秀桂玉金凤兰英梅花芳珍香莲琴霞红燕娟丽平艳萍玲怡涵萱琪悦"
VILLAGES = ("杏树岔村", "柳沟村", "红崖湾村", "阳洼村", "石家岘村")
GROUPS = ("一社", "二社", "三社", "四社")
FACTS = (
    "因承包地地埂归属发生争执，双方多次口角。",
    "邻里之间因排水沟堵塞引发纠纷，要求对方疏通。",
    "牲畜交易后买方称牛有病，要求退款，卖方不同意。",
    "夫妻因外出务工收入分配问题发生争吵。",
    "宅基地院墙越界约半米，双方各执一词。",
)
PURPOSES = ("入户走访", "反诈宣传", "关爱独居老人", "矛盾纠纷排查", "身份证到期提醒")


def new_uid() -> str:
    return str(uuid.uuid4())


def phone_number(rng: random.Random) -> str:
    return "1" + rng.choice("35789") + "".join(rng.choice("0123456789") for _ in range(9))


def person_name(rng: random.Random, sex: Sex) -> str:
    given = GIVEN_MALE if sex is Sex.MALE else GIVEN_FEMALE
    return rng.choice(SURNAMES) + "".join(rng.choice(given) for _ in range(rng.randint(1, 2)))


def pick(session: Session, rng: random.Random, column: Any, *where: Any) -> list[int]:
    """The ids in ``column`` of the rows matching ``where``, shuffled by ``rng``."""
    ids = list(session.scalars(select(column).where(*where).order_by(column)))
    rng.shuffle(ids)
    return ids


def save_seed(session: Session, rng: random.Random) -> tuple[str, str, str]:
    officer = Officer(uid=new_uid(), name="李强", badge_no="062017", role=OfficerRole.OFFICER)
    villages = []
    for name in VILLAGES:
        village = Village(uid=new_uid(), name=name, head_name=person_name(rng, Sex.MALE))
        village.groups = [VillageGroup(number=i + 1, name=g) for i, g in enumerate(GROUPS)]
        villages.append(village)
    session.add_all([officer, *villages])
    return "seed", officer.uid, ",".join(v.uid for v in villages)


def save_household(session: Session, rng: random.Random) -> tuple[str, str, str]:
    village_id = rng.choice(pick(session, rng, Village.id))
    groups = pick(session, rng, VillageGroup.id, VillageGroup.village_id == village_id)
    next_no = (session.scalar(select(func.max(Household.id))) or 0) + 1
    household = Household(
        uid=new_uid(),
        household_no=f"62110{village_id:02d}{next_no:07d}",
        village_id=village_id,
        group_id=groups[0] if groups else None,
        house_no=str(rng.randint(1, 120)),
        address_detail=rng.choice(("村委会东侧", "老庄子坡上", "机耕路北侧", "水窖旁")),
    )
    head, other = rng.choice(((Sex.MALE, Sex.FEMALE), (Sex.FEMALE, Sex.MALE)))
    surname = rng.choice(SURNAMES)
    roles = [(Relation.HEAD, head), (Relation.SPOUSE, other), (Relation.SON, Sex.MALE)]
    roles += [(Relation.DAUGHTER, Sex.FEMALE), (Relation.MOTHER, Sex.FEMALE)]
    members = []
    for relation, sex in roles[: rng.randint(1, 5)]:
        adult = relation in (Relation.HEAD, Relation.SPOUSE, Relation.MOTHER)
        name = person_name(rng, sex)
        if relation is not Relation.SPOUSE and relation is not Relation.MOTHER:
            name = surname + name[1:]
        members.append(
            Person(
                uid=new_uid(),
                name=name,
                sex=sex,
                ethnicity="汉族",
                phone=phone_number(rng) if adult or rng.random() < 0.3 else "",
                occupation=rng.choice(("务农", "外出务工", "个体")) if adult else "学生",
                relation=relation,
                household=household,
            )
        )
    session.add(household)
    return "household", household.uid, ",".join(f"{p.uid}={p.phone}" for p in members)


def save_dispute(ctx: ServiceContext, session: Session, rng: random.Random) -> tuple[str, ...]:
    alive = pick(session, rng, Person.id, Person.deleted_at.is_(None))
    if len(alive) < 2:
        return save_household(session, rng)
    first, second = (session.get_one(Person, i) for i in alive[:2])
    number = allocate(session, DocumentKind.DISPUTE_CASE, ctx.today().year)
    village_id = first.household.village_id if first.household else None
    dispute = Dispute(
        uid=new_uid(),
        case_no=number.text,
        year=number.year,
        seq=number.seq,
        category=rng.choice(list(DisputeCategory)),
        source=rng.choice(list(DisputeSource)),
        place_kind=PlaceKind.VILLAGE if village_id else PlaceKind.STATION,
        village_id=village_id,
        received_at=ctx.now(),
        facts=rng.choice(FACTS),
        deadline=ctx.today() + timedelta(days=30),
    )
    for position, (person, side) in enumerate(((first, "甲方"), (second, "乙方"))):
        party = DisputeParty(person=person, position=position, side=side, demand="要求赔偿损失")
        dispute.parties.append(party)
    session.add(dispute)
    return "dispute", dispute.uid, f"{number.text};{first.uid},{second.uid}"


def save_visit(ctx: ServiceContext, session: Session, rng: random.Random) -> tuple[str, ...]:
    households = pick(session, rng, Household.id)
    if not households:
        return save_household(session, rng)
    household = session.get_one(Household, households[0])
    officer_id = session.scalars(select(Officer.id).order_by(Officer.id)).first()
    visit = HomeVisit(
        uid=new_uid(),
        household=household,
        visit_date=ctx.today(),
        purpose=rng.choice(PURPOSES),
        summary="了解家庭近况，讲解电信诈骗常见手法，留下民警联系卡。",
        anti_fraud_app_installed=rng.random() < 0.6,
        contact_card_handed=True,
    )
    if officer_id is not None:
        visit.officers.append(HomeVisitOfficer(officer_id=officer_id))
    session.add(visit)
    return "visit", visit.uid, household.uid


def save_phone(session: Session, rng: random.Random) -> tuple[str, ...]:
    alive = pick(session, rng, Person.id, Person.deleted_at.is_(None))
    if not alive:
        return save_household(session, rng)
    person = session.get_one(Person, alive[0])
    person.phone = phone_number(rng)
    return "phone", person.uid, person.phone


def save_retire(ctx: ServiceContext, session: Session, rng: random.Random) -> tuple[str, ...]:
    alive = pick(session, rng, Person.id, Person.deleted_at.is_(None))
    if len(alive) < 4:
        return save_household(session, rng)
    person = session.get_one(Person, alive[0])
    person.deleted_at = ctx.now()
    return "retire", person.uid, person.deleted_at.isoformat()


def save_one(ctx: ServiceContext, rng: random.Random, emit: Emit) -> None:
    roll = rng.random()
    permission = Permission.RETIRE_RECORDS if roll >= 0.9 else Permission.EDIT_RECORDS
    with ctx.write(permission) as session:
        if session.scalar(select(func.count(Village.id))) == 0:
            saved = save_seed(session, rng)
        elif roll < 0.35:
            saved = save_household(session, rng)
        elif roll < 0.5:
            saved = save_dispute(ctx, session, rng)
        elif roll < 0.7:
            saved = save_visit(ctx, session, rng)
        elif roll < 0.9:
            saved = save_phone(session, rng)
        else:
            saved = save_retire(ctx, session, rng)
        session.flush()
        emit("INTENT " + " ".join(saved))
    emit("ACK " + " ".join(saved))


def run(db_path: Path, seed: int, emit: Emit) -> None:
    emit("OPENING")
    started = time.perf_counter()
    db = open_database(db_path)
    emit(f"OPENED {time.perf_counter() - started:.3f}")
    ctx = ServiceContext(db, ACTOR)
    rng = random.Random(seed)
    while True:
        save_one(ctx, rng, emit)


def emitter(prefix: str) -> Emit:
    def emit(line: str) -> None:
        os.write(1, f"{prefix}{line}\n".encode())

    return emit


def child(token: str, seed: int, db_path: Path) -> None:
    """Runs in a forked child and never returns into the zygote's loop."""
    emit = emitter(f"{token} ")
    try:
        sys.stdin.close()
        run(db_path, seed, emit)
    except BaseException:
        emit("ERROR " + traceback.format_exc().replace("\n", " | "))
        os._exit(1)
    os._exit(0)


def zygote() -> None:
    configure_mappers()  # done once here rather than in every child: ~0.1 s each
    answer = emitter("")
    answer("READY")
    for line in sys.stdin:
        command, _, rest = line.rstrip("\n").partition(" ")
        if command == "RUN":
            token, seed, path = rest.split(" ", 2)
            pid = os.fork()
            if pid == 0:
                child(token, int(seed), Path(path))
            answer(f"PID {token} {pid}")
        elif command == "REAP":
            _, status = os.waitpid(int(rest), 0)
            answer(f"REAPED {rest} {status}")
        elif command == "QUIT":
            return


def main(argv: list[str]) -> None:
    if argv == ["--zygote"]:
        zygote()
        return
    if len(argv) != 2:
        raise SystemExit(__doc__)
    run(Path(argv[0]), int(argv[1]), emitter(""))


if __name__ == "__main__":
    main(sys.argv[1:])
