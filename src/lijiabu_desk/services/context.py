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

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from lijiabu_desk.db.engine import READ_ONLY
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.errors import SaveFailedError
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
        except OperationalError as exc:
            raise storage_failure(exc) from exc

    @contextmanager
    def read(self, permission: Permission = Permission.VIEW_RECORDS) -> Iterator[Session]:
        """A session that only reads: it never holds the write lock, so a save elsewhere in
        the program does not wait for it."""
        require(self.actor, permission)
        with self.db.sessions() as session:
            session.connection(execution_options={READ_ONLY: True})
            yield session


def storage_failure(exc: OperationalError) -> SaveFailedError:
    """Say in plain words why SQLite refused a save; the transaction was rolled back."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "full" in text:
        reason = "磁盘空间已满。请删除不需要的文件或换一块有空间的磁盘后再试"
    elif "locked" in text or "busy" in text:
        reason = "数据库正被另一处占用。请稍等片刻再试"
    elif "i/o" in text or "disk" in text:
        reason = "读写磁盘时出错，磁盘可能有故障。请尽快备份到U盘并检查电脑"
    elif "readonly" in text or "read-only" in text:
        reason = "数据库文件是只读的，无法写入。请检查文件权限"
    else:
        reason = f"数据库拒绝了这次保存（{exc.orig or exc}）"
    return SaveFailedError(f"刚才的修改没有保存：{reason}。之前保存的数据不受影响。")
