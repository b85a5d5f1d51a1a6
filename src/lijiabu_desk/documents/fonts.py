"""Chinese fonts for the printed forms: find, embed, and fall back per character.

ReportLab refuses PostScript (CFF) outlines and has no glyph fallback, so we look for
TrueType-outline CJK fonts at run time, register them as embedded ``TTFont``s and split text
into runs so every character is drawn with a font that has a glyph for it.
"""

from __future__ import annotations

import os
import struct
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FamilyHint = Literal["song", "fangsong", "kai", "hei"]

# Known TrueType-outline CJK files, in order of preference for official documents.
KNOWN_FONTS: tuple[tuple[str, FamilyHint], ...] = (
    ("simsun.ttc", "song"),  # 宋体, part of Windows
    ("uming.ttc", "song"),  # fonts-arphic-uming
    ("simfang.ttf", "fangsong"),  # 仿宋
    ("simkai.ttf", "kai"),  # 楷体
    ("ukai.ttc", "kai"),  # fonts-arphic-ukai
    ("simhei.ttf", "hei"),  # 黑体
    ("msyh.ttc", "hei"),  # 微软雅黑
    ("wqy-zenhei.ttc", "hei"),  # fonts-wqy-zenhei
    ("wqy-microhei.ttc", "hei"),  # fonts-wqy-microhei
    ("droidsansfallbackfull.ttf", "hei"),  # fonts-droid-fallback
    ("simsunb.ttf", "song"),  # SimSun-ExtB: only useful as a fallback for rare characters
)
_RANK = {file_name: rank for rank, (file_name, _) in enumerate(KNOWN_FONTS)}
_FAMILY = dict(KNOWN_FONTS)

INSTALL_HINT = (
    "未找到可嵌入的中文字体（TrueType 宋体/仿宋/楷体/黑体），无法生成 PDF。\n"
    "Windows：宋体（simsun.ttc）是 Windows 自带字体，请在“设置 → 个性化 → 字体”中确认"
    "已安装宋体或仿宋；\n"
    "Debian/Ubuntu：请运行 sudo apt install fonts-arphic-uming fonts-wqy-zenhei"
)

# Closing punctuation that may never begin a line, and opening punctuation that may never end one.
CJK_NO_LINE_START: frozenset[str] = frozenset("，。、；：？！）》」』】〕〉”’…—" + ",.;:?!)]}")
CJK_NO_LINE_END: frozenset[str] = frozenset("（《「『【〔〈“‘" + "([{")


class FontsMissingError(Exception):
    """No embeddable Chinese font was found; the message says what to install."""


@dataclass(frozen=True)
class FontFile:
    """One TrueType CJK face: ``name`` is the name it is registered under in ReportLab."""

    path: Path
    subfont_index: int
    family_hint: FamilyHint
    name: str


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


def default_font_dirs() -> list[Path]:
    """Where fonts usually live on this platform (missing folders are skipped later)."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows")
        dirs = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:  # fonts installed for the current user only
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        home / ".fonts",
    ]


def has_truetype_outlines(path: Path) -> bool:
    """True if the (first) font in ``path`` has 'glyf' outlines and no 'CFF '/'CFF2' table."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
            offset = 0
            if head[:4] == b"ttcf":
                if len(head) < 16:
                    return False
                (offset,) = struct.unpack(">I", head[12:16])
            fh.seek(offset)
            header = fh.read(12)
            if len(header) < 12 or header[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return False  # 'OTTO' is CFF; anything else is not a font we can embed
            (num_tables,) = struct.unpack(">H", header[4:6])
            directory = fh.read(16 * num_tables)
    except OSError:
        return False
    tags = {directory[i : i + 4] for i in range(0, len(directory) - 15, 16)}
    return b"glyf" in tags and not tags & {b"CFF ", b"CFF2"}


def _walk(dirs: Iterable[Path]) -> Iterable[Path]:
    for root in dirs:
        if not root.is_dir():
            continue
        for dirpath, _dirnames, filenames in os.walk(root, followlinks=True):
            for file_name in filenames:
                if file_name.lower() in _RANK:
                    yield Path(dirpath) / file_name


def find_cjk_fonts(search_dirs: Sequence[Path] | None = None) -> list[FontFile]:
    """TrueType-outline CJK fonts under ``search_dirs`` (default: the system font folders).

    Ordered Song first, then FangSong, Kai and Hei; one entry per known file name.
    """
    found: dict[str, Path] = {}
    for path in _walk(default_font_dirs() if search_dirs is None else search_dirs):
        key = path.name.lower()
        if key not in found and has_truetype_outlines(path):
            found[key] = path
    return [
        FontFile(path, 0, _FAMILY[key], "CJK-" + Path(key).stem)
        for key, path in sorted(found.items(), key=lambda item: _RANK[item[0]])
    ]


def _register(font: FontFile) -> bool:
    if font.name in pdfmetrics.getRegisteredFontNames():
        return True  # idempotent: the first registration under a name wins
    try:
        pdfmetrics.registerFont(TTFont(font.name, str(font.path), subfontIndex=font.subfont_index))
    except Exception:  # a damaged or unexpected font file must not stop printing
        return False
    return True


def register_fonts(fonts: list[FontFile] | None = None) -> FontSet:
    """Register ``fonts`` (default: :func:`find_cjk_fonts`) with ReportLab as embedded fonts."""
    candidates = find_cjk_fonts() if fonts is None else fonts
    registered = [font for font in candidates if _register(font)]
    if not registered:
        raise FontsMissingError(INSTALL_HINT)
    body = next((f for f in registered if f.family_hint in ("song", "fangsong")), registered[0])
    title = next((f for f in registered if f.family_hint == "hei"), body)
    fallbacks = tuple(dict.fromkeys(f.name for f in registered if f.name != body.name))
    return FontSet(body=body.name, title=title.name, fallbacks=fallbacks)


_coverage: dict[str, tuple[object, frozenset[int]]] = {}


def _covered(font_name: str) -> frozenset[int]:
    """Code points the registered font maps to a real glyph (cached per font)."""
    face = pdfmetrics.getFont(font_name).face
    cached = _coverage.get(font_name)
    if cached is None or cached[0] is not face:
        cached = (face, frozenset(cp for cp, glyph in face.charToGlyph.items() if glyph))
        _coverage[font_name] = cached
    return cached[1]


def _neutral(char: str) -> bool:
    """Control and format characters (newline, tab, ZWJ…) need no glyph."""
    return unicodedata.category(char).startswith("C")


def _font_for(char: str, fonts: FontSet) -> str | None:
    cp = ord(char)
    return next((name for name in fonts.chain if cp in _covered(name)), None)


def glyph_runs(text: str, fonts: FontSet) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs so each character has a glyph.

    Characters no font covers stay in the body font (they print as a box); see
    :func:`missing_glyphs`. Control characters join the current run.
    """
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
