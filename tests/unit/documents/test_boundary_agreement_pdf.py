"""The printed 地界协议书 read back from the PDF: legal content, copies, boxes, draft, annexes.

All names, addresses and numbers are made up (see ``boundary_samples``).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from reportlab.lib.units import mm

from lijiabu_desk.documents.boundary_data import (
    STANDARD_WITNESS_ROLES,
    BoundaryAgreementData,
    BoundaryParty,
    BoundaryPhoto,
    chinese_count,
    clauses,
)
from lijiabu_desk.documents.fonts import CJK_NO_LINE_START, FontSet
from lijiabu_desk.documents.render.boundary_agreement import render_boundary_agreement
from lijiabu_desk.documents.render.signatures import FINGERPRINT_MM, fingerprint_label
from lijiabu_desk.documents.render.sketch_parts import LINE_W
from lijiabu_desk.documents.scales import format_metres
from tests.unit.documents import boundary_samples as samples
from tests.unit.documents import poppler
from tests.unit.documents.poppler import squash

pytestmark = poppler.needs_poppler

NO_TITLE = (
    "本协议仅记载双方当事人经调解自愿约定的地界位置，不作为确认土地所有权、使用权或承包经营权"
    "的依据；权属争议由人民政府依法处理。"
)
NO_ALTERATION = (
    "任何一方不得擅自移动、损毁或者改变界线和标志。",
    "一方擅自移动、损毁或者改变界线、标志的，另一方可以请求村民委员会或者"
    f"{samples.STATION}按照本协议及附图恢复原状，恢复所需费用由擅自移动、损毁或者改变的一方承担。",
)
MA = BoundaryParty(
    "丙方",
    "马文清",
    "男",
    "1971年2月3日（55岁）",
    "回族",
    "张湾村四社2号",
    "",
    "621102197102030017",
)


def pdf_of(data: BoundaryAgreementData, fonts: FontSet, folder: Path, name: str = "a.pdf") -> Path:
    return poppler.write(render_boundary_agreement(data, fonts), folder, name)


def running(data: BoundaryAgreementData) -> str:
    return f"{data.title} {data.printed_number}".strip()


def flat(path: Path, data: BoundaryAgreementData) -> str:
    """All the text in both of poppler's orders (a wrapped table cell reads whole in -raw)."""
    return poppler.flat(path, running(data)) + "|" + poppler.flat(path, running(data), "-raw")


def page_texts(path: Path) -> list[str]:
    return poppler.text(path).split("\f")[: poppler.page_count(path)]


