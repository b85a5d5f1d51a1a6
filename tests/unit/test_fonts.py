"""Chinese fonts: found at run time, CFF skipped, per-character fallback, embedded in the PDF."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from lijiabu_desk.documents.fonts import (
    CJK_NO_LINE_END,
    CJK_NO_LINE_START,
    FontFile,
    FontSet,
    FontsMissingError,
    find_cjk_fonts,
    glyph_runs,
    has_truetype_outlines,
    missing_glyphs,
    register_fonts,
)

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
UKAI = Path("/usr/share/fonts/truetype/arphic/ukai.ttc")
RARE = "\U00020bb7"  # 𠮷, missing from AR PL UMing

needs_uming = pytest.mark.skipif(not UMING.exists(), reason="fonts-arphic-uming not installed")


def sfnt(tags: list[bytes], version: bytes = b"\x00\x01\x00\x00") -> bytes:
    """A minimal sfnt header whose table directory lists ``tags`` (no table data)."""
    head = version + struct.pack(">HHHH", len(tags), 16, 0, 0)
    return head + b"".join(tag + struct.pack(">III", 0, 0, 0) for tag in tags)


def ttc(font: bytes) -> bytes:
    """A one-font TrueType collection wrapping ``font``."""
    return b"ttcf" + struct.pack(">IIi", 0x00010000, 1, 16) + font


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return register_fonts()


@needs_uming
def test_installed_fonts_are_found_and_uming_is_the_body(fonts: FontSet) -> None:
    found = find_cjk_fonts()
    assert found[0].path.name == "uming.ttc"
    assert found[0].family_hint == "song"
    assert fonts.body == found[0].name
    assert fonts.body not in fonts.fallbacks
    assert set(fonts.fallbacks) == {f.name for f in found[1:]}
    if any(f.family_hint == "hei" for f in found):
        assert fonts.title == next(f.name for f in found if f.family_hint == "hei")


def test_cff_outlines_are_detected_from_the_table_directory(tmp_path: Path) -> None:
    cases = {
        "truetype.ttf": (sfnt([b"cmap", b"glyf", b"head"]), True),
        "truetype.ttc": (ttc(sfnt([b"cmap", b"glyf"])), True),
        "cff-versioned-as-truetype.ttf": (sfnt([b"CFF ", b"cmap"]), False),
        "cff-and-glyf.ttc": (ttc(sfnt([b"CFF ", b"glyf"])), False),
        "otto.otf": (sfnt([b"CFF ", b"cmap"], version=b"OTTO"), False),
        "truncated.ttc": (b"ttcf\x00", False),
    }
    for name, (data, expected) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert has_truetype_outlines(tmp_path / name) is expected, name


@needs_uming
def test_fake_tree_skips_cff_and_keeps_preference_order(tmp_path: Path) -> None:
    # Walk order would put the Kai and Hei files first; preference must still put Song first.
    (tmp_path / "a" / "deep" / "er").mkdir(parents=True)
    (tmp_path / "z").mkdir()
    shutil.copy(UMING, tmp_path / "z" / "uming.ttc")
    if UKAI.exists():
        shutil.copy(UKAI, tmp_path / "a" / "ukai.ttc")
    # Fabricated CFF fonts under the most preferred names: both must be skipped.
    (tmp_path / "a" / "deep" / "er" / "simsun.ttc").write_bytes(ttc(sfnt([b"CFF ", b"cmap"])))
    (tmp_path / "a" / "SIMFANG.TTF").write_bytes(sfnt([b"CFF ", b"cmap"]))
    (tmp_path / "a" / "simhei.ttf").write_bytes(sfnt([b"CFF2", b"cmap"], version=b"OTTO"))

    found = find_cjk_fonts([tmp_path])

    assert [f.path.name for f in found] == ["uming.ttc"] + (["ukai.ttc"] if UKAI.exists() else [])
    assert [f.family_hint for f in found][:1] == ["song"]
    assert all(f.subfont_index == 0 for f in found)
    fontset = register_fonts(found)
    assert fontset.body == found[0].name
    assert fontset.title == fontset.body  # no Hei in this tree


def test_empty_folder_raises_with_install_advice(tmp_path: Path) -> None:
    assert find_cjk_fonts([tmp_path]) == []
    with pytest.raises(FontsMissingError, match="fonts-arphic-uming") as info:
        register_fonts(find_cjk_fonts([tmp_path]))
    assert "宋体" in str(info.value)


def test_register_is_idempotent(fonts: FontSet) -> None:
    assert register_fonts() == fonts


def test_glyph_runs_fall_back_or_report_missing(fonts: FontSet) -> None:
    text = f"李家堡{RARE}调解\n协议书A1"
    runs = glyph_runs(text, fonts)
    assert "".join(chunk for _, chunk in runs) == text
    assert runs[0][0] == fonts.body
    assert runs[0][1].startswith("李家堡")
    rare_font = next(name for name, chunk in runs if RARE in chunk)
    if RARE in missing_glyphs(text, fonts):
        assert missing_glyphs(text, fonts) == {RARE}
        assert rare_font == fonts.body  # drawn as a box, reported so the caller can warn
    else:
        assert rare_font in fonts.fallbacks
        assert len(runs) >= 3
    assert missing_glyphs("李家堡调解协议书，。\n", fonts) == set()


def test_glyph_runs_of_empty_text(fonts: FontSet) -> None:
    assert glyph_runs("", fonts) == []
    assert missing_glyphs("", fonts) == set()


def test_line_break_sets() -> None:
    assert {"，", "。", "》", "”", ",", ")"} <= CJK_NO_LINE_START
    assert {"（", "《", "“"} <= CJK_NO_LINE_END
    assert not CJK_NO_LINE_START & CJK_NO_LINE_END


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdf_embeds_every_font_and_text_comes_back(fonts: FontSet, tmp_path: Path) -> None:
    pdf = tmp_path / "form.pdf"
    text = f"人民调解协议书（2025）李人调字第1号，甲方：李{RARE}"
    page = canvas.Canvas(str(pdf), initialFontName=fonts.body, initialFontSize=12)
    x = 72.0
    for name, chunk in glyph_runs(text, fonts):
        page.setFont(name, 12)
        page.drawString(x, 720, chunk)
        x += page.stringWidth(chunk, name, 12)
    page.setFont(fonts.title, 16)
    page.drawString(72, 760, "治安调解协议书")
    page.showPage()
    page.save()

    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = listing[2:]  # after the header and the dashes
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
    extracted = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "人民调解协议书（2025）李人调字第1号，甲方：李" in extracted
    assert "治安调解协议书" in extracted


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@needs_uming
@pytest.mark.skipif(not DEJAVU.exists(), reason="fonts-dejavu not installed")
def test_characters_the_body_lacks_go_to_the_first_fallback_that_has_them(fonts: FontSet) -> None:
    extra = FontFile(DEJAVU, 0, "hei", "Test-DejaVuSans")  # not CJK: only exercises the fallback
    with_extra = register_fonts([*find_cjk_fonts(), extra])
    text = "核对✓110"
    lacking = missing_glyphs(text, fonts)
    assert lacking <= {"✓"}
    if lacking:  # no installed CJK font has it: DejaVu, the last fallback, must draw it
        expected = [(fonts.body, "核对"), ("Test-DejaVuSans", "✓"), (fonts.body, "110")]
        assert glyph_runs(text, with_extra) == expected
    assert missing_glyphs(text, with_extra) == set()
