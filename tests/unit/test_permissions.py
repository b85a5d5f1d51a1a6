"""Every guarded service, called as every role: allowed exactly where the role table says.

Add each new guarded service to GUARDED; the role table is in services/permissions.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from argon2 import PasswordHasher

from lijiabu_desk.models.enums import (
    AccountRole,
    DisputeCategory,
    DisputeSource,
    OfficerRole,
    PlaceKind,
    ResidentStatus,
)
from lijiabu_desk.services import accounts, station
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.audit_check import verify_audit
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.demo import create_demo
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.disputes.ledger import export_ledger
from lijiabu_desk.services.disputes.listing import list_disputes
from lijiabu_desk.services.disputes.outcomes import retire_dispute
from lijiabu_desk.services.history import (
    AuditFilter,
    export_audit_csv,
    record_history,
    search_audit,
)
from lijiabu_desk.services.officers import OfficerInput, save_officer
from lijiabu_desk.services.permissions import (
    ROLE_PERMISSIONS,
    Permission,
    PermissionDeniedError,
    allows,
)
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.services.printing import PrintKind, print_form
from lijiabu_desk.services.register.people import PersonInput, record_leaving, save_person
from lijiabu_desk.services.roster.exporter import export_register
from lijiabu_desk.services.search import reveal_person


def _station_case(parties: list[PartyInput]) -> DisputeInput:
    return DisputeInput(
        category=DisputeCategory.NEIGHBOUR,
        source=DisputeSource.CALL,
        place_kind=PlaceKind.STATION,
        facts="邻里争吵",
        parties=tuple(parties),
    )


FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

GUARDED: dict[
    str, tuple[Permission | tuple[Permission, ...], Callable[[ServiceContext], object]]
] = {
    "load_station": (Permission.VIEW_RECORDS, station.load_station),
    "save_person": (
        Permission.EDIT_RECORDS,
        lambda c: save_person(c, PersonInput(name="张三")),
    ),
    "record_leaving": (
        Permission.RETIRE_RECORDS,
        lambda c: record_leaving(c, 1, ResidentStatus.MOVED_AWAY, "20260101", "外出务工"),
    ),
    "reveal_person": (
        Permission.VIEW_FULL_ID,
        lambda c: reveal_person(c, 1),
    ),
    "export_register": (
        Permission.EXPORT,
        lambda c: export_register(c, c.db.path.with_name("register.xlsx")),
    ),
    "export_register_full": (
        (Permission.EXPORT, Permission.VIEW_FULL_ID),
        lambda c: export_register(c, c.db.path.with_name("full.xlsx"), full_numbers=True),
    ),
    "save_village": (
        Permission.EDIT_SETTINGS,
        lambda c: save_village(c, VillageInput(name="河湾村")),
    ),
    "save_officer": (
        Permission.EDIT_SETTINGS,
        lambda c: save_officer(c, OfficerInput(name="王警官", role=OfficerRole.AUXILIARY)),
    ),
    "take_backup": (Permission.BACKUP, lambda c: take_backup(c, reason="manual")),
    "verify_audit": (Permission.VIEW_AUDIT, verify_audit),
    "search_audit": (Permission.VIEW_AUDIT, lambda c: search_audit(c, AuditFilter())),
    "record_history": (Permission.VIEW_RECORDS, lambda c: record_history(c, "accounts", 1)),
    "export_audit_csv": (
        (Permission.EXPORT, Permission.VIEW_AUDIT),
        lambda c: export_audit_csv(c, AuditFilter(), c.db.path.with_name("audit.csv")),
    ),
    "save_station": (
        Permission.EDIT_SETTINGS,
        lambda c: station.save_station(c, station.StationDetails(name="李家堡派出所")),
    ),
    "add_account": (
        Permission.MANAGE_ACCOUNTS,
        lambda c: accounts.add_account(
            c,
            username="new1",
            display_name="",
            role=AccountRole.AUXILIARY,
            password="Temp#12345",
            hasher=FAST,
        ),
    ),
    "list_accounts": (Permission.MANAGE_ACCOUNTS, accounts.list_accounts),
    "set_disabled": (Permission.MANAGE_ACCOUNTS, lambda c: accounts.set_disabled(c, 1, False)),
    "reset_password": (
        Permission.MANAGE_ACCOUNTS,
        lambda c: accounts.reset_password(c, 1, "Reset#12345", hasher=FAST),
    ),
    "register_dispute": (
        Permission.EDIT_RECORDS,
        lambda c: register_dispute(c, _station_case([PartyInput(1)])),
    ),
    "list_disputes": (Permission.VIEW_RECORDS, list_disputes),
    "export_ledger": (
        Permission.EXPORT,
        lambda c: export_ledger(c, c.db.path.with_name("ledger.xlsx")),
    ),
    "retire_dispute": (
        Permission.RETIRE_RECORDS,
        lambda c: retire_dispute(c, 1, "重复登记"),
    ),
    "print_form": (
        Permission.PRINT,
        lambda c: print_form(c, PrintKind.INTAKE_FORM, 1),
    ),
    "create_demo": (
        Permission.IMPORT,
        lambda c: create_demo(c, households=2, seed=1, hasher=FAST),
    ),
}


def test_role_table_matches_the_issue() -> None:
    admin, officer, aux = (ROLE_PERMISSIONS[r] for r in AccountRole)
    assert admin == frozenset(Permission)
    assert {Permission.EXPORT, Permission.VIEW_FULL_ID, Permission.RETIRE_RECORDS} <= officer
    assert not {Permission.EXPORT, Permission.VIEW_FULL_ID, Permission.RETIRE_RECORDS} & aux
    assert Permission.EDIT_RECORDS in aux and Permission.PRINT in aux
    assert not {Permission.MANAGE_ACCOUNTS, Permission.RESTORE} & (officer | aux)


@pytest.mark.parametrize("role", list(AccountRole))
@pytest.mark.parametrize("name", sorted(GUARDED))
def test_every_guarded_service_as_every_role(db, hasher, role: AccountRole, name: str) -> None:
    admin = accounts.create_first_admin(
        db, username="houzhang", display_name="", password="Lijiabu#2026", hasher=hasher
    )
    setup = ServiceContext(db, SETUP_ACTOR)
    save_person(setup, PersonInput(name="李四"))  # person 1
    register_dispute(setup, _station_case([PartyInput(1)]))  # dispute 1
    needed, call = GUARDED[name]
    ctx = ServiceContext(db, Actor(f"user_{role.value}", role, admin.account_id))
    permissions = needed if isinstance(needed, tuple) else (needed,)
    if all(allows(ctx.actor, p) for p in permissions):
        call(ctx)
    else:
        with db.sessions() as s:
            before = s.connection().exec_driver_sql("SELECT count(*) FROM audit_entries").scalar()
        with pytest.raises(PermissionDeniedError):
            call(ctx)
        with db.sessions() as s:
            after = s.connection().exec_driver_sql("SELECT count(*) FROM audit_entries").scalar()
        assert after == before  # nothing written
