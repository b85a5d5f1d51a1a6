"""Chinese fonts for the printed forms: find, embed, and fall back per character.

ReportLab refuses PostScript (CFF) outlines and has no glyph fallback, so we look for
TrueType-outline CJK fonts at run time by what they cover (:mod:`.font_scan`), register them as
embedded ``TTFont``s and split text into runs so every character is drawn with a font that has a
glyph for it. Characters no installed font has are named by :func:`missing_glyphs`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from lijiabu_desk.documents.font_scan import (
    KNOWN_FONTS,
    Coverage,
    FamilyHint,
    FontFile,
    coverage_of,
    default_font_dirs,
    find_cjk_fonts,
    has_truetype_outlines,
)

__all__ = [
    "CJK_NO_LINE_END",
    "CJK_NO_LINE_START",
    "INSTALL_HINT",
    "KNOWN_FONTS",
    "FamilyHint",
    "FontFile",
    "FontSet",
    "FontsMissingError",
    "default_font_dirs",
    "default_fonts",
    "find_cjk_fonts",
    "glyph_runs",
    "has_truetype_outlines",
    "missing_glyphs",
    "register_fonts",
]

INSTALL_HINT = (
    "未找到可嵌入的中文字体（TrueType 宋体/仿宋/楷体/黑体），无法生成 PDF。\n"
    "Windows：宋体（simsun.ttc）是 Windows 自带字体，请在“设置 → 个性化 → 字体”中确认"
    "已安装宋体或仿宋；\n"
    "Debian/Ubuntu：请运行 sudo apt install fonts-arphic-uming fonts-wqy-zenhei"
)

# Closing punctuation that may never begin a line, and opening punctuation that may never end one.
CJK_NO_LINE_START: frozenset[str] = frozenset("，。、；：？！）》」』】〕〉”’…—" + ",.;:?!)]}")
CJK_NO_LINE_END: frozenset[str] = frozenset("（《「『【〔〈“‘" + "([{")


def _gb2312_level_1() -> frozenset[int]:
    """The 3,755 common hanzi of GB 2312 level 1 (rows 16–55): what a body face must have."""
    chars = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes((row, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                continue  # the five empty cells at the end of row 55
    return frozenset(chars)


COMMON_HANZI = _gb2312_level_1()


class FontsMissingError(Exception):
    """No embeddable Chinese font was found; the message says what to install."""


@dataclass(frozen=True)
class FontSet:
    """Registered font names: body text, titles, and fallbacks tried per character."""

    body: str
    title: str
    fallbacks: tuple[str, ...]

    @property
    def chain(self) -> tuple[str, ...]:
        """The body font followed by the fallbacks, in the order glyphs are looked up."""
        return (self.body, *self.fallbacks)


_lock = threading.Lock()
# Faces found but not registered yet: ReportLab keeps a whole font file in memory, so a fallback
# is registered the first time a character needs it (most forms never need one).
_pending: dict[str, FontFile] = {}
_coverage: dict[str, tuple[object, frozenset[int]]] = {}


def _register(font: FontFile) -> bool:
    if font.name in pdfmetrics.getRegisteredFontNames():
        return True  # idempotent: the first registration under a name wins
    try:
        pdfmetrics.registerFont(TTFont(font.name, str(font.path), subfontIndex=font.subfont_index))
    except Exception:  # a damaged or unexpected font file must not stop printing
        return False
    return True


def _first_usable(candidates: Sequence[FontFile], hints: Collection[str]) -> FontFile | None:
    """The first face of a family in ``hints`` (any family if empty) that has every common
    hanzi, registered with ReportLab."""
    for font in candidates:
        if hints and font.family_hint not in hints:
            continue
        coverage = coverage_of(font)
        if all(cp in coverage for cp in COMMON_HANZI) and _register(font):
            return font
    return None


@cache
def default_fonts() -> FontSet:
    """:func:`register_fonts` over the installed fonts, found once per process: asking
    fontconfig for every face costs more than drawing a page. A FontsMissingError is not kept,
    so a later call (after fonts were installed) looks again."""
    return register_fonts()


def register_fonts(fonts: Sequence[FontFile] | None = None) -> FontSet:
    """Fonts for the forms from ``fonts`` (default: :func:`find_cjk_fonts`, installed fonts).

    The body is the first Song (or FangSong) face with every common hanzi, the title the first
    Hei face with them; every other face is a fallback, tried in order (Song first) for each
    character the faces before it lack, and registered when first needed.
    """
    candidates = list(find_cjk_fonts() if fonts is None else fonts)
    body = (
        _first_usable(candidates, ("song", "fangsong"))
        or _first_usable(candidates, ())
        or next((font for font in candidates if _register(font)), None)
    )
    if body is None:
        raise FontsMissingError(INSTALL_HINT)
    title = _first_usable(candidates, ("hei",)) or body
    registered = set(pdfmetrics.getRegisteredFontNames())
    with _lock:
        for font in candidates:
            if font.name not in registered:
                _pending[font.name] = font  # the latest search wins: its files exist now
    fallbacks = tuple(dict.fromkeys(f.name for f in candidates if f.name != body.name))
    return FontSet(body=body.name, title=title.name, fallbacks=fallbacks)


def _covered(font_name: str) -> Coverage | frozenset[int]:
    """Code points the font maps to a real glyph: ReportLab's cmap once it is registered."""
    pending = _pending.get(font_name)
    if pending is not None:
        return coverage_of(pending)
    try:
        face = pdfmetrics.getFont(font_name).face
    except Exception:  # never registered, or its file failed to load
        return frozenset()
    cached = _coverage.get(font_name)
    if cached is None or cached[0] is not face:
        cached = (face, frozenset(cp for cp, glyph in face.charToGlyph.items() if glyph))
        _coverage[font_name] = cached
    return cached[1]


