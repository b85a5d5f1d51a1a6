"""Every guarded service, every form printed and every command of the command line, called as
every role: allowed exactly where the role table says.

Add each new guarded service to GUARDED, each form to PRINTS and each command to COMMANDS; the
role table is in services/permissions.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from lijiabu_desk import cli
from lijiabu_desk.db.paths import backup_dir_for
from lijiabu_desk.models.enums import (
    AccountRole,
    CallKind,
    DisputeCategory,
    DisputeSource,
    OfficerRole,
    PlaceKind,
    ResidentStatus,
)
from lijiabu_desk.services import accounts, calls, passwords, station
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.audit_check import verify_audit
from lijiabu_desk.services.backups import take_backup
from lijiabu_desk.services.cards import CardSelection, print_contact_cards
from lijiabu_desk.services.cards.issuance import record_handed_over, set_responsible_officer
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.demo import create_demo
from lijiabu_desk.services.disputes.agreements import (
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.disputes.ledger import export_ledger
from lijiabu_desk.services.disputes.listing import list_disputes
from lijiabu_desk.services.disputes.outcomes import reopen_case, retire_dispute
from lijiabu_desk.services.disputes.sessions import save_session
from lijiabu_desk.services.disputes.workflow import WorkflowError
from lijiabu_desk.services.errors import NotFoundError, ServiceError, ValidationError
from lijiabu_desk.services.history import (
    AuditFilter,
    audit_actors,
    export_audit_csv,
    record_history,
    search_audit,
)
from lijiabu_desk.services.identity import check_character
from lijiabu_desk.services.officers import OfficerInput, save_officer
from lijiabu_desk.services.permissions import (
    ROLE_PERMISSIONS,
    Permission,
    PermissionDeniedError,
    allows,
)
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.services.printing import PrintKind, print_form
from lijiabu_desk.services.queues import queue_counts
from lijiabu_desk.services.register.corrections import (
    ReturnInput,
    ReturnKind,
    return_plan,
    undo_leaving,
)
from lijiabu_desk.services.register.merge_pairs import likely_pairs
from lijiabu_desk.services.register.people import PersonInput, record_leaving, save_person
from lijiabu_desk.services.register.retiring import retire_person, retire_summary
from lijiabu_desk.services.roster.exporter import export_register
from lijiabu_desk.services.search import reveal_person, search
from tests.case_setup import complete_agreement, make_post, open_case, sitting


def _station_case(parties: list[PartyInput]) -> DisputeInput:
    return DisputeInput(
        category=DisputeCategory.NEIGHBOUR,
        source=DisputeSource.CALL,
        place_kind=PlaceKind.STATION,
        facts="邻里争吵",
        parties=tuple(parties),
    )


FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def _reopen_open_case(c: ServiceContext) -> None:
    """Dispute 1 is open: a role that may reopen is turned away by the workflow, after the
    permission check; a role that may not never gets that far."""
    with pytest.raises(WorkflowError, match="还没有结案"):
        reopen_case(c, 1, "当事人反悔")


def _officer_of_an_unknown_village(c: ServiceContext) -> None:
    with pytest.raises(NotFoundError, match="找不到名为"):
        set_responsible_officer(c, "无此村", None)


def _cards_when_none_is_needed(c: ServiceContext) -> None:
    with pytest.raises(ValidationError, match="连心卡"):  # no station or no card needed
        print_contact_cards(c, CardSelection(all_missing=True))


def _handover_by_an_unknown_officer(c: ServiceContext) -> None:
    with pytest.raises(ServiceError):
        record_handed_over(c, [1], 999, c.today())


def _unknown_call(step: Callable[[ServiceContext, int], object]) -> Callable[..., None]:
    """A step on a call that does not exist: refused after the permission check."""

    def run(c: ServiceContext) -> None:
        with pytest.raises(NotFoundError, match="求助记录"):
            step(c, 999)

    return run


def _undo_leaving_of_a_resident(c: ServiceContext) -> None:
    """Person 1 is in the register: a role that may undo 迁出/死亡 is told there is nothing to
    undo, after the permission check; a role that may not never gets that far."""
    with pytest.raises(ValidationError, match="没有迁出或死亡登记可撤销"):
        undo_leaving(c, 1, ReturnInput(ReturnKind.MISTAKE, "登记错了", None, None))


def _plan_for_a_resident(c: ServiceContext) -> None:
    with pytest.raises(ValidationError, match="没有迁出或死亡登记可撤销"):
        return_plan(c, 1)


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
    "take_backup_into_own_folder": (
        Permission.BACKUP,
        lambda c: take_backup(c, reason="manual", folder=backup_dir_for(c.db.path)),
    ),
    "take_backup_to_usb": (
        Permission.COPY_DATABASE,
        lambda c: take_backup(c, reason="manual", folder=c.db.path.with_name("usb")),
    ),
    "take_backup_to_usb_via_own_folder": (
        Permission.COPY_DATABASE,
        lambda c: take_backup(c, reason="manual", folder=backup_dir_for(c.db.path) / ".." / "u"),
    ),
    "search_name": (Permission.VIEW_RECORDS, lambda c: search(c, "李四")),
    "search_number": (Permission.VIEW_RECORDS, lambda c: search(c, "13912345678")),
    "verify_audit": (Permission.VIEW_AUDIT, verify_audit),
    "search_audit": (Permission.VIEW_AUDIT, lambda c: search_audit(c, AuditFilter())),
    "audit_actors": (Permission.VIEW_AUDIT, audit_actors),
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
    "reopen_case": (Permission.REOPEN_CASES, _reopen_open_case),
    "set_responsible_officer": (Permission.EDIT_SETTINGS, _officer_of_an_unknown_village),
    "print_contact_cards": (Permission.PRINT, _cards_when_none_is_needed),
    "record_handed_over": (Permission.EDIT_RECORDS, _handover_by_an_unknown_officer),
    "print_form": (
        Permission.PRINT,
        lambda c: print_form(c, PrintKind.INTAKE_FORM, 1),
    ),
    "undo_leaving": (Permission.RETIRE_RECORDS, _undo_leaving_of_a_resident),
    "return_plan": (Permission.RETIRE_RECORDS, _plan_for_a_resident),
    "retire_summary": (Permission.RETIRE_RECORDS, lambda c: retire_summary(c, 1)),
    "retire_person": (Permission.RETIRE_RECORDS, lambda c: retire_person(c, 1, "重复登记")),
    "log_call": (
        Permission.EDIT_RECORDS,
        lambda c: calls.log_call(
            c, calls.CallInput(kind=CallKind.ENQUIRY, summary="咨询", caller_name="张三")
        ),
    ),
    "update_call": (
        Permission.EDIT_RECORDS,
        _unknown_call(
            lambda c, i: calls.update_call(c, i, calls.CallInput(CallKind.OTHER, "求助"))
        ),
    ),
    "stamp_arrival": (Permission.EDIT_RECORDS, _unknown_call(calls.stamp_arrival)),
    "stamp_completion": (Permission.EDIT_RECORDS, _unknown_call(calls.stamp_completion)),
    "correct_times": (
        Permission.EDIT_RECORDS,
        _unknown_call(
            lambda c, i: calls.correct_times(c, i, calls.TimesInput("20260101", "9:00", "核对"))
        ),
    ),
    "set_outcome": (
        Permission.EDIT_RECORDS,
        _unknown_call(lambda c, i: calls.set_outcome(c, i, calls.OutcomeInput("已处理"))),
    ),
    "retire_call": (
        Permission.RETIRE_RECORDS,
        _unknown_call(lambda c, i: calls.retire_call(c, i, "重复登记")),
    ),
    "reveal_caller_phone": (Permission.VIEW_FULL_ID, _unknown_call(calls.reveal_caller_phone)),
    "list_calls": (Permission.VIEW_RECORDS, calls.list_calls),
    "calls_for_household": (Permission.VIEW_RECORDS, lambda c: calls.calls_for_household(c, 1)),
    "calls_for_person": (Permission.VIEW_RECORDS, lambda c: calls.calls_for_person(c, 1)),
    "calls_for_dispute": (Permission.VIEW_RECORDS, lambda c: calls.calls_for_dispute(c, 1)),
    "load_call_view": (Permission.VIEW_RECORDS, _unknown_call(calls.load_call_view)),
    "intake_from_call": (Permission.VIEW_RECORDS, _unknown_call(calls.intake_from_call)),
    "link_call_to_dispute": (
        Permission.EDIT_RECORDS,
        _unknown_call(lambda c, i: calls.link_call_to_dispute(c, i, 1)),
    ),
    "register_dispute_from_call": (
        Permission.EDIT_RECORDS,
        _unknown_call(
            lambda c, i: calls.register_dispute_from_call(c, i, _station_case([PartyInput(1)]))
        ),
    ),
    "queue_counts": (Permission.VIEW_RECORDS, lambda c: queue_counts(c, c.today())),
    "likely_pairs": (Permission.VIEW_RECORDS, likely_pairs),
    # merge_persons and undo_merge need two people and a merge to succeed: their role checks
    # are in test_person_merge_refusals.
    "create_demo": (
        Permission.IMPORT,
        lambda c: create_demo(c, households=2, seed=1, hasher=FAST),
    ),
}


def test_role_table_matches_the_issue() -> None:
    admin, officer, aux = (ROLE_PERMISSIONS[r] for r in AccountRole)
    assert admin == frozenset(Permission)
    full = {Permission.VIEW_FULL_ID, Permission.COPY_DATABASE, Permission.PRINT_FINAL}
    assert {Permission.EXPORT, Permission.RETIRE_RECORDS} | full <= officer
    assert not ({Permission.EXPORT, Permission.RETIRE_RECORDS} | full) & aux
    assert {Permission.EDIT_RECORDS, Permission.PRINT, Permission.BACKUP} <= aux
    assert not {Permission.MANAGE_ACCOUNTS, Permission.RESTORE} & (officer | aux)
    for role_permissions in ROLE_PERMISSIONS.values():  # a legal form needs full numbers
        assert Permission.PRINT_FINAL not in role_permissions or (
            Permission.VIEW_FULL_ID in role_permissions
        )


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


# --- every form, and every command of the command line ----------------------------------------

USERS = {
    AccountRole.ADMIN: ("houzhang", "Lijiabu#2026"),
    AccountRole.OFFICER: ("minjing", "Paichusuo#26"),
    AccountRole.AUXILIARY: ("fujing", "Tiaojie#2026"),
}


@dataclass(frozen=True)
class Post:
    """A post with one account per role (own passwords: the command line refuses temporary
    ones), a case in each state an agreement can be in, and a backup to restore."""

    path: Path
    actors: dict[AccountRole, Actor]
    ids: dict[str, int]
    backup: Path


def _open_post(db: Database, clock: Callable[[], datetime]) -> Post:
    name, password = USERS[AccountRole.ADMIN]
    admin = accounts.create_first_admin(
        db, username=name, display_name="", password=password, hasher=FAST, clock=clock
    )
    desk = ServiceContext(db, admin, clock)
    actors = {AccountRole.ADMIN: admin}
    for role in (AccountRole.OFFICER, AccountRole.AUXILIARY):
        name, password = USERS[role]
        accounts.add_account(
            desk, username=name, display_name="", role=role, password="Temp#00000", hasher=FAST
        )
        actor = accounts.login(db, name, "Temp#00000", hasher=FAST, clock=clock)
        accounts.choose_new_password(ServiceContext(db, actor, clock), password, hasher=FAST)
        actors[role] = actor
    post = make_post(desk)
    ids = {"case": open_case(desk, post)}
    ids["sitting"] = save_session(desk, ids["case"], sitting(post))
    ids["draft"] = save_agreement(desk, ids["case"], complete_agreement(post))
    for state in ("final", "signed"):
        ids[f"{state}_case"] = open_case(desk, post)
        ids[state] = save_agreement(desk, ids[f"{state}_case"], complete_agreement(post))
        finalise_agreement(desk, ids[state])
    mark_signed(desk, ids["signed"], "20261128")
    ids["follow_up"] = load_case(desk, ids["signed_case"]).follow_ups[0].id
    backup = take_backup(desk, reason="manual").path
    return Post(db.path, actors, ids, backup)


@pytest.fixture
def post(db: Database, clock: Callable[[], datetime]) -> Post:
    return _open_post(db, clock)


PRINTS: dict[str, tuple[tuple[Permission, ...], PrintKind, str]] = {
    "intake-form": ((Permission.PRINT,), PrintKind.INTAKE_FORM, "case"),
    "mediation-record": ((Permission.PRINT,), PrintKind.MEDIATION_RECORD, "sitting"),
    "follow-up": ((Permission.PRINT,), PrintKind.FOLLOW_UP, "follow_up"),
    "closing-report": ((Permission.PRINT,), PrintKind.CLOSING_REPORT, "signed_case"),
    "draft-agreement": ((Permission.PRINT,), PrintKind.MEDIATION_AGREEMENT, "draft"),
    "final-agreement": (
        (Permission.PRINT, Permission.PRINT_FINAL),
        PrintKind.MEDIATION_AGREEMENT,
        "final",
    ),
    "signed-agreement": (
        (Permission.PRINT, Permission.PRINT_FINAL),
        PrintKind.MEDIATION_AGREEMENT,
        "signed",
    ),
}


def _audit_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM audit_entries").fetchone()[0]


@pytest.mark.parametrize("role", list(AccountRole))
@pytest.mark.parametrize("name", sorted(PRINTS))
def test_every_form_printed_as_every_role(db, clock, post: Post, role, name: str) -> None:
    needed, kind, key = PRINTS[name]
    ctx = ServiceContext(db, post.actors[role], clock)
    if all(allows(ctx.actor, p) for p in needed):
        printed = print_form(ctx, kind, post.ids[key])
        assert printed.masked is not allows(ctx.actor, Permission.VIEW_FULL_ID)
    else:
        before = _audit_count(post.path)
        with pytest.raises(PermissionDeniedError):
            print_form(ctx, kind, post.ids[key])
        assert _audit_count(post.path) == before


HOUSEHOLD_HEAD = "62110219550101002" + check_character("62110219550101002")


def _roster(folder: Path) -> Path:
    path = folder / "roster.csv"
    header = "户号,姓名,与户主关系,性别,民族,公民身份号码,联系电话,社"
    path.write_text(f"{header}\nMJS0001,马有福,户主,男,汉,{HOUSEHOLD_HEAD},,三社\n", "utf-8")
    return path


# What each command needs, and its arguments after the command's name (``--db`` is added).
Args = Callable[[Post, Path], list[str]]
COMMANDS: dict[str, tuple[tuple[Permission, ...], Args]] = {
    "check": ((), lambda p, t: ["check"]),  # reads the file; no login
    "demo": ((Permission.IMPORT,), lambda p, t: ["demo", "--households", "2", "--seed", "1"]),
    "import-roster --dry-run": (
        (Permission.IMPORT,),
        lambda p, t: ["import-roster", str(_roster(t)), "--village", "马家山村", "--dry-run"],
    ),
    "import-roster": (
        (Permission.IMPORT,),
        lambda p, t: ["import-roster", str(_roster(t)), "--village", "马家山村"],
    ),
    "backup": ((Permission.BACKUP,), lambda p, t: ["backup"]),
    "backup --to": (
        (Permission.BACKUP, Permission.COPY_DATABASE),
        lambda p, t: ["backup", "--to", str(t / "usb")],
    ),
    "restore": ((Permission.RESTORE,), lambda p, t: ["restore", str(p.backup), "--yes"]),
    "audit verify": ((Permission.VIEW_AUDIT,), lambda p, t: ["audit", "verify"]),
    "queues": ((Permission.VIEW_RECORDS,), lambda p, t: ["queues", "--json"]),
}
for _name, (_needed, _kind, _key) in PRINTS.items():
    COMMANDS[f"print {_name}"] = (
        _needed,
        lambda p, t, k=_kind, key=_key: ["print", k.value, str(p.ids[key]), "-o", str(t / "f.pdf")],
    )


@pytest.mark.parametrize("role", list(AccountRole))
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_as_every_role(
    db, clock, post: Post, role, name: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    """``gui`` is left out: the window asks for the login itself."""
    db.close()  # as the officer's shell would find it: nobody holds the file
    monkeypatch.setattr(passwords, "make_hasher", lambda: FAST)
    user, password = USERS[role]
    monkeypatch.setenv("LIJIABU_USER", user)
    monkeypatch.setenv("LIJIABU_PASSWORD", password)
    needed, args = COMMANDS[name]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code = cli.main([*args(post, out_dir), "--db", str(post.path)])
    _, err = capsys.readouterr()
    if all(allows(post.actors[role], p) for p in needed):
        assert code == 0, err
    else:
        assert code == 1 and ("无权" in err or "只有" in err), err
        assert list(out_dir.rglob("*.pdf")) == [] and list(out_dir.rglob("*.sqlite3")) == []
