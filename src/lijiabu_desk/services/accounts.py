"""Accounts: the first administrator, adding/disabling/resetting accounts, passwords, login.

Five wrong passwords in a row lock an account for ten minutes. Every login, failed login and
lockout is audited under the name that was tried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lijiabu_desk.models import Account
from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services import passwords
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import Database
from lijiabu_desk.services.errors import NotFoundError, ServiceError, ValidationError
from lijiabu_desk.services.failures import database_reason
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.station import StationDetails, apply_station, validate_station

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=10)


class LoginError(ServiceError):
    """Login refused; the message says why in a way that does not help a guesser."""


@dataclass(frozen=True)
class AccountView:
    id: int
    username: str
    display_name: str
    role: AccountRole
    disabled: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None


def _view(a: Account) -> AccountView:
    return AccountView(
        a.id,
        a.username,
        a.display_name,
        a.role,
        a.disabled,
        a.locked_until,
        a.must_change_password,
        a.last_login_at,
    )


def _actor(account: Account) -> Actor:
    return Actor(account.username, account.role, account.id, account.display_name)


def _clean_username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("请填写用户名。", "username")
    if len(name) > 40 or any(c.isspace() for c in name):
        raise ValidationError("用户名不能有空格，且不超过 40 个字符。", "username")
    return name


def has_accounts(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Account)))


def _find(session: Session, username: str) -> Account | None:
    return session.scalars(select(Account).where(Account.username == username)).first()


def _new_account(
    session: Session,
    hasher: PasswordHasher,
    username: str,
    display_name: str,
    role: AccountRole,
    password: str,
    now: datetime,
    *,
    check: bool = True,
) -> Account:
    username = _clean_username(username)
    if check:
        passwords.check_strength(password, username=username)
    if _find(session, username) is not None:
        raise ValidationError(f"用户名“{username}”已被使用，请换一个。", "username")
    account = Account(
        username=username,
        display_name=display_name.strip(),
        role=role,
        password_hash=hasher.hash(password),
        password_changed_at=now,
    )
    session.add(account)
    return account


def create_first_admin(
    db: Database,
    *,
    username: str,
    display_name: str,
    password: str,
    hasher: PasswordHasher,
    station: StationDetails | None = None,
    clock: Callable[[], datetime] = datetime.now,
    check_strength: bool = True,
) -> Actor:
    """First start: the station's details and the station chief's administrator account, in
    one transaction; refused once any account exists. Returns the new administrator, logged in.

    ``check_strength=False`` is only for the demo township's published ``admin``/``demo``.
    """
    clean_station = validate_station(station) if station is not None else None
    ctx = ServiceContext(db, SETUP_ACTOR, clock)
    with ctx.write(Permission.MANAGE_ACCOUNTS) as session:
        if has_accounts(session):
            raise ServiceError("已经有账号了，请用管理员账号登录后再添加新账号。")
        account = _new_account(
            session,
            hasher,
            username,
            display_name,
            AccountRole.ADMIN,
            password,
            ctx.now(),
            check=check_strength,
        )
        account.last_login_at = ctx.now()
        session.flush()  # the id, for the login entry
        if clean_station is not None:
            apply_station(session, clean_station)
        actor = _actor(account)
        record_event(session, actor, Action.LOGIN, record=account)
    return actor


def add_account(
    ctx: ServiceContext,
    *,
    username: str,
    display_name: str,
    role: AccountRole,
    password: str,
    hasher: PasswordHasher,
) -> AccountView:
    """A new account; its holder must choose their own password at first login."""
    with ctx.write(Permission.MANAGE_ACCOUNTS) as session:
        account = _new_account(session, hasher, username, display_name, role, password, ctx.now())
        account.must_change_password = True
        session.flush()
        return _view(account)


def list_accounts(ctx: ServiceContext) -> list[AccountView]:
    with ctx.read(Permission.MANAGE_ACCOUNTS) as session:
        return [_view(a) for a in session.scalars(select(Account).order_by(Account.username))]


def _get(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError("找不到这个账号。")
    return account


def set_disabled(ctx: ServiceContext, account_id: int, disabled: bool) -> AccountView:
    with ctx.write(Permission.MANAGE_ACCOUNTS) as session:
        account = _get(session, account_id)
        if disabled and account.id == ctx.actor.account_id:
            raise ValidationError("不能停用自己正在使用的账号。", "disabled")
        if disabled and account.role == AccountRole.ADMIN:
            admins = session.scalar(
                select(func.count())
                .select_from(Account)
                .where(Account.role == AccountRole.ADMIN, Account.disabled.is_(False))
            )
            if admins <= 1:
                raise ValidationError("这是最后一个管理员账号，不能停用。", "disabled")
        account.disabled = disabled
        if not disabled:
            account.failed_logins, account.locked_until = 0, None
        return _view(account)


def reset_password(
    ctx: ServiceContext, account_id: int, new_password: str, *, hasher: PasswordHasher
) -> AccountView:
    """An administrator sets a temporary password; the holder must change it at next login."""
    with ctx.write(Permission.MANAGE_ACCOUNTS) as session:
        account = _get(session, account_id)
        passwords.check_strength(new_password, username=account.username)
        account.password_hash = hasher.hash(new_password)
        account.password_changed_at = ctx.now()
        account.must_change_password = True
        account.failed_logins, account.locked_until = 0, None
        return _view(account)


def change_own_password(
    ctx: ServiceContext, old_password: str, new_password: str, *, hasher: PasswordHasher
) -> None:
    if ctx.actor.account_id is None:
        raise ServiceError("初始设置状态下没有密码可改，请先创建管理员账号。")
    with ctx.write(Permission.VIEW_RECORDS) as session:
        account = _get(session, ctx.actor.account_id)
        if not passwords.verify(hasher, account.password_hash, old_password):
            raise ValidationError("原密码不正确。", "old_password")
        if old_password == new_password:
            raise ValidationError("新密码不能与原密码相同。", "new_password")
        passwords.check_strength(new_password, username=account.username, field="new_password")
        account.password_hash = hasher.hash(new_password)
        account.password_changed_at = ctx.now()
        account.must_change_password = False


def login(
    db: Database,
    username: str,
    password: str,
    *,
    hasher: PasswordHasher,
    clock: Callable[[], datetime] = datetime.now,
) -> Actor:
    """Check a password; return the actor to run services as, or raise LoginError (also when
    the database cannot be read or written: that is said in the app's words)."""
    try:
        return _check_password(db, username, password, hasher=hasher, clock=clock)
    except DBAPIError as exc:
        raise LoginError(f"现在无法登录：{database_reason(exc)}。") from exc


def _check_password(
    db: Database,
    username: str,
    password: str,
    *,
    hasher: PasswordHasher,
    clock: Callable[[], datetime] = datetime.now,
) -> Actor:
    """Failures are committed (counted and audited) even though the login is refused."""
    username = username.strip()
    now = clock().replace(microsecond=0)
    error: LoginError | None = None
    with db.sessions.begin() as session:
        session.info["clock"] = clock
        account = _find(session, username)
        tried = Actor(username or "（空）", AccountRole.AUXILIARY)
        session.info["actor"] = tried if account is None else _actor(account)
        if account is None or account.deleted_at is not None:
            hasher.hash(password)  # costs what a verify costs: timing does not tell
            record_event(session, tried, Action.LOGIN_FAILED, details={"reason": "unknown user"})
            error = LoginError("用户名或密码不正确。")
        elif account.disabled:
            record_event(
                session,
                _actor(account),
                Action.LOGIN_FAILED,
                record=account,
                details={"reason": "disabled"},
            )
            error = LoginError("这个账号已停用，请联系所长或管理员。")
        elif account.locked_until is not None and account.locked_until > now:
            record_event(
                session,
                _actor(account),
                Action.LOGIN_FAILED,
                record=account,
                details={"reason": "locked"},
            )
            error = LoginError(
                f"密码输错次数过多，账号已锁定，请在 {account.locked_until:%H:%M} 以后再试。"
            )
        elif not passwords.verify(hasher, account.password_hash, password):
            error = _count_failure(session, account, now)
        else:
            account.failed_logins, account.locked_until = 0, None
            account.last_login_at = now
            if hasher.check_needs_rehash(account.password_hash):
                account.password_hash = hasher.hash(password)
            record_event(session, _actor(account), Action.LOGIN, record=account)
            return _actor(account)
    raise error


def _count_failure(session: Session, account: Account, now: datetime) -> LoginError:
    account.failed_logins += 1
    actor = _actor(account)
    record_event(
        session,
        actor,
        Action.LOGIN_FAILED,
        record=account,
        details={"reason": "wrong password", "count": account.failed_logins},
    )
    if account.failed_logins >= MAX_FAILED_LOGINS:
        account.failed_logins = 0
        account.locked_until = now + LOCKOUT
        record_event(
            session,
            actor,
            Action.LOCKOUT,
            record=account,
            details={"until": account.locked_until.isoformat()},
        )
        minutes = int(LOCKOUT.total_seconds() // 60)
        return LoginError(f"密码连续输错 {MAX_FAILED_LOGINS} 次，账号已锁定 {minutes} 分钟。")
    left = MAX_FAILED_LOGINS - account.failed_logins
    return LoginError(f"用户名或密码不正确。再输错 {left} 次账号将被锁定。")


def must_change_password(db: Database, account_id: int | None) -> bool:
    """After an administrator set a temporary password: the holder must choose their own."""
    if account_id is None:
        return False
    with db.sessions() as session:
        account = session.get(Account, account_id)
        return bool(account and account.must_change_password)


def choose_new_password(ctx: ServiceContext, new_password: str, *, hasher: PasswordHasher) -> None:
    """First login with a temporary password: set one's own (the login just proved who it is)."""
    if ctx.actor.account_id is None:
        raise ServiceError("初始设置状态下没有密码可改。")
    with ctx.write(Permission.VIEW_RECORDS) as session:
        account = _get(session, ctx.actor.account_id)
        if not account.must_change_password:
            raise ServiceError("这个账号不需要重设密码；请用“修改我的密码”。")
        if passwords.verify(hasher, account.password_hash, new_password):
            raise ValidationError("新密码不能与临时密码相同。", "password")
        passwords.check_strength(new_password, username=account.username)
        account.password_hash = hasher.hash(new_password)
        account.password_changed_at = ctx.now()
        account.must_change_password = False