def _neutral(char: str) -> bool:
    """Control and format characters (newline, tab, ZWJ…) need no glyph.

    Private-use and unassigned code points do: Extension H and later ideographs are unassigned
    in Python 3.11's Unicode 14 tables but are real name characters.
    """
    return unicodedata.category(char) in ("Cc", "Cf")


def _font_for(char: str, fonts: FontSet) -> str | None:
    cp = ord(char)
    for name in fonts.chain:
        if cp not in _covered(name):
            continue
        if name in _pending:  # first use of this fallback: register it now
            with _lock:
                font = _pending.pop(name, None)
                if font is not None and not _register(font):
                    continue
            if cp not in _covered(name):  # ReportLab's own cmap disagrees with fontconfig
                continue
        return name
    return None


def glyph_runs(text: str, fonts: FontSet) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs so each character has a glyph.

    Characters no font covers stay in the body font (they print as a box); see
    :func:`missing_glyphs`. Control characters join the current run.
    """
    if not text:
        return []
    body = _covered(fonts.body)
    # Nearly every text is in the body font alone: one run, without a look-up per character.
    if all(ord(c) in body or _neutral(c) for c in set(text)):
        return [(fonts.body, text)]
    runs: list[tuple[str, str]] = []
    for char in text:
        if _neutral(char):
            name = runs[-1][0] if runs else fonts.body
        else:
            name = _font_for(char, fonts) or fonts.body
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def missing_glyphs(text: str, fonts: FontSet) -> set[str]:
    """Characters of ``text`` that no font in ``fonts`` can draw."""
    return {c for c in set(text) if not _neutral(c) and _font_for(c, fonts) is None}


# ReportLab writes each ToUnicode entry as "<%04X>", so U+20BB7 becomes <20BB7>, which readers
# take as U+20BB: the glyph prints but copying or searching the PDF finds the wrong character.
# The PDF format wants UTF-16BE there, a surrogate pair beyond the BMP.
_BEYOND_BMP = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16_entry(match: re.Match[str]) -> str:
    cp = int(match.group(2), 16) - 0x10000
    return f"{match.group(1)} <{0xD800 + (cp >> 10):04X}{0xDC00 + (cp & 0x3FF):04X}>"


def _install_to_unicode_fix() -> None:
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "beyond_bmp_fixed", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        return _BEYOND_BMP.sub(_utf16_entry, original(fontname, subset))

    make_to_unicode_cmap.beyond_bmp_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


_install_to_unicode_fix()
