"""Command line: ``lijiabu-desk`` opens the desk window; sub-commands do jobs without it.

Qt is imported only when the window is opened, so the jobs run on a machine without a screen.
Every failure a user can cause ends in one Chinese sentence and a non-zero exit code, never a
traceback (set LIJIABU_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lijiabu_desk import __version__
from lijiabu_desk.db.errors import StorageError
from lijiabu_desk.db.paths import default_db_path
from lijiabu_desk.services.actor import SETUP_ACTOR, Actor
from lijiabu_desk.services.errors import ServiceError

if TYPE_CHECKING:
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.database import Database

#: The forms ``print`` takes, as in ``services.printing.PrintKind`` (kept here so that the
#: parser is built without importing ReportLab).
PRINT_KINDS = (
    "mediation-agreement",
    "police-agreement",
    "mediation-record",
    "follow-up",
    "intake-form",
    "closing-report",
)
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
USER_ENV = "LIJIABU_USER"
PASSWORD_ENV = "LIJIABU_PASSWORD"

DESCRIPTION = """\
李家堡警务台账 — 派出所户籍登记、矛盾纠纷调解、服务求助与文书打印。
不带子命令运行时打开程序窗口。

常用：
  lijiabu-desk                         打开程序（使用默认数据库）
  lijiabu-desk --db 演示.sqlite3        打开指定的数据库文件（不存在时新建）
  lijiabu-desk demo --db 演示.sqlite3   生成一个虚构的演示乡镇
  lijiabu-desk check --db 演示.sqlite3  检查数据库是否完好
  lijiabu-desk backup --to E:\\          备份到U盘
  lijiabu-desk restore 备份文件 --yes     从备份恢复
  lijiabu-desk audit verify            检查审计记录是否被改动
  lijiabu-desk print mediation-agreement 3 -o 协议书.pdf   打印 ID 为 3 的人民调解协议书

