"""``lijiabu-desk report``: the statistics of a month, a quarter or a year, as PDF or .xlsx.

    lijiabu-desk report monthly --month 2026-11 --db 台账.sqlite3 -o 11月统计.pdf
    lijiabu-desk report quarterly --quarter 2026-Q4 --village 河湾村 -o 四季度.xlsx
    lijiabu-desk report yearly --year 2026 -o 2026年统计.pdf

The file's ending chooses the form: ``.pdf`` the printed report (audited as a print), ``.xlsx``
the county's spreadsheet (audited as an export). Hooked into the command line by
``cli_parser.build_parser`` (``add_report_parser``) and ``cli.COMMANDS`` (``run_report``).
Like the rest of the command line this module loads nothing heavy when imported: ``--help``
stays quick; the services are imported when the command runs.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lijiabu_desk.services.context import ServiceContext
    from lijiabu_desk.services.statistics.periods import Period

#: sub-command → (its option, an example, the report's name, what the option names, its form)
PERIOD_KINDS = {
    "monthly": ("--month", "2026-11", "月报", "月份", re.compile(r"\d{4}-\d{1,2}")),
    "quarterly": ("--quarter", "2026-Q4", "季报", "季度", re.compile(r"\d{4}-[Qq][1-4]")),
    "yearly": ("--year", "2026", "年报", "年份", re.compile(r"\d{4}")),
}
SUFFIXES = (".pdf", ".xlsx")


def add_report_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``report monthly|quarterly|yearly`` on the command line's sub-commands."""
    from lijiabu_desk.cli_parser import _add_common

    report = subparsers.add_parser(
        "report", help="统计报表：矛盾纠纷排查化解及服务工作的月报、季报、年报（PDF 或 Excel）"
    )
    _add_common(report, top=False)
    kinds = report.add_subparsers(dest="report_kind", metavar="期间", required=True)
    for kind, (option, example, words, unit, _form) in PERIOD_KINDS.items():
        sub = kinds.add_parser(kind, help=f"{words}，如 {option} {example}")
        _add_common(sub, top=False)
        sub.add_argument(
            option, dest="period", required=True, metavar=example, help=f"统计的{unit}"
        )
        sub.add_argument("--village", metavar="村名", help="只统计一个行政村（默认全镇）")
        sub.add_argument(
            "-o",
            "--output",
            type=Path,
            required=True,
            help="输出文件：以 .pdf 结尾生成打印用的报表，以 .xlsx 结尾生成县局格式的统计表",
        )


def _usage(message: str) -> int:
    from lijiabu_desk.cli_parser import EXIT_USAGE

    print(f"命令写法有误：{message}", file=sys.stderr)
    return EXIT_USAGE


def _period(kind: str, text: str) -> Period:
    """The period the option names; ``ValidationError`` with the sentence when it does not
    read as this kind of period (a month for ``monthly``, and so on)."""
    from lijiabu_desk.services.errors import ValidationError
    from lijiabu_desk.services.statistics.periods import parse_period

    option, example, words, _unit, form = PERIOD_KINDS[kind]
    if not form.fullmatch(text.strip()):
        raise ValidationError(f"{words}的 {option} 应写成 {example} 这样，而不是“{text}”。")
    return parse_period(text)


def _village_id(ctx: ServiceContext, name: str | None) -> int | None:
    from lijiabu_desk.services.errors import ServiceError
    from lijiabu_desk.services.places import village_names

    if name is None:
        return None
    wanted = name.strip()
    villages = village_names(ctx)
    found = [village_id for village_id, village in villages if village == wanted]
    if not found:
        known = "、".join(village for _id, village in villages) or "（还没有登记行政村）"
        raise ServiceError(f"没有名为“{wanted}”的行政村。已登记的行政村：{known}。")
    return found[0]


def run_report(args: argparse.Namespace) -> int:
    """Write the report of the period to ``-o``; say where, and any characters printed as
    boxes. A period or file name written wrongly is a usage error (exit 2); a village that
    does not exist or a file that cannot be written fails with the sentence why (exit 1)."""
    from lijiabu_desk.cli import _open_as_user
    from lijiabu_desk.cli_parser import EXIT_FAILED
    from lijiabu_desk.services.errors import ServiceError, ValidationError

    output = Path(args.output)
    if output.suffix.lower() not in SUFFIXES:
        return _usage(f"输出文件“{output.name}”应以 .pdf（报表）或 .xlsx（统计表）结尾。")
    try:
        period = _period(args.report_kind, args.period)
    except ValidationError as exc:
        return _usage(exc.message)
    ctx = _open_as_user(args)
    try:
        try:
            village_id = _village_id(ctx, args.village)
        except ServiceError as exc:
            print(exc.message, file=sys.stderr)
            return EXIT_FAILED
        if output.suffix.lower() == ".xlsx":
            return _write_xlsx(ctx, period, village_id, output)
        return _write_pdf(ctx, period, village_id, output)
    finally:
        ctx.db.close()


def _write_xlsx(ctx: ServiceContext, period: Period, village_id: int | None, output: Path) -> int:
    from lijiabu_desk.cli_parser import EXIT_OK
    from lijiabu_desk.services.statistics.xlsx import export_statistics

    result = export_statistics(ctx, period, output, village_id)
    print(f"已导出：{result.path}（{period.label}统计表）")
    return EXIT_OK


def _write_pdf(ctx: ServiceContext, period: Period, village_id: int | None, output: Path) -> int:
    from lijiabu_desk.cli_parser import EXIT_OK
    from lijiabu_desk.services.printing.output import write_pdf
    from lijiabu_desk.services.statistics.printing import print_statistics

    printed = print_statistics(ctx, period, village_id)
    target = write_pdf(printed.pdf, output)
    print(f"已生成：{target}（{printed.title}）")
    if printed.missing_glyphs:
        chars = "、".join(sorted(printed.missing_glyphs))
        print(f"注意：字体中没有这些字，打印出来会是方框，请手写补上：{chars}", file=sys.stderr)
    return EXIT_OK
