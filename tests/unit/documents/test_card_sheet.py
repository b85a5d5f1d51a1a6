"""The contact-card sheet read back from the PDF: card size, duplex alignment, QR, fonts, type."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from lijiabu_desk.documents.render.cards import CARD_H_MM, CARD_W_MM
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.cards import CardSelection, print_contact_cards
from lijiabu_desk.services.context import ServiceContext
from tests.card_setup import CHIEF_PHONE, ZHANG_PHONE, make_post

PT_PER_MM = 72 / 25.4


@pytest.fixture
def sheet_pdf(db, tmp_path: Path) -> Path:
    ctx = ServiceContext(db, SETUP_ACTOR)
    make_post(ctx, hewan=6, shanxia=4)  # 10 cards: 6 of 张伟, 4 of the chief
    path = tmp_path / "cards.pdf"
    path.write_bytes(print_contact_cards(ctx, CardSelection(all_missing=True)).pdf)
    return path


def _marks(page: pdfplumber.page.Page) -> list[dict]:
    """The hairlines (cut marks), not the thicker rules drawn on the cards."""
    return [ln for ln in page.lines if ln["linewidth"] < 0.5]


def _cards(page: pdfplumber.page.Page) -> list[tuple[float, float, float, float]]:
    """Each card's (left, top, right, bottom) in mm, from its cut marks alone: a horizontal
    mark lies on a top or bottom edge, a vertical mark on a left or right edge."""
    lines = _marks(page)
    xs = sorted({round(ln["x0"], 2) for ln in lines if abs(ln["x0"] - ln["x1"]) < 0.01})
    ys = sorted({round(ln["top"], 2) for ln in lines if abs(ln["top"] - ln["bottom"]) < 0.01})
    assert len(xs) == 4 and len(ys) == 10, (xs, ys)
    return [
        tuple(v / PT_PER_MM for v in (xs[c], ys[r], xs[c + 1], ys[r + 1]))
        for r in range(0, 10, 2)
        for c in (0, 2)
    ]


def test_every_card_is_id1_and_the_back_lines_up_after_a_long_edge_flip(sheet_pdf) -> None:
    with pdfplumber.open(sheet_pdf) as pdf:
        assert len(pdf.pages) == 2
        front, back = (_cards(p) for p in pdf.pages)
        page_w = float(pdf.pages[0].width) / PT_PER_MM
        marks = [len(_marks(p)) for p in pdf.pages]
    assert marks == [80, 80]  # 8 marks per card, on each side
    for left, top, right, bottom in front + back:
        assert abs(right - left - 85.6) <= 0.2 and abs(bottom - top - 54.0) <= 0.2
    unmatched = list(front)
    for b in back:
        # Flipped on the long (left) edge, a point at x on the back lands at page_w - x.
        flipped = (page_w - b[2], b[1], page_w - b[0], b[3])
        match = [
            f for f in unmatched if max(abs(p - q) for p, q in zip(f, flipped, strict=True)) <= 0.5
        ]
        assert len(match) == 1, (b, flipped)
        unmatched.remove(match[0])
    assert (CARD_W_MM, CARD_H_MM) == (85.6, 54.0)


def test_no_number_prints_under_10_pt(sheet_pdf) -> None:
    with pdfplumber.open(sheet_pdf) as pdf:
        digits = [c for p in pdf.pages for c in p.chars if c["text"].isdigit()]
    assert len(digits) > 200
    # pdfplumber's "size" of a glyph turned a quarter (the note up the margin) is its advance;
    # its type size is then the box's extent across the page.
    sizes = [c["size"] if c["upright"] else c["x1"] - c["x0"] for c in digits]
    assert min(sizes) >= 10.0 - 0.01


def test_the_fonts_are_embedded(sheet_pdf) -> None:
    out = subprocess.run(["pdffonts", str(sheet_pdf)], capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), out
    assert "Helvetica" not in out


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")
def test_the_qr_reads_as_the_officers_contact_from_a_png_of_the_sheet(sheet_pdf) -> None:
    # 96 dpi: the sheet as it shows at 100 % on screen, coarser than any printer.
    subprocess.run(
        ["pdftoppm", "-r", "96", "-f", "1", "-l", "1", "-png", str(sheet_pdf), str(sheet_pdf)],
        check=True,
    )
    png = next(sheet_pdf.parent.glob("cards.pdf*.png"))
    found = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    codes = sorted(found.stdout.split())
    assert codes.count(f"MECARD:N:张伟;TEL:{ZHANG_PHONE};;") == 6
    assert codes.count(f"MECARD:N:王建国;TEL:{CHIEF_PHONE};;") == 4


def test_the_printing_note_says_actual_size(sheet_pdf) -> None:
    with pdfplumber.open(sheet_pdf) as pdf:
        text = "".join(c["text"] for c in pdf.pages[0].chars)
    assert "实际大小" in text and "长边翻转" in text
