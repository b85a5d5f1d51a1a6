"""The statistics as an .xlsx in the layout counties use for the dispute tables.

Sheet 矛盾纠纷排查化解: a title row with the station, the village (when one is chosen) and the
period; one row per category with 排查 / 受理 / 调处 / 成功 / 成功率 / 涉及金额（元）; a totals row.
Sheet 服务工作: calls by kind with their medians, the 五小 tally, follow-up visits and the other
service work. Sheet 纠纷其他: the remaining dispute figures per category.

Every number is a number cell (成功率 a fraction shown as a percentage, money in 元 with two
decimals, medians in minutes with one), never a formula and never text, so that the county can
add the posts' sheets up; an empty cell where a rate or median does not exist. The file is
written whole or not at all and readable by its owner only (``write_private``), and the export
is audited, as the dispute ledger's is (``disputes.ledger``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from lijiabu_desk.db.private_files import reason_for, write_private
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.spreadsheet import escape_cell
from lijiabu_desk.services.statistics.calls import TOTAL_LABEL
from lijiabu_desk.services.statistics.field_work import SERVICE_LABELS, ServiceFigure
from lijiabu_desk.services.statistics.follow_ups import FOLLOW_UP_LABELS, FollowUpFigure
from lijiabu_desk.services.statistics.periods import Period
from lijiabu_desk.services.statistics.report import StatisticsReport, report_in

DISPUTE_SHEET = "矛盾纠纷排查化解"
SERVICE_SHEET = "服务工作"
OTHER_SHEET = "纠纷其他"
DISPUTE_HEADERS = ["纠纷类别", "排查", "受理", "调处", "成功", "成功率", "涉及金额（元）"]
CALL_HEADERS = ["求助类别", "求助数", "已到达", "已办结", "未办结",
                "到达用时中位数（分钟）", "办结用时中位数（分钟）"]  # fmt: skip
OTHER_HEADERS = ["纠纷类别", "主动排查发现", "书面协议", "口头协议", "移交",
                 "防止民转刑", "防止群体性上访"]  # fmt: skip
RATE_FORMAT = "0.0%"
MONEY_FORMAT = "#,##0.00"
MINUTES_FORMAT = "0.0"
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)


@dataclass(frozen=True)
class XlsxResult:
    path: Path


def yuan(fen: int) -> Decimal:
    """分 → 元, exactly (12345 → 123.45)."""
    return Decimal(fen).scaleb(-2)


def _title(sheet: Worksheet, text: str, width: int) -> None:
    sheet.append([escape_cell(text)])
    sheet.merge_cells(
        start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width
    )
    cell = sheet.cell(sheet.max_row, 1)
    cell.font, cell.alignment = _TITLE, Alignment(horizontal="center")


def _header(sheet: Worksheet, headers: list[str]) -> None:
    sheet.append(headers)
    for cell in sheet[sheet.max_row]:
        cell.font = _BOLD


def _row(
    sheet: Worksheet, values: list[Any], formats: dict[int, str], *, bold: bool = False
) -> None:
    """Append ``values``; ``formats`` maps a 1-based column to its number format."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if cell.column in formats:
            cell.number_format = formats[cell.column]
        if bold:
            cell.font = _BOLD


def title_words(report: StatisticsReport, what: str) -> str:
    """ "李家堡派出所河湾村矛盾纠纷排查化解情况统计表（2026年11月）"."""
    return f"{report.station}{report.village}{what}统计表（{report.period.label}）"


def _disputes(sheet: Worksheet, report: StatisticsReport) -> None:
    _title(sheet, title_words(report, "矛盾纠纷排查化解情况"), len(DISPUTE_HEADERS))
    _header(sheet, DISPUTE_HEADERS)
    formats = {6: RATE_FORMAT, 7: MONEY_FORMAT}
    table = report.disputes
    for row in (*table.rows, table.total):
        values = [row.label, row.found, row.taken, row.mediated, row.succeeded,
                  row.success_rate, yuan(row.amount_fen)]  # fmt: skip
        _row(sheet, values, formats, bold=row.category is None)
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["G"].width = 16


def _others(sheet: Worksheet, report: StatisticsReport) -> None:
    _title(sheet, title_words(report, "矛盾纠纷其他情况"), len(OTHER_HEADERS))
    _header(sheet, OTHER_HEADERS)
    table = report.disputes
    for row in (*table.rows, table.total):
        values = [row.label, row.self_found, row.written, row.oral, row.referred,
                  row.prevented_crime, row.prevented_petition]  # fmt: skip
        _row(sheet, values, {}, bold=row.category is None)
    sheet.column_dimensions["A"].width = 16


def _service(sheet: Worksheet, report: StatisticsReport) -> None:
    _title(sheet, title_words(report, "服务工作情况"), len(CALL_HEADERS))
    _header(sheet, CALL_HEADERS)
    minutes = {6: MINUTES_FORMAT, 7: MINUTES_FORMAT}
    calls = report.calls
    for row in (*calls.rows, calls.total):
        values = [row.label, row.received, row.responded, row.completed, row.open,
                  row.median_response_minutes, row.median_completion_minutes]  # fmt: skip
        _row(sheet, values, minutes, bold=row.kind is None)
    sheet.append([])
    _header(sheet, ["“五小”", "求助数"])
    for aim in report.aims.rows:
        _row(sheet, [aim.label, aim.calls], {})
    _row(sheet, ["未标注", report.aims.no_aim], {})
    _row(sheet, [TOTAL_LABEL, report.aims.tagged + report.aims.no_aim], {}, bold=True)
    sheet.append([])
    _header(sheet, ["回访", "次数"])
    for figure in FollowUpFigure:
        _row(sheet, [FOLLOW_UP_LABELS[figure], report.follow_ups.figure(figure)], {})
    sheet.append([])
    _header(sheet, ["其他服务工作", "数量"])
    for figure in ServiceFigure:
        _row(sheet, [SERVICE_LABELS[figure], report.service.figure(figure)], {})
    _row(sheet, ["安装反诈App合计", report.service.apps_installed], {}, bold=True)
    sheet.column_dimensions["A"].width = 24
    for column in "FG":
        sheet.column_dimensions[column].width = 22


def statistics_workbook(report: StatisticsReport) -> Workbook:
    book = Workbook()
    first = book.active
    assert first is not None  # a new workbook has its one sheet
    first.title = DISPUTE_SHEET
    _disputes(first, report)
    _service(book.create_sheet(SERVICE_SHEET), report)
    _others(book.create_sheet(OTHER_SHEET), report)
    return book


def export_statistics(
    ctx: ServiceContext, period: Period, target: Path, village_id: int | None = None
) -> XlsxResult:
    """Write the figures of ``period`` (of one village, or of the township) to ``target``."""
    require(ctx.actor, Permission.EXPORT)
    path = target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx")
    with ctx.read(Permission.EXPORT) as session:
        report = report_in(session, period, village_id)
    data = io.BytesIO()
    statistics_workbook(report).save(data)  # finished in memory before the file is opened
    try:
        write_private(path, data.getvalue())
    except OSError as exc:
        raise ServiceError(
            f"统计表没有导出：无法写入 {path}（{reason_for(exc)}）。"
            "如果文件正在 Excel 中打开，请先关闭。"
        ) from exc
    with ctx.write(Permission.EXPORT) as session:
        record_event(
            session,
            ctx.actor,
            Action.EXPORT,
            details={
                "what": "statistics",
                "period": period.key,
                "village_id": village_id,
                "file": str(path),
            },
        )
    return XlsxResult(path)
