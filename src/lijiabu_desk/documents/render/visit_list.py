"""走访清单: the people an officer goes out to see, by village and 社, for a clipboard.

A4 landscape. Eight columns, one of them left empty for the officer's pen, do not fit the 156 mm
of a portrait page at 11 pt: an 18-character address would take three lines and the handwriting
column would be narrower than a tick and a word. Across 273 mm each column has room: an
18-character address and a full phone number fit on one line, and 走访结果 is 61 mm wide.

Nothing prints under 10 pt. Every table repeats its title row (village and 社, "（续）" on a
continuation) and its column heads on each page; ReportLab never splits a row, so one person
is never cut across two pages. Strings go through the project's CJK paragraphs and
:func:`draw_runs`, so every glyph comes from an embedded TrueType font.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lijiabu_desk.documents.fonts import FontSet, default_fonts
from lijiabu_desk.documents.render.layout import CREATOR, SpacedTitle, draw_runs, text_width
from lijiabu_desk.documents.render.text import CJKCellParagraph, cell, markup, para, with_primary
from lijiabu_desk.documents.visit_list_data import (
    VisitListData,
    VisitListRow,
    VisitSection,
    day_text,
)

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_LEFT_MM = 12.0
MARGIN_RIGHT_MM = 12.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 17.0
HEADER_BASELINE_MM = 12.0  # running header, down from the top edge
FOOTER_BASELINE_MM = 9.0  # page numbers, up from the bottom edge
FRAME_WIDTH = PAGE_WIDTH - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * mm  # 273 mm

MIN_SIZE = 10.0  # the smallest type anywhere on the list
CELL_SIZE = 11.0
CELL_LEADING = 15.0
NAME_SIZE = 12.0
TITLE_SIZE = 20.0
INFO_SIZE = 12.0
VILLAGE_SIZE = 14.0
RUNNING_SIZE = 10.0
FOOTER_SIZE = 10.5
EMPTY_SIZE = 14.0
GRID_LINE = 0.6
SPACED_GAP_MM = 10.0  # between the phrases of the line under the title
PADDING = 4.0
VILLAGE_ROOM_MM = 55.0  # a village heading starts a page unless its first person fits under it
WRITE_ROOM_MM = 7.0  # blank space under the ticks in 走访结果, for a word or two by hand
SHADE = colors.Color(0.86, 0.86, 0.86)  # 需上门 cells: stays visible on a poor laser printer

HEADS = ("序号", "姓名", "性别\n年龄", "住址", "电话", "证件到期", "上门", "走访结果")
# Millimetres, each with 2.8 mm of padding; 走访结果 takes what is left of the 273 mm frame
# (61 mm: the ticks take 57). At 11 pt an 18-character address is 70 mm, the date
# "2026年12月22日" 27 mm, a phone written "138 0932 1000" 25 mm, "卧床，行动不便" 27 mm.
FIXED_WIDTHS_MM = (11.0, 22.0, 13.0, 74.0, 30.0, 31.0, 31.0)
TICKS = ("已拍照", "已送达", "不在家")  # each after a box to tick
BOX_SIZE = 13.0  # the boxes a little larger than the words, to take a pen's tick
NOT_RECORDED = "未登记"


def _style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading,
        wordWrap="CJK",
        bulletFontName=font,  # the default is Helvetica, which is never embedded
        **kw,
    )


class _Styles:
    """The list's paragraph styles: all embedded CJK faces, nothing under ``MIN_SIZE``."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        song, hei = fonts.body, fonts.title
        style = _style  # short, to keep each style on one line
        self.cell = style("cell", song, CELL_SIZE, CELL_LEADING)
        self.centre = style("centre", song, CELL_SIZE, CELL_LEADING, alignment=TA_CENTER)
        self.name = style("name", song, NAME_SIZE, CELL_LEADING + 1)
        self.head = style("head", hei, CELL_SIZE, CELL_LEADING, alignment=TA_CENTER)
        self.flag = style("flag", hei, NAME_SIZE, CELL_LEADING + 1)
        self.section = style("section", hei, CELL_SIZE + 1, CELL_LEADING + 1, alignment=TA_LEFT)
        self.village = style("village", hei, VILLAGE_SIZE, VILLAGE_SIZE * 1.5, spaceBefore=8)
        self.info = style("info", song, INFO_SIZE, INFO_SIZE * 1.6, alignment=TA_CENTER)
        self.plain = style("plain", song, CELL_SIZE, CELL_LEADING + 3)
        self.empty = style(
            "empty", hei, EMPTY_SIZE, EMPTY_SIZE * 1.6, alignment=TA_CENTER, spaceBefore=30
        )


