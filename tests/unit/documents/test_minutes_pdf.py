"""The printed 联席会议纪要 read back from the PDF: content, tables, signatures, page flow.

All names and numbers are made up (see ``minutes_samples``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from lijiabu_desk.documents.fonts import CJK_NO_LINE_START, FontSet
from lijiabu_desk.documents.minutes_data import MinutesActionItem, MinutesData, closing_sentence
from lijiabu_desk.documents.render.minutes import render_minutes
from tests.unit.documents import minutes_samples as samples
from tests.unit.documents import poppler
from tests.unit.documents.poppler import squash

pytestmark = poppler.needs_poppler

SECTION = re.compile(r"^[一二三四五六七八九十]+、")
ITEM_HEAD = ["序号", "事项", "责任单位", "责任人", "完成期限", "状态"]
BODY_TOP, BODY_BOTTOM = 60.0, 780.0  # points: between the running header and the page numbers


def pdf_of(data: MinutesData, fonts: FontSet, folder: Path, name: str = "m.pdf") -> Path:
    return poppler.write(render_minutes(data, fonts), folder, name)


def running(data: MinutesData) -> str:
    return f"{data.printed_title} {data.printed_number}".strip()


def flat(path: Path, data: MinutesData) -> str:
    return poppler.flat(path, running(data)) + "|" + poppler.flat(path, running(data), "-raw")


def tables(path: Path) -> list[list[list[str]]]:
    """Every bordered table on every page, cells squashed (a wrapped cell reads whole)."""
    with pdfplumber.open(path) as pdf:
        return [
            [[squash(c or "") for c in row] for row in table.extract()]
            for page in pdf.pages
            for table in page.find_tables()
        ]


def item_rows(path: Path) -> list[list[str]]:
    """The rows of every action-item table, in printed order, without the head rows."""
    return [row for t in tables(path) if t[0] == ITEM_HEAD for row in t[1:]]


def expected_rows(items: tuple[MinutesActionItem, ...]) -> list[list[str]]:
    return [
        [
            str(n),
            squash(i.item_text),
            i.owner_unit,
            i.owner_person,
            i.due_text,
            squash(i.status_text),
        ]
        for n, i in enumerate(items, start=1)
    ]


def body_lines(path: Path) -> list[list[str]]:
    """Per page, its text lines top to bottom, without the running header and page number."""
    with pdfplumber.open(path) as pdf:
        return [
            [ln["text"] for ln in page.extract_text_lines() if BODY_TOP < ln["top"] < BODY_BOTTOM]
            for page in pdf.pages
        ]


@pytest.fixture(scope="module")
def full(fonts: FontSet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdf_of(samples.minutes(), fonts, tmp_path_factory.mktemp("minutes"))


def test_heading_lines_and_every_attendee_are_printed(full: Path) -> None:
    data = samples.minutes()
    text = flat(full, data)
    parts = [data.issuer, data.title, data.number, "时间：2026年11月20日", "地点：" + data.place]
    parts += ["召集人：" + data.convener, "参会单位及人员（共7个单位9人）"]
    missing = [part for part in parts if squash(part) not in text]
    assert missing == []
    [attendance] = [t for t in tables(full) if t[0] == ["参会单位", "参会人员"]]
    assert attendance[1:] == [  # grouped by unit, in the order each unit first appears
        [samples.GOVERNMENT, "王建国（副镇长）"],
        [samples.CENTRE, "李秀芳（主任）、陈晓燕（干事）"],
        [samples.POLICE, "侯明远（所长）、周志强（民警）"],
        [samples.JUSTICE, "赵文娟（所长）"],
        [samples.COURT, "马正清（巡回法官）"],
        [samples.ZHANGWAN, "赵朝东（村委会主任）"],
        [samples.HEWAN, "杨德厚"],
    ]


def test_each_topic_has_its_case_number_and_decision(full: Path) -> None:
    data = samples.minutes()
    text = flat(full, data)
    for topic in data.topics:
        assert squash(topic.heading) in text, topic.title
        lines = topic.decision.splitlines()
        assert squash("议定意见：" + lines[0]) in text
        assert all(squash(line) in text for line in lines[1:])
        if topic.case_number:
            assert squash(f"{topic.heading}涉及纠纷：{topic.case_number}") in text
    assert "三、近期牲畜交易市场治安情况通报议定意见：" in text  # no case: no 涉及纠纷 line
    assert "落实事项：无。" in text  # the topic without items says so
    assert "四、其他事项" in text


def test_every_action_item_prints_owner_due_date_and_status(full: Path) -> None:
    data = samples.minutes()
    rows = item_rows(full)
    want = [*(r for t in data.topics for r in expected_rows(t.items))]
    want += expected_rows(data.other_items)
    assert rows == want
    first = ["1", "组织双方到现场重新丈量并设置界石", samples.POLICE, "侯明远", "2026年12月5日"]
    assert rows[0][:5] == first
    assert rows[0][5] == "已完成2026年12月3日"  # the day it was done, under the status
    assert rows[1][1].endswith("备注：待丈量结果") and rows[3][4] == "未定"  # no deadline set
    assert rows[2][5] == "逾期"


def test_recorder_approver_and_one_countersign_row_per_unit(full: Path) -> None:
    data = samples.minutes()
    text = flat(full, data)
    assert squash(closing_sentence(data)) in text
    assert "记录人：审核人：周志强王建国" in text  # the names printed under the two lines
    signs = [t for t in tables(full) if t[0] == ["参会单位", "参会代表签名"]]
    rows = [row for t in signs for row in t[1:]]
    assert rows == [[unit, ""] for unit in (*samples.UNITS, samples.HEWAN)]  # room to sign
    # Kept whole on the last page under the closing sentence: no page of signatures alone.
    assert len(signs) == 1 and poppler.page_count(full) == 3
    assert squash(f"{samples.ISSUER}2026年11月21日") in text
    assert "抄送：区委政法委，区综治中心，区司法局。" in text
    with pdfplumber.open(full) as pdf:
        page = pdf.pages[-1]
        sign_rows = [r for t in page.find_tables() for r in t.rows][1:]
        assert min(r.bbox[3] - r.bbox[1] for r in sign_rows) >= 36  # about 13 mm to sign in
        words = page.extract_words()
    date_top = next(w["top"] for w in words if w["text"] == "2026年11月21日")
    last_unit = next(w["top"] for w in words if w["text"] == samples.HEWAN)
    assert last_unit < date_top  # the date follows the last unit, on the same page


def test_a_chair_instead_of_an_approver_and_blanks_to_fill_in(
    fonts: FontSet, tmp_path: Path
) -> None:
    data = samples.minutes(
        approver_label="主持人", recorder="", signed_on=None, copy_to="", held_on=None
    )
    text = flat(pdf_of(data, fonts, tmp_path), data)
    assert "主持人：" in text and "审核人" not in text
    assert "抄送" not in text
    assert "时间：______年____月____日" in text  # a date to fill in by hand
    assert squash(f"{samples.ISSUER}______年____月____日") in text


def test_a_draft_says_so_on_every_page_and_prints_no_number(fonts: FontSet, tmp_path: Path) -> None:
    data = samples.minutes(status_words="草稿")
    path = pdf_of(data, fonts, tmp_path)
    pages = poppler.text(path).split("\f")[: poppler.page_count(path)]
    assert "李家堡镇矛盾纠纷联席会议纪要（草稿）" in squash(pages[0])
    assert all("草稿" in page for page in pages[1:])  # the running header
    assert samples.NUMBER not in poppler.text(path) and "联字" not in poppler.text(path)


def test_fonts_are_embedded_and_none_is_a_standard_font(full: Path) -> None:
    rows = poppler.font_rows(full)
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
        assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", row), row


def test_body_type_is_at_least_10_5_pt_and_nothing_under_9(full: Path) -> None:
    small: set[str] = set()
    with pdfplumber.open(full) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            assert min(c["size"] for c in chars) >= 9 - 0.01
            # What is under 10.5 pt: the page numbers, the running header, the names under the
            # signature lines; nothing of the minutes' body.
            lines = page.filter(lambda o: o.get("size", 99) < 10.5 - 0.01).extract_text_lines()
            small |= {squash(line["text"]) for line in lines}
    data = samples.minutes()
    allowed = {squash(running(data)), "周志强王建国"} | {f"第{n}页共3页" for n in (1, 2, 3)}
    assert "周志强王建国" in small and small <= allowed, small - allowed


def test_no_line_starts_with_closing_punctuation(fonts: FontSet, tmp_path: Path) -> None:
    path = pdf_of(samples.long_meeting(), fonts, tmp_path)
    for mode in ("-layout", "-raw"):
        assert [line for line in poppler.lines(path, mode) if line[0] in CJK_NO_LINE_START] == []


def _shifted(extra_lines: int) -> MinutesData:
    """The long meeting with the first decision longer by about ``extra_lines`` lines, so that
    every later heading lands at another height on its page."""
    data = samples.long_meeting()
    first = data.topics[0]
    longer = replace(first, decision=first.decision + "补充说明情况。" * (5 * extra_lines))
    return replace(data, topics=(longer, *data.topics[1:]))


@pytest.mark.parametrize("extra_lines", [0, 1, 2, 3, 4])
def test_a_long_meeting_flows_over_pages_and_strands_no_heading(
    extra_lines: int, fonts: FontSet, tmp_path: Path
) -> None:
    data = _shifted(extra_lines)
    path = pdf_of(data, fonts, tmp_path)
    pages = poppler.text(path).split("\f")[: poppler.page_count(path)]
    total = len(pages)
    assert total >= 4
    for number, page in enumerate(pages, start=1):
        footers = [ln.strip() for ln in page.splitlines() if poppler.FOOTER.match(ln.strip())]
        assert footers == [f"第 {number} 页 共 {total} 页"]
        assert number == 1 or squash(running(data)) in squash(page)
    # Every row of every item table is whole, on one page, in order (a split row would read as
    # two rows with empty cells).
    assert item_rows(path) == [r for t in data.topics for r in expected_rows(t.items)]
    seen = {"heading": 0, "label": 0, "closing": 0, "countersign": 0}
    for page in body_lines(path):
        for at, line in enumerate(page):
            after = page[at + 1] if at + 1 < len(page) else ""
            if SECTION.match(line):  # a topic heading, then its case on the same page
                seen["heading"] += 1
                assert after.startswith("涉及纠纷："), (line, after)
                assert page[at + 2].startswith("议定意见："), line
            elif line == "落实事项：":  # the label, then the table's head on the same page
                seen["label"] += 1
                assert after == " ".join(ITEM_HEAD), after
            elif line == closing_sentence(data):  # never on a page without the signatures
                seen["closing"] += 1
                assert after.startswith("记录人："), after
            elif line == "参会单位会签：":
                seen["countersign"] += 1
                assert after == "参会单位 参会代表签名", after
    assert seen == {"heading": 8, "label": 8, "closing": 1, "countersign": 1}


def test_page_one_renders_to_a_picture(full: Path, tmp_path: Path) -> None:
    stem = tmp_path / "page1"
    poppler.run("pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", full, stem)
    [png] = tmp_path.glob("page1*.png")
    with Image.open(png) as image:
        assert image.size == (827, 1170)  # A4 at 100 dpi
        dark = sum(image.convert("L").histogram()[:128])
    assert dark > 20_000
    assert poppler.info(full)["Page size"].startswith("595.276 x 841.89")  # A4
    assert poppler.info(full)["Title"] == "李家堡镇矛盾纠纷联席会议纪要 （2026）安李联字第3号"
