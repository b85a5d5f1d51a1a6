"""What each role may do, enforced in the services (hiding a button is only a courtesy).

所长/管理员: everything. 民警: records, printing, export, full ID numbers, retiring records,
reopening closed cases, copying the whole database out. 辅警: records and printing of working
forms with masked numbers; no export, no full ID numbers, no retiring records, no reopening of a
closed case, no finalised agreements (a legal form carries full ID numbers), no copy of the
database outside its own backups folder (the file holds every full number).
"""

from __future__ import annotations

from enum import StrEnum

from lijiabu_desk.models.enums import AccountRole
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.errors import ServiceError


class Permission(StrEnum):
    VIEW_RECORDS = "view_records"
    EDIT_RECORDS = "edit_records"
    RETIRE_RECORDS = "retire_records"
    REOPEN_CASES = "reopen_cases"  # take a closed case back (结案 undone), with a reason
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    VIEW_FULL_ID = "view_full_id"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_ACCOUNTS = "manage_accounts"
    BACKUP = "backup"  # the automatic backups, into the backups folder beside the database
    COPY_DATABASE = "copy_database"  # a backup anywhere else (a USB stick): the whole register
    PRINT_FINAL = "print_final"  # a finalised or signed agreement, with full ID numbers
    RESTORE = "restore"
    VIEW_AUDIT = "view_audit"


ROLE_PERMISSIONS: dict[AccountRole, frozenset[Permission]] = {
    AccountRole.ADMIN: frozenset(Permission),
    AccountRole.OFFICER: frozenset(
        {
            Permission.VIEW_RECORDS,
            Permission.EDIT_RECORDS,
            Permission.RETIRE_RECORDS,
            Permission.REOPEN_CASES,
            Permission.PRINT,
            Permission.PRINT_FINAL,
            Permission.EXPORT,
            Permission.IMPORT,
            Permission.VIEW_FULL_ID,
            Permission.BACKUP,
            Permission.COPY_DATABASE,
        }
    ),
    AccountRole.AUXILIARY: frozenset(
        {Permission.VIEW_RECORDS, Permission.EDIT_RECORDS, Permission.PRINT, Permission.BACKUP}
    ),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_RECORDS: "查看台账",
    Permission.EDIT_RECORDS: "登记和修改记录",
    Permission.RETIRE_RECORDS: "注销记录",
    Permission.REOPEN_CASES: "重新打开已结案的纠纷",
    Permission.PRINT: "打印文书",
    Permission.EXPORT: "导出数据",
    Permission.IMPORT: "导入花名册",
    Permission.VIEW_FULL_ID: "查看完整身份证号码和电话",
    Permission.EDIT_SETTINGS: "修改派出所设置",
    Permission.MANAGE_ACCOUNTS: "管理账号",
    Permission.BACKUP: "备份数据",
    Permission.COPY_DATABASE: "把整个数据库复制到别处",
    Permission.PRINT_FINAL: "打印定稿或已签署的协议书",
    Permission.RESTORE: "从备份恢复数据",
    Permission.VIEW_AUDIT: "查看审计日志",
}

ROLE_LABELS: dict[AccountRole, str] = {
    AccountRole.ADMIN: "所长/管理员",
    AccountRole.OFFICER: "民警",
    AccountRole.AUXILIARY: "辅警",
}


class PermissionDeniedError(ServiceError):
    """The actor's role does not allow this."""


def allows(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[actor.role]


def require(actor: Actor, permission: Permission) -> None:
    if not allows(actor, permission):
        raise PermissionDeniedError(
            f"“{ROLE_LABELS[actor.role]}”账号无权{PERMISSION_LABELS[permission]}，"
            "请联系所长或管理员。"
        )


def roles_allowed(permission: Permission) -> str:
    """The roles that hold ``permission``, for a refusal that says who can: "所长/管理员、民警"."""
    allowed = [role for role in AccountRole if permission in ROLE_PERMISSIONS[role]]
    return "、".join(ROLE_LABELS[role] for role in allowed)
