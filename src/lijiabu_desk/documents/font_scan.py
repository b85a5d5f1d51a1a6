"""Find the installed fonts that can draw Chinese by what their character maps cover.

File names say little: a font that has 𠮷 may be called anything. Two sources, one answer:

- fontconfig (``fc-list``, on Linux): every installed face with the characters it covers, from
  fontconfig's own cache, in about 10 ms;
- without it (Windows): the font folders are walked; a file whose OS/2 table declares CJK
  ideographs is a candidate, and its cmap is read with ReportLab's own parser only when a
  character the faces before it lack makes it worth reading.

Only TrueType outlines are kept: ReportLab cannot embed PostScript (CFF) outlines, which most
``.otf`` CJK fonts (Noto CJK, Source Han) have, so those are skipped.
"""

from __future__ import annotations

import bisect
import functools
import os
import shutil
import struct
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reportlab.pdfbase.ttfonts import TTFontFile

FamilyHint = Literal["song", "fangsong", "kai", "hei", "other"]

# Faces known to suit official documents, in order of preference within their family.
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
    ("simsunb.ttf", "song"),  # SimSun-ExtB: Extension B only, a fallback for rare characters
)
_RANK = {file_name: rank for rank, (file_name, _) in enumerate(KNOWN_FONTS)}
_FAMILY = dict(KNOWN_FONTS)
_HINT_ORDER: dict[FamilyHint, int] = {"song": 0, "fangsong": 1, "kai": 2, "hei": 3, "other": 4}
# Words in a family or file name, checked in this order (仿宋 also says 宋).
_HINT_WORDS: tuple[tuple[FamilyHint, tuple[str, ...]], ...] = (
    ("fangsong", ("fangsong", "fang song", "仿宋")),
    ("kai", ("kai", "楷")),
    ("song", ("song", "sung", "ming", "mincho", "hanamin", "宋", "明朝", "明體", "明体")),
    ("hei", ("hei", "黑", "gothic", "sans")),
)
# Unified ideographs: the basic block, Extension A, the compatibility block, and planes 2 and 3.
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


class Coverage:
    """A set of code points kept as sorted, merged ranges: small even for 60,000 characters."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    @classmethod
    def of(cls, code_points: Iterable[int]) -> Coverage:
        return cls((cp, cp) for cp in code_points)

    @classmethod
    def from_fontconfig(cls, charset: str) -> Coverage:
        """fontconfig's ``%{charset}``: hexadecimal code points and ranges, e.g. ``20-7e 4e00``."""
        ranges = []
        for item in charset.split():
            low, _, high = item.partition("-")
            try:
                ranges.append((int(low, 16), int(high or low, 16)))
            except ValueError:
                continue
        return cls(ranges)

    def __contains__(self, cp: object) -> bool:
        if not isinstance(cp, int):
            return False
        at = bisect.bisect_right(self._starts, cp) - 1
        return at >= 0 and cp <= self._ends[at]

    def overlaps(self, ranges: Iterable[tuple[int, int]]) -> bool:
        for start, end in ranges:
            at = bisect.bisect_right(self._starts, end) - 1
            if at >= 0 and self._ends[at] >= start:
                return True
        return False


@dataclass(frozen=True)
class FontFile:
    """One TrueType face: ``name`` is the name it is registered under in ReportLab.

    ``coverage`` is what fontconfig reported; ``None`` means "read the font's cmap when needed".
    """

    path: Path
    subfont_index: int
    family_hint: FamilyHint
    name: str
    coverage: Coverage | None = field(default=None, compare=False, repr=False)


def default_font_dirs() -> list[Path]:
    """Where fonts usually live on this platform (missing folders are skipped later)."""
    home = Path.home()
    if os.name == "nt":
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


@dataclass(frozen=True)
class _Sfnt:
    version: bytes
    tags: frozenset[bytes]
    os2: bytes  # the start of the OS/2 table (empty when there is none)


def _read_sfnt(path: Path, index: int = 0) -> _Sfnt | None:
    """The table directory of face ``index`` in ``path`` (a font or a TrueType collection)."""
    try:
        with path.open("rb") as fh:
            offset = 0
            head = fh.read(12)
            if head[:4] == b"ttcf":
                (count,) = struct.unpack(">I", head[8:12])
                if not 0 <= index < count:
                    return None
                fh.seek(12 + 4 * index)
                (offset,) = struct.unpack(">I", fh.read(4))
            fh.seek(offset)
            header = fh.read(12)
            if len(header) < 12:
                return None
            (num_tables,) = struct.unpack(">H", header[4:6])
            directory = fh.read(16 * num_tables)
            tables = {
                directory[i : i + 4]: struct.unpack(">II", directory[i + 8 : i + 16])
                for i in range(0, len(directory) - 15, 16)
            }
            os2 = b""
            if b"OS/2" in tables:
                fh.seek(tables[b"OS/2"][0])
                os2 = fh.read(min(tables[b"OS/2"][1], 86))
    except (OSError, struct.error):
        return None
    return _Sfnt(header[:4], frozenset(tables), os2)


def has_truetype_outlines(path: Path, index: int = 0) -> bool:
    """True if face ``index`` of ``path`` has 'glyf' outlines and no 'CFF '/'CFF2' table."""
    sfnt = _read_sfnt(path, index)
    if sfnt is None or sfnt.version not in (b"\x00\x01\x00\x00", b"true"):
        return False  # 'OTTO' is CFF; anything else is not a font we can embed
    return b"glyf" in sfnt.tags and not sfnt.tags & {b"CFF ", b"CFF2"}


