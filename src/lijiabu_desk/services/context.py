"""The context every service call runs in: the database, who acts, and the clock.

``ctx.write(permission)`` checks the role, opens one short transaction and puts the actor and
clock where the audit listener finds them; leaving the block commits, an exception rolls back
(nothing is saved half-way).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.permissions import Permission, require


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    actor: Actor
    clock: Callable[[], datetime] = field(default=datetime.now)

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def today(self) -> date:
        return self.clock().date()

    @contextmanager
    def write(self, permission: Permission = Permission.EDIT_RECORDS) -> Iterator[Session]:
        require(self.actor, permission)
        with self.db.sessions.begin() as session:
            session.info["actor"] = self.actor
            session.info["clock"] = self.clock
            yield session

    @contextmanager
    def read(self, permission: Permission = Permission.VIEW_RECORDS) -> Iterator[Session]:
        require(self.actor, permission)
        with self.db.sessions() as session:
            yield session
