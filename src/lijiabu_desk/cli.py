"""Command line: ``lijiabu-desk`` opens the desk window; sub-commands do jobs without it.

Qt is imported only when the window is opened, so the jobs run on a machine without a screen.
Every failure a user can cause ends in one Chinese sentence and a non-zero exit code, never a
traceback (set LIJIABU_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lijiabu_desk.cli_parser import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PASSWORD_ENV,
    USER_ENV,
    build_parser,
)
from lijiabu_desk.services.errors import ServiceError, StorageError, ValidationError
from lijiabu_desk.services.locations import default_db_path

if TYPE_CHECKING:
    from datetime import date

    from lijiabu_desk.services.actor import Actor
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.database import Database


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def resolve_actor(db: Database, args: argparse.Namespace) -> Actor:
    """The account a command runs as: the setup actor while the database has no accounts,
    else ``--user``/LIJIABU_USER with LIJIABU_PASSWORD or a password prompt."""
    # Imported here, as every service: the accounts' roles load SQLAlchemy and every model,
    # which ``--help`` and an argument error must not wait for.
    from lijiabu_desk.services.accounts import has_accounts, login, must_change_password
    from lijiabu_desk.services.actor import SETUP_ACTOR
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
        import getpass

        password = getpass.getpass(f"账号 {user} 的密码：")
    actor = login(db, user, password, hasher=make_hasher())
    if must_change_password(db, actor.account_id):
        raise ServiceError(
            f"账号 {user} 的密码是管理员设置的临时密码，必须先在程序窗口中登录并改成自己的密码，"
            "然后才能在命令行中使用。"
        )
    return actor


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Through the one opening service: the file must exist (unless ``create``), and the lock
    is waited for up to ``--wait`` seconds, then refused with a sentence."""
    from lijiabu_desk.services.opening import open_desk

    def waiting() -> None:
        print(f"数据库正被程序窗口或另一个命令使用，最多等待 {args.wait:g} 秒……", file=sys.stderr)

    db = open_desk(_db_path(args), create=create, wait_seconds=max(0.0, args.wait), on_wait=waiting)
    for warning in db.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    return db


def cmd_demo(args: argparse.Namespace) -> int:
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.demo import create_demo
    from lijiabu_desk.services.passwords import make_hasher

    db = _open(args, create=True)
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
    from lijiabu_desk.services.opening import existing_path

    # Read-only, without the lock: it must also work on a damaged file and beside the window.
    results = run_checks(existing_path(_db_path(args)))
    for result in results:
        mark = "通过" if result.ok else "失败"
        print(f"[{mark}] {result.name}: {result.detail}")
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def _open_as_user(args: argparse.Namespace) -> ServiceContext:
    from lijiabu_desk.services.context import ServiceContext

    db = _open(args)
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
    from dataclasses import replace

    from lijiabu_desk.services.opening import existing_path
    from lijiabu_desk.services.restore import restore_backup
    from lijiabu_desk.services.restore_check import inspect_backup

    # Refuse a bad file before logging in or touching anything.
    found = inspect_backup(
        args.file, existing_path(_db_path(args)), allow_unverified=args.unverified
    )
    print(f"备份文件：{args.file}")
    counts = found.probe.counts
    print(
        f"  备份时间：{found.taken_at}；{counts.get('households', 0)} 户，"
        f"{counts.get('persons', 0)} 人"
    )
    if not found.verified:
        print("  注意：这个备份没有说明文件，无法证明它没有被改动过。", file=sys.stderr)
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
        result = restore_backup(ctx, args.file, allow_unverified=args.unverified)
        ctx = replace(ctx, db=result.database)
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
    for note in summary.get("notes", []):  # columns not imported, 社 created, households filled
        print(f"  注意：{note}")
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

    if args.kind == "contact-cards":
        return _print_cards(args)
    if args.record_id is None:
        print(f"命令写法有误：打印 {args.kind} 需要记录的 ID。", file=sys.stderr)
        return EXIT_USAGE
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


