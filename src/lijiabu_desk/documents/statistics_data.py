"""What the printed statistics report (矛盾纠纷排查化解及服务工作统计表) holds, as frozen data.

``services.statistics.printing`` builds it from a ``StatisticsReport``; the renderer
(``render.statistics_report``) and the charts (``charts``) only place and draw it. Every number
that prints as text arrives here formatted ("1,000.50", "66.7%", "—" where a rate or a median
does not exist); the chart series keep numbers, since they are plotted, and carry their labels.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass

#: What a rate or a median prints as when it does not exist (nothing mediated, no arrival).
NONE_TEXT = "—"


@dataclass(frozen=True)
class DisputeLine:
    """One row of the dispute table: a category, or the totals row (合计)."""

    label: str
    found: str  # 排查
    taken: str  # 受理
    mediated: str  # 调处
    succeeded: str  # 成功
    success_rate: str  # 成功率: "66.7%", or NONE_TEXT
    amount: str  # 涉及金额, in 元: "4,000.50"


@dataclass(frozen=True)
class CallLine:
    """One row of the calls table: a kind of call, or the totals row."""

    label: str
    received: str
    responded: str  # calls with an arrival time
    completed: str  # calls with a completion time (办结)
    open: str
    median_response: str  # minutes, "25.0", or NONE_TEXT
    median_completion: str


@dataclass(frozen=True)
class FigureLine:
    label: str
    value: str


@dataclass(frozen=True)
class FigureGroup:
    """Figures printed as label/value pairs under one heading."""

    title: str
    lines: tuple[FigureLine, ...]


@dataclass(frozen=True)
class StackSeries:
    """Bars per month, each stacked by category (cases found per month by category)."""

    title: str
    months: tuple[str, ...]  # "11月" …
    stacks: tuple[tuple[str, tuple[int, ...]], ...]  # (category, one count a month), all of them
    unit: str  # the value axis: "件"
    empty: str  # said on the chart when every count is 0


@dataclass(frozen=True)
class LineSeries:
    """One value per month (a rate, a median); None where the month has none."""

    title: str
    months: tuple[str, ...]
    values: tuple[float | None, ...]
    point_labels: tuple[str, ...]  # printed by each point: "66.7%", "25分钟"; "" for none
    unit: str  # the value axis: "成功率（%）", "分钟"
    empty: str  # said on the chart when no month has a value
    percent: bool = False  # the axis runs from 0 to 100


@dataclass(frozen=True)
class BarSeries:
    """One bar per label (calls by kind)."""

    title: str
    labels: tuple[str, ...]
    values: tuple[int, ...]
    unit: str
    empty: str


@dataclass(frozen=True)
class ReportCharts:
    cases: StackSeries  # 各月矛盾纠纷排查数（按类别）
    success: LineSeries  # 各月调处成功率
    calls: BarSeries  # 服务求助（按类别）
    response: LineSeries  # 各月到达用时中位数


@dataclass(frozen=True)
class StatisticsDocument:
    title: str  # "矛盾纠纷排查化解及服务工作统计表"
    station: str  # "安定区公安局李家堡派出所"; "" when not set
    period: str  # "2026年11月", "2026年第四季度", "2026年"
    village: str  # "河湾村", or the words for the whole township
    made_on: str  # "2026年11月28日"
    disputes: tuple[DisputeLine, ...]  # every category, zero rows included
    dispute_total: DisputeLine
    dispute_more: FigureGroup  # written / oral agreements, referred, prevented escalation …
    follow_ups: FigureGroup
    calls: tuple[CallLine, ...]  # every kind
    call_total: CallLine
    aims: FigureGroup  # the 五小 tally
    service: FigureGroup  # visits, renewals, cards, outreach
    charts: ReportCharts
    notes: tuple[str, ...]  # the counting rules, printed under the tables

    @property
    def running_title(self) -> str:
        """The PDF's metadata title and the running header: the title, period and place."""
        return f"{self.station}{self.title}（{self.period}，{self.village}）"

    def printed_text(self) -> str:
        """Every string the report prints from its data, for a missing-glyph check."""
        return _text_of(self)


def _text_of(value: object) -> str:
    if isinstance(value, str):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return "".join(_text_of(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, tuple):
        return "".join(_text_of(item) for item in value)
    return ""
