"""The statistics charts, drawn with matplotlib from plain series, for the window and for paper.

The same function draws a chart into the window's canvas (``FigureCanvasQTAgg``) and into the
PNG the printed report embeds (:func:`chart_png`), so the officer sees on screen what the county
gets on paper. Never pyplot: each chart is a ``matplotlib.figure.Figure`` of its own, so nothing
is shared between threads or windows. matplotlib is imported inside the functions: importing
this module costs nothing at start-up.

Chinese labels: the installed TrueType faces are found by what they cover (``font_scan``, as the
PDFs find theirs), registered with matplotlib (``fontManager.addfont``), and every text of a
chart is given the first face (黑体 first: a chart reads best sans-serif) that covers all of its
characters, so no label prints as a box. Every text is set explicitly (tick labels included),
so matplotlib's own default face, which has no Chinese, is never used.

Black-and-white paper: the categories of a stacked bar differ by hatching as well as by colour
(light fills with black hatching, dark fills with white), the two lines by marker and dash, and
every bar and point carries its number, so nothing depends on telling colours apart.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from lijiabu_desk.documents.statistics_data import (
    BarSeries,
    LineSeries,
    ReportCharts,
    StackSeries,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    from lijiabu_desk.documents.font_scan import Coverage, FontFile

ChartName = Literal["cases", "success", "calls", "response"]
CHART_NAMES: tuple[ChartName, ...] = ("cases", "success", "calls", "response")

MM_PER_INCH = 25.4
FONT_SIZE = 8.5  # points, on screen and on paper
MIN_MONTH_SLOTS = 6  # a chart of fewer months leaves room as if it had this many
PERCENT_TICKS = (0, 25, 50, 75, 100)
PRINT_DPI = 300  # the embedded PNG: crisp 8-pt text on a 600-dpi laser printer
INK = "#222222"
GRID = "#c8c8c8"
#: (fill, hatch, ink for the hatching and edges) per category, in the categories' order.
STACK_STYLES: tuple[tuple[str, str, str], ...] = (
    ("#0b5394", "", "white"),
    ("#f6b26b", "///", "black"),
    ("#38761d", "...", "white"),
    ("#ffe599", "xxx", "black"),
    ("#a61c00", "\\\\\\", "white"),
    ("#9fc5e8", "---", "black"),
    ("#d5a6bd", "|||", "black"),
    ("#333333", "///", "white"),
    ("#b7b7b7", "ooo", "black"),
    ("#ffffff", "++", "black"),
    ("#7f6000", "\\\\\\", "white"),
)
SUCCESS_STYLE = {"color": "#0b5394", "marker": "o", "linestyle": "-"}
RESPONSE_STYLE = {"color": "#a61c00", "marker": "s", "linestyle": "--"}
#: Behind a point's label: the line under it does not cross the digits.
LABEL_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"}
BAR_STYLE = {"color": "#9fc5e8", "hatch": "///", "edgecolor": "black"}


@dataclass(frozen=True)
class ChartFont:
    """The face a chart's texts are drawn in (``families``: the face, then any fallbacks
    matplotlib tries per character when no single face covers everything)."""

    families: tuple[str, ...]
    weight: int | str
    path: str
    coverage: Coverage

    def covers(self, text: str) -> bool:
        return all(ord(c) in self.coverage for c in text if not c.isspace())

    def properties(self, size: float = FONT_SIZE) -> FontProperties:
        from matplotlib.font_manager import FontProperties

        return FontProperties(family=list(self.families), weight=self.weight, size=size)


@dataclass(frozen=True)
class _Face:
    family: str
    weight: int | str
    font: FontFile


_lock = threading.Lock()
_faces: list[_Face] | None = None


def _chart_faces() -> list[_Face]:
    """The installed Chinese TrueType faces, registered with matplotlib once, 黑体 first."""
    global _faces
    with _lock:
        if _faces is None:
            from matplotlib import font_manager

            from lijiabu_desk.documents.font_scan import find_cjk_fonts

            faces = []
            fonts = sorted(find_cjk_fonts(), key=lambda f: f.family_hint != "hei")  # stable
            for font in fonts:
                path = str(font.path)
                try:
                    font_manager.fontManager.addfont(path)
                except Exception:  # a damaged or unexpected font file draws nothing
                    continue
                entry = next(
                    (
                        e
                        for e in font_manager.fontManager.ttflist
                        if e.fname == path and getattr(e, "index", 0) == font.subfont_index
                    ),
                    None,
                )
                if entry is not None:
                    faces.append(_Face(entry.name, entry.weight, font))
            _faces = faces
        return _faces


def chart_font(text: str) -> ChartFont:
    """The face for a chart whose texts are ``text``: the first (黑体 first) that covers every
    character; when none does, the one that covers most, with the others as fallbacks.
    ``FontsMissingError`` when no Chinese face is installed at all."""
    from lijiabu_desk.documents.font_scan import coverage_of

    faces = _chart_faces()
    if not faces:
        from lijiabu_desk.documents.fonts import INSTALL_HINT, FontsMissingError

        raise FontsMissingError(INSTALL_HINT)
    needed = {ord(c) for c in text if not c.isspace()}
    covered = [(sum(cp in coverage_of(f.font) for cp in needed), f) for f in faces]
    best = next((f for n, f in covered if n == len(needed)), None)
    if best is not None:
        return ChartFont((best.family,), best.weight, str(best.font.path), coverage_of(best.font))
    ranked = [f for _n, f in sorted(covered, key=lambda pair: -pair[0])]
    families = tuple(dict.fromkeys(f.family for f in ranked))
    top = ranked[0]
    return ChartFont(families, top.weight, str(top.font.path), coverage_of(top.font))


def chart_text(series: StackSeries | LineSeries | BarSeries) -> str:
    """Every character a chart may draw: its labels, units, the empty sentence and digits."""
    parts = [series.unit, series.empty, "0123456789.%"]
    if isinstance(series, StackSeries):
        parts += [*series.months, *(label for label, _ in series.stacks)]
    elif isinstance(series, LineSeries):
        parts += [*series.months, *series.point_labels]
    else:
        parts += list(series.labels)
    return "".join(parts)


# --- drawing --------------------------------------------------------------------------------


def new_figure(width_mm: float, height_mm: float, dpi: float = 100) -> Figure:
    from matplotlib.figure import Figure

    size = (width_mm / MM_PER_INCH, height_mm / MM_PER_INCH)
    return Figure(figsize=size, dpi=dpi, layout="constrained", facecolor="white")


def _axes(figure: Figure) -> Axes:
    figure.clear()
    ax = figure.add_subplot()
    ax.set_facecolor("white")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=INK, labelcolor=INK)
    return ax


def _empty(ax: Axes, text: str, font: ChartFont, size: float) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", color=INK,
            fontproperties=font.properties(size + 1), transform=ax.transAxes)  # fmt: skip


def _value_ticks(ax: Axes, top: float, font: ChartFont, size: float, *, axis: str = "y") -> None:
    """Whole-number ticks from 0 to past ``top``, labelled in the chart's face."""
    from matplotlib.ticker import MaxNLocator

    ticks = [t for t in MaxNLocator(nbins=4, integer=True).tick_values(0, max(top, 1)) if t >= 0]
    labels = [f"{t:g}" for t in ticks]
    props = font.properties(size)
    if axis == "y":
        ax.set_yticks(ticks, labels, fontproperties=props)
        ax.set_ylim(0, ticks[-1])
    else:
        ax.set_xticks(ticks, labels, fontproperties=props)
        ax.set_xlim(0, ticks[-1])