class SectionTable(Table):
    """A table whose repeated title row reads "（续）" on every page after its first."""

    continued: Flowable | None = None  # set on the first part; split() hands it on

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.continued is not None:
            rest = parts[1]
            assert isinstance(rest, SectionTable)
            rest.continued = self.continued
            # ReportLab keeps the cells in ``_cellvalues`` and the part has not been wrapped yet.
            # A new row list: the row objects are shared with the first part, which keeps its
            # own title.
            rest._cellvalues[0] = [self.continued, *rest._cellvalues[0][1:]]
        return parts


def _widths() -> list[float]:
    fixed = [w * mm for w in FIXED_WIDTHS_MM]
    return [*fixed, FRAME_WIDTH - sum(fixed)]


def _section_title(section: VisitSection, more: str) -> str:
    return " ".join(part for part in (section.village, section.group) if part) + more


def _counts(people: int, home: int) -> str:
    return f"共{people}人，其中需上门{home}人" if home else f"共{people}人"


def _ticks(st: _Styles) -> CJKCellParagraph:
    """□已拍照　□已送达　□不在家, the boxes at ``BOX_SIZE``."""
    body = st.fonts.body
    box = f'<font name="{body}" size="{BOX_SIZE:g}">□</font>'
    words = [box + markup([(word, body)], st.fonts) for word in TICKS]
    return CJKCellParagraph(markup([("　", body)], st.fonts).join(words), st.cell)


def _cells(number: int, row: VisitListRow, st: _Styles) -> list[object]:
    fonts = st.fonts
    age = f"{row.age}岁" if row.age is not None else ""
    sex_age = "\n".join(part for part in (row.sex.strip(), age) if part)
    address: list[Flowable] = [cell(row.address or NOT_RECORDED, st.cell, fonts)]
    if row.note.strip():
        address.append(cell("备注：" + row.note.strip(), st.cell, fonts))
    expiry = day_text(row.id_expiry) if row.id_expiry is not None else NOT_RECORDED
    expiry_lines = "\n".join(part for part in (expiry, row.expiry_text.strip()) if part)
    home: object = ""
    if row.needs_home_service:
        home = [cell("需上门", st.flag, fonts)]
        if row.home_service_reason.strip():
            home.append(cell(row.home_service_reason.strip(), st.cell, fonts))
    result = [_ticks(st), Spacer(1, WRITE_ROOM_MM * mm)]
    return [
        cell(str(number), st.centre, fonts),
        cell(row.name, st.name, fonts),
        cell(sex_age, st.centre, fonts),
        address,
        cell(row.phone.strip() or NOT_RECORDED, st.cell, fonts),
        cell(expiry_lines, st.cell, fonts),
        home,
        result,
    ]


def _table(section: VisitSection, st: _Styles, closing: Flowable | None = None) -> SectionTable:
    """One 社's table; ``closing`` (the signature line) becomes its last row, kept together with
    the last person so that it never stands alone on a page without the column heads."""
    fonts = st.fonts
    counts = f"（{_counts(len(section.rows), section.home_service)}）"
    title = cell(_section_title(section, counts), st.section, fonts)
    data: list[list[object]] = [[title] + [""] * (len(HEADS) - 1)]
    data.append([cell(text, st.head, fonts) for text in HEADS])
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.body),  # never Table's Helvetica
        ("SPAN", (0, 0), (-1, 0)),
        ("GRID", (0, 0), (-1, -1), GRID_LINE, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), GRID_LINE * 2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (-1, 2), (-1, -1), "TOP"),  # the ticks on top, room to write under them
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + 1),
    ]
    for index, (number, row) in enumerate(section.rows, start=2):
        data.append(_cells(number, row, st))
        if row.needs_home_service:
            commands.append(("BACKGROUND", (6, index), (6, index), SHADE))
    if closing is not None:
        last = len(data)
        data.append([closing] + [""] * (len(HEADS) - 1))
        commands += [
            ("SPAN", (0, last), (-1, last)),
            ("NOSPLIT", (0, last - 1), (-1, last)),
            ("TOPPADDING", (0, last), (-1, last), PADDING * 3),
            ("BOTTOMPADDING", (0, last), (-1, last), PADDING * 3),
        ]
    table = SectionTable(data, colWidths=_widths(), repeatRows=2, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    table.continued = cell(_section_title(section, "（续）"), st.section, fonts)
    return table


def _spaced(
    texts: tuple[str, ...], style: ParagraphStyle, fonts: FontSet, align: str = "CENTER"
) -> Table:
    """Phrases on one line with clear gaps (a paragraph would collapse the spaces between them)."""
    primary = with_primary(fonts, style.fontName)
    widths = [text_width(t, primary, style.fontSize) + SPACED_GAP_MM * mm for t in texts]
    table = Table([[cell(t, style, fonts) for t in texts]], colWidths=widths, hAlign=align)
    padding = [(side, (0, 0), (-1, -1), 0) for side in ("LEFTPADDING", "RIGHTPADDING")]
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), style.fontName), *padding]))
    return table


