"""A made-up township to try the desk with: 李家堡派出所, its villages, people and two years
of work.

``build_demo_township`` fills an empty database. Everything comes from one ``random.Random(seed)``
and the ``today`` passed in, so the same seed and day give the same rows, ids, uids and times.
Every person, village and phone number is invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from lijiabu_desk.models import Account, Household, Village
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.accounts import has_accounts
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.demo import vocab
from lijiabu_desk.services.demo.activity import build_activity
from lijiabu_desk.services.demo.case_details import record_case_details
from lijiabu_desk.services.demo.cases import plan_cases
from lijiabu_desk.services.demo.context import Context
from lijiabu_desk.services.demo.mediation import save_cases
from lijiabu_desk.services.demo.meeting_agenda import record_agendas
from lijiabu_desk.services.demo.township import build_township
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import Permission

__all__ = ["DEMO_ADMIN", "DEMO_PASSWORD", "DemoSummary", "build_demo_township", "create_demo"]

# Published in the README so that anyone can try the demo. Never used outside a demo database.
DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo"

MAX_HOUSEHOLDS = 200_000


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each table the demo wrote (table name → count)."""

    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def build_demo_township(
    session: Session, *, households: int = 300, seed: int = 0, today: date
) -> DemoSummary:
    """Fill an empty database with a demo township of ``households`` households.

    Runs inside the caller's transaction and flushes in batches; the caller commits. Refuses a
    database that already holds households, so real records are never mixed with made-up ones.
    """
    if not 1 <= households <= MAX_HOUSEHOLDS:
        raise ValidationError(
            f"演示数据的户数应在1到{MAX_HOUSEHOLDS}之间，现在是{households}。", "households"
        )
    if session.scalar(select(Household.id).limit(1)) is not None:
        raise ValidationError(
            "数据库里已经有户籍数据，不能再生成演示数据。请使用一个新的空数据库。"
        )
    names = [name for name, _ in vocab.VILLAGES]
    taken = session.scalars(select(Village.name).where(Village.name.in_(names)).limit(1)).first()
    if taken is not None:
        raise ValidationError(f"数据库里已经有“{taken}”，与演示数据的村名重复，不能生成演示数据。")
    ctx = Context(session, random.Random(seed), today)
    township = build_township(ctx, households)
    build_activity(ctx, township)
    cases = plan_cases(ctx, township, max(30, round(households * 0.04)))
    save_cases(ctx, township, cases)
    record_agendas(ctx)  # the meetings' topics name cases: after the cases
    record_case_details(ctx)  # a stream of its own: the rows above stay as they were
    ctx.flush()
    return DemoSummary(dict(sorted(ctx.counts.items())))


def create_demo(
    ctx: ServiceContext, *, households: int, seed: int, hasher: PasswordHasher
) -> DemoSummary:
    """The ``demo`` command: fill the township and, on a database without accounts, add the
    administrator ``admin``/``demo``.

    The rows are written with bulk inserts, which the per-row audit listener does not see; one
    audit entry records the fill with its counts instead.
    """
    with ctx.write(Permission.IMPORT) as session:
        summary = build_demo_township(session, households=households, seed=seed, today=ctx.today())
        record_event(session, ctx.actor, Action.BULK, details={"demo": summary.counts})
        if not has_accounts(session):
            session.add(
                Account(
                    username=DEMO_ADMIN,
                    display_name="演示管理员",
                    role=AccountRole.ADMIN,
                    password_hash=hasher.hash(DEMO_PASSWORD),
                    password_changed_at=ctx.now(),
                )
            )
    return summary
