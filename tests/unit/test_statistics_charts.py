"""The statistics charts: they build from plain series with Chinese labels, every text is drawn
in a face that has every one of its characters (checked against the font file's own character
map, read with ReportLab's parser, not with the code under test), and the PNG for paper has the
size asked for."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfbase.ttfonts import TTFontFile

from lijiabu_desk.documents import charts
from lijiabu_desk.documents.charts import (
    CHART_NAMES,
    chart_font,
    chart_png,
    chart_text,
    draw_chart,
    new_figure,
)
from lijiabu_desk.documents.fonts import FontsMissingError
from lijiabu_desk.documents.statistics_data import (
    BarSeries,
    LineSeries,
    ReportCharts,
    StackSeries,
)

MONTHS = ("10月", "11月", "12月")
CASES = StackSeries(
    "各月矛盾纠纷排查数（按类别）",
    MONTHS,
    (
        ("婚姻家庭", (0, 0, 0)),
        ("邻里纠纷", (2, 4, 0)),
        ("山林土地/地界", (1, 0, 1)),
        ("牲畜交易", (0, 1, 0)),
    ),
    "件",
    "本期没有排查到矛盾纠纷",
)
SUCCESS = LineSeries("各月调处成功率", MONTHS, (50.0, None, 100.0), ("50%", "", "100%"),
                     "成功率（%）", "本期没有调处的纠纷", percent=True)  # fmt: skip
CALLS = BarSeries("服务求助（按类别）", ("证件办理", "急病/送医", "咨询"), (3, 0, 1), "次",
                  "本期没有服务求助")  # fmt: skip
RESPONSE = LineSeries("各月到达现场用时（中位数）", MONTHS, (15.0, 27.5, None),
                      ("15分钟", "27.5分钟", ""), "分钟", "本期没有到达现场的求助")  # fmt: skip
SAMPLE = ReportCharts(CASES, SUCCESS, CALLS, RESPONSE)


@pytest.fixture(scope="module", autouse=True)
def chinese_font() -> None:
    try:
        chart_font("中")
    except FontsMissingError as exc:
        pytest.skip(f"no Chinese font installed: {exc}")


def drawn_texts(name: str) -> list[object]:
    from matplotlib.text import Text

    figure = new_figure(150, 60)
    draw_chart(figure, SAMPLE, name)  # type: ignore[arg-type]
    figure.canvas.draw()  # tick labels exist once drawn
    return [t for t in figure.findobj(Text) if t.get_text().strip() and t.get_visible()]


def strings(name: str) -> set[str]:
    return {t.get_text() for t in drawn_texts(name)}  # type: ignore[attr-defined]


def test_the_cases_chart_names_the_months_and_only_the_categories_with_cases() -> None:
    found = strings("cases")
    assert set(MONTHS) <= found
    assert {"邻里纠纷", "山林土地/地界", "牲畜交易", "件"} <= found
    assert "婚姻家庭" not in found  # no case: not in the legend
    assert {"3", "5", "1"} <= found  # each month's total over its bar


def test_the_legend_reads_as_the_stack_from_the_top() -> None:
    figure = new_figure(150, 60)
    draw_chart(figure, SAMPLE, "cases")
    legend = figure.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["牲畜交易", "山林土地/地界", "邻里纠纷"]


def test_the_lines_label_their_points_and_leave_a_gap_for_a_month_without_one() -> None:
    assert {"50%", "100%", "成功率（%）"} <= strings("success")
    assert {"15分钟", "27.5分钟", "分钟"} <= strings("response")
    figure = new_figure(150, 60)
    draw_chart(figure, SAMPLE, "success")
    (line,) = figure.axes[0].get_lines()
    ys = list(line.get_ydata())
    assert ys[0] == 50.0 and ys[2] == 100.0 and ys[1] != ys[1]  # NaN: no rate in November


def test_the_calls_chart_has_a_bar_per_kind_with_its_number() -> None:
    found = strings("calls")
    assert {"证件办理", "急病/送医", "咨询", "次"} <= found
    assert {" 3", " 0", " 1"} <= found
    figure = new_figure(150, 60)
    draw_chart(figure, SAMPLE, "calls")
    widths = sorted(p.get_width() for p in figure.axes[0].patches)
    assert widths == [0, 1, 3]


def test_an_empty_series_says_so() -> None:
    empty = ReportCharts(
        StackSeries(CASES.title, MONTHS, (("邻里纠纷", (0, 0, 0)),), "件", "本期没有排查"),
        LineSeries(SUCCESS.title, MONTHS, (None, None, None), ("", "", ""), "%", "没有调处"),
        BarSeries(CALLS.title, ("咨询",), (0,), "次", "没有求助"),
        LineSeries(RESPONSE.title, MONTHS, (None, None, None), ("", "", ""), "分钟", "没有到达"),
    )  # fmt: skip
    from matplotlib.text import Text

    for name, sentence in zip(CHART_NAMES, ("本期没有排查", "没有调处", "没有求助",
                                            "没有到达"), strict=True):  # fmt: skip
        figure = new_figure(150, 60)
        draw_chart(figure, empty, name)
        assert sentence in {t.get_text() for t in figure.findobj(Text)}, name


def _cmap(path: str) -> set[int]:
    """The code points the font file maps to a glyph, read with ReportLab's own parser."""
    face = TTFontFile(path, validate=0, subfontIndex=0)
    return {cp for cp, glyph in face.charToGlyph.items() if glyph}


@pytest.mark.parametrize("name", CHART_NAMES)
def test_every_text_is_drawn_in_a_face_that_has_all_its_characters(name: str) -> None:
    from matplotlib import font_manager

    texts = drawn_texts(name)
    assert texts
    for text in texts:
        path = font_manager.findfont(text.get_fontproperties())  # type: ignore[attr-defined]
        assert Path(path).suffix.lower() in (".ttf", ".ttc")
        covered = _cmap(path)
        content = text.get_text()  # type: ignore[attr-defined]
        missing = {c for c in content if not c.isspace() and ord(c) not in covered}
        assert not missing, (content, path)
    # and the face is one that has Chinese, not matplotlib's own DejaVu Sans
    assert any(ord("件") in _cmap(font_manager.findfont(t.get_fontproperties())) for t in texts)  # type: ignore[attr-defined]


def test_the_chosen_face_covers_every_label_of_the_series() -> None:
    for series in (CASES, SUCCESS, CALLS, RESPONSE):
        font = chart_font(chart_text(series))
        assert font.covers(chart_text(series))
        covered = _cmap(font.path)
        assert all(ord(c) in covered for c in chart_text(series) if not c.isspace())


def test_no_chinese_font_is_said_in_a_sentence(monkeypatch) -> None:
    monkeypatch.setattr(charts, "_faces", [])
    with pytest.raises(FontsMissingError, match="中文字体"):
        chart_font("件")


def test_the_png_for_paper_has_the_printed_size_at_the_resolution_asked() -> None:
    png = chart_png(SAMPLE, "cases", 152.4, 50.8, dpi=200)  # 6 × 2 inches
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (1200, 400)
        assert image.mode == "RGB"  # no alpha channel to embed as a second image
        grey = image.convert("L")
        assert sum(grey.histogram()[:128]) > 1000  # bars, axes and labels drawn