def _story(data: VisitListData, st: _Styles) -> list[Flowable]:
    fonts = st.fonts
    officer = data.officer_name.strip() or "_" * 12
    info = (
        data.station_name,
        f"截至{day_text(data.as_of)}",
        f"走访民警：{officer}",
        _counts(len(data.rows), data.home_service),
    )
    story: list[Flowable] = [
        SpacedTitle(data.title, fonts, TITLE_SIZE),
        _spaced(info, st.info, fonts),
    ]
    if not data.rows:
        empty = data.empty_text.strip() or f"截至{day_text(data.as_of)}，清单上没有需要走访的人。"
        story.append(para(empty, st.empty, fonts))
        return story
    blank = "_" * 14
    sign = _spaced((f"走访民警（签名）：{blank}", f"走访日期：{blank}"), st.plain, fonts, "LEFT")
    legend = "走访结果：在方框内打“√”，其他情况写在方框下面的空白处。"
    story += [para(legend, st.plain, fonts), Spacer(1, 1 * mm)]
    sections = data.sections()
    villages: dict[str, list[VisitSection]] = {}
    for section in sections:
        villages.setdefault(section.village, []).append(section)
    for village, parts in villages.items():
        people = sum(len(s.rows) for s in parts)
        home = sum(s.home_service for s in parts)
        # Not keepWithNext: ReportLab would then keep the heading with the whole table and push
        # a long village onto a fresh page, leaving the first page blank under the title.
        story.append(CondPageBreak(VILLAGE_ROOM_MM * mm))
        story.append(para(f"{village}　{_counts(people, home)}", st.village, fonts))
        for section in parts:
            closing = sign if section is sections[-1] else None
            story += [_table(section, st, closing), Spacer(1, 4 * mm)]
    return story


def _paged_canvas(fonts: FontSet, running: str) -> type[Canvas]:
    """Holds the pages back until their number is known; page 2 on carries ``running``."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            left, right = MARGIN_LEFT_MM * mm, PAGE_WIDTH - MARGIN_RIGHT_MM * mm
            if number > 1:
                y = PAGE_HEIGHT - HEADER_BASELINE_MM * mm
                draw_runs(self, right, y, running, fonts, RUNNING_SIZE, "right")
                self.setLineWidth(0.4)
                self.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
            footer = f"第 {number} 页 共 {total} 页"
            y = FOOTER_BASELINE_MM * mm
            draw_runs(self, PAGE_WIDTH / 2, y, footer, fonts, FOOTER_SIZE, "centre")
            self.restoreState()

    return PagedCanvas


def render_visit_list(data: VisitListData, fonts: FontSet | None = None) -> bytes:
    """The visit list as A4 landscape PDF bytes with its fonts embedded.

    ``fonts`` defaults to :func:`default_fonts` (which raises ``FontsMissingError`` with a
    sentence saying what to install when no Chinese font can be embedded).
    """
    fonts = default_fonts() if fonts is None else fonts
    st = _Styles(fonts)
    day = day_text(data.as_of)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT_MM * mm,
        rightMargin=MARGIN_RIGHT_MM * mm,
        topMargin=MARGIN_TOP_MM * mm,
        bottomMargin=MARGIN_BOTTOM_MM * mm,
        title=f"{data.title} {day}",
        author=data.station_name,
        subject=data.title,
        creator=CREATOR,
        lang="zh-CN",
        initialFontName=fonts.body,
        initialFontSize=CELL_SIZE,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="list", frames=[frame])])
    running = f"{data.title}　{data.station_name}　截至{day}"
    doc.build(_story(data, st), canvasmaker=_paged_canvas(fonts, running))
    return out.getvalue()
