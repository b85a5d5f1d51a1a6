"""Accounts: first administrator, login and lockout, passwords, managing accounts."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from lijiabu_desk.models import Account, AuditEntry, Station
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services import accounts
from lijiabu_desk.services.accounts import LoginError, create_first_admin, login
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.errors import ServiceError, ValidationError
from lijiabu_desk.services.passwords import make_hasher
from lijiabu_desk.services.permissions import PermissionDeniedError
from lijiabu_desk.services.station import StationDetails

GOOD = "Lijiabu#2026"


@pytest.fixture
def admin(db: Database, hasher: PasswordHasher, clock) -> ServiceContext:
    actor = create_first_admin(
        db,
        username="houzhang",
        display_name="侯所长",
        password=GOOD,
        hasher=hasher,
        station=StationDetails(name="李家堡派出所", duty_phone="0932 8123456"),
        clock=clock,
    )
    return ServiceContext(db, actor, clock)


def audit_actions(db: Database) -> list[str]:
    with db.sessions() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_first_start_creates_station_and_administrator(admin: ServiceContext) -> None:
    assert admin.actor.role == AccountRole.ADMIN and admin.actor.account_id is not None
    with admin.db.sessions() as s:
        station = s.scalars(select(Station)).one()
        assert station.duty_phone == "0932-8123456"
        assert s.scalars(select(Account.username)).all() == ["houzhang"]
    with admin.db.sessions() as s:
        entries = {(e.action, e.table_name, e.actor) for e in s.scalars(select(AuditEntry))}
    assert entries == {
        ("create", "accounts", "setup"),
        ("create", "stations", "setup"),
        ("login", "accounts", "houzhang"),
    }


def test_first_start_is_refused_once_an_account_exists(admin, hasher) -> None:
    with pytest.raises(ServiceError, match="已经有账号"):
        create_first_admin(admin.db, username="x2", display_name="", password=GOOD, hasher=hasher)


@pytest.mark.parametrize(
    ("password", "fragment"),
    [
        ("abc12", "至少需要 8 位"),
        ("abcdefghij", "至少两种"),
        ("12345678a", "太常见"),
        ("houzhang99", "不能包含用户名"),
    ],
)
def test_weak_passwords_are_refused_and_nothing_is_written(
    db: Database, hasher, password: str, fragment: str
) -> None:
    with pytest.raises(ValidationError) as info:
        create_first_admin(
            db,
            username="houzhang",
            display_name="",
            password=password,
            hasher=hasher,
            station=StationDetails(name="李家堡派出所"),
        )
    assert fragment in info.value.message and info.value.field == "password"
    with db.sessions() as s:
        assert s.scalars(select(Account)).all() == [] and s.scalars(select(Station)).all() == []


def test_login_with_the_right_password(admin, hasher, clock) -> None:
    actor = login(admin.db, "houzhang", GOOD, hasher=hasher, clock=clock)
    assert actor.username == "houzhang" and actor.display_name == "侯所长"


def test_unknown_user_and_wrong_password_read_alike(admin, hasher, clock) -> None:
    with pytest.raises(LoginError) as unknown:
        login(admin.db, "nobody", GOOD, hasher=hasher, clock=clock)
    with pytest.raises(LoginError) as wrong:
        login(admin.db, "houzhang", "nope", hasher=hasher, clock=clock)
    assert unknown.value.message.startswith("用户名或密码不正确")
    assert wrong.value.message.startswith("用户名或密码不正确")


def test_five_failures_lock_the_account_for_ten_minutes(admin, hasher, clock) -> None:
    for attempt in range(1, 5):
        with pytest.raises(LoginError, match=f"再输错 {5 - attempt} 次"):
            login(admin.db, "houzhang", "wrong", hasher=hasher, clock=clock)
    with pytest.raises(LoginError, match="已锁定 10 分钟"):
        login(admin.db, "houzhang", "wrong", hasher=hasher, clock=clock)
    clock.advance(minutes=9, seconds=59)
    with pytest.raises(LoginError, match="以后再试"):
        login(admin.db, "houzhang", GOOD, hasher=hasher, clock=clock)
    clock.advance(seconds=1)
    assert login(admin.db, "houzhang", GOOD, hasher=hasher, clock=clock).username == "houzhang"
    actions = audit_actions(admin.db)
    assert actions.count("login_failed") == 6 and actions.count("lockout") == 1


def test_a_success_resets_the_failure_count(admin, hasher, clock) -> None:
    for _ in range(4):
        with pytest.raises(LoginError):
            login(admin.db, "houzhang", "wrong", hasher=hasher, clock=clock)
    login(admin.db, "houzhang", GOOD, hasher=hasher, clock=clock)
    with pytest.raises(LoginError, match="再输错 4 次"):
        login(admin.db, "houzhang", "wrong", hasher=hasher, clock=clock)


def test_admin_adds_disables_and_resets_accounts(admin, hasher, clock) -> None:
    view = accounts.add_account(
        admin,
        username="wangjing",
        display_name="王警官",
        role=AccountRole.OFFICER,
        password="Temp#12345",
        hasher=hasher,
    )
    assert view.must_change_password
    officer = login(admin.db, "wangjing", "Temp#12345", hasher=hasher, clock=clock)
    accounts.set_disabled(admin, view.id, True)
    with pytest.raises(LoginError, match="已停用"):
        login(admin.db, "wangjing", "Temp#12345", hasher=hasher, clock=clock)
    accounts.set_disabled(admin, view.id, False)
    accounts.reset_password(admin, view.id, "Reset#67890", hasher=hasher)
    assert login(admin.db, "wangjing", "Reset#67890", hasher=hasher, clock=clock) == officer
    with pytest.raises(ValidationError, match="已被使用"):
        accounts.add_account(
            admin,
            username="wangjing",
            display_name="",
            role=AccountRole.AUXILIARY,
            password="Temp#12345",
            hasher=hasher,
        )


def test_changing_your_own_password(admin, hasher, clock) -> None:
    with pytest.raises(ValidationError, match="原密码不正确"):
        accounts.change_own_password(admin, "wrong", "New#Pass2026", hasher=hasher)
    accounts.change_own_password(admin, GOOD, "New#Pass2026", hasher=hasher)
    with pytest.raises(LoginError):
        login(admin.db, "houzhang", GOOD, hasher=hasher, clock=clock)
    assert login(admin.db, "houzhang", "New#Pass2026", hasher=hasher, clock=clock)


def test_the_last_administrator_cannot_be_disabled(admin) -> None:
    with pytest.raises(ValidationError):
        accounts.set_disabled(admin, admin.actor.account_id, True)


def test_an_officer_cannot_manage_accounts(admin, hasher, clock) -> None:
    accounts.add_account(
        admin,
        username="fujing",
        display_name="",
        role=AccountRole.AUXILIARY,
        password="Temp#12345",
        hasher=hasher,
    )
    aux = ServiceContext(admin.db, login(admin.db, "fujing", "Temp#12345", hasher=hasher))
    with pytest.raises(PermissionDeniedError, match="辅警"):
        accounts.list_accounts(aux)


def test_the_real_hasher_is_argon2id_at_least_owasp_strength() -> None:
    hasher = make_hasher()
    encoded = hasher.hash("x")
    assert encoded.startswith("$argon2id$")
    assert hasher.memory_cost >= 19 * 1024 and hasher.time_cost >= 2
    assert hasher.memory_cost * hasher.time_cost >= 19 * 1024 * 2
