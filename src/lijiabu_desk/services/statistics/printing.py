"""The printed statistics report: a ``StatisticsReport`` as the document's plain data, rendered
to an A4 PDF and audited like every other print.

``statistics_document`` formats every number that prints (counts as written, amounts in 元 with
two decimals, rates in per cent with one, medians in minutes with one, "—" where a rate or a
median does not exist) and ``report_charts`` turns the monthly series into the charts' series,
which the window draws too. ``print_statistics`` is the one entry point of the window and the
command line: the same figures, the same PDF, one audit entry per print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lijiabu_desk.documents.fonts import FontsMissingError, default_fonts, missing_glyphs
from lijiabu_desk.documents.render.statistics_report import render_statistics
from lijiabu_desk.documents.statistics_data import (
    NONE_TEXT,
    BarSeries,
    CallLine,
    DisputeLine,
    FigureGroup,
    FigureLine,
    LineSeries,
    ReportCharts,
    StackSeries,
    StatisticsDocument,
)
from lijiabu_desk.models.enums import DisputeCategory
from lijiabu_desk.services.audit import Action, record_event
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.labels import CATEGORY_LABELS
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.permissions import Permission, require
from lijiabu_desk.services.statistics.calls import TOTAL_LABEL, CallRow
from lijiabu_desk.services.statistics.disputes import FIGURE_LABELS, DisputeFigure, DisputeRow
from lijiabu_desk.services.statistics.field_work import SERVICE_LABELS, ServiceFigure
from lijiabu_desk.services.statistics.follow_ups import FOLLOW_UP_LABELS, FollowUpFigure
from lijiabu_desk.services.statistics.periods import Period
from lijiabu_desk.services.statistics.report import StatisticsReport, report_in

REPORT_TITLE = "矛盾纠纷排查化解及服务工作统计表"
WHOLE_TOWNSHIP = "全镇"
#: The dispute figures printed as totals under the dispute table.
MORE_DISPUTE_FIGURES = (
    DisputeFigure.SELF_FOUND,
    DisputeFigure.WRITTEN,
    DisputeFigure.ORAL,
    DisputeFigure.REFERRED,
    DisputeFigure.PREVENTED_CRIME,
    DisputeFigure.PREVENTED_PETITION,
)
APPS_TOTAL_LABEL = "安装反诈App合计"
NO_AIM_LABEL = "未标注“五小”"
ON_TIME_RATE_LABEL = "按期回访率"

NOTES = (
    "排查：统计期内登记的纠纷（按登记时间计）；受理：其中由当事人申请、来电求助、市场调解点、"
    "村委会报告和上级交办而来的纠纷，其余为主动排查发现。",
    "成功：统计期内签订书面协议或记录口头协议的纠纷（补充协议不重复计算）；调处：统计期内调解的"
    "纠纷，调解成功的计入协议签订的月份，未成功的计入第一次调解的月份；成功率＝成功÷调处。",
    "跨月的纠纷在登记的月份计入排查，在协议签订的月份计入成功；已作废的记录不计入任何数字。"
    "涉及金额为协议各条款所列金额之和。",
    "服务求助按接警时间计入统计期；到达、办结用时为中位数，只计已到达或已办结的求助。",
)
VILLAGE_NOTE = "按行政村统计时，不含发生在集市、派出所等不属于任何行政村的纠纷、求助和宣传活动。"


@dataclass(frozen=True)
class PrintedReport:
    pdf: bytes
    title: str  # "李家堡派出所矛盾纠纷排查化解及服务工作统计表（2026年11月，全镇）"
    missing_glyphs: frozenset[str]  # characters printed as boxes: tell the officer


# --- numbers as they print ----------------------------------------------------------------------


def money_text(fen: int) -> str:
    """分 as 元 with two decimals and thousands separators: 400050 → "4,000.50"."""
    return f"{Decimal(fen).scaleb(-2):,.2f}"


def rate_text(rate: float | None) -> str:
    return NONE_TEXT if rate is None else f"{rate * 100:.1f}%"


def minutes_text(minutes: float | None) -> str:
    return NONE_TEXT if minutes is None else f"{minutes:.1f}"


def _short(value: float) -> str:
    """25.0 → "25", 12.5 → "12.5": a point's label."""
    return f"{value:.1f}".removesuffix(".0")


def _dispute_line(row: DisputeRow) -> DisputeLine:
    return DisputeLine(
        label=row.label,
        found=str(row.found),
        taken=str(row.taken),
        mediated=str(row.mediated),
        succeeded=str(row.succeeded),
        success_rate=rate_text(row.success_rate),
        amount=money_text(row.amount_fen),
    )


def _call_line(row: CallRow) -> CallLine:
    return CallLine(
        label=row.label,
        received=str(row.received),
        responded=str(row.responded),
        completed=str(row.completed),
        open=str(row.open),
        median_response=minutes_text(row.median_response_minutes),
        median_completion=minutes_text(row.median_completion_minutes),
    )


def _lines(pairs: list[tuple[str, str]]) -> tuple[FigureLine, ...]:
    return tuple(FigureLine(label, value) for label, value in pairs)


