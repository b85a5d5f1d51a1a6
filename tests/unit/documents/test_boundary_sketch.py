"""The boundary sketch read back from a one-page PDF: text, scale, north, line, fonts, a PNG."""

from __future__ import annotations

import io
import itertools
import math
import re
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from reportlab.lib.units import mm

from lijiabu_desk.documents.data import Header
from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render.boundary_sketch import BoundarySketchFlowable
from lijiabu_desk.documents.render.layout import build_pdf
from lijiabu_desk.documents.render.sketch_parts import LINE_W, MIN_SIZE, NORTH_SIZE
from lijiabu_desk.documents.sketch import (
    FourSides,
    MeasurementRow,
    SketchDrawing,
    compute_sketch,
)
from tests.unit.documents import poppler

SIDES = FourSides(
    east="李四家承包地", south="村道", west="王五家承包地（王五、王六）", north="水渠"
)
CAPTION = "本图依据现场丈量数据绘制，只表示双方约定的地界位置，不确定土地权属。"
ROWS = [
    MeasurementRow("界石", "A", "东", 3.5, "界石到地角"),
    MeasurementRow("A", "B", "北偏东8°", 42.0),
    MeasurementRow("B", "C", "114", 13.9),
    MeasurementRow("C", "D", "南偏西5°", 37.3),
    MeasurementRow("D", "A", "275°", 15.2),
    MeasurementRow("A", "C", "北偏东27", 40.5, "对角复核"),
]


def sketch_drawing(sides: FourSides = SIDES) -> SketchDrawing:
    result = compute_sketch(ROWS, closed=True)
    assert result.ok
    return SketchDrawing(result.geometry, "地界示意图 · 老庄湾", sides, CAPTION)


@pytest.fixture(scope="module")
def rendered(
    fonts: FontSet, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, BoundarySketchFlowable]:
    flowable = BoundarySketchFlowable(sketch_drawing(), fonts, height=200 * mm)
    pdf = build_pdf([flowable], Header("李家堡派出所", "地界协议书附图", ""), fonts)
    return poppler.write(pdf, tmp_path_factory.mktemp("sketch"), "sketch.pdf"), flowable


@pytest.fixture(scope="module")
def page(rendered: tuple[Path, BoundarySketchFlowable]):
    with pdfplumber.open(rendered[0]) as pdf:
        assert len(pdf.pages) == 1
        yield pdf.pages[0]


def chars_text(page) -> str:
    return "".join(c["text"] for c in page.chars)


def frame_of(page) -> dict:
    """The frame round the drawing: the largest stroked rectangle."""
    return max(page.rects, key=lambda r: r["width"] * r["height"])


def test_the_text_holds_the_title_scale_four_sides_points_and_caption(page, rendered) -> None:
    text = chars_text(page)
    scale = rendered[1].scale
    assert scale is not None and scale.label == "比例尺 1:500"
    for part in ("地界示意图 · 老庄湾", "比例尺 1:500", "北：水渠", "南：村道", "东：李四家承包地"):
        assert part in text
    assert "西：王五家承包地（王五、王六）" in text
    assert CAPTION in text
    inside = {w["text"] for w in page.extract_words() if _within(w, frame_of(page))}
    assert {"界石", "A", "B", "C", "D"} <= inside
    assert {"42米", "13.9米", "37.3米", "15.2米", "3.5米"} <= inside  # each leg's length


def test_each_side_is_written_on_its_side_of_the_frame(page) -> None:
    frame = frame_of(page)
    texts = {"东": SIDES.east, "南": SIDES.south, "西": SIDES.west, "北": SIDES.north}
    runs = {label: _run(page, f"{label}：{text}") for label, text in texts.items()}
    assert all(c["x0"] >= frame["x1"] for c in runs["东"])
    assert all(c["x1"] <= frame["x0"] for c in runs["西"])
    assert all(c["bottom"] <= frame["top"] for c in runs["北"])
    assert all(c["top"] >= frame["bottom"] for c in runs["南"])
    # East and west run down the page, one character under the other.
    for side in (runs["东"], runs["西"]):
        tops = [c["top"] for c in side]
        assert tops == sorted(tops) and len({round(c["x0"]) for c in side[2:]}) <= 2


def _run(page, text: str) -> list[dict]:
    """The characters that draw ``text``, found in drawing order."""
    at = chars_text(page).index(text)
    return page.chars[at : at + len(text)]


def test_the_scale_bar_is_drawn_to_its_scale_with_round_ticks(page) -> None:
    halves = sorted((r for r in page.rects if r["height"] < 10), key=lambda r: r["x0"])
    assert len(halves) == 2 and halves[0]["fill"]  # black then white, as on maps
    left, right = halves[0]["x0"], halves[1]["x1"]
    assert (right - left) / mm == pytest.approx(40, abs=0.1)  # 20 m at 1:500
    below = [w for w in page.extract_words() if 0 < w["top"] - halves[0]["bottom"] < 15]
    ticks = sorted((w for w in below if re.fullmatch(r"\d+|米", w["text"])), key=lambda w: w["x0"])
    assert [w["text"] for w in ticks][:4] == ["0", "10", "20", "米"]
    for word, x in zip(ticks[:3], (left, (left + right) / 2, right), strict=True):
        assert (word["x0"] + word["x1"]) / 2 == pytest.approx(x, abs=1.0)