@pytest.fixture(scope="module")
def full(fonts: FontSet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdf_of(samples.agreement(), fonts, tmp_path_factory.mktemp("full"))


def test_every_required_part_is_printed(full: Path) -> None:
    data = samples.agreement()
    text = flat(full, data)
    parts = [data.station_name, data.number, data.case_number, data.reference_point]
    for party in data.parties:
        parts += [party.side, party.name, party.sex, party.ethnicity, party.address]
        parts += [party.phone, party.id_number]
    parts += ["东至", "李四家承包地", "南至村道", "西至", "北至水渠", "王五家承包地（王五、王六）"]
    parts += [data.parcel_name, data.location, data.land_type, data.area_mu, data.certificate_no]
    parts += ["1958年4月9日生（68岁）", "63岁", "丈量日期2026年6月12日", "2026年6月15日"]
    parts += [data.agreed_line, data.crops, data.costs, NO_TITLE, *NO_ALTERATION]
    parts += ["本协议自双方当事人签名（捺印）之日起生效。", "一式三份"]
    missing = [part for part in parts if squash(part) not in text]
    assert missing == []
    raw_lines = {squash(line) for line in poppler.lines(full, "-raw")}
    for n, row in enumerate(data.measurements, start=1):
        cells = (n, row.from_point, row.to_point, row.direction, format_metres(row.distance_m))
        assert squash("".join(map(str, cells)) + row.note) in raw_lines, row
    for n, marker in enumerate(data.markers, start=1):
        assert f"{n}{marker.kind}{marker.count}{marker.where}" in raw_lines, marker


def test_the_page_one_says_the_post_decides_no_title(full: Path) -> None:
    first = squash(page_texts(full)[0])
    assert squash("地界协议书") in first and samples.NUMBER in first
    assert NO_TITLE in first  # on the first page, before any term


def test_copies_are_one_per_party_and_one_for_the_post(fonts: FontSet, tmp_path: Path) -> None:
    data = samples.agreement()
    three = replace(data, parties=(*data.parties, MA))
    text = flat(pdf_of(three, fonts, tmp_path), three)
    assert "一式四份，各方当事人各执一份" in text and "一式三份" not in text
    assert "马文清" in text and "621102197102030017" in text
    # With three parties nobody is "the other side".
    assert "其他当事人可以请求村民委员会" in text
    assert [chinese_count(n) for n in (3, 9, 10, 12, 21)] == ["三", "九", "十", "十二", "二十一"]


def test_each_party_has_a_signature_line_and_a_thumb_sized_square(
    fonts: FontSet, tmp_path: Path
) -> None:
    data = samples.agreement()
    three = replace(data, parties=(*data.parties, MA))
    path = pdf_of(three, fonts, tmp_path)
    text = flat(path, three)
    for party in three.parties:
        assert squash(fingerprint_label(party.side)) in text
    with pdfplumber.open(path) as pdf:
        squares = [
            r
            for page in pdf.pages
            for r in page.rects
            if abs(r["width"] - FINGERPRINT_MM * mm) < 0.5 and abs(r["height"] - r["width"]) < 0.5
        ]
        lines = [ln for page in pdf.pages for ln in page.lines if ln["top"] == ln["bottom"]]
    assert len(squares) == len(three.parties)  # 20 mm: room for a thumb
    long_lines = [ln for ln in lines if ln["x1"] - ln["x0"] >= 40 * mm]
    assert len(long_lines) >= len(three.parties) + len(three.witnesses)  # room for a name


def test_witnesses_sign_under_a_heading_that_says_they_witness(full: Path) -> None:
    data = samples.agreement()
    text = flat(full, data)
    assert "见证人：" in text
    for witness in data.witnesses:
        assert f"{witness.role}：" in text and witness.name in text


def test_without_witnesses_the_usual_three_get_blank_lines(fonts: FontSet, tmp_path: Path) -> None:
    data = replace(samples.draft(), witnesses=(), parties=())
    text = flat(pdf_of(data, fonts, tmp_path), data)
    for role in STANDARD_WITNESS_ROLES:
        assert f"{role}：" in text
    # Nobody recorded yet: two blank parties, so still one copy each and one for the post.
    assert squash(fingerprint_label("甲方")) in text and squash(fingerprint_label("乙方")) in text
    assert "一式三份" in text


def test_a_blank_draft_has_table_rows_tall_enough_to_write_in(
    fonts: FontSet, tmp_path: Path
) -> None:
    blank = replace(samples.draft(), parties=(), measurements=(), markers=(), sketch=None)
    body_rows: dict[str, int] = {}  # table → rows under its head, over all its pages
    heights: list[float] = []
    with pdfplumber.open(pdf_of(blank, fonts, tmp_path)) as pdf:
        for table in (t for page in pdf.pages for t in page.find_tables()):
            key = "".join(table.extract()[0][:2])
            body_rows[key] = body_rows.get(key, 0) + len(table.rows) - 1
            heights += [row.bbox[3] - row.bbox[1] for row in table.rows]
    # Two blank parties (two rows each), four measurement rows and two marker rows.
    assert body_rows["当事人姓名"] >= 2
    assert body_rows["序号起点"] == 4 and body_rows["序号标志种类"] == 2
    assert min(heights) >= 8 * mm  # an empty paragraph would leave a row a few points high


def test_a_draft_says_so_on_every_page_and_prints_no_number(fonts: FontSet, tmp_path: Path) -> None:
    data = replace(samples.draft(), number=samples.NUMBER)  # a number given by mistake
    path = pdf_of(data, fonts, tmp_path)
    pages = page_texts(path)
    assert all("草稿" in page for page in pages)
    assert "地界协议书（草稿）" in squash(pages[0])
    assert samples.NUMBER not in poppler.text(path) and "地界字" not in poppler.text(path)
    assert poppler.info(path)["Title"] == "地界协议书（草稿）"
    assert "______年____月____日" in squash(pages[-2])  # not signed yet: a date to fill in
    final = squash(poppler.text(pdf_of(samples.agreement(), fonts, tmp_path, "final.pdf")))
    assert "草稿" not in final


def test_the_sketch_is_an_annex_page_drawn_at_the_scale_it_states(
    full: Path, fonts: FontSet
) -> None:
    with pdfplumber.open(full) as pdf:
        [page] = [p for p in pdf.pages if "附图：地界示意图" in squash(p.extract_text())]
        text = "".join(c["text"] for c in page.chars)
        label = next(w["text"] for w in page.extract_words() if w["text"].startswith("1:"))
        [line] = [c for c in page.curves if c["linewidth"] == pytest.approx(LINE_W)]
    assert "比例尺" in text
    denominator = int(label.removeprefix("1:"))
    assert "北：水渠" in text and "南：村道" in text
    assert "甲方确认：" in text and "乙方确认：" in text
    geometry = samples.sketch().geometry
    per_m = 1000 / denominator * mm  # points per metre on paper
    pts = line["pts"]
    assert len(pts) == len(geometry.line) == 5  # A B C D A
    names = geometry.line
    for (x0, y0), (x1, y1), a, b in zip(pts, pts[1:], names, names[1:], strict=False):
        start, end = geometry.point(a), geometry.point(b)
        metres = math.dist((start.x, start.y), (end.x, end.y))
        assert math.dist((x0, y0), (x1, y1)) == pytest.approx(metres * per_m, abs=0.05)


def test_without_a_sketch_there_is_no_annex_page(fonts: FontSet, tmp_path: Path) -> None:
    data = replace(samples.agreement(), sketch=None)
    path = pdf_of(data, fonts, tmp_path)
    text = flat(path, data)
    assert "附图" not in text and "比例尺" not in text
    assert "本协议的" not in text  # no clause naming annexes that are not there
    assert clauses(data)[-1].startswith("本协议一式三份")


def _photo_pages(path: Path) -> list[dict]:
    """Per annex page: its text and the images on it (pdfplumber's boxes, in points)."""
    with pdfplumber.open(path) as pdf:
        return [
            {"text": squash(p.extract_text()), "images": list(p.images)}
            for p in pdf.pages
            if "附件：现场照片" in squash(p.extract_text())
        ]


def _ratio(image: dict) -> float:
    return (image["x1"] - image["x0"]) / (image["bottom"] - image["top"])


def test_two_photos_make_one_annex_page_with_captions_and_their_shape(
    fonts: FontSet, tmp_path: Path
) -> None:
    photos = (
        BoundaryPhoto("东南角界石", samples.photo(800, 600), "2026年6月12日"),
        BoundaryPhoto("西侧木桩和石灰线", samples.photo(600, 800, "PNG")),
    )
    bare = pdf_of(samples.agreement(), fonts, tmp_path, "bare.pdf")
    path = pdf_of(replace(samples.agreement(), photos=photos), fonts, tmp_path)
    assert poppler.page_count(path) == poppler.page_count(bare) + 1
    [page] = _photo_pages(path)
    assert "照片1：东南角界石（2026年6月12日拍摄）" in page["text"]
    assert "照片2：西侧木桩和石灰线" in page["text"]
    assert sorted(_ratio(i) for i in page["images"]) == pytest.approx([0.75, 4 / 3], rel=0.01)
    for image in page["images"]:  # each about half the page: large enough to see the marks
        assert max(image["x1"] - image["x0"], image["bottom"] - image["top"]) >= 100 * mm
    assert "现场照片是本协议的组成部分" in flat(path, samples.agreement())


def test_a_turned_phone_photo_prints_upright(fonts: FontSet, tmp_path: Path) -> None:
    # Stored 600×300 with EXIF "turn 90°": the camera was held upright, so it shows 300×600.
    turned = BoundaryPhoto("北侧界桩", samples.photo(600, 300, orientation=6))
    path = pdf_of(replace(samples.agreement(), photos=(turned,)), fonts, tmp_path)
    [page] = _photo_pages(path)
    [image] = page["images"]
    assert _ratio(image) == pytest.approx(0.5, rel=0.01)


def test_a_third_photo_runs_on_to_a_page_marked_continued(fonts: FontSet, tmp_path: Path) -> None:
    photos = tuple(BoundaryPhoto(f"第{n}处标志", samples.photo(640, 480)) for n in range(3))
    pages = _photo_pages(pdf_of(replace(samples.agreement(), photos=photos), fonts, tmp_path))
    assert [len(p["images"]) for p in pages] == [2, 1]
    assert "附件：现场照片（续）" in pages[1]["text"] and "照片3：第2处标志" in pages[1]["text"]


def test_an_unreadable_photo_prints_a_notice_not_an_error(fonts: FontSet, tmp_path: Path) -> None:
    broken = BoundaryPhoto("东侧石灰线", b"\xff\xd8\xff\xe0 not really a jpeg")
    pages = _photo_pages(pdf_of(replace(samples.agreement(), photos=(broken,)), fonts, tmp_path))
    assert "照片1：东侧石灰线" in pages[0]["text"] and "照片文件无法读取" in pages[0]["text"]


def test_fonts_are_embedded_and_none_is_a_standard_font(full: Path) -> None:
    rows = poppler.font_rows(full)
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
        assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", row), row


def test_no_type_anywhere_is_under_9_pt(full: Path) -> None:
    with pdfplumber.open(full) as pdf:
        # A glyph turned a quarter (a bracket in the sketch's vertical sides) reports its advance
        # as its size; its type size is then its extent across the page.
        sizes = [
            c["size"] if c["upright"] else c["x1"] - c["x0"]
            for page in pdf.pages
            for c in page.chars
            if c["text"].strip()
        ]
    assert len(sizes) > 1000 and min(sizes) >= 9 - 0.01


def test_no_line_of_the_agreement_starts_with_closing_punctuation(
    fonts: FontSet, tmp_path: Path
) -> None:
    # Without the annexes: the sketch's vertical sides read one character a line.
    three = replace(samples.agreement(), sketch=None, parties=(*samples.agreement().parties, MA))
    path = pdf_of(three, fonts, tmp_path)
    for mode in ("-layout", "-raw"):
        assert [line for line in poppler.lines(path, mode) if line[0] in CJK_NO_LINE_START] == []


def test_pages_are_numbered_and_carry_the_title_and_number(full: Path) -> None:
    pages = page_texts(full)
    total = len(pages)
    assert total == 4  # the agreement on three pages, the sketch on the fourth
    for number, page in enumerate(pages, start=1):
        footers = [ln.strip() for ln in page.splitlines() if poppler.FOOTER.match(ln.strip())]
        assert footers == [f"第 {number} 页 共 {total} 页"]
        assert (squash(running(samples.agreement())) in squash(page)) or number == 1
    assert poppler.info(full)["Page size"].startswith("595.276 x 841.89")  # A4


def test_page_one_and_the_sketch_page_render_to_pictures(full: Path, tmp_path: Path) -> None:
    for page, least in ((1, 20_000), (4, 5_000)):
        stem = tmp_path / f"page{page}"
        poppler.run("pdftoppm", "-r", "100", "-png", "-f", page, "-l", page, full, stem)
        [png] = tmp_path.glob(f"page{page}*.png")
        with Image.open(png) as image:
            assert image.size == (827, 1170)  # A4 at 100 dpi
            dark = sum(image.convert("L").histogram()[:128])
        assert dark > least