def _groups(report: StatisticsReport) -> tuple[FigureGroup, FigureGroup, FigureGroup, FigureGroup]:
    total = report.disputes.total
    more = FigureGroup(
        "其他纠纷情况",
        _lines([(FIGURE_LABELS[f], str(total.figure(f))) for f in MORE_DISPUTE_FIGURES]),
    )
    follow = report.follow_ups
    follow_ups = FigureGroup(
        "回访",
        _lines(
            [(FOLLOW_UP_LABELS[f], str(follow.figure(f))) for f in FollowUpFigure]
            + [(ON_TIME_RATE_LABEL, rate_text(follow.on_time_rate))]
        ),
    )
    aims = report.aims
    aim_group = FigureGroup(
        "“五小”服务",
        _lines(
            [(row.label, str(row.calls)) for row in aims.rows]
            + [(NO_AIM_LABEL, str(aims.no_aim)), (TOTAL_LABEL, str(aims.tagged + aims.no_aim))]
        ),
    )
    work = report.service
    service = FigureGroup(
        "其他服务工作",
        _lines(
            [(SERVICE_LABELS[f], str(work.figure(f))) for f in ServiceFigure]
            + [(APPS_TOTAL_LABEL, str(work.apps_installed))]
        ),
    )
    return more, follow_ups, aim_group, service


# --- the charts' series ---------------------------------------------------------------------


def report_charts(report: StatisticsReport) -> ReportCharts:
    """The four charts of the report, from its monthly series (every month of the period)."""
    series = report.series
    months = tuple(f"{m.month.start.month}月" for m in series.cases)
    stacks = tuple(
        (CATEGORY_LABELS[c], tuple(m.by_category[c] for m in series.cases)) for c in DisputeCategory
    )
    rates = tuple(None if m.success_rate is None else m.success_rate * 100 for m in series.success)
    waits = tuple(m.median_response_minutes for m in series.response)
    return ReportCharts(
        cases=StackSeries(
            title="各月矛盾纠纷排查数（按类别）",
            months=months,
            stacks=stacks,
            unit="件",
            empty="本期没有排查到矛盾纠纷",
        ),
        success=LineSeries(
            title="各月调处成功率",
            months=tuple(f"{m.month.start.month}月" for m in series.success),
            values=rates,
            point_labels=tuple("" if r is None else f"{r:.0f}%" for r in rates),
            unit="成功率（%）",
            empty="本期没有调处的纠纷",
            percent=True,
        ),
        calls=BarSeries(
            title="服务求助（按类别）",
            labels=tuple(row.label for row in report.calls.rows),
            values=tuple(row.received for row in report.calls.rows),
            unit="次",
            empty="本期没有服务求助",
        ),
        response=LineSeries(
            title="各月到达现场用时（中位数）",
            months=tuple(f"{m.month.start.month}月" for m in series.response),
            values=waits,
            point_labels=tuple("" if w is None else _short(w) for w in waits),  # unit: the axis
            unit="分钟",
            empty="本期没有到达现场的求助",
        ),
    )


def day_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def statistics_document(report: StatisticsReport, today: date) -> StatisticsDocument:
    """The printed report of ``report``, made on ``today``."""
    more, follow_ups, aims, service = _groups(report)
    notes = (*NOTES, VILLAGE_NOTE) if report.village_id is not None else NOTES
    return StatisticsDocument(
        title=REPORT_TITLE,
        station=report.station,
        period=report.period.label,
        village=report.village or WHOLE_TOWNSHIP,
        made_on=day_text(today),
        disputes=tuple(_dispute_line(row) for row in report.disputes.rows),
        dispute_total=_dispute_line(report.disputes.total),
        dispute_more=more,
        follow_ups=follow_ups,
        calls=tuple(_call_line(row) for row in report.calls.rows),
        call_total=_call_line(report.calls.total),
        aims=aims,
        service=service,
        charts=report_charts(report),
        notes=notes,
    )


def print_statistics(
    ctx: ServiceContext,
    period: Period,
    village_id: int | None = None,
    *,
    report: StatisticsReport | None = None,
) -> PrintedReport:
    """Render the report of ``period`` (one village, or the township) and audit the print.

    ``report``: the figures already on screen, printed as they are shown; else they are read
    now."""
    require(ctx.actor, Permission.PRINT)
    if report is None:
        with ctx.read(Permission.PRINT) as session:
            report = report_in(session, period, village_id)
    document = statistics_document(report, ctx.today())
    try:
        fonts = default_fonts()
        pdf = render_statistics(document, fonts)
    except FontsMissingError as exc:
        raise ServiceError(str(exc)) from exc
    title = document.running_title
    with ctx.write(Permission.PRINT) as session:
        record_event(
            session,
            ctx.actor,
            Action.PRINT,
            details={
                "form": "statistics",
                "title": title,
                "period": report.period.key,
                "village_id": report.village_id,
            },
        )
    glyphs = frozenset(missing_glyphs(document.printed_text(), fonts))
    return PrintedReport(pdf, title, glyphs)