def _print_cards(args: argparse.Namespace) -> int:
    """警民连心卡. Printing records no issuance: that is confirmed after the handover."""
    from lijiabu_desk.services.cards import CardSelection, print_contact_cards
    from lijiabu_desk.services.printing.output import write_pdf

    chosen = [args.household is not None, args.village is not None, args.all_missing]
    if sum(chosen) != 1 or args.record_id is not None:
        print(
            "命令写法有误：连心卡请用 --household ID、--village 村名（可加 --group 社号）"
            "或 --all-missing 中的一种选择范围。",
            file=sys.stderr,
        )
        return EXIT_USAGE
    selection = CardSelection(args.household, args.village, args.group, args.all_missing)
    ctx = _open_as_user(args)
    try:
        printed = print_contact_cards(ctx, selection)
    finally:
        ctx.db.close()
    target = write_pdf(printed.pdf, args.output)
    print(f"已生成：{target}（警民连心卡 {printed.households} 张，正反面各一页一组）")
    print("请按“实际大小”打印、双面选“长边翻转”；卡发到户后再在程序里登记发卡。")
    if printed.missing_glyphs:
        chars = "、".join(sorted(printed.missing_glyphs))
        print(f"注意：字体中没有这些字，打印出来会是方框，请手写补上：{chars}", file=sys.stderr)
    return EXIT_OK


def _day_option(text: str | None, option: str) -> date | None:
    """A date given on the command line; ``ValidationError`` with the sentence if unreadable."""
    from lijiabu_desk.services.validation import parse_date

    return parse_date(text, field=option, label=f"{option} 的日期") if text is not None else None


def cmd_queues(args: argparse.Namespace) -> int:
    """The day's work queues: each one's count (JSON keys are stable English words)."""
    import json

    from lijiabu_desk.services.queues import QUEUE_LABELS, queue_counts

    try:
        today = _day_option(args.today, "--today")
    except ValidationError as exc:
        print(f"命令写法有误：{exc.message}", file=sys.stderr)
        return EXIT_USAGE
    ctx = _open_as_user(args)
    try:
        today = today or ctx.today()
        counts = queue_counts(ctx, today)
    finally:
        ctx.db.close()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False))
        return EXIT_OK
    print(f"待办事项（{today.year}年{today.month}月{today.day}日）：")
    for key, count in counts.items():
        print(f"  {QUEUE_LABELS[key]}：{count}")
    return EXIT_OK


def _officer_named(ctx: ServiceContext, text: str) -> tuple[int, str]:
    """The serving officer with this name or badge number: (id, name), or the sentence why not."""
    from lijiabu_desk.services.officers import list_officers

    wanted = text.strip()
    found = [o for o in list_officers(ctx) if wanted and wanted in (o.name, o.badge_no)]
    if not found:
        raise ServiceError(f"在职警员中没有姓名或警号为“{wanted}”的人，请核对。")
    if len(found) > 1:
        raise ServiceError(f"有{len(found)}位在职警员叫“{wanted}”，请改用警号指定。")
    return found[0].id, found[0].name


def cmd_cards(args: argparse.Namespace) -> int:
    """``cards handed-over``: the cards reached the households (printing records nothing)."""
    from lijiabu_desk.services.cards.issuance import record_handed_over

    if not args.household or not args.by:
        print(
            "命令写法有误：请用 --household 户的ID 指定送到卡的户（可写多次），"
            "用 --by 姓名或警号 写明是谁送到的。",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        on = _day_option(args.on, "--on")
    except ValidationError as exc:
        print(f"命令写法有误：{exc.message}", file=sys.stderr)
        return EXIT_USAGE
    ctx = _open_as_user(args)
    try:
        giver, name = _officer_named(ctx, args.by)
        on = on or ctx.today()
        recorded = record_handed_over(ctx, args.household, giver, on)
    finally:
        ctx.db.close()
    print(f"已登记：{recorded} 户的连心卡已由{name}于{on.year}年{on.month}月{on.day}日送到。")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from lijiabu_desk.ui.app import run_gui

    return run_gui(_db_path(args))


def cmd_report(args: argparse.Namespace) -> int:
    from lijiabu_desk.cli_report import run_report

    return run_report(args)


COMMANDS = {
    "demo": cmd_demo,
    "check": cmd_check,
    "import-roster": cmd_import_roster,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "audit": cmd_audit,
    "print": cmd_print,
    "queues": cmd_queues,
    "cards": cmd_cards,
    "report": cmd_report,
    "gui": cmd_gui,
    None: cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # output piped into `head` and closed: the work itself is done
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (silence the flush at exit)
        return EXIT_OK
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        foreseen = isinstance(exc, (ServiceError, StorageError))
        if os.environ.get("LIJIABU_DEBUG") and not foreseen:
            raise
        from lijiabu_desk.services.failures import user_message

        # Never str(exc): a database error's text holds the SQL and the values it carried.
        print(user_message(exc), file=sys.stderr)
        return EXIT_FAILED


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(["gui", *sys.argv[1:]])
