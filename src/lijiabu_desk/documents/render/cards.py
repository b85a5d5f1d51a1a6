"""警民连心卡 on A4: ten ID-1 cards a sheet, fronts on odd pages, backs on even pages.

Geometry in millimetres as named constants. Each card is exactly 85.6 × 54 mm with its own cut
marks (short lines just outside each corner; ReportLab's ``cropMarks`` would mark the page).
The back page is the front page mirrored left to right, so that after a long-edge duplex flip
each back lands behind its front. Each face is drawn once into a PDF form (XObject) and placed
per card: the QR of each officer is encoded once per batch and drawn as one filled path.
No number prints under 10 pt.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import segno
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lijiabu_desk.documents.card_data import CardBack, CardOfficer, CardSheetData
from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render.layout import CREATOR, draw_runs, text_width

PAGE_W, PAGE_H = A4
CARD_W_MM, CARD_H_MM = 85.6, 54.0  # ISO/IEC 7810 ID-1
COLS, ROWS = 2, 5
GAP_X_MM, GAP_Y_MM = 10.0, 4.0  # between cards: room for the marks, slack for duplex shift
LEFT_MM = (PAGE_W / mm - COLS * CARD_W_MM - (COLS - 1) * GAP_X_MM) / 2  # 14.4
TOP_MM = (PAGE_H / mm - ROWS * CARD_H_MM - (ROWS - 1) * GAP_Y_MM) / 2  # 5.5
MARK_OFFSET_MM = 0.5  # marks start this far outside the card's edge …
MARK_H_LEN_MM = 4.0  # … and run this far sideways (into the margins and the column gap)
MARK_V_LEN_MM = 1.4  # … or up and down (into the row gap)
MARK_WIDTH = 0.25  # points
SAFE_MM = 4.0  # nothing printed closer than this to a card's edge
QR_MM = 23.0  # the QR's side, quiet zone included
QR_BORDER = 2  # modules of quiet zone (the card around it is white too)
NOTE_SIZE = 10.0
NUMBER_MIN_SIZE = 10.0
CARDS_PER_SHEET = COLS * ROWS

BLUE = Color(0.05, 0.2, 0.5)  # police blue, for rules and the title


def card_origin(index: int, *, back: bool) -> tuple[float, float]:
    """Lower-left corner (points) of card ``index`` (0–9, row by row) on a front or back page."""
    row, col = divmod(index, COLS)
    if back:  # a long-edge flip swaps left and right
        col = COLS - 1 - col
    x = (LEFT_MM + col * (CARD_W_MM + GAP_X_MM)) * mm
    top = (TOP_MM + row * (CARD_H_MM + GAP_Y_MM)) * mm
    return x, PAGE_H - top - CARD_H_MM * mm


def _cut_marks(canvas: Canvas, x: float, y: float) -> None:
    w, h, off = CARD_W_MM * mm, CARD_H_MM * mm, MARK_OFFSET_MM * mm
    hl, vl = MARK_H_LEN_MM * mm, MARK_V_LEN_MM * mm
    lines = []
    for cy in (y, y + h):  # horizontal marks on the cut lines of the top and bottom edges
        lines += [(x - off - hl, cy, x - off, cy), (x + w + off, cy, x + w + off + hl, cy)]
    for cx in (x, x + w):  # vertical marks on the cut lines of the left and right edges
        lines += [(cx, y - off - vl, cx, y - off), (cx, y + h + off, cx, y + h + off + vl)]
    canvas.lines(lines)


def qr_path(canvas: Canvas, payload: str, size: float) -> None:
    """Draw the QR of ``payload`` as one filled path, ``size`` points square, at the origin."""
    code = segno.make(payload, error="m", micro=False)
    matrix = code.matrix
    n = len(matrix) + 2 * QR_BORDER
    module = size / n
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        y = size - (r + QR_BORDER + 1) * module
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect((start + QR_BORDER) * module, y, (c - start) * module, module)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)


def _fit(text: str, fonts: FontSet, size: float, width: float, floor: float) -> float:
    """The largest size from ``size`` down to ``floor`` at which ``text`` fits ``width``."""
    while size > floor and text_width(text, fonts, size) > width:
        size -= 0.5
    return size


def _header(canvas: Canvas, fonts: FontSet, title: str, subtitle: str) -> float:
    """Title and station name along the top; returns the y of the rule under them."""
    w, h, safe = CARD_W_MM * mm, CARD_H_MM * mm, SAFE_MM * mm
    title_fonts = FontSet(fonts.title, fonts.title, fonts.chain)
    canvas.setFillColor(BLUE)
    draw_runs(canvas, safe, h - safe - 13, title, title_fonts, 14)
    size = _fit(subtitle, fonts, 10, w - 2 * safe - 30 * mm, 8)
    draw_runs(canvas, w - safe, h - safe - 12, subtitle, fonts, size, align="right")
    rule_y = h - safe - 17
    canvas.setStrokeColor(BLUE)
    canvas.setLineWidth(0.8)
    canvas.line(safe, rule_y, w - safe, rule_y)
    canvas.setFillColor(black)
    return rule_y


def draw_front(canvas: Canvas, fonts: FontSet, data: CardSheetData, officer: CardOfficer) -> None:
    """One card's front in card coordinates (origin at its lower-left corner)."""
    w, safe = CARD_W_MM * mm, SAFE_MM * mm
    rule_y = _header(canvas, fonts, data.title, data.station_name)
    qr = QR_MM * mm
    canvas.saveState()
    canvas.translate(w - safe - qr + 2 * mm, safe - 1 * mm)
    qr_path(canvas, officer.qr_payload, qr)
    canvas.restoreState()
    text_w = w - 2 * safe - qr + 2 * mm
    y = rule_y - 17
    name = f"联系民警  {officer.name}"
    draw_runs(canvas, safe, y, name, fonts, _fit(name, fonts, 15, text_w, 11))
    if officer.badge_no:
        y -= 17
        draw_runs(canvas, safe, y, f"警号  {officer.badge_no}", fonts, 12)
    y -= 16
    draw_runs(canvas, safe, y, "手机（扫右侧二维码可存号码）", fonts, 8)
    y -= 19
    size = _fit(officer.mobile, fonts, 18, text_w, NUMBER_MIN_SIZE)
    draw_runs(canvas, safe, y, officer.mobile, fonts, size)