def _unit(ax: Axes, text: str, font: ChartFont, size: float, *, axis: str = "y") -> None:
    """The unit of the value axis: over a vertical axis, upright (a Chinese word turned on
    its side is hard to read), or under a horizontal one."""
    if axis == "y":
        ax.set_title(text, loc="left", fontproperties=font.properties(size), color=INK, pad=3)
    else:
        ax.set_xlabel(text, fontproperties=font.properties(size), color=INK)


def _months_axis(ax: Axes, months: tuple[str, ...], font: ChartFont, size: float) -> None:
    """One tick a month; a period of few months keeps its bars and points a bar's width
    apart instead of stretching one bar across the chart."""
    count = len(months)
    ax.set_xticks(list(range(count)), list(months), fontproperties=font.properties(size))
    spare = max(MIN_MONTH_SLOTS - count, 0) / 2
    ax.set_xlim(-0.5 - spare, count - 0.5 + spare)


def draw_cases(figure: Figure, series: StackSeries, size: float = FONT_SIZE) -> None:
    """Cases per month, stacked by category; only the categories with cases are drawn and
    named in the legend; each bar's total is printed over it."""
    font = chart_font(chart_text(series))
    ax = _axes(figure)
    present = [(i, label, counts) for i, (label, counts) in enumerate(series.stacks) if any(counts)]
    if not present:
        _empty(ax, series.empty, font, size)
        return
    months = range(len(series.months))
    base = [0] * len(series.months)
    for index, label, counts in present:
        fill, hatch, ink = STACK_STYLES[index % len(STACK_STYLES)]
        ax.bar(months, counts, 0.6, bottom=base, label=label, color=fill, hatch=hatch,
               edgecolor=ink, linewidth=0.6)  # fmt: skip
        base = [b + c for b, c in zip(base, counts, strict=True)]
    props = font.properties(size)
    for x, total in zip(months, base, strict=True):
        if total:
            ax.text(x, total, str(total), ha="center", va="bottom", color=INK, fontproperties=props)
    _months_axis(ax, series.months, font, size)
    _value_ticks(ax, max(base) * 1.15, font, size)
    _unit(ax, series.unit, font, size)
    ax.grid(axis="y", color=GRID, linewidth=0.5)
    ax.set_axisbelow(True)
    handles, labels = ax.get_legend_handles_labels()  # the legend reads as the stack, top down
    legend = ax.legend(handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(1.01, 1.0),
                       prop=font.properties(size), frameon=False, handlelength=1.6,
                       handleheight=1.1)  # fmt: skip
    for text in legend.get_texts():
        text.set_color(INK)


