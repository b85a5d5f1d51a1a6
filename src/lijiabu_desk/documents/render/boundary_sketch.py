"""The boundary sketch (地界示意图) drawn to scale into a rectangle of a ReportLab canvas.

Top to bottom: the title with the north arrow at its right; the north side's 四至 over the frame;
the west and east sides' 四至 down either side of it, written vertically; the frame with the
points, the agreed line (bold) and the other measured legs (thin, dashed); the south side's 四至
under it; the scale bar, a legend and the closing error; the caption. North is up.

Every string goes through ``draw_runs`` (embedded CJK fonts, per-character fallback); no text is
smaller than 9 pt. Geometry is in millimetres as named constants. Use :func:`draw_boundary_sketch`
on a canvas, or :class:`BoundarySketchFlowable` in a platypus story.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render.layout import draw_runs, text_width
from lijiabu_desk.documents.render.sketch_labels import LabelBoard, Segment, dot_box
from lijiabu_desk.documents.render.sketch_parts import (
    ARROW_BAND_MM,
    ARROW_W_MM,
    CAPTION_SIZE,
    COLUMN_GAP_MM,
    DASH,
    DISTANCE_SIZE,
    DOT_R,
    FOOTER_MM,
    FRAME_W,
    GAP_MM,
    GREY,
    LABEL_MARGIN_MM,
    LEG_W,
    LINE_W,
    NAME_SIZE,
    REFERENCE_R,
    SIDE_SIZE,
    TITLE_SIZE,
    VERTICAL_STEP,
    columns,
    footer,
    lines,
    north_arrow,
    triangle,
    vertical,
)
from lijiabu_desk.documents.render.text import with_primary
from lijiabu_desk.documents.scales import ScaleChoice, choose_scale, format_metres
from lijiabu_desk.documents.sketch import SketchDrawing, SketchGeometry

__all__ = ["BoundarySketchFlowable", "draw_boundary_sketch"]


@dataclass(frozen=True)
class _Bands:
    title: list[str]
    north: list[str]
    south: list[str]
    west: list[str]  # columns, read right to left
    east: list[str]
    caption: list[str]


def _side(label: str, text: str) -> str:
    return f"{label}：{text.strip() or '________'}"


def draw_boundary_sketch(
    canvas: Canvas,
    drawing: SketchDrawing,
    fonts: FontSet,
    x: float,
    y: float,
    width: float,
    height: float,
) -> ScaleChoice:
    """Draw ``drawing`` into the rectangle (points, lower-left ``x``, ``y``); returns the scale."""
    title_fonts = with_primary(fonts, fonts.title)
    sides = drawing.sides
    gap = GAP_MM * mm
    title = lines(drawing.title, title_fonts, TITLE_SIZE, width - 2 * ARROW_W_MM * mm)
    caption = lines(drawing.caption, fonts, CAPTION_SIZE, width)
    north = lines(_side("北", sides.north), fonts, SIDE_SIZE, width)
    south = lines(_side("南", sides.south), fonts, SIDE_SIZE, width)
    title_h = max(len(title) * TITLE_SIZE * 1.4, ARROW_BAND_MM * mm)
    top = y + height - title_h - len(north) * SIDE_SIZE * 1.4 - gap
    bottom = y + len(caption) * CAPTION_SIZE * 1.4 + FOOTER_MM * mm + len(south) * SIDE_SIZE * 1.4
    bottom += 2 * gap
    column_h = top - bottom
    west = columns(_side("西", sides.west), SIDE_SIZE, column_h)
    east = columns(_side("东", sides.east), SIDE_SIZE, column_h)
    bands = _Bands(title, north, south, west, east, caption)
    column_w = SIDE_SIZE * 1.5
    side_w = COLUMN_GAP_MM * mm
    frame = (
        x + len(west) * column_w + side_w,
        bottom,
        x + width - len(east) * column_w - side_w,
        top,
    )
    scale = _scale(drawing.geometry, frame)
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.setStrokeColor(black)
    _draw_title(canvas, bands, title_fonts, x, y + height, width, title_h)
    _draw_sides(canvas, bands, fonts, frame, column_w)
    canvas.setLineWidth(FRAME_W)
    canvas.rect(frame[0], frame[1], frame[2] - frame[0], frame[3] - frame[1])
    _draw_geometry(canvas, drawing.geometry, fonts, frame, scale)
    footer_top = frame[1] - len(south) * SIDE_SIZE * 1.4 - gap
    footer(canvas, drawing.geometry, fonts, scale, x, footer_top)
    for number, line in enumerate(caption):
        draw_runs(
            canvas,
            x,
            y + (len(caption) - 1 - number) * CAPTION_SIZE * 1.4 + 2,
            line,
            fonts,
            CAPTION_SIZE,
        )
    canvas.restoreState()
    return scale


def _scale(geometry: SketchGeometry, frame: tuple[float, float, float, float]) -> ScaleChoice:
    bounds = geometry.bounds
    box_w, box_h = (frame[2] - frame[0]) / mm, (frame[3] - frame[1]) / mm
    return choose_scale(bounds.width, bounds.height, box_w, box_h, margin_mm=LABEL_MARGIN_MM)


def _draw_title(
    canvas: Canvas, bands: _Bands, fonts: FontSet, x: float, top: float, width: float, h: float
) -> None:
    lines = bands.title
    leading = TITLE_SIZE * 1.4
    first = top - (h - len(lines) * leading) / 2 - TITLE_SIZE
    for number, line in enumerate(lines):
        draw_runs(
            canvas, x + width / 2, first - number * leading, line, fonts, TITLE_SIZE, "centre"
        )
    north_arrow(canvas, fonts, x + width - ARROW_W_MM * mm / 2, top - h)


def _draw_sides(
    canvas: Canvas,
    bands: _Bands,
    fonts: FontSet,
    frame: tuple[float, float, float, float],
    column_w: float,
) -> None:
    left, bottom, right, top = frame
    centre_x = (left + right) / 2
    leading = SIDE_SIZE * 1.4
    for number, line in enumerate(bands.north):
        baseline = top + GAP_MM * mm + (len(bands.north) - 1 - number) * leading + 2
        draw_runs(canvas, centre_x, baseline, line, fonts, SIDE_SIZE, "centre")
    for number, line in enumerate(bands.south):
        baseline = bottom - GAP_MM * mm - SIDE_SIZE - number * leading
        draw_runs(canvas, centre_x, baseline, line, fonts, SIDE_SIZE, "centre")
    # Columns run right to left, as vertical Chinese is read.
    # Every column starts level with the first, which is centred on the frame's height.
    left, right = left - COLUMN_GAP_MM * mm, right + COLUMN_GAP_MM * mm
    for side, x_of in (
        (bands.west, lambda n: left - (n + 0.5) * column_w),
        (bands.east, lambda n: right + (len(bands.east) - n - 0.5) * column_w),
    ):
        start = (top + bottom) / 2 + len(side[0]) * SIDE_SIZE * VERTICAL_STEP / 2 if side else top
        for number, column in enumerate(side):
            vertical(canvas, fonts, x_of(number), start, column)


def _draw_geometry(
    canvas: Canvas,
    geometry: SketchGeometry,
    fonts: FontSet,
    frame: tuple[float, float, float, float],
    scale: ScaleChoice,
) -> None:
    left, bottom, right, top = frame
    per_m = scale.mm_per_m * mm
    bounds = geometry.bounds
    mid_x, mid_y = (bounds.min_x + bounds.max_x) / 2, (bounds.min_y + bounds.max_y) / 2
    page = {
        p.name: (
            (left + right) / 2 + (p.x - mid_x) * per_m,
            (bottom + top) / 2 + (p.y - mid_y) * per_m,
        )
        for p in geometry.points
    }
    segments: list[Segment] = [
        (*page[leg.from_point], *page[leg.to_point]) for leg in geometry.legs
    ]
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(LEG_W)
    canvas.setDash(*DASH)
    for leg in geometry.legs:
        if not leg.on_line:
            canvas.line(*page[leg.from_point], *page[leg.to_point])
    canvas.setDash()
    canvas.setStrokeColor(black)
    if len(geometry.line) > 1:
        canvas.setLineWidth(LINE_W)
        canvas.setLineJoin(1)
        canvas.setLineCap(1)
        path = canvas.beginPath()
        path.moveTo(*page[geometry.line[0]])
        for name in geometry.line[1:]:
            path.lineTo(*page[name])
        canvas.drawPath(path, stroke=1, fill=0)
    board = LabelBoard(
        area=(left + 1, bottom + 1, right - 1, top - 1),
        taken=[dot_box(*page[p.name], REFERENCE_R + 1) for p in geometry.points],
        segments=segments,
    )
    _draw_points(canvas, geometry, fonts, page)
    _label_points(canvas, geometry, fonts, page, board)
    _label_legs(canvas, geometry, fonts, page, board)


def _draw_points(
    canvas: Canvas, geometry: SketchGeometry, fonts: FontSet, page: dict[str, tuple[float, float]]
) -> None:
    canvas.setLineWidth(0.8)
    for point in geometry.points:
        px, py = page[point.name]
        if point.name == geometry.reference:
            triangle(canvas, px, py)
        else:
            canvas.circle(px, py, DOT_R, stroke=0, fill=1)


def _away(
    point: tuple[float, float], others: list[tuple[float, float]], centre: tuple[float, float]
) -> float:
    """The direction (radians) away from the legs at ``point``, or from ``centre`` if balanced."""
    sx = sum((o[0] - point[0]) / (math.dist(o, point) or 1) for o in others)
    sy = sum((o[1] - point[1]) / (math.dist(o, point) or 1) for o in others)
    if math.hypot(sx, sy) < 0.3:
        sx, sy = centre[0] - point[0], centre[1] - point[1]
        if math.hypot(sx, sy) < 1e-6:
            return math.pi / 4
    return math.atan2(-sy, -sx)


def _label_points(
    canvas: Canvas,
    geometry: SketchGeometry,
    fonts: FontSet,
    page: dict[str, tuple[float, float]],
    board: LabelBoard,
) -> None:
    centre = _centre(page)
    name_fonts = with_primary(fonts, fonts.title)
    for point in geometry.points:
        here = page[point.name]
        ends = [
            leg.to_point if leg.from_point == point.name else leg.from_point
            for leg in geometry.legs
            if point.name in (leg.from_point, leg.to_point)
        ]
        prefer = _away(here, [page[e] for e in ends], centre)
        size = (text_width(point.name, name_fonts, NAME_SIZE), NAME_SIZE * 1.05)
        box = board.place(here, size, 2.0, prefer)
        assert box is not None
        draw_runs(canvas, box[0], box[1] + NAME_SIZE * 0.18, point.name, name_fonts, NAME_SIZE)


def _label_legs(
    canvas: Canvas,
    geometry: SketchGeometry,
    fonts: FontSet,
    page: dict[str, tuple[float, float]],
    board: LabelBoard,
) -> None:
    """Each leg's length at its middle, on the outer side, where there is room."""
    centre = _centre(page)
    for leg in geometry.legs:
        (x0, y0), (x1, y1) = page[leg.from_point], page[leg.to_point]
        mid = ((x0 + x1) / 2, (y0 + y1) / 2)
        normal = math.atan2(x0 - x1, y1 - y0)  # a quarter turn left of the leg
        if math.cos(normal) * (centre[0] - mid[0]) + math.sin(normal) * (centre[1] - mid[1]) > 0:
            normal += math.pi
        text = f"{format_metres(leg.distance_m)}米"
        size = (text_width(text, fonts, DISTANCE_SIZE), DISTANCE_SIZE * 1.05)
        box = board.place(mid, size, 1.5, normal, required=False)
        if box is not None:
            draw_runs(canvas, box[0], box[1] + DISTANCE_SIZE * 0.18, text, fonts, DISTANCE_SIZE)


def _centre(page: dict[str, tuple[float, float]]) -> tuple[float, float]:
    xs, ys = [p[0] for p in page.values()], [p[1] for p in page.values()]
    return (sum(xs) / len(xs), sum(ys) / len(ys))


class BoundarySketchFlowable(Flowable):
    """The sketch as a platypus flowable: the full frame width, ``height`` points tall (default:
    as tall as it is wide, within the room left on the page but never under ``min_height``)."""

    def __init__(
        self,
        drawing: SketchDrawing,
        fonts: FontSet,
        height: float | None = None,
        min_height: float = 120 * mm,
    ) -> None:
        super().__init__()
        self.drawing = drawing
        self.fonts = fonts
        self.wanted = height
        self.min_height = min_height
        self.scale: ScaleChoice | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.wanted or max(self.min_height, min(availHeight, availWidth))
        return self.width, self.height

    def draw(self) -> None:
        self.scale = draw_boundary_sketch(
            self.canv, self.drawing, self.fonts, 0, 0, self.width, self.height
        )
