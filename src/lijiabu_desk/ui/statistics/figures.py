"""The statistics screen's tables as rows of cells, each number with the ``Drill`` that lists
the records behind it. Numbers are formatted as the printed report prints them
(``services.statistics.printing``), so that screen and paper agree to the character.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from lijiabu_desk.services.statistics import (
    CallFigure,
    DisputeFigure,
    FollowUpFigure,
    ServiceFigure,
    StatisticsReport,
)
from lijiabu_desk.services.statistics.calls import TOTAL_LABEL, CallRow
from lijiabu_desk.services.statistics.disputes import FIGURE_LABELS, DisputeRow
from lijiabu_desk.services.statistics.field_work import SERVICE_LABELS
from lijiabu_desk.services.statistics.follow_ups import FOLLOW_UP_LABELS
from lijiabu_desk.services.statistics.printing import (
    APPS_TOTAL_LABEL,
    MORE_DISPUTE_FIGURES,
    NO_AIM_LABEL,
    ON_TIME_RATE_LABEL,
    minutes_text,
    money_text,
    rate_text,
)
from lijiabu_desk.ui.statistics import drills
from lijiabu_desk.ui.statistics.figure_table import Cell

#: The dispute table's numbers, in its columns' order: what each column counts and what its
#: records are (成功率 opens the cases mediated, 涉及金额 the settled cases that name an amount).
DISPUTE_COLUMNS = (
    DisputeFigure.FOUND,
    DisputeFigure.TAKEN,
    DisputeFigure.MEDIATED,
    DisputeFigure.SUCCEEDED,
    DisputeFigure.MEDIATED,
    DisputeFigure.AMOUNT,
)
#: The calls table's numbers: received, arrived, completed, open, and the medians' calls.
CALL_COLUMNS = (
    CallFigure.RECEIVED,
    CallFigure.RESPONDED,
    CallFigure.COMPLETED,
    CallFigure.OPEN,
    CallFigure.RESPONDED,
    CallFigure.COMPLETED,
)


def _title(report: StatisticsReport, *words: str) -> str:
    """The list's title: "邻里纠纷 · 成功（2026年11月，河湾村）"."""
    where = report.period.label
    if report.village:
        where = QCoreApplication.translate("StatisticsFigures", "%1, %2")
        where = where.replace("%1", report.period.label).replace("%2", report.village)
    title = QCoreApplication.translate("StatisticsFigures", "%1 (%2)")
    return title.replace("%1", " · ".join(w for w in words if w)).replace("%2", where)


def _dispute_texts(row: DisputeRow) -> list[str]:
    return [str(row.found), str(row.taken), str(row.mediated), str(row.succeeded),
            rate_text(row.success_rate), money_text(row.amount_fen)]  # fmt: skip


def dispute_rows(report: StatisticsReport, heads: Sequence[str]) -> list[list[Cell]]:
    """Every category, then the totals row; ``heads``: the number columns' headings."""
    p, v = report.period, report.village_id
    rows = []
    for row in (*report.disputes.rows, report.disputes.total):
        cells = [Cell(row.label)]
        for figure, head, text in zip(DISPUTE_COLUMNS, heads, _dispute_texts(row), strict=True):
            title = _title(report, row.label, head)
            cells.append(Cell(text, drills.disputes(title, p, v, figure, row.category)))
        rows.append(cells)
    return rows


def pairs(items: Sequence[Cell], width: int = 2) -> list[list[Cell]]:
    """Label/number cells laid out ``width`` pairs a row."""
    rows = []
    for start in range(0, len(items), 2 * width):
        rows.append(list(items[start : start + 2 * width]))
    return rows


def more_dispute_rows(report: StatisticsReport) -> list[list[Cell]]:
    """主动排查发现, 书面协议, 口头协议, 移交, 防止民转刑, 防止群体性上访: the totals."""
    p, v, total = report.period, report.village_id, report.disputes.total
    cells: list[Cell] = []
    for figure in MORE_DISPUTE_FIGURES:
        label = FIGURE_LABELS[figure]
        drill = drills.disputes(_title(report, label), p, v, figure)
        cells += [Cell(label), Cell(str(total.figure(figure)), drill)]
    return pairs(cells)


def follow_up_rows(report: StatisticsReport) -> list[list[Cell]]:
    p, v, found = report.period, report.village_id, report.follow_ups
    cells: list[Cell] = []
    for f, label in FOLLOW_UP_LABELS.items():
        drill = drills.follow_ups(_title(report, label), p, v, f)
        cells += [Cell(label), Cell(str(found.figure(f)), drill)]
    made = (FollowUpFigure.ON_TIME, FollowUpFigure.LATE)
    rate = drills.follow_ups(_title(report, ON_TIME_RATE_LABEL), p, v, *made)
    cells += [Cell(ON_TIME_RATE_LABEL), Cell(rate_text(found.on_time_rate), rate)]
    return pairs(cells)


def _call_texts(row: CallRow) -> list[str]:
    return [str(row.received), str(row.responded), str(row.completed), str(row.open),
            minutes_text(row.median_response_minutes),
            minutes_text(row.median_completion_minutes)]  # fmt: skip


def call_rows(report: StatisticsReport, heads: Sequence[str]) -> list[list[Cell]]:
    p, v = report.period, report.village_id
    rows = []
    for row in (*report.calls.rows, report.calls.total):
        cells = [Cell(row.label)]
        for figure, head, text in zip(CALL_COLUMNS, heads, _call_texts(row), strict=True):
            title = _title(report, row.label, head)
            cells.append(Cell(text, drills.calls(title, p, v, figure, kind=row.kind)))
        rows.append(cells)
    return rows


def aim_rows(report: StatisticsReport) -> list[list[Cell]]:
    p, v, aims = report.period, report.village_id, report.aims
    cells: list[Cell] = []
    for a in aims.rows:
        cells += [
            Cell(a.label),
            Cell(str(a.calls), drills.calls(_title(report, a.label), p, v, aim=a.aim)),
        ]
    no_aim = drills.calls(_title(report, NO_AIM_LABEL), p, v, CallFigure.NO_AIM)
    five = QCoreApplication.translate("StatisticsFigures", "The five smalls")
    every = drills.calls(_title(report, five, TOTAL_LABEL), p, v)
    cells += [Cell(NO_AIM_LABEL), Cell(str(aims.no_aim), no_aim)]
    cells += [Cell(TOTAL_LABEL), Cell(str(aims.tagged + aims.no_aim), every)]
    return pairs(cells)


def service_rows(report: StatisticsReport) -> list[list[Cell]]:
    p, v, work = report.period, report.village_id, report.service
    cells: list[Cell] = []
    for f, label in SERVICE_LABELS.items():
        cells += [
            Cell(label),
            Cell(str(work.figure(f)), drills.service(_title(report, label), p, v, f)),
        ]
    both = (ServiceFigure.APPS_AT_EVENTS, ServiceFigure.APPS_ON_VISITS)
    apps = drills.service(_title(report, APPS_TOTAL_LABEL), p, v, *both)
    cells += [Cell(APPS_TOTAL_LABEL), Cell(str(work.apps_installed), apps)]
    return pairs(cells)
