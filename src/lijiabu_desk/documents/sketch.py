"""The land-boundary sketch (地界示意图) computed from the field measurements, without drawing.

Plain data in, plain data out: no Qt, no database. The services turn the stored measurement rows
into :class:`MeasurementRow` values, call :func:`compute_sketch`, show its problems at the rows,
and hand the geometry to ``documents.render.boundary_sketch`` to draw.

Coordinates are metres, x to the east and y to the north, with the reference point (基准点) at
(0, 0). Each row places its ``to_point`` from its ``from_point``, so rows are read in order: a row
may only start from the reference point or from a point an earlier row reached. Directions are
read by :func:`documents.directions.parse_direction`.

A row that ends on a point already placed closes a loop (or checks a point measured before). The
closing error is how far the measured end lands from that point. For a closed parcel an error
over the tolerance is refused; on an open line it is only a warning. The tolerance is
``max(0.5 m, loop length / 50)``: the loop is the way round from that point back to itself.
Why 1/50: a village officer measures with a tape and reads directions off a hand-held or phone
compass to about a degree. Forest surveyors with a compass on a tripod work to 1/200; simulated
loops with bearings off by σ = 1° and tapes by 0.5 % miss by 1.3–2.3 % of their length 95 times
in 100 (compact shapes at the low end, long strips at the high end). A wrong compass word (东 for
西) or a misread tens digit misses by 5 % or more, and is caught. The 0.5 m floor is the width of
a lime line and a stake's wobble on a small plot.

The agreed line (约定界线): for a closed parcel, the loop with the most points (the earliest on a
tie), starting at the point it closes on, in row order. Otherwise the longest run of consecutive
rows each starting where the previous one ended (the earliest on a tie). Other legs (a tie from a
reference stone to the first corner, a check across the parcel) are measured but not the line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from lijiabu_desk.documents.directions import DirectionError, parse_direction
from lijiabu_desk.documents.scales import ScaleChoice, choose_scale, format_metres

__all__ = [
    "Bounds",
    "Closure",
    "FourSides",
    "Leg",
    "MeasurementRow",
    "Point",
    "ScaleChoice",
    "SketchDrawing",
    "SketchGeometry",
    "SketchProblem",
    "SketchResult",
    "choose_scale",
    "closing_tolerance",
    "compute_sketch",
    "format_metres",
]

TOLERANCE_FLOOR_M = 0.5
TOLERANCE_RATIO = 1 / 50


@dataclass(frozen=True)
class MeasurementRow:
    """One row of the measurement table, as typed."""

    from_point: str
    to_point: str
    direction: str  # see documents.directions
    distance_m: float | None  # None: the cell is still empty
    note: str = ""


@dataclass(frozen=True)
class SketchProblem:
    """Why a row (0-based ``row``; None: the table as a whole) cannot make a sketch."""

    row: int | None
    message: str

    def __str__(self) -> str:
        return self.message if self.row is None else f"第{self.row + 1}行：{self.message}"


@dataclass(frozen=True)
class Point:
    """A placed point; ``row`` is the row that placed it (None for the reference point)."""

    name: str
    x: float
    y: float
    row: int | None


@dataclass(frozen=True)
class Leg:
    """A computed row: ``closing`` when it ended on a point placed before it."""

    row: int
    from_point: str
    to_point: str
    bearing: float
    distance_m: float
    on_line: bool
    closing: bool


@dataclass(frozen=True)
class Closure:
    """How far a row that returns to a placed point misses it, against the tolerance."""

    row: int
    point: str
    error_m: float
    loop_m: float
    tolerance_m: float

    @property
    def within(self) -> bool:
        return self.error_m <= self.tolerance_m


@dataclass(frozen=True)
class Bounds:
    """The box round all placed points, in metres."""

    min_x: float
    min_y: float
    max_x: float
    max_y: float

    @property
    def width(self) -> float:
        return self.max_x - self.min_x

    @property
    def height(self) -> float:
        return self.max_y - self.min_y


@dataclass(frozen=True)
class SketchGeometry:
    """Where every point lies, which legs were measured, and the agreed line through them."""

    reference: str
    closed: bool
    points: tuple[Point, ...]  # the reference first, then in the order rows placed them
    legs: tuple[Leg, ...]  # computed rows, in row order
    line: tuple[str, ...]  # the agreed line's points in order; a closed loop repeats its first
    closures: tuple[Closure, ...]
    bounds: Bounds

    def point(self, name: str) -> Point:
        """The placed point called ``name``; KeyError if no row placed it."""
        for point in self.points:
            if point.name == name:
                return point
        raise KeyError(name)


@dataclass(frozen=True)
class SketchResult:
    """``geometry`` holds whatever could be placed (for a live sketch while rows are typed);
    print only when ``ok``. ``warnings`` never block (a check on an open line that misses)."""

    geometry: SketchGeometry | None
    problems: tuple[SketchProblem, ...]
    warnings: tuple[SketchProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.geometry is not None and not self.problems


def closing_tolerance(loop_m: float) -> float:
    """The largest closing error accepted on a loop ``loop_m`` metres round."""
    return max(TOLERANCE_FLOOR_M, loop_m * TOLERANCE_RATIO)


class _Tree:
    """Placed points and the row that placed each one from its parent."""

    def __init__(self, reference: str) -> None:
        self.where: dict[str, tuple[float, float]] = {reference: (0.0, 0.0)}
        self.parent: dict[str, tuple[str, float, int]] = {}  # name → (parent, metres, row)

    def ancestry(self, name: str) -> list[tuple[str, float]]:
        """``name`` and its ancestors up to the reference, each with its distance from ``name``."""
        chain, walked = [(name, 0.0)], 0.0
        while name in self.parent:
            name, metres, _ = self.parent[name]
            walked += metres
            chain.append((name, walked))
        return chain

    def path(self, start: str, end: str) -> tuple[list[str], float, str]:
        """The points from ``start`` to ``end`` along placed legs, the length of that way, and
        the point where it turns (the one both descend from; it was placed from outside)."""
        up, down = self.ancestry(start), self.ancestry(end)
        down_m = dict(down)
        meet = next(i for i, (name, _) in enumerate(up) if name in down_m)
        top, up_m = up[meet]
        names_down = [name for name, _ in down]
        points = [name for name, _ in up[: meet + 1]]
        points += list(reversed(names_down[: names_down.index(top)]))
        return points, up_m + down_m[top], top


def _row_problems(row: MeasurementRow, tree: _Tree, failed: dict[str, int]) -> list[str]:
    messages = []
    start, end = row.from_point.strip(), row.to_point.strip()
    if not start:
        messages.append("请填写起点（这一段从哪个点量起）")
    if not end:
        messages.append("请填写终点（这一段量到哪个点）")
    if start and start == end:
        messages.append(f"起点和终点都是“{start}”：一段要量到另一个点")
    if row.distance_m is None:
        messages.append("请填写距离（米）")
    elif not math.isfinite(row.distance_m):
        messages.append("距离不是有效的数字")
    elif row.distance_m <= 0:
        messages.append(f"距离要大于0米，现在是{format_metres(row.distance_m)}米")
    try:
        parse_direction(row.direction)
    except DirectionError as exc:
        messages.append(exc.message)
    if start and start not in tree.where:
        if start in failed:
            messages.append(f"量到点“{start}”的第{failed[start] + 1}行有误，这一行暂时算不出来")
        else:
            messages.append(f"点“{start}”还没有位置：请先量到它的那一行，或从基准点量起")
    return messages


def _longest_run(rows: Sequence[MeasurementRow], computed: Sequence[int]) -> list[int]:
    best: list[int] = []
    run: list[int] = []
    for index in computed:
        follows = bool(run) and run[-1] == index - 1
        if follows and rows[index].from_point.strip() == rows[run[-1]].to_point.strip():
            run.append(index)
        else:
            run = [index]
        if len(run) > len(best):
            best = list(run)
    return best


def compute_sketch(
    rows: Sequence[MeasurementRow], reference: str | None = None, *, closed: bool = False
) -> SketchResult:
    """Place every point of ``rows`` from ``reference`` (default: the first row's start).

    Every problem is collected with its row, so a form can mark all of them at once.
    """
    if not rows:
        return SketchResult(None, (SketchProblem(None, "请先填写测量表：从基准点量起，一行一段"),))
    ref = (rows[0].from_point if reference is None else reference).strip()
    if not ref:
        if reference is not None:
            return SketchResult(None, (SketchProblem(None, "请填写基准点"),))
        return SketchResult(None, (SketchProblem(0, "请填写起点（从基准点量起）"),))
    tree = _Tree(ref)
    problems: list[SketchProblem] = []
    if all(row.from_point.strip() != ref for row in rows):
        problems.append(SketchProblem(None, f"没有一行从基准点“{ref}”量起：第一段应从基准点量起"))
    warnings: list[SketchProblem] = []
    failed: dict[str, int] = {}  # a point whose placing row was refused → that row
    legs: dict[int, Leg] = {}
    closures: list[Closure] = []
    loops: list[tuple[int, list[str], str]] = []  # (closing row, points round, where it turns)
    for index, row in enumerate(rows):
        start, end = row.from_point.strip(), row.to_point.strip()
        messages = _row_problems(row, tree, failed)
        if messages:
            problems += [SketchProblem(index, m) for m in messages]
            if end and end not in tree.where:
                failed.setdefault(end, index)
            continue
        bearing, metres = parse_direction(row.direction), row.distance_m
        assert metres is not None  # refused above otherwise
        x0, y0 = tree.where[start]
        angle = math.radians(bearing)
        # Rounded to the micrometre: cos 90° is 6e-17, not 0, and a corner should read (20, 0).
        x = round(x0 + metres * math.sin(angle), 6)
        y = round(y0 + metres * math.cos(angle), 6)
        legs[index] = Leg(index, start, end, bearing, metres, False, end in tree.where)
        if end not in tree.where:
            tree.where[end] = (x, y)
            tree.parent[end] = (start, metres, index)
            continue
        way, way_m, top = tree.path(end, start)
        loop_m = way_m + metres
        ex, ey = tree.where[end]
        closure = Closure(index, end, math.hypot(x - ex, y - ey), loop_m, closing_tolerance(loop_m))
        closures.append(closure)
        loops.append((index, [*way, end], top))
        if not closure.within:
            (problems if closed else warnings).append(SketchProblem(index, _miss_message(closure)))
    line, line_rows = _agreed_line(rows, tree, sorted(legs), loops, closed)
    if closed and not problems:
        if not loops:
            message = "地块还没有围合：最后一段要量回起点，或量回已量过的点"
            problems.append(SketchProblem(None, message))
        elif len(set(line)) < 3:
            problems.append(SketchProblem(None, "围成的地块至少要有三个角点"))
    legs = {i: replace(leg, on_line=i in line_rows) for i, leg in legs.items()}
    return SketchResult(
        _geometry(ref, closed, tree, legs, line, closures), tuple(problems), tuple(warnings)
    )


def _miss_message(closure: Closure) -> str:
    return (
        f"量回点“{closure.point}”时差{format_metres(closure.error_m)}米，"
        f"超过允许的{format_metres(closure.tolerance_m)}米"
        f"（这一圈长{format_metres(closure.loop_m)}米，允许差其1/{round(1 / TOLERANCE_RATIO)}，"
        f"至少{format_metres(TOLERANCE_FLOOR_M)}米）："
        "请核对这一圈各段的距离和方向"
    )


def _agreed_line(
    rows: Sequence[MeasurementRow],
    tree: _Tree,
    computed: list[int],
    loops: list[tuple[int, list[str], str]],
    closed: bool,
) -> tuple[tuple[str, ...], set[int]]:
    if closed and loops:
        closing_row, loop, top = max(loops, key=lambda item: (len(set(item[1])), -item[0]))
        placed_by = {name: row for name, (_, _, row) in tree.parent.items()}
        # The loop's own legs: the point where it turns was placed from outside the loop.
        on_line = {placed_by[name] for name in loop[:-1] if name != top and name in placed_by}
        return tuple(loop), on_line | {closing_row}
    run = _longest_run(rows, computed)
    if not run:
        return (), set()
    return (rows[run[0]].from_point.strip(), *(rows[i].to_point.strip() for i in run)), set(run)


def _geometry(
    ref: str,
    closed: bool,
    tree: _Tree,
    legs: dict[int, Leg],
    line: tuple[str, ...],
    closures: list[Closure],
) -> SketchGeometry:
    placed_by = {name: row for name, (_, _, row) in tree.parent.items()}
    points = tuple(Point(n, x, y, placed_by.get(n)) for n, (x, y) in tree.where.items())
    xs, ys = [p.x for p in points], [p.y for p in points]
    return SketchGeometry(
        reference=ref,
        closed=closed,
        points=points,
        legs=tuple(legs[i] for i in sorted(legs)),
        line=line,
        closures=tuple(closures),
        bounds=Bounds(min(xs), min(ys), max(xs), max(ys)),
    )


@dataclass(frozen=True)
class FourSides:
    """The 四至: who or what borders the parcel on each side; "" leaves a blank to fill by hand."""

    east: str = ""
    south: str = ""
    west: str = ""
    north: str = ""


@dataclass(frozen=True)
class SketchDrawing:
    """What ``documents.render.boundary_sketch`` draws: finished text, computed geometry.

    ``caption`` is printed under the sketch, e.g. that it only shows the line both sides agreed
    and decides no title; the services compose it, as they compose every sentence of a form.
    """

    geometry: SketchGeometry
    title: str = "地界示意图"
    sides: FourSides = FourSides()
    caption: str = ""