def test_the_north_arrow_points_up_the_page_with_north_over_its_tip(page) -> None:
    [north] = [c for c in page.chars if c["text"] == "北" and c["size"] == NORTH_SIZE]
    heads = [c for c in page.curves if c["fill"] and c["stroke"] and len(c["pts"]) == 5]
    head = min(heads, key=lambda c: math.dist(c["pts"][0], (north["x0"], north["bottom"])))
    # Tip, barb, notch, barb (the path closes on the tip); pdfplumber's y grows down the page.
    tip, *rest = sorted(head["pts"][:-1], key=lambda p: p[1])
    notch, *barbs = rest
    assert all(p[1] > tip[1] + 5 for p in rest)  # the tip is the top, alone
    assert notch[0] == pytest.approx(tip[0]) and barbs[0][1] == pytest.approx(barbs[1][1])
    assert sorted(p[0] - tip[0] for p in barbs) == pytest.approx([-2.2 * mm, 2.2 * mm], abs=0.01)
    assert tip[0] == pytest.approx((north["x0"] + north["x1"]) / 2, abs=1)
    assert north["bottom"] <= tip[1] + 1
    [shaft] = [ln for ln in page.lines if abs(ln["x0"] - tip[0]) < 0.5 and ln["x0"] == ln["x1"]]
    assert shaft["top"] > tip[1] and shaft["bottom"] > max(p[1] for p in barbs)


def test_the_agreed_line_is_bold_to_scale_north_up_and_inside_the_frame(page, rendered) -> None:
    frame = frame_of(page)
    [line] = [c for c in page.curves if c["linewidth"] == pytest.approx(LINE_W) and not c["fill"]]
    geometry = sketch_drawing().geometry
    per_m = rendered[1].scale.mm_per_m * mm
    (x0, y0), first = line["pts"][0], geometry.point(geometry.line[0])
    assert len(line["pts"]) == len(geometry.line)
    for (px, py), name in zip(line["pts"], geometry.line, strict=True):
        point = geometry.point(name)
        # East is to the right, north is up (pdfplumber's y grows downwards).
        assert (px - x0) / per_m == pytest.approx(point.x - first.x, abs=0.01)
        assert (y0 - py) / per_m == pytest.approx(point.y - first.y, abs=0.01)
        assert frame["x0"] < px < frame["x1"] and frame["top"] < py < frame["bottom"]
    dashed = [ln for ln in page.lines if ln.get("dash") and ln["dash"][0] and _within(ln, frame)]
    assert len(dashed) == 2  # the tie from the stone and the check across: measured, not the line


def test_labels_in_the_frame_cover_no_other_label_and_no_point(page) -> None:
    frame = frame_of(page)
    inside = [c for c in page.chars if _within(c, frame)]
    assert len(inside) > 20
    boxes = [(c["x0"] + 0.3, c["top"] + 0.3, c["x1"] - 0.3, c["bottom"] - 0.3) for c in inside]
    assert [(a, b) for a, b in itertools.combinations(boxes, 2) if _overlap(a, b)] == []
    dots = [c for c in page.curves if c["fill"] and not c["stroke"] and _within(c, frame)]
    assert len(dots) == 5  # A B C D and the stone's centre
    for dot in dots:
        box = (dot["x0"], dot["top"], dot["x1"], dot["bottom"])
        assert not any(_overlap(box, b) for b in boxes)


def test_no_text_is_under_9_pt(page) -> None:
    # A glyph turned a quarter (brackets in the vertical sides) reports its advance as its size;
    # its type size is then its extent across the page.
    sizes = [c["size"] if c["upright"] else c["x1"] - c["x0"] for c in page.chars]
    assert len(sizes) > 100 and min(sizes) >= MIN_SIZE - 0.01


@poppler.needs_poppler
def test_the_fonts_are_embedded_and_none_is_a_standard_font(rendered) -> None:
    rows = poppler.font_rows(rendered[0])
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row
        assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", row), row


@poppler.needs_poppler
def test_the_png_at_100_dpi_shows_a_drawing(rendered, tmp_path: Path) -> None:
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", str(rendered[0]), str(tmp_path / "sketch")], check=True
    )
    [png] = tmp_path.glob("sketch*.png")
    with Image.open(png) as image:
        grey = image.convert("L")
        width, height = grey.size
        dark = sum(grey.histogram()[:128]) / (width * height)
    assert (width, height) == (827, 1170)  # A4 at 100 dpi
    assert 0.003 < dark < 0.1


def test_a_side_left_empty_prints_a_blank_to_fill_by_hand(fonts: FontSet) -> None:
    flowable = BoundarySketchFlowable(sketch_drawing(FourSides(east="李四家")), fonts)
    pdf = build_pdf([flowable], Header("", "附图", ""), fonts)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = chars_text(doc.pages[0])
    assert "东：李四家" in text
    for side in "南西北":
        assert f"{side}：________" in text


def _within(obj: dict, frame: dict) -> bool:
    return (
        obj["x0"] >= frame["x0"]
        and obj["x1"] <= frame["x1"]
        and obj["top"] >= frame["top"]
        and obj["bottom"] <= frame["bottom"]
    )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