def declares_cjk(path: Path, index: int = 0) -> bool:
    """The face's OS/2 table claims CJK ideographs (Unicode range bit 59) or a CJK code page."""
    sfnt = _read_sfnt(path, index)
    if sfnt is None or len(sfnt.os2) < 58:
        return False
    (unicode_range_2,) = struct.unpack(">I", sfnt.os2[46:50])
    if unicode_range_2 & (1 << (59 - 32)):
        return True
    if len(sfnt.os2) >= 82:
        (code_pages,) = struct.unpack(">I", sfnt.os2[78:82])
        return bool(code_pages & (0b11111 << 17))  # JIS, GB 2312, Wansung, Big5, Johab
    return False


def family_hint(file_name: str, families: Sequence[str] = ()) -> FamilyHint:
    """Song, FangSong, Kai or Hei, from our list of known files or words in the names."""
    known = _FAMILY.get(file_name.lower())
    if known is not None:
        return known
    text = " ".join((Path(file_name).stem, *families)).lower()
    return next((hint for hint, words in _HINT_WORDS if any(w in text for w in words)), "other")


def _font_file(
    path: Path, index: int, families: Sequence[str], coverage: Coverage | None
) -> FontFile:
    key = path.name.lower()
    return FontFile(path, index, family_hint(key, families), "CJK-" + Path(key).stem, coverage)


def _preference(font: FontFile) -> tuple[int, int, str]:
    key = font.path.name.lower()
    return (_HINT_ORDER[font.family_hint], _RANK.get(key, len(_RANK)), key)


def fontconfig_fonts() -> list[FontFile] | None:
    """Every TrueType face fontconfig knows that has Chinese ideographs; ``None`` without it."""
    exe = shutil.which("fc-list")
    if exe is None:
        return None
    try:
        listing = subprocess.run(
            [exe, "--format", "%{file}\t%{index}\t%{family}\t%{charset}\n"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=30,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return list(_parse_fontconfig(listing))


@functools.lru_cache(maxsize=2)
def _parse_fontconfig(listing: str) -> tuple[FontFile, ...]:
    """The listing's faces with Chinese ideographs and TrueType outlines (parsed once: a print
    asks again, and the answer changes only when fonts are installed or removed)."""
    fonts: list[FontFile] = []
    for line in sorted(listing.splitlines()):
        path_text, index_text, families, charset = ([*line.split("\t"), "", "", ""])[:4]
        if not path_text.lower().endswith(FONT_SUFFIXES) or not index_text.isdigit():
            continue
        coverage = Coverage.from_fontconfig(charset)
        path, index = Path(path_text), int(index_text)
        if coverage.overlaps(HAN_RANGES) and has_truetype_outlines(path, index):
            fonts.append(_font_file(path, index, families.split(","), coverage))
    return tuple(fonts)


def folder_fonts(dirs: Iterable[Path]) -> list[FontFile]:
    """TrueType faces under ``dirs`` that are known or declare CJK (first face of a collection)."""
    fonts = []
    for root in dirs:
        if not root.is_dir():
            continue
        for dirpath, _dirnames, filenames in sorted(os.walk(root, followlinks=True)):
            for file_name in sorted(filenames):
                path = Path(dirpath) / file_name
                if not file_name.lower().endswith(FONT_SUFFIXES) or not has_truetype_outlines(path):
                    continue
                if file_name.lower() in _RANK or declares_cjk(path):
                    fonts.append(_font_file(path, 0, (), None))
    return fonts


def find_cjk_fonts(search_dirs: Sequence[Path] | None = None) -> list[FontFile]:
    """TrueType faces with Chinese ideographs: under ``search_dirs``, or (default) installed.

    Installed fonts come from fontconfig when it is there, else from the usual font folders.
    One face per file name (the first face of a collection); Song first, then FangSong, Kai, Hei
    and the rest, the faces we know best first within each.
    """
    if search_dirs is None:
        listed = fontconfig_fonts()
        candidates = folder_fonts(default_font_dirs()) if listed is None else listed
    else:
        candidates = folder_fonts(search_dirs)
    unique: dict[str, FontFile] = {}
    seen: set[Path] = set()
    # A real file before a symlink to it (Debian's fonts-japanese-mincho.ttf, say).
    order = sorted(
        candidates, key=lambda f: (f.path.is_symlink(), f.path.name.lower(), f.subfont_index)
    )
    for font in order:
        real = font.path.resolve()
        if font.path.name.lower() not in unique and real not in seen:
            unique[font.path.name.lower()] = font
            seen.add(real)
    return sorted(unique.values(), key=_preference)


_cmaps: dict[tuple[Path, int, int, int], Coverage] = {}


def coverage_of(font: FontFile) -> Coverage:
    """What ``font`` covers: fontconfig's answer, or its cmap read once per file version."""
    if font.coverage is not None:
        return font.coverage
    try:
        stat = font.path.stat()
    except OSError:
        return Coverage(())
    key = (font.path, font.subfont_index, stat.st_mtime_ns, stat.st_size)
    if key not in _cmaps:
        try:
            parsed = TTFontFile(str(font.path), validate=0, subfontIndex=font.subfont_index)
            _cmaps[key] = Coverage.of(cp for cp, glyph in parsed.charToGlyph.items() if glyph)
        except Exception:  # a damaged or unexpected font file covers nothing
            _cmaps[key] = Coverage(())
    return _cmaps[key]