def draw_line(figure: Figure, series: LineSeries, size: float = FONT_SIZE) -> None:
    """One value per month as a line with marked points (a gap where a month has none),
    each point labelled."""
    font = chart_font(chart_text(series))
    ax = _axes(figure)
    if all(v is None for v in series.values):
        _empty(ax, series.empty, font, size)
        return
    style = SUCCESS_STYLE if series.percent else RESPONSE_STYLE
    xs = list(range(len(series.months)))
    ys = [float("nan") if v is None else v for v in series.values]
    ax.plot(xs, ys, color=style["color"], marker=style["marker"], linestyle=style["linestyle"],
            linewidth=1.6, markersize=5, markerfacecolor=style["color"],
            markeredgecolor="black", markeredgewidth=0.6)  # fmt: skip
    props = font.properties(size)
    for x, value, text in zip(xs, series.values, series.point_labels, strict=True):
        if value is not None and text:
            ax.annotate(text, (x, value), textcoords="offset points", xytext=(0, 5),
                        ha="center", va="bottom", color=INK, fontproperties=props,
                        bbox=LABEL_BOX)  # fmt: skip
    _months_axis(ax, series.months, font, size)
    if series.percent:
        ax.set_yticks(PERCENT_TICKS, [f"{t}" for t in PERCENT_TICKS], fontproperties=props)
        ax.set_ylim(0, 115)  # room for the label over a 100% point
    else:
        _value_ticks(ax, max(v for v in series.values if v is not None) * 1.25, font, size)
    _unit(ax, series.unit, font, size)
    ax.grid(axis="y", color=GRID, linewidth=0.5)
    ax.set_axisbelow(True)


def draw_bars(figure: Figure, series: BarSeries, size: float = FONT_SIZE) -> None:
    """One horizontal bar per label (the labels read across, however many), its number at
    its end; the first label at the top."""
    font = chart_font(chart_text(series))
    ax = _axes(figure)
    if not any(series.values):
        _empty(ax, series.empty, font, size)
        return
    ys = list(range(len(series.labels)))[::-1]
    ax.barh(ys, series.values, 0.6, linewidth=0.6, **BAR_STYLE)
    props = font.properties(size)
    for y, value in zip(ys, series.values, strict=True):
        ax.text(value, y, f" {value}", ha="left", va="center", color=INK, fontproperties=props)
    ax.set_yticks(ys, list(series.labels), fontproperties=props)
    _value_ticks(ax, max(series.values) * 1.15, font, size, axis="x")
    _unit(ax, series.unit, font, size, axis="x")
    ax.grid(axis="x", color=GRID, linewidth=0.5)
    ax.set_axisbelow(True)


def draw_chart(
    figure: Figure, charts: ReportCharts, name: ChartName, size: float = FONT_SIZE
) -> None:
    """Draw the chart ``name`` of ``charts`` into ``figure`` (cleared first)."""
    if name == "cases":
        draw_cases(figure, charts.cases, size)
    elif name == "calls":
        draw_bars(figure, charts.calls, size)
    else:
        draw_line(figure, charts.success if name == "success" else charts.response, size)


def chart_title(charts: ReportCharts, name: ChartName) -> str:
    series: StackSeries | LineSeries | BarSeries = getattr(charts, name)
    return series.title


def chart_png(
    charts: ReportCharts,
    name: ChartName,
    width_mm: float,
    height_mm: float,
    dpi: int = PRINT_DPI,
) -> bytes:
    """The chart as a PNG of ``width_mm`` × ``height_mm`` at ``dpi``, for paper: drawn at its
    printed size, so its type prints at ``FONT_SIZE`` points."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    figure = new_figure(width_mm, height_mm, dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    draw_chart(figure, charts, name)
    canvas.draw()
    # RGB, not matplotlib's RGBA: an alpha channel would be embedded as a second image (a
    # soft mask) for nothing, the page being white.
    width, height = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba()).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
