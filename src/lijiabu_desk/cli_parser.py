"""The command line's grammar: sub-commands, options and their Chinese help.

Kept apart from ``cli`` (which runs the commands) and cheap to import: building the parser
loads neither the database machinery nor ReportLab, so ``--help`` and usage errors are quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lijiabu_desk import __version__
from lijiabu_desk.services.locations import default_db_path

#: The forms ``print`` takes, as in ``services.printing.PrintKind`` (kept here so that the
#: parser is built without importing ReportLab).
PRINT_KINDS = (
    "mediation-agreement",
    "police-agreement",
    "mediation-record",
    "follow-up",
    "intake-form",
    "closing-report",
    "boundary-agreement",
    "meeting-minutes",
    "contact-cards",  # 警民连心卡: takes --household / --village [--group] / --all-missing
)
DEFAULT_WAIT = 10.0
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
  lijiabu-desk --db 演示.sqlite3        打开指定的数据库文件
  lijiabu-desk demo --db 演示.sqlite3   生成一个虚构的演示乡镇
  lijiabu-desk check --db 演示.sqlite3  检查数据库是否完好
  lijiabu-desk backup --to E:\\          备份到U盘
  lijiabu-desk restore 备份文件 --yes     从备份恢复
  lijiabu-desk audit verify            检查审计记录是否被改动
  lijiabu-desk print mediation-agreement 3 -o 协议书.pdf   打印 ID 为 3 的人民调解协议书
  lijiabu-desk queues --json           今天各类待办事项的件数
  lijiabu-desk cards handed-over --household 12 --by 张伟   登记连心卡已送到户

已设置账号的数据库需要登录：--user 用户名，密码从环境变量 LIJIABU_PASSWORD 读取或在终端输入。
演示乡镇的管理员账号为 admin，密码 demo。除 demo 外，命令不会新建数据库：文件不存在时会报错。
程序窗口或另一个命令正在使用数据库时，命令最多等待 --wait 秒（默认 10 秒），然后放弃并说明原因。
"""


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors in Chinese."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"命令写法有误：{message}\n用 --help 查看说明。\n")


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--db, --user and --wait may stand before or after the sub-command."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        help=f"数据库文件路径（默认 {default_db_path()}）",
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=DEFAULT_WAIT if top else argparse.SUPPRESS,
        metavar="秒",
        help=f"数据库正被程序窗口或其他命令使用时最多等待几秒（默认 {DEFAULT_WAIT:g}）",
    )
    parser.add_argument(
        "--user",
        default=default,
        help=f"以哪个账号执行（也可用环境变量 {USER_ENV}；密码取自 {PASSWORD_ENV} 或提示输入）",
    )


def build_parser() -> argparse.ArgumentParser:
    from lijiabu_desk.cli_report import add_report_parser  # its handler's module: no cycle

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
    restore.add_argument(
        "--unverified",
        action="store_true",
        help="备份文件旁边没有 .json 说明文件时，确认仍要用它恢复（无法证明文件未被改动）",
    )

    printing = sub.add_parser("print", help="打印文书：生成 PDF 文件")
    _add_common(printing, top=False)
    printing.add_argument(
        "kind",
        metavar="KIND",
        choices=PRINT_KINDS,
        help="文书种类：" + "，".join(PRINT_KINDS),
    )
    printing.add_argument("record_id", metavar="ID", type=int, nargs="?", help="记录的 ID")
    cards = printing.add_argument_group("警民连心卡（contact-cards）的范围，只选一种")
    cards.add_argument("--household", type=int, metavar="ID", help="一户（户的 ID）")
    cards.add_argument("--village", metavar="村名", help="一个村的所有户")
    cards.add_argument("--group", type=int, metavar="社号", help="与 --village 同用：村里的一个社")
    cards.add_argument("--all-missing", action="store_true", help="所有还没有有效连心卡的户")
    printing.add_argument("-o", "--output", type=Path, required=True, help="输出的 PDF 文件")

    queues = sub.add_parser(
        "queues", help="今天的待办：每类待办事项有几件（身份证到期、回访到期……）"
    )
    _add_common(queues, top=False)
    queues.add_argument("--today", metavar="日期", help="按哪一天计算（默认今天），如 2026-11-28")
    queues.add_argument(
        "--json", action="store_true", help="以 JSON 输出，键为固定的英文名，供脚本读取"
    )

    cards = sub.add_parser("cards", help="警民连心卡：登记已发到户")
    _add_common(cards, top=False)
    cards_sub = cards.add_subparsers(dest="cards_command", metavar="操作", required=True)
    handed = cards_sub.add_parser(
        "handed-over", help="登记连心卡已送到户（印卡时不登记，送到后再登记）"
    )
    _add_common(handed, top=False)
    handed.add_argument(
        "--household", type=int, action="append", metavar="ID", help="户的 ID（必填，可写多次）"
    )
    handed.add_argument("--on", metavar="日期", help="送卡日期（默认今天），如 2026-11-28")
    handed.add_argument("--by", metavar="姓名或警号", help="把卡送到户的警员（必填）")

    audit = sub.add_parser("audit", help="审计记录")
    _add_common(audit, top=False)
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="操作", required=True)
    verify = audit_sub.add_parser("verify", help="检查审计记录是否被改动")
    _add_common(verify, top=False)

    add_report_parser(sub)
    return parser
