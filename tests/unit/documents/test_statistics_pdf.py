"""The printed statistics report read back from the PDF: every category row with its numbers,
the totals, the other tables, the charts as images, the fonts, and a page as a picture.

The document is written by hand here (the numbers are made up and differ from row to row, so
that a number printed in the wrong row or column is caught).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

from PIL import Image

from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render.statistics_report import CHART_DPI, render_statistics
from lijiabu_desk.documents.statistics_data import (
    BarSeries,
    CallLine,
    DisputeLine,
    FigureGroup,
    FigureLine,
    LineSeries,
    ReportCharts,
    StackSeries,
    StatisticsDocument,
)
from tests.unit.documents import poppler

pytestmark = poppler.needs_poppler

CATEGORIES = ("婚姻家庭", "邻里纠纷", "房屋宅基地", "山林土地/地界", "合同纠纷", "生产经营",
              "损害赔偿", "牲畜交易", "道路交通", "劳动纠纷", "其他")  # fmt: skip
KINDS = ("证件办理", "急病/送医", "纠纷", "报警", "咨询", "反诈", "其他")
MONTHS = ("10月", "11月", "12月")


def _dispute(n: int, label: str) -> DisputeLine:
    """Row ``n``: found 10+n, taken n+5, mediated n+3, succeeded n, a rate and an amount."""
    rate = f"{n / (n + 3) * 100:.1f}%"
    return DisputeLine(label, str(10 + n), str(n + 5), str(n + 3), str(n), rate,
                       f"{n},{n}00.{n}0")  # fmt: skip


def _call(n: int, label: str) -> CallLine:
    return CallLine(label, str(20 + n), str(n + 1), str(n), str(20), f"{n}.5", "—")


def sample() -> StatisticsDocument:
    disputes = tuple(_dispute(n, label) for n, label in enumerate(CATEGORIES, start=1))
    calls = tuple(_call(n, label) for n, label in enumerate(KINDS, start=1))
    group = FigureGroup
    return StatisticsDocument(
        title="矛盾纠纷排查化解及服务工作统计表",
        station="安定区公安局李家堡派出所",
        period="2026年第四季度",
        village="河湾村",
        made_on="2026年12月31日",
        disputes=disputes,
        dispute_total=DisputeLine("合计", "187", "121", "99", "66", "66.7%", "66,600.60"),
        dispute_more=group(
            "其他纠纷情况", (FigureLine("书面协议", "41"), FigureLine("移交", "42"))
        ),
        follow_ups=group("回访", (FigureLine("应回访", "43"), FigureLine("按期回访率", "97.7%"))),
        calls=calls,
        call_total=CallLine("合计", "168", "35", "28", "140", "24.5", "88.0"),
        aims=group("“五小”服务", (FigureLine("破小案", "44"), FigureLine("惠小利", "45"))),
        service=group("其他服务工作", (FigureLine("入户走访（次）", "46"),)),
        charts=ReportCharts(
            cases=StackSeries(
                "各月矛盾纠纷排查数（按类别）",
                MONTHS,
                tuple((c, (1, 2, 0)) for c in CATEGORIES),
                "件",
                "本期没有",
            ),
            success=LineSeries(
                "各月调处成功率",
                MONTHS,
                (50.0, None, 75.0),
                ("50%", "", "75%"),
                "成功率（%）",
                "没有",
                percent=True,
            ),
            calls=BarSeries("服务求助（按类别）", KINDS, (3, 1, 0, 0, 2, 0, 1), "次", "没有"),
            response=LineSeries(
                "各月到达现场用时（中位数）",
                MONTHS,
                (12.0, 30.5, None),
                ("12分钟", "30.5分钟", ""),
                "分钟",
                "没有",
            ),
        ),
        notes=("排查：统计期内登记的纠纷。", "跨月的纠纷在登记的月份计入排查。"),
    )


def _pdf(tmp_path: Path, fonts: FontSet, document: StatisticsDocument | None = None) -> Path:
    return poppler.write(render_statistics(document or sample(), fonts), tmp_path, "report.pdf")


def _row(cells: list[str]) -> re.Pattern[str]:
    """A table row as pdftotext -layout prints it: the cells in order, spaces between."""
    return re.compile(r"\s+".join(re.escape(c) for c in cells))


def test_every_category_row_is_printed_with_its_numbers_in_order(tmp_path, fonts) -> None:
    text = poppler.text(_pdf(tmp_path, fonts))
    for n, label in enumerate(CATEGORIES, start=1):
        line = _dispute(n, label)
        cells = [label, line.found, line.taken, line.mediated, line.succeeded,
                 line.success_rate, line.amount]  # fmt: skip
        assert _row(cells).search(text), label
    assert _row(["合计", "187", "121", "99", "66", "66.7%", "66,600.60"]).search(text)
    for head in ("排查", "受理", "调处", "成功", "成功率", "涉及金额（元）"):
        assert head in text


def test_calls_totals_and_the_other_figures_are_printed(tmp_path, fonts) -> None:
    path = _pdf(tmp_path, fonts)
    text = poppler.text(path)
    for n, label in enumerate(KINDS, start=1):
        assert _row([label, str(20 + n), str(n + 1), str(n), "20", f"{n}.5", "—"]).search(text)
    assert _row(["合计", "168", "35", "28", "140", "24.5", "88.0"]).search(text)
    flat = poppler.flat(path, sample().running_title)
    for words in ("书面协议41", "移交42", "应回访43", "按期回访率97.7%", "破小案44", "惠小利45",
                  "入户走访（次）46", "1.排查：统计期内登记的纠纷。"):  # fmt: skip
        assert words in flat, words


def test_the_title_names_the_station_the_period_and_the_village(tmp_path, fonts) -> None:
    path = _pdf(tmp_path, fonts)
    first_page = poppler.squash(poppler.text(path).split("\f")[0])
    assert "安定区公安局李家堡派出所" in first_page
    assert "矛盾纠纷排查化解及服务工作统计表" in first_page
    assert "统计期间：2026年第四季度" in first_page and "范围：河湾村" in first_page
    assert poppler.info(path)["Title"] == sample().running_title
    assert "制表日期：2026年12月31日" in poppler.squash(poppler.text(path))


def test_every_font_is_embedded_and_none_is_helvetica(tmp_path, fonts) -> None:
    rows = poppler.font_rows(_pdf(tmp_path, fonts))
    assert rows
    for row in rows:
        assert "Helvetica" not in row and "Times" not in row, row
        columns = row.split()
        assert columns[-5] == "yes", row  # emb
        assert "TrueType" in row, row


def test_the_four_charts_are_embedded_at_print_resolution(tmp_path, fonts) -> None:
    path = _pdf(tmp_path, fonts)
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listing) == 4
    for row in listing:
        x_ppi, y_ppi = (int(v) for v in row.split()[12:14])
        assert x_ppi >= 200 and abs(x_ppi - CHART_DPI) <= 2 and abs(y_ppi - CHART_DPI) <= 2, row
    text = poppler.squash(poppler.text(path))
    for caption in ("各月矛盾纠纷排查数（按类别）", "各月调处成功率", "服务求助（按类别）",
                    "各月到达现场用时（中位数）"):  # fmt: skip
        assert caption in text


def test_pages_are_numbered_and_render_to_an_image(tmp_path, fonts) -> None:
    path = _pdf(tmp_path, fonts)
    pages = poppler.page_count(path)
    assert pages >= 2
    footers = [line for line in poppler.lines(path) if poppler.FOOTER.match(line)]
    assert footers == [f"第 {n} 页 共 {pages} 页" for n in range(1, pages + 1)]
    poppler.run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", path, tmp_path / "page")
    png = next(tmp_path.glob("page*.png"))
    with Image.open(png) as image:
        assert abs(image.width - 496) <= 2 and abs(image.height - 702) <= 2  # A4 at 60 dpi
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert dark > 2000  # tables and text, not a blank page


def test_a_document_without_station_or_cases_still_prints(tmp_path, fonts) -> None:
    empty = replace(
        sample(),
        station="",
        charts=replace(
            sample().charts,
            cases=replace(
                sample().charts.cases,
                stacks=tuple((c, (0, 0, 0)) for c in CATEGORIES),
                empty="本期没有排查",
            ),
        ),
    )
    path = _pdf(tmp_path, fonts, empty)
    assert "矛盾纠纷排查化解及服务工作统计表" in poppler.squash(poppler.text(path))
    assert poppler.page_count(path) >= 2
