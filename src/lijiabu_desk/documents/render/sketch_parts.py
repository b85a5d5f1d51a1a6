"""The parts of the boundary sketch round the drawing: north arrow, vertical text, scale bar,
legend, the reference point's mark. Sizes in points, lengths in millimetres, as named constants.
"""

from __future__ import annotations

import unicodedata

from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render.layout import draw_runs, text_width
from lijiabu_desk.documents.render.text import break_lines, with_primary
from lijiabu_desk.documents.scales import ScaleChoice, format_metres
from lijiabu_desk.documents.sketch import SketchGeometry

TITLE_SIZE = 13.0
NORTH_SIZE = 12.0
SIDE_SIZE = 10.5
NAME_SIZE = 10.5
DISTANCE_SIZE = 9.0
SCALE_SIZE = 10.0
LEGEND_SIZE = 9.0
CAPTION_SIZE = 9.0
MIN_SIZE = 9.0  # nothing smaller, numbers and labels alike

GAP_MM = 2.0  # between the bands
COLUMN_GAP_MM = 1.0  # between the frame and the vertical 四至 of the east and west sides
ARROW_BAND_MM = 16.0  # the title band is at least this tall: the north arrow stands in it
ARROW_W_MM = 12.0
ARROW_LEN_MM = 9.0
FOOTER_MM = 15.0  # scale bar and legend
BAR_H_MM = 1.6
LABEL_MARGIN_MM = 8.0  # kept free round the drawing inside the frame, for names
DOT_R = 1.8  # points
REFERENCE_R = 3.4
LINE_W = 1.8
LEG_W = 0.6
FRAME_W = 0.8
DASH = (3, 2)
VERTICAL_STEP = 1.1  # ems from one character of vertical text to the next
GREY = Color(0.35, 0.35, 0.35)

# Characters turned a quarter in vertical writing: Latin, digits and the brackets and dashes
# that have their own vertical forms.
_TURNED_IN_VERTICAL = set("（）《》〈〉【】「」『』〔〕—…～-")
# Mainland fonts put these in the left or lower-left of the square; vertical text wants them
# centred (colons) or in the upper right (commas and stops). Shifts in ems (right, up); the
# character itself is unchanged, so the PDF's text still reads "东：李四家承包地".
_VERTICAL_SHIFT = {"：": (0.3, 0.0), "；": (0.3, 0.0), "！": (0.3, 0.0), "？": (0.3, 0.0)}
_VERTICAL_SHIFT |= dict.fromkeys("，。、．", (0.5, 0.55))


