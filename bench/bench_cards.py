"""1,000 contact cards (4 officers): our renderer against a bare ReportLab drawing of the same
sheets (drawString per line, the QR encoded once per officer, each card drawn in full).

    .venv/bin/python bench/bench_cards.py
"""

from __future__ import annotations

import io
import time

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lijiabu_desk.documents.card_data import CardBack, CardOfficer, CardSheetData
from lijiabu_desk.documents.fonts import register_fonts
from lijiabu_desk.documents.render.cards import CARDS_PER_SHEET, card_origin, render_cards

CARDS = 1_000
OFFICERS = [
    CardOfficer(
        f"民警{i}", f"62012{i}", f"138 0932 12{i}0", f"MECARD:N:民警{i};TEL:1380932120{i};;"
    )
    for i in range(4)
]
BACK = CardBack("安定区公安局李家堡派出所", "0932-8123456", "所长 王建国", "139 0932 0001", "96110",
                "甘肃省定西市安定区李家堡镇中街18号")  # fmt: skip
DATA = CardSheetData(
    "警民连心卡",
    BACK.station_name,
    BACK,
    tuple(OFFICERS[i % 4] for i in range(CARDS)),
    "按实际大小打印",
)


def bare(font: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=font, pageCompression=1)
    matrices = {o: segno.make(o.qr_payload, error="m").matrix for o in OFFICERS}
    for start in range(0, CARDS, CARDS_PER_SHEET):
        for back in (False, True):
            for index, officer in enumerate(DATA.cards[start : start + CARDS_PER_SHEET]):
                x, y = card_origin(index, back=back)
                lines = (
                    [BACK.station_name, BACK.duty_phone, BACK.chief_phone, "报警 110 急救 120",
                     BACK.address]
                    if back
                    else [DATA.title, officer.name, officer.badge_no, officer.mobile]
                )  # fmt: skip
                for n, text in enumerate(lines):
                    canvas.setFont(font, 12)
                    canvas.drawString(x + 4 * mm, y + (45 - 8 * n) * mm, text)
                if not back:
                    path = canvas.beginPath()
                    for r, row in enumerate(matrices[officer]):
                        for c, dark in enumerate(row):
                            if dark:
                                path.rect(x + 60 * mm + c * 0.6 * mm, y + 25 * mm - r * 0.6 * mm,
                                          0.6 * mm, 0.6 * mm)  # fmt: skip
                    canvas.drawPath(path, stroke=0, fill=1)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    fonts = register_fonts()
    ours = best_of(3, lambda: render_cards(DATA, fonts))
    base = best_of(3, lambda: bare(fonts.body))
    print(f"contact cards x{CARDS}: ours {ours:.3f} s, bare ReportLab {base:.3f} s, "
          f"ratio {ours / base:.2f} (target <= 1.5)")  # fmt: skip


if __name__ == "__main__":
    main()
