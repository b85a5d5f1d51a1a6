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

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lijiabu_desk.db.engine import READ_ONLY
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.errors import SaveFailedError
from lijiabu_desk.services.failures import database_reason
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
        try:
            with self.db.sessions.begin() as session:
                session.info["actor"] = self.actor
                session.info["clock"] = self.clock
                yield session
        except DBAPIError as exc:
            raise storage_failure(exc) from exc

    @contextmanager
    def read(self, permission: Permission = Permission.VIEW_RECORDS) -> Iterator[Session]:
        """A session that only reads: it never holds the write lock, so a save elsewhere in
        the program does not wait for it."""
        require(self.actor, permission)
        try:
            with self.db.sessions() as session:
                session.connection(execution_options={READ_ONLY: True})
                yield session
        except DBAPIError as exc:
            raise storage_failure(exc, saving=False) from exc


def storage_failure(exc: DBAPIError, *, saving: bool = True) -> SaveFailedError:
    """Say in plain words why SQLite refused; the transaction was rolled back. Only SQLite's
    reason is read, never the statement or its parameters (``services.failures``)."""
    if saving:
        return SaveFailedError(
            f"刚才的修改没有保存：{database_reason(exc)}。之前保存的数据不受影响。"
        )
    return SaveFailedError(f"读取数据时出错：{database_reason(exc)}。")
