"""Rare name characters print: fonts are found by what they cover, embedded, and read back.

𠮷 (U+20BB7, CJK Extension B) is missing from the Song body face (AR PL UMing). Debian's
fonts-hanazono, which tools/bootstrap.sh installs, has it in a Song (明朝) face whose file name is
in no list of ours: only a lookup by coverage finds it.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics

from lijiabu_desk.documents.data import AgreementDocument, Signatory
from lijiabu_desk.documents.fonts import (
    FontSet,
    find_cjk_fonts,
    glyph_runs,
    missing_glyphs,
    register_fonts,
)
from lijiabu_desk.documents.render import render
from tests.unit.documents import poppler, samples

RARE = "\U00020bb7"  # 𠮷
NAME = f"{RARE}祥"
NOBODY_HAS = "\U00030000"  # CJK Extension G: in no installed font
NEWER_THAN_PYTHON = "\U00031350"  # Extension H (Unicode 15): unassigned in Python 3.11's tables

HANAMIN_B = Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")
UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
needs_hanazono = pytest.mark.skipif(
    not HANAMIN_B.exists(),
    reason="fonts-hanazono is not installed, so no font covers CJK Extension B "
    "(tools/bootstrap.sh installs it: apt-get install fonts-hanazono)",
)
pytestmark = [poppler.needs_poppler, needs_hanazono]


def rare_party_agreement() -> AgreementDocument:
    """The sample agreement with its third party named 𠮷祥 (party block and signature line)."""
    document = samples.committee_agreement()
    parties = (*document.parties[:2], replace(document.parties[2], name=NAME))
    signatories = tuple(
        replace(s, name=NAME) if s.name == samples.RARE_NAME else s for s in document.signatories
    )
    assert any(isinstance(s, Signatory) and s.name == NAME for s in signatories)
    return replace(document, parties=parties, signatories=signatories)


@pytest.fixture(scope="module")
def pdf(fonts: FontSet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return poppler.write(render(rare_party_agreement(), fonts), tmp_path_factory.mktemp("rare"))


def font_of(char: str, fonts: FontSet) -> str:
    return next(name for name, chunk in glyph_runs(char, fonts) if char in chunk)


def face_name(registered: str) -> str:
    """The font's PostScript name, as pdffonts and pdfplumber show it after the subset tag."""
    face = pdfmetrics.getFont(registered).face
    return (face.name + face.subfontNameX).decode()


def test_a_song_face_that_has_the_character_draws_it(fonts: FontSet) -> None:
    assert missing_glyphs(NAME, fonts) == set()
    drawn_by = font_of(RARE, fonts)
    assert drawn_by != fonts.body
    hints = {found.name: found.family_hint for found in find_cjk_fonts()}
    assert hints[drawn_by] == "song"


def test_the_pdf_text_reads_the_character_back(pdf: Path) -> None:
    assert NAME in poppler.flat(pdf, "人民调解协议书（2026）安李人调字第12号")
    with pdfplumber.open(pdf) as document:
        drawn = [c["text"] for page in document.pages for c in page.chars]
    assert drawn.count(RARE) >= 2  # the party's particulars and the signature line


def test_the_font_that_draws_it_is_embedded_as_a_subset(fonts: FontSet, pdf: Path) -> None:
    rows = poppler.font_rows(pdf)
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows  # the "emb" column
    rare_face = face_name(font_of(RARE, fonts))
    with pdfplumber.open(pdf) as document:
        used = {c["fontname"] for page in document.pages for c in page.chars if c["text"] == RARE}
    assert used and all(name.split("+", 1)[1] == rare_face for name in used)
    rare_rows = [row for row in rows if row.split()[0].endswith("+" + rare_face)]
    assert rare_rows and all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in rare_rows)


def test_ordinary_text_stays_in_the_song_body_face(fonts: FontSet, pdf: Path) -> None:
    hints = {found.name: found.family_hint for found in find_cjk_fonts()}
    assert hints[fonts.body] == "song"
    if UMING.exists():
        assert fonts.body == "CJK-uming"
    body_face = face_name(fonts.body)
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in page.chars]
    ordinary = [c for c in chars if c["text"] in "埂推搡玉米祥"]  # the facts, the name
    assert ordinary
    assert {c["fontname"].split("+", 1)[1] for c in ordinary} == {body_face}


def test_a_character_no_installed_font_has_is_still_named(fonts: FontSet) -> None:
    for char in (NOBODY_HAS, NEWER_THAN_PYTHON) if shutil.which("fc-list") else ():
        covering = subprocess.run(
            ["fc-list", f":charset={ord(char):x}", "file"], capture_output=True, text=True
        ).stdout.strip()
        if covering:
            pytest.skip(f"an installed font covers U+{ord(char):X}: {covering}")
    text = f"马{RARE}{NOBODY_HAS}{NEWER_THAN_PYTHON}祥\n"
    assert missing_glyphs(text, fonts) == {NOBODY_HAS, NEWER_THAN_PYTHON}


@pytest.mark.skipif(not UMING.exists(), reason="fonts-arphic-uming not installed")
def test_without_fontconfig_a_folder_is_searched_by_coverage_not_file_names(
    tmp_path: Path,
) -> None:
    """The Windows way (no fc-list): a covering font under a name no list knows is found, and a
    PostScript-outline (CFF) font is skipped because ReportLab cannot embed it."""
    (tmp_path / "body").mkdir()
    (tmp_path / "body" / "uming.ttc").symlink_to(UMING)
    (tmp_path / "zz-unheard-of.ttf").symlink_to(HANAMIN_B)
    cff = b"OTTO" + struct.pack(">HHHH", 1, 16, 0, 0) + b"CFF " + bytes(12)
    (tmp_path / "aa-rare-cff.otf").write_bytes(cff)

    found = find_cjk_fonts([tmp_path])

    assert [f.path.name for f in found] == ["uming.ttc", "zz-unheard-of.ttf"]
    fonts = register_fonts(found)
    assert fonts.body == found[0].name
    assert glyph_runs(NAME, fonts) == [(found[1].name, RARE), (fonts.body, "祥")]
    assert missing_glyphs(NAME, fonts) == set()


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig (fc-list) not installed")
def test_with_fontconfig_every_covering_truetype_face_is_a_candidate() -> None:
    listed = subprocess.run(
        ["fc-list", f":charset={ord(RARE):x}", "file", "fontformat"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    truetype = {Path(line.split(":")[0]).resolve() for line in listed if "TrueType" in line}
    found = {f.path.resolve() for f in find_cjk_fonts()}
    assert HANAMIN_B.resolve() in truetype
    assert truetype <= found
