"""Who is acting: every service call that reads or writes records names an actor.

The actor travels in ``session.info["actor"]`` so the audit listener can stamp every change.
On a database with no accounts yet (a new install, a bare import) commands run as
``SETUP_ACTOR``; as soon as an account exists, everything needs a login.
"""

from __future__ import annotations

from dataclasses import dataclass

from lijiabu_desk.models.enums import AccountRole


@dataclass(frozen=True)
class Actor:
    username: str
    role: AccountRole
    account_id: int | None = None
    display_name: str = ""

    @property
    def label(self) -> str:
        return self.display_name or self.username


SETUP_ACTOR = Actor(username="setup", role=AccountRole.ADMIN, display_name="初始设置")