def _wrap(text: str, fonts: FontSet, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for char in text:
        if line and text_width(line + char, fonts, size) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines


def draw_back(canvas: Canvas, fonts: FontSet, data: CardSheetData, back: CardBack) -> None:
    """The back, the same on every card: the station's numbers, large."""
    w, safe = CARD_W_MM * mm, SAFE_MM * mm
    rule_y = _header(canvas, fonts, "有事请找我们", back.station_name)
    inner = w - 2 * safe
    rows = (
        ("24小时值班电话", back.duty_phone, 15.0),
        (f"{back.chief_label}（投诉）", back.chief_phone, 13.0),
    )
    y = rule_y - 16
    for label, number, size in rows:
        label_size = _fit(label, fonts, 10, inner * 0.45, 8)
        draw_runs(canvas, safe, y, label, fonts, label_size)
        number_size = _fit(number, fonts, size, inner * 0.55, NUMBER_MIN_SIZE)
        draw_runs(canvas, w - safe, y, number, fonts, number_size, align="right")
        y -= 18
    line = f"报警 110   急救 120   反诈 {back.anti_fraud_phone}"
    draw_runs(canvas, safe, y, line, fonts, _fit(line, fonts, 13, inner, NUMBER_MIN_SIZE))
    if back.address:
        y -= 16
        for text in _wrap(f"地址：{back.address}", fonts, 10, inner)[:2]:
            draw_runs(canvas, safe, y, text, fonts, 10)
            y -= 12


def _note(canvas: Canvas, fonts: FontSet, note: str, page_label: str) -> None:
    """The printing note, turned to run up the left margin (the page has no other room)."""
    canvas.saveState()
    canvas.translate(LEFT_MM * mm / 2 + 2, TOP_MM * mm)
    canvas.rotate(90)
    canvas.setFillColor(black)
    lines = _wrap(f"{page_label}  {note}", fonts, NOTE_SIZE, PAGE_H - 2 * TOP_MM * mm)
    for i, text in enumerate(lines[:2]):
        draw_runs(canvas, 0, -i * (NOTE_SIZE + 3), text, fonts, NOTE_SIZE)
    canvas.restoreState()


def _chunks(items: tuple[CardOfficer, ...]) -> Iterator[tuple[CardOfficer, ...]]:
    for start in range(0, len(items), CARDS_PER_SHEET):
        yield items[start : start + CARDS_PER_SHEET]


def render_cards(data: CardSheetData, fonts: FontSet) -> bytes:
    """Front page then back page for every ten cards; the fonts embedded."""
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=A4,
        initialFontName=fonts.body,
        initialFontSize=NOTE_SIZE,
        pageCompression=1,
    )
    canvas.setCreator(CREATOR)
    canvas.setTitle(data.title)
    forms: dict[CardOfficer, str] = {}  # one form per officer: its QR encoded once per batch
    for officer in data.cards:
        if officer not in forms:
            name = forms[officer] = f"cardfront{len(forms)}"
            canvas.beginForm(name, 0, 0, CARD_W_MM * mm, CARD_H_MM * mm)
            draw_front(canvas, fonts, data, officer)
            canvas.endForm()
    canvas.beginForm("cardback", 0, 0, CARD_W_MM * mm, CARD_H_MM * mm)
    draw_back(canvas, fonts, data, data.back)
    canvas.endForm()
    sheets = list(_chunks(data.cards))
    for number, sheet in enumerate(sheets, start=1):
        for back in (False, True):
            side = "背面" if back else "正面"
            _note(canvas, fonts, data.note, f"第{number}/{len(sheets)}张·{side}")
            canvas.setStrokeColor(black)
            canvas.setLineWidth(MARK_WIDTH)
            for index, officer in enumerate(sheet):
                x, y = card_origin(index, back=back)
                _cut_marks(canvas, x, y)
                canvas.saveState()
                canvas.translate(x, y)
                canvas.doForm("cardback" if back else forms[officer])
                canvas.restoreState()
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()
