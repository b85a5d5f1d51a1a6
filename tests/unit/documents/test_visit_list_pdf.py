"""The printed 走访清单 read back from the PDF: people, order, pages, fonts, type, a page image.

All names, addresses and numbers are made up.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pdfplumber
from PIL import Image

from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render.visit_list import MIN_SIZE, render_visit_list
from lijiabu_desk.documents.visit_list_data import NO_VILLAGE, VisitListData, VisitListRow
from tests.unit.documents import poppler

pytestmark = poppler.needs_poppler

AS_OF = date(2026, 9, 21)
STATION = "安定区公安局李家堡派出所"
TITLE = "身份证到期走访清单"
HEAD_WORDS = ("序号", "姓名", "住址", "电话", "证件到期", "上门", "走访结果")
ADDRESS_18 = "李家堡村十二社下河湾自然村滩里巷口"  # 17 characters …
ADDRESS_18 += "北"  # … and one more: the width the address column must hold on one line


def person(
    name: str,
    village: str = "河湾村",
    group: str = "一社",
    *,
    home: bool = False,
    days: int = -12,
    address: str = "",
    phone: str = "138 0932 1234",
    note: str = "",
) -> VisitListRow:
    expiry = AS_OF + timedelta(days=days)
    words = f"已过期{-days}天" if days < 0 else f"还有{days}天到期"
    return VisitListRow(
        name=name,
        sex="女",
        age=81,
        village=village,
        group=group,
        address=address or f"{village}{group}{len(name)}号",
        phone=phone,
        id_expiry=expiry,
        expiry_text=words,
        needs_home_service=home,
        home_service_reason="卧床，行动不便" if home else "",
        note=note,
    )


def visit_list(*rows: VisitListRow, officer: str = "张伟") -> VisitListData:
    return VisitListData(STATION, TITLE, officer, AS_OF, tuple(rows))


SMALL = visit_list(
    person("马秀英", phone="138 0932 1001", address="河湾村一社滩里巷3号", note="独居，耳背"),
    person("杨桂兰", home=True, phone="139 1932 2002", address="河湾村一社沟口5号"),
    person("牛德胜", "山下村", "二社", phone="0932-8561234", address=ADDRESS_18, days=40),
    person("何建军", "河湾村", "三社", home=True, phone="137 0932 3003", address="河湾村三社9号"),
)


def pdf_of(data: VisitListData, fonts: FontSet, tmp_path: Path, name: str = "list.pdf") -> Path:
    return poppler.write(render_visit_list(data, fonts), tmp_path, name)


def pages_text(path: Path) -> list[str]:
    return poppler.text(path).split("\f")[: poppler.page_count(path)]


# --- grouping (plain data, no PDF) -------------------------------------------------------------


def test_rows_are_gathered_by_village_then_group_home_service_first_and_numbered() -> None:
    data = visit_list(
        person("甲", "河湾村", "二社"),
        person("乙", "山下村", "一社"),
        person("丙", "河湾村", "二社", home=True),
        person("丁", "河湾村", "十社"),
        person("戊", "河湾村", "二社"),
        person("己", "", ""),
    )
    sections = data.sections()
    # Villages and 社 in the order their first row came (十社 is not sorted before 二社).
    assert [(s.village, s.group) for s in sections] == [
        ("河湾村", "二社"),
        ("河湾村", "十社"),
        ("山下村", "一社"),
        (NO_VILLAGE, ""),
    ]
    # Home service first within its 社; otherwise the caller's order; numbers run on.
    assert [(n, r.name) for s in sections for n, r in s.rows] == [
        (1, "丙"),
        (2, "甲"),
        (3, "戊"),
        (4, "丁"),
        (5, "乙"),
        (6, "己"),
    ]
    assert [s.home_service for s in sections] == [1, 0, 0, 0]
    assert data.home_service == 1


# --- the PDF ---------------------------------------------------------------------------------


def test_people_addresses_full_phones_and_village_headings_are_printed(
    fonts: FontSet, tmp_path: Path
) -> None:
    path = pdf_of(SMALL, fonts, tmp_path)
    flat = poppler.squash(poppler.text(path, "-raw"))
    for row in SMALL.rows:
        for value in (row.name, row.address, row.phone, row.expiry_text):
            assert poppler.squash(value) in flat, value
    for heading in (
        "河湾村共3人，其中需上门2人",
        "山下村共1人",
        "河湾村一社（共2人，其中需上门1人）",
    ):
        assert heading in flat
    assert "山下村二社（共1人）" in flat and "河湾村三社（共1人，其中需上门1人）" in flat
    assert "备注：独居，耳背" in flat and "卧床，行动不便" in flat
    assert "2026年9月9日" in flat  # the expiry date, as Chinese forms write it
    assert STATION in flat and "截至2026年9月21日" in flat and "走访民警：张伟" in flat
    assert "共4人，其中需上门2人" in flat
    assert flat.count("走访民警（签名）：") == 1  # once, at the end of the list


def test_home_service_people_come_first_within_their_group(fonts: FontSet, tmp_path: Path) -> None:
    path = pdf_of(SMALL, fonts, tmp_path)
    flat = poppler.squash(poppler.text(path, "-raw"))
    # 杨桂兰 (需上门) was given after 马秀英 in the same 社: she is printed first, as No. 1.
    assert flat.index("杨桂兰") < flat.index("马秀英")
    assert re.search(r"1杨桂兰", flat) and re.search(r"2马秀英", flat)
    # 河湾村 三社 follows 一社 although 山下村's row came between them: villages stay together.
    assert flat.index("马秀英") < flat.index("何建军") < flat.index("牛德胜")


def test_needs_home_service_is_marked_in_the_heading_face(fonts: FontSet, tmp_path: Path) -> None:
    with pdfplumber.open(pdf_of(SMALL, fonts, tmp_path)) as pdf:
        words = [w for p in pdf.pages for w in p.extract_words(extra_attrs=["fontname", "size"])]
    face = {w["text"]: w["fontname"] for w in words}
    marks = [w for w in words if w["text"] == "需上门"]
    assert len(marks) == 2  # 杨桂兰 and 何建军, the only two
    for mark in marks:
        assert mark["fontname"] == face["序号"] != face["马秀英"]  # 黑体, as the column heads
        assert mark["size"] > face_size(words, "马秀英") - 0.01


def face_size(words: list[dict], text: str) -> float:
    return next(w["size"] for w in words if w["text"] == text)


def test_an_18_character_address_and_a_full_phone_stay_on_one_line(
    fonts: FontSet, tmp_path: Path
) -> None:
    assert len(ADDRESS_18) == 18
    lines = poppler.lines(pdf_of(SMALL, fonts, tmp_path))
    assert any(ADDRESS_18 in line for line in lines)
    assert any("13809321001" in poppler.squash(line) for line in lines)


def test_fonts_are_embedded_and_none_is_a_standard_font(fonts: FontSet, tmp_path: Path) -> None:
    rows = poppler.font_rows(pdf_of(SMALL, fonts, tmp_path))
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
        assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", row), row


def test_no_type_is_smaller_than_10_pt(fonts: FontSet, tmp_path: Path) -> None:
    path = pdf_of(replace(SMALL, rows=SMALL.rows * 8), fonts, tmp_path)  # headers and footers too
    with pdfplumber.open(path) as pdf:
        sizes = [c["size"] for page in pdf.pages for c in page.chars if c["text"].strip()]
    assert len(sizes) > 1000
    assert min(sizes) >= MIN_SIZE - 0.01


def test_a4_landscape_with_the_title_in_the_metadata(fonts: FontSet, tmp_path: Path) -> None:
    info = poppler.info(pdf_of(SMALL, fonts, tmp_path))
    assert info["Page size"].startswith("841.89 x 595.276")  # A4 turned
    assert info["Title"] == "身份证到期走访清单 2026年9月21日"


def test_an_officer_left_out_gets_a_line_to_write_on(fonts: FontSet, tmp_path: Path) -> None:
    flat = poppler.squash(poppler.text(pdf_of(replace(SMALL, officer_name=""), fonts, tmp_path)))
    assert "走访民警：____" in flat and "张伟" not in flat


def test_120_people_run_over_pages_each_with_heads_numbers_and_whole_rows(
    fonts: FontSet, tmp_path: Path
) -> None:
    rows = [
        person(
            f"村民{i:03d}",
            "河湾村" if i < 70 else "山下村",
            "一社" if i % 2 else "二社",
            home=i % 9 == 0,
            address=f"滩里巷{i:03d}号",
            phone=f"138 0932 {i:04d}",
        )
        for i in range(120)
    ]
    path = pdf_of(visit_list(*rows), fonts, tmp_path)
    total = poppler.page_count(path)
    assert total >= 5
    pages = pages_text(path)
    for number, page in enumerate(pages, start=1):
        page_lines = [line.strip() for line in page.splitlines() if line.strip()]
        footers = [line for line in page_lines if poppler.FOOTER.match(line)]
        assert footers == [f"第 {number} 页 共 {total} 页"]
        heads = [line for line in page_lines if all(w in line for w in HEAD_WORDS)]
        assert heads, f"page {number} has no heading row"
        if number > 1:
            assert any(TITLE in line and "截至2026年9月21日" in line for line in page_lines)
    continued = [p for p in pages[1:] if "（续）" in p]
    assert continued  # a 社 that runs on says so on the next page
    assert "走访民警（签名）" in pages[-1]  # the signature line closes the last page
    # Every person is printed once, with the name, the address and the phone on the same page.
    for i in range(120):
        found = [n for n, page in enumerate(pages) if f"村民{i:03d}" in page]
        assert len(found) == 1, (i, found)
        page = poppler.squash(pages[found[0]])
        assert f"滩里巷{i:03d}号" in page and f"13809320{i:03d}" in page, i


def test_an_empty_list_says_there_is_nobody_on_it(fonts: FontSet, tmp_path: Path) -> None:
    path = pdf_of(visit_list(), fonts, tmp_path)
    assert poppler.page_count(path) == 1
    flat = poppler.squash(poppler.text(path))
    assert "截至2026年9月21日，清单上没有需要走访的人。" in flat
    assert TITLE in flat
    assert "序号" not in flat and "第1页共1页" in flat
    told = replace(visit_list(), empty_text="没有身份证已过期或3个月内到期的人。")
    flat = poppler.squash(poppler.text(pdf_of(told, fonts, tmp_path, "told.pdf")))
    assert "没有身份证已过期或3个月内到期的人。" in flat


def test_page_one_renders_to_a_picture_with_something_on_it(fonts: FontSet, tmp_path: Path) -> None:
    path = pdf_of(SMALL, fonts, tmp_path)
    poppler.run("pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", path, tmp_path / "page")
    images = list(tmp_path.glob("page*.png"))
    assert len(images) == 1
    with Image.open(images[0]) as image:
        assert image.width in (1169, 1170) and image.height == 827  # A4 landscape, 100 dpi
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
    # Text, the grid and the shaded 需上门 cells: far more ink than a title on a blank page.
    assert dark > 20_000


def test_the_signature_line_never_stands_alone_on_the_last_page(
    fonts: FontSet, tmp_path: Path
) -> None:
    # Somewhere between 8 and 22 people the last person just fits a page and the signature
    # line does not: it must then take the last person with it.
    for count in range(8, 23):
        rows = [person(f"村民{i:03d}", address=f"滩里巷{i:03d}号") for i in range(count)]
        path = pdf_of(visit_list(*rows), fonts, tmp_path, f"list{count}.pdf")
        last = pages_text(path)[-1]
        assert "走访民警（签名）" in last, count
        assert "村民" in last, count