已设置账号的数据库需要登录：--user 用户名，密码从环境变量 LIJIABU_PASSWORD 读取或在终端输入。
演示乡镇的管理员账号为 admin，密码 demo。
"""


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors in Chinese."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"命令写法有误：{message}\n用 --help 查看说明。\n")


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--db and --user may stand before or after the sub-command."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        help=f"数据库文件路径，不存在时新建（默认 {default_db_path()}）",
    )
    parser.add_argument(
        "--user",
        default=default,
        help=f"以哪个账号执行（也可用环境变量 {USER_ENV}；密码取自 {PASSWORD_ENV} 或提示输入）",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lijiabu-desk",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"lijiabu-desk {__version__}")
    _add_common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="子命令")

    gui = sub.add_parser("gui", help="打开程序窗口（默认）")
    _add_common(gui, top=False)

    demo = sub.add_parser("demo", help="在数据库中生成虚构的演示乡镇（人名均为虚构）")
    _add_common(demo, top=False)
    demo.add_argument("--households", type=int, default=300, help="户数（默认 300）")
    demo.add_argument("--seed", type=int, default=0, help="随机种子：相同种子生成相同数据")

    check = sub.add_parser("check", help="检查数据库：文件完整、关联完整、数据结构为最新")
    _add_common(check, top=False)

    roster = sub.add_parser("import-roster", help="导入村户籍花名册（.xlsx/.xls/.csv）")
    _add_common(roster, top=False)
    roster.add_argument("file", type=Path, help="花名册文件")
    roster.add_argument("--village", help="村名（花名册里看不出是哪个村时必须指定）")
    roster.add_argument("--dry-run", action="store_true", help="只预览，不写入")
    roster.add_argument("--json", action="store_true", help="以 JSON 输出结果")

    backup = sub.add_parser("backup", help="立即备份数据库（校验后才算完成）")
    _add_common(backup, top=False)
    backup.add_argument(
        "--to", type=Path, help="备份到指定文件夹或U盘（默认：数据库旁的 backups 文件夹）"
    )

    restore = sub.add_parser("restore", help="从备份文件恢复数据库（先自动备份当前数据）")
    _add_common(restore, top=False)
    restore.add_argument("file", type=Path, help="备份文件")
    restore.add_argument("--yes", action="store_true", help="不再询问，直接恢复")

    printing = sub.add_parser("print", help="打印文书：生成 PDF 文件")
    _add_common(printing, top=False)
    printing.add_argument(
        "kind",
        metavar="KIND",
        choices=PRINT_KINDS,
        help="文书种类：" + "，".join(PRINT_KINDS),
    )
    printing.add_argument("record_id", metavar="ID", type=int, help="记录的 ID")
    printing.add_argument("-o", "--output", type=Path, required=True, help="输出的 PDF 文件")

    audit = sub.add_parser("audit", help="审计记录")
    _add_common(audit, top=False)
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="操作", required=True)
    verify = audit_sub.add_parser("verify", help="检查审计记录是否被改动")
    _add_common(verify, top=False)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def resolve_actor(db: Database, args: argparse.Namespace) -> Actor:
    """The account a command runs as: the setup actor while the database has no accounts,
    else ``--user``/LIJIABU_USER with LIJIABU_PASSWORD or a password prompt."""
    from lijiabu_desk.services.accounts import has_accounts, login
    from lijiabu_desk.services.passwords import make_hasher

    with db.sessions() as session:
        if not has_accounts(session):
            return SETUP_ACTOR
    user = args.user or os.environ.get(USER_ENV, "")
    if not user:
        raise ServiceError(
            f"这个数据库已设置账号，请用 --user 用户名（或环境变量 {USER_ENV}）指定登录账号。"
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise ServiceError(f"请在终端中输入密码，或设置环境变量 {PASSWORD_ENV}。")
        password = getpass.getpass(f"账号 {user} 的密码：")
    return login(db, user, password, hasher=make_hasher())


def cmd_demo(args: argparse.Namespace) -> int:
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.database import open_database
    from lijiabu_desk.services.demo import create_demo
    from lijiabu_desk.services.passwords import make_hasher

    db = open_database(_db_path(args))
    try:
        ctx = ServiceContext(db, resolve_actor(db, args))
        summary = create_demo(ctx, households=args.households, seed=args.seed, hasher=make_hasher())
    finally:
        db.close()
    print(f"演示乡镇已生成：{db.path}")
    for name, count in summary.counts.items():
        print(f"  {name}: {count}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from lijiabu_desk.services.checks import run_checks
    from lijiabu_desk.services.database import open_database

    path = _db_path(args)
    if not path.exists():  # --db creates the file, as for every command
        open_database(path).close()
    results = run_checks(path)
    for result in results:
        mark = "通过" if result.ok else "失败"
        print(f"[{mark}] {result.name}: {result.detail}")
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def _open_as_user(args: argparse.Namespace) -> ServiceContext:
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.database import open_database

    db = open_database(_db_path(args))
    try:
        return ServiceContext(db, resolve_actor(db, args))
    except BaseException:
        db.close()
        raise


def cmd_backup(args: argparse.Namespace) -> int:
    from lijiabu_desk.services.backups import take_backup

    ctx = _open_as_user(args)
    try:
        info = take_backup(ctx, reason="manual", folder=args.to)
    finally:
        ctx.db.close()
    print(f"备份完成并已校验：{info.path}")
    print(f"  {info.households} 户，{info.persons} 人，共 {sum(info.counts.values())} 条记录")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from lijiabu_desk.db.backup import read_manifest
    from lijiabu_desk.services.backups import check_restorable
    from lijiabu_desk.services.restore import restore_backup

    found = check_restorable(args.file)  # refuse a bad file before logging in or touching anything
    manifest = read_manifest(args.file) or {}
    taken = manifest.get("taken_at", "（备份时间未知）").replace("T", " ")
    print(f"备份文件：{args.file}")
    print(
        f"  备份时间：{taken}；{found.counts.get('households', 0)} 户，"
        f"{found.counts.get('persons', 0)} 人"
    )
    ctx = _open_as_user(args)
    try:
        if not args.yes:
            if not sys.stdin.isatty():
                print("恢复会替换当前的全部数据。确认无误后请加上 --yes 再运行。", file=sys.stderr)
                return EXIT_FAILED
            answer = input(
                "恢复会用这个备份替换当前的全部数据（当前数据会先自动备份）。确认恢复？[y/N] "
            )
            if answer.strip().lower() not in {"y", "yes", "是"}:
                print("已取消，数据未改动。")
                return EXIT_FAILED
        result = restore_backup(ctx, args.file)
        result.database.close()
    finally:
        ctx.db.close()
    print("恢复完成。")
    if result.safety_backup is not None:
        print(f"  恢复前的数据已备份到：{result.safety_backup.path}")
    return EXIT_OK


def cmd_import_roster(args: argparse.Namespace) -> int:
    import json

    from lijiabu_desk.services.roster.importer import apply_import, plan_import
    from lijiabu_desk.services.roster.reader import row_place

    ctx = _open_as_user(args)
    try:
        plan = plan_import(ctx, args.file, village=args.village)
        summary = plan.summary() if args.dry_run else apply_import(ctx, plan).summary
    finally:
        ctx.db.close()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return EXIT_OK
    verb = "预览（未写入）" if args.dry_run else "导入完成"
    print(
        f"{verb}：{plan.village}，新增 {summary['imported']} 人，更新 {summary['updated']} 人，"
        f"新建 {summary['households']} 户，未变 {plan.unchanged} 人，"
        f"拒绝 {summary['rejected']} 行。"
    )
    for rejection in plan.rejections:
        print(f"  {row_place(rejection.sheet, rejection.row)}：{rejection.reason}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from lijiabu_desk.services.audit_check import verify_audit

    ctx = _open_as_user(args)
    try:
        verification = verify_audit(ctx)
    finally:
        ctx.db.close()
    print(verification.message)
    return EXIT_OK if verification.report.ok else EXIT_FAILED


def cmd_print(args: argparse.Namespace) -> int:
    from lijiabu_desk.services.printing import PrintKind, print_form
    from lijiabu_desk.services.printing.output import write_pdf

    ctx = _open_as_user(args)
    try:
        printed = print_form(ctx, PrintKind(args.kind), args.record_id)
    finally:
        ctx.db.close()
    target = write_pdf(printed.pdf, args.output)
    print(f"已生成：{target}（{printed.title}）")
    if printed.missing_glyphs:
        chars = "、".join(sorted(printed.missing_glyphs))
        print(f"注意：字体中没有这些字，打印出来会是方框，请手写补上：{chars}", file=sys.stderr)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from lijiabu_desk.ui.app import run_gui

    return run_gui(_db_path(args))


COMMANDS = {
    "demo": cmd_demo,
    "check": cmd_check,
    "import-roster": cmd_import_roster,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "audit": cmd_audit,
    "print": cmd_print,
    "gui": cmd_gui,
    None: cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (ServiceError, StorageError) as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # output piped into `head` and closed: the work itself is done
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (silence the flush at exit)
        return EXIT_OK
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        if os.environ.get("LIJIABU_DEBUG"):
            raise
        print(f"程序出现意外错误，操作未完成：{exc}", file=sys.stderr)
        return EXIT_FAILED


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(["gui", *sys.argv[1:]])
