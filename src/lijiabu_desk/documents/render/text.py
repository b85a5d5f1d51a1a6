"""Paragraphs of Chinese text: per-character font runs and Chinese line-breaking rules.

ReportLab's ``wordWrap='CJK'`` breaks with a Japanese table in which the full-width comma,
semicolon, colon, question and exclamation marks, 》 and ” are all allowed to begin a line, and it
hangs at most one forbidden character. Official Chinese text must never start a line with closing
punctuation, so :class:`CJKParagraph` replaces the line breaker with :func:`break_lines`, which
uses the project's own ``CJK_NO_LINE_START`` / ``CJK_NO_LINE_END`` sets.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines, cjkU, makeCJKParaLine

from lijiabu_desk.documents.fonts import CJK_NO_LINE_END, CJK_NO_LINE_START, FontSet, glyph_runs

_FUZZ = 1e-6

BODY_SIZE = 12.0
BODY_LEADING = 20.0  # about 1.6 times the body size
CELL_SIZE = 10.5
CELL_LEADING = 15.0
SMALL_SIZE = 9.0


def _is_word_char(char: str) -> bool:
    """Latin letters, digits and their punctuation: "3,000.00" or an ID number is not split."""
    return bool(char) and ord(char) < 0x2000 and not char.isspace()


def _can_break(chars: Sequence[str], at: int) -> bool:
    """May a line end before ``chars[at]``?"""
    before, after = chars[at - 1], chars[at]
    if after in CJK_NO_LINE_START or after.isspace() or before in CJK_NO_LINE_END:
        return False
    return not (_is_word_char(before) and _is_word_char(after))


def _hangs(char: str) -> bool:
    return char in CJK_NO_LINE_START or char.isspace()


def _choose_break(
    chars: Sequence[str],
    widths: Sequence[float],
    start: int,
    overflow: int,
    max_width: float,
    hang_limit: float,
) -> int:
    """Where to end a line that ``chars[overflow]`` no longer fits on.

    Closing punctuation (and spaces) that would begin the next line is pulled back onto this one
    when it is narrow enough to hang in the margin; otherwise characters are pushed down with it.
    """
    count = len(chars)
    end = overflow
    while end < count and _hangs(chars[end]):
        end += 1
    if end > overflow:
        visible = sum(
            w
            for c, w in zip(chars[overflow:end], widths[overflow:end], strict=True)
            if not c.isspace()
        )
        if visible <= hang_limit + _FUZZ and (end == count or _can_break(chars, end)):
            return end
    for at in range(overflow, start, -1):
        if _can_break(chars, at):
            return at
    # Nowhere proper to break (one long number, say): break anyway, and still not before a
    # closer unless the closers alone would run far past the line.
    return end if sum(widths[overflow:end]) <= max_width / 4 else overflow


def break_lines(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    hang_limit: float,
    hard_breaks: Collection[int] = (),
) -> list[tuple[int, int]]:
    """Split ``chars`` into lines as (start, end) index pairs.

    ``max_widths[n]`` is the width of line ``n`` (the last value repeats); a line ends after any
    index in ``hard_breaks``. No line starts with a character of ``CJK_NO_LINE_START`` or ends
    with one of ``CJK_NO_LINE_END``, except when a single unbreakable run is wider than the line.
    """
    lines: list[tuple[int, int]] = []
    start, count = 0, len(chars)
    while start < count:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, at = 0.0, start
        while at < count:
            if at in hard_breaks:
                at += 1
                break
            if at > start and used + widths[at] > max_width + _FUZZ:
                break
            used += widths[at]
            at += 1
        if at < count and (at - 1) not in hard_breaks:
            at = _choose_break(chars, widths, start, at, max_width, hang_limit)
        lines.append((start, at))
        start = at
    return lines


def _join_lines(bl_para: ParaLines, start: int, stop: int) -> list[object]:
    """The frags of lines ``start:stop``, joined without the space ReportLab puts between lines."""
    return [word for line in bl_para.lines[start:stop] for word in line.words]


@lru_cache(maxsize=64)
def _char_widths(font: str, size: float) -> Callable[[str], float]:
    """A cached width of one character in ``font`` at ``size``: a form measures the same few
    hundred characters thousands of times."""
    return lru_cache(maxsize=8192)(lambda char: float(stringWidth(char, font, size)))


def _empty_lines(style: ParagraphStyle) -> ParaLines:
    return ParaLines(
        kind=0,
        fontSize=style.fontSize,
        fontName=style.fontName,
        textColor=style.textColor,
        lines=[],
        ascent=style.fontSize,
        descent=-0.2 * style.fontSize,
    )


def _line(
    frags: Sequence[Any],
    chars: Sequence[str],
    owner: Sequence[int],
    start: int,
    end: int,
    width: float,
    used: float,
    hard_end: bool,
) -> FragLine:
    """One line of ``chars[start:end]`` as ReportLab's ``makeCJKParaLine`` makes it: a word per
    run of one frag (a clone carrying that run's text), the line's tallest size and extents."""
    words = []
    size = ascent = descent = 0.0
    at = start
    while at < end:
        index = owner[at]
        stop = at
        while stop < end and owner[stop] == index:
            stop += 1
        frag = frags[index]
        word = frag.clone()
        word.text = "".join(chars[at:stop])
        words.append(word)
        up, down = getAscentDescent(frag.fontName, frag.fontSize)
        size, ascent, descent = max(size, frag.fontSize), max(ascent, up), min(descent, down)
        at = stop
    return FragLine(
        kind=1,
        extraSpace=width - used,
        wordCount=1,
        words=words,
        fontSize=size,
        ascent=ascent,
        descent=descent,
        maxWidth=width,
        currentWidth=used,
        lineBreak=hard_end,
    )


class CJKParagraph(Paragraph):
    """A Paragraph broken by :func:`break_lines`; closing punctuation may hang one em."""

    hang_punctuation = True

    def breakLinesCJK(self, maxWidths: float | Sequence[float]) -> ParaLines:  # noqa: N802, N803
        """Replaces ReportLab's Japanese-table breaker (see the module docstring)."""
        max_widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara  # the second half of a split keeps the lines already broken
        style = self.style
        self.height = 0
        frags = self.frags
        if any(hasattr(frag, "cbDefn") for frag in frags):  # inline images: ReportLab's way
            return self._break_units(max_widths)
        # One entry per character (an empty run, such as a <br/>, is one entry of no width),
        # with the index of its frag: no per-character object is made.
        chars: list[str] = []
        owner: list[int] = []
        widths: list[float] = []
        for index, frag in enumerate(frags):
            text = frag.text or ""
            if not text:
                chars.append("")
                owner.append(index)
                widths.append(0.0)
                continue
            measure = _char_widths(frag.fontName, frag.fontSize)
            chars.extend(text)
            owner.extend([index] * len(text))
            widths.extend(measure(char) for char in text)
        if not chars:
            return _empty_lines(style)
        hard = {i for i, index in enumerate(owner) if hasattr(frags[index], "lineBreak")}
        hang = style.fontSize if self.hang_punctuation else 0.0
        spans = break_lines(chars, widths, max_widths, hang, hard)
        lines = []
        for number, (start, end) in enumerate(spans):
            width = max_widths[min(number, len(max_widths) - 1)]
            used = sum(widths[start:end])
            lines.append(_line(frags, chars, owner, start, end, width, used, (end - 1) in hard))
        return ParaLines(kind=1, lines=lines)

    def _break_units(self, max_widths: list[float]) -> ParaLines:
        """ReportLab's own per-character units: kept for frags with inline images."""
        style = self.style
        units = []
        for frag in self.frags:
            text = frag.text
            if text:
                units.extend(cjkU(char, frag, "utf8") for char in text)
            else:  # a <br/> or an empty run
                units.append(cjkU("", frag, "utf8"))
        if not units:
            return _empty_lines(style)
        hard = {i for i, unit in enumerate(units) if hasattr(unit.frag, "lineBreak")}
        widths = [float(unit.width) for unit in units]
        hang = style.fontSize if self.hang_punctuation else 0.0
        spans = break_lines([str(u) for u in units], widths, max_widths, hang, hard)
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        lines = []
        for number, (start, end) in enumerate(spans):
            width = max_widths[min(number, len(max_widths) - 1)]
            used = sum(widths[start:end])
            hard_end = (end - 1) in hard
            lines.append(
                makeCJKParaLine(units[start:end], width, used, width - used, hard_end, calc_bounds)
            )
        return ParaLines(kind=1, lines=lines)

    def _get_split_blParaFunc(self) -> object:  # noqa: N802
        return _join_lines


class CJKCellParagraph(CJKParagraph):
    """Inside a table cell nothing may hang past the border: punctuation pushes a character down."""

    hang_punctuation = False


def with_primary(fonts: FontSet, name: str) -> FontSet:
    """``fonts`` with ``name`` tried first (e.g. the Hei title face), the others as fallbacks."""
    return FontSet(
        body=name, title=fonts.title, fallbacks=tuple(n for n in fonts.chain if n != name)
    )


Segment = tuple[str, str]  # (text, the font to try first)


def markup(segments: Iterable[Segment], fonts: FontSet) -> str:
    """Paragraph markup with one ``<font name>`` run per font, the text XML-escaped."""
    out = []
    for text, font in segments:
        for name, chunk in glyph_runs(text, with_primary(fonts, font)):
            escaped = chunk.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            out.append(f'<font name="{name}">{escaped}</font>')
    return "".join(out)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every form, all in embedded CJK fonts."""

    fonts: FontSet
    body: ParagraphStyle  # indented two characters, like official documents
    plain: ParagraphStyle  # body without the indent
    heading: ParagraphStyle  # 黑体 section heading: 一、…
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    cell_head: ParagraphStyle
    issuer: ParagraphStyle
    number: ParagraphStyle


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


def make_styles(fonts: FontSet) -> Styles:
    """Styles for ``fonts``: Song (body) for text, Hei (title) for headings and table heads."""
    body, hei = fonts.body, fonts.title
    return Styles(
        fonts=fonts,
        body=_style("body", body, BODY_SIZE, BODY_LEADING, firstLineIndent=2 * BODY_SIZE),
        plain=_style("plain", body, BODY_SIZE, BODY_LEADING),
        heading=_style(
            "heading", hei, BODY_SIZE, BODY_LEADING, spaceBefore=6, spaceAfter=2, keepWithNext=1
        ),
        cell=_style("cell", body, CELL_SIZE, CELL_LEADING),
        cell_label=_style("cell_label", body, CELL_SIZE, CELL_LEADING, alignment=TA_CENTER),
        cell_head=_style("cell_head", hei, CELL_SIZE, CELL_LEADING, alignment=TA_CENTER),
        issuer=_style("issuer", body, 14, 20, alignment=TA_CENTER),
        number=_style("number", body, BODY_SIZE, BODY_LEADING, alignment=TA_RIGHT),
    )


def para(text: str | Sequence[Segment], style: ParagraphStyle, fonts: FontSet) -> CJKParagraph:
    """One paragraph; ``text`` is plain text in the style's font, or (text, font) segments."""
    segments = [(text, style.fontName)] if isinstance(text, str) else list(text)
    return CJKParagraph(markup(segments, fonts), style)


def cell(text: str, style: ParagraphStyle, fonts: FontSet) -> CJKCellParagraph:
    """A paragraph for a table cell (no hanging punctuation); line breaks are kept."""
    joined = "<br/>".join(markup([(line, style.fontName)], fonts) for line in text.split("\n"))
    return CJKCellParagraph(joined, style)


def paras(text: str, style: ParagraphStyle, fonts: FontSet) -> list[CJKParagraph]:
    """One paragraph per non-empty line of ``text``."""
    return [para(line.strip(), style, fonts) for line in text.splitlines() if line.strip()]


def blank(value: str, width: int = 8) -> str:
    """``value``, or underscores to fill in by hand."""
    return value.strip() or "_" * width