def lines(text: str, fonts: FontSet, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` by the project's Chinese rules."""
    if not text:
        return []
    widths = [text_width(c, fonts, size) for c in text]
    return [text[a:b] for a, b in break_lines(text, widths, [width], size)]


def columns(text: str, size: float, height: float) -> list[str]:
    """``text`` in vertical columns at most ``height`` tall (each character one em and a bit)."""
    step = [size * VERTICAL_STEP] * len(text)
    return [text[a:b] for a, b in break_lines(text, step, [height], 0.0)]


def north_arrow(canvas: Canvas, fonts: FontSet, cx: float, base: float) -> None:
    """An arrow pointing up the page (north), 北 over its tip, standing on ``base``."""
    tail = base + 1 * mm
    tip = tail + ARROW_LEN_MM * mm
    half = 2.2 * mm
    canvas.setLineWidth(0.8)
    canvas.line(cx, tail, cx, tip - 2 * mm)
    head = canvas.beginPath()
    head.moveTo(cx, tip)
    head.lineTo(cx - half, tip - 4.5 * mm)
    head.lineTo(cx, tip - 3.2 * mm)
    head.lineTo(cx + half, tip - 4.5 * mm)
    head.close()
    canvas.drawPath(head, stroke=1, fill=1)
    draw_runs(
        canvas, cx, tip + 1.2 * mm, "北", with_primary(fonts, fonts.title), NORTH_SIZE, "centre"
    )


def vertical(canvas: Canvas, fonts: FontSet, cx: float, top: float, column: str) -> None:
    """One column of vertical text centred on ``cx``, its first character's square at ``top``."""
    step = SIDE_SIZE * VERTICAL_STEP
    y = top - SIDE_SIZE
    for char in column:
        if char in _TURNED_IN_VERTICAL or unicodedata.east_asian_width(char) not in "WF":
            canvas.saveState()
            canvas.translate(cx, y + SIDE_SIZE * 0.38)
            canvas.rotate(-90)
            draw_runs(canvas, 0, -SIDE_SIZE * 0.35, char, fonts, SIDE_SIZE, "centre")
            canvas.restoreState()
        else:
            right, up = _VERTICAL_SHIFT.get(char, (0.0, 0.0))
            px, py = cx + right * SIDE_SIZE, y + up * SIDE_SIZE
            draw_runs(canvas, px, py, char, fonts, SIDE_SIZE, "centre")
        y -= step


def triangle(canvas: Canvas, px: float, py: float) -> None:
    """The reference point: an open triangle with a dot, as on survey sketches."""
    r = REFERENCE_R
    path = canvas.beginPath()
    path.moveTo(px, py + r)
    path.lineTo(px - r * 0.866, py - r / 2)
    path.lineTo(px + r * 0.866, py - r / 2)
    path.close()
    canvas.setFillColor(white)
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.setFillColor(black)
    canvas.circle(px, py, 0.7, stroke=0, fill=1)


def footer(
    canvas: Canvas,
    geometry: SketchGeometry,
    fonts: FontSet,
    scale: ScaleChoice,
    x: float,
    top: float,
) -> None:
    """The scale bar and its label on the left, the legend to its right."""
    bar = scale.bar_mm * mm
    label_y = top - SCALE_SIZE
    draw_runs(canvas, x, label_y, scale.label, fonts, SCALE_SIZE)
    bar_y = label_y - 3 * mm
    half = bar / 2
    canvas.setLineWidth(0.6)
    canvas.setFillColor(black)
    canvas.rect(x, bar_y, half, BAR_H_MM * mm, stroke=1, fill=1)
    canvas.setFillColor(white)
    canvas.rect(x + half, bar_y, half, BAR_H_MM * mm, stroke=1, fill=1)
    canvas.setFillColor(black)
    tick_y = bar_y - SCALE_SIZE - 1
    for number, tick in enumerate(scale.ticks):
        text = format_metres(tick) + (" 米" if number == 2 else "")
        offset = text_width(format_metres(tick), fonts, SCALE_SIZE) / 2
        draw_runs(canvas, x + number * half - offset, tick_y, text, fonts, SCALE_SIZE)
    legend_x = x + max(bar, text_width(scale.label, fonts, SCALE_SIZE)) + 14 * mm
    legend(canvas, geometry, fonts, legend_x, top)


def legend(canvas: Canvas, geometry: SketchGeometry, fonts: FontSet, x: float, top: float) -> None:
    """What the line styles and marks mean, and the closing error of a closed parcel."""
    sample = 8 * mm
    row_h = LEGEND_SIZE * 1.5
    first = ("约定界线", f"基准点（{geometry.reference}）")
    x2 = x + sample + 2 + max(text_width(t, fonts, LEGEND_SIZE) for t in first) + 6 * mm
    y = top - LEGEND_SIZE
    canvas.setLineWidth(LINE_W)
    canvas.line(x, y + 3, x + sample, y + 3)
    draw_runs(canvas, x + sample + 2, y, first[0], fonts, LEGEND_SIZE)
    canvas.setLineWidth(LEG_W)
    canvas.setDash(*DASH)
    canvas.setStrokeColor(GREY)
    canvas.line(x2, y + 3, x2 + sample, y + 3)
    canvas.setDash()
    canvas.setStrokeColor(black)
    draw_runs(canvas, x2 + sample + 2, y, "其他丈量段", fonts, LEGEND_SIZE)
    y -= row_h
    triangle(canvas, x + sample / 2, y + 3)
    draw_runs(canvas, x + sample + 2, y, first[1], fonts, LEGEND_SIZE)
    canvas.circle(x2 + sample / 2, y + 3, DOT_R, stroke=0, fill=1)
    draw_runs(canvas, x2 + sample + 2, y, "界点", fonts, LEGEND_SIZE)
    closing = [c for c in geometry.closures if c.point in geometry.line]
    if geometry.closed and closing:
        worst = max(closing, key=lambda c: c.error_m)
        y -= row_h
        text = f"闭合差{format_metres(worst.error_m)}米（允许{format_metres(worst.tolerance_m)}米）"
        draw_runs(canvas, x, y, text, fonts, LEGEND_SIZE)
