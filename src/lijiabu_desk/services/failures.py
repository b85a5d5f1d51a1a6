"""What to tell the officer about an error, whatever raised it: always a Chinese sentence.

A database error's own text carries the SQL statement and, unless hidden, its parameters (ID
numbers, names, phones): it never reaches a screen, a terminal or a log. SQLite's reasons
("database is locked", "disk I/O error", …) become the app's own sentences here, in one place,
for the services (``ctx.write``), the login, the command line and the window.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.services.errors import ServiceError

#: (words in SQLite's message, what it means for the officer). The first match wins.
_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("full",), "磁盘空间已满。请删除不需要的文件或换一块有空间的磁盘后再试"),
    (
        ("locked", "busy"),
        "数据库正被另一处占用（可能是另一个窗口或命令正在导入、恢复）。请稍等片刻再试",
    ),
    (("readonly", "read-only"), "数据库文件是只读的，无法写入。请检查文件权限"),
    (
        ("malformed", "not a database", "corrupt"),
        "数据库文件已损坏。请关闭程序后重新打开，程序会提供最新的完好备份",
    ),
    (("i/o", "disk"), "读写磁盘时出错，磁盘可能有故障。请尽快备份到U盘并检查电脑"),
    (("unable to open",), "无法打开数据库文件。请检查文件是否还在、是否有权限读写"),
    (
        ("constraint", "unique", "foreign key"),
        "这条记录与已有的记录冲突（例如重复或引用了不存在的记录）",
    ),
)
UNKNOWN_DATABASE_REASON = "数据库拒绝了这次操作"


def database_reason(exc: BaseException) -> str:
    """SQLite's reason in the app's words, read from the driver's message alone (never from
    the statement or its parameters)."""
    if isinstance(exc, DBAPIError):
        raw = str(exc.orig) if exc.orig is not None else ""
    elif isinstance(exc, sqlite3.Error):
        raw = str(exc.args[0]) if exc.args else ""
    else:
        raw = ""
    text = raw.lower()
    for words, reason in _REASONS:
        if any(word in text for word in words):
            return reason
    return UNKNOWN_DATABASE_REASON


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, (SQLAlchemyError, sqlite3.Error))


def user_message(exc: BaseException) -> str:
    """The sentence to show for ``exc``: a service's or storage layer's own message, a database
    error's reason, or, for anything unforeseen, a sentence that names only the error's kind."""
    if isinstance(exc, (ServiceError, StorageError)):
        return exc.message
    if is_database_error(exc):
        return f"操作没有完成：{database_reason(exc)}。之前保存的数据不受影响。"
    if isinstance(exc, OSError):
        where = f"（{exc.filename}）" if exc.filename else ""
        return f"读写文件时出错{where}：{exc.strerror or '系统拒绝了这次操作'}。操作没有完成。"
    if isinstance(exc, MemoryError):
        return "电脑内存不够，操作没有完成。请关闭其他程序后再试。"
    return (
        f"操作没有完成，程序遇到了意外错误（{type(exc).__name__}）。"
        "请重试；如果仍然出错，请联系管理员。"
    )
