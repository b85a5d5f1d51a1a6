"""Read rendered PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

TOOLS = ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm")
needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) is not installed",
)

FOOTER = re.compile(r"^第 (\d+) 页 共 (\d+) 页$")


def write(pdf: bytes, folder: Path, name: str = "form.pdf") -> Path:
    path = folder / name
    path.write_bytes(pdf)
    return path


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True).stdout


def text(path: Path, mode: str = "-layout") -> str:
    """``-layout`` keeps the page's columns; ``-raw`` keeps drawing order (table cells whole)."""
    return run("pdftotext", mode, "-enc", "UTF-8", path, "-")


def lines(path: Path, mode: str = "-layout") -> list[str]:
    return [line.strip() for line in text(path, mode).splitlines() if line.strip()]


def flat(path: Path, running_header: str, mode: str = "-layout") -> str:
    """All text without whitespace, footers and running headers: wrapped lines join up again.

    The running header is only dropped from continuation pages (on page 1 it may be the title).
    """
    kept = []
    for number, page in enumerate(text(path, mode).split("\f"), start=1):
        for line in page.splitlines():
            if FOOTER.match(line.strip()):
                continue
            if number > 1 and squash(line) == squash(running_header):
                continue
            kept.append(line)
    return squash("".join(kept))


def squash(value: str) -> str:
    return "".join(value.split())


def page_count(path: Path) -> int:
    info = run("pdfinfo", path)
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def info(path: Path) -> dict[str, str]:
    out = {}
    for line in run("pdfinfo", "-enc", "UTF-8", path).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def font_rows(path: Path) -> list[str]:
    return run("pdffonts", path).splitlines()[2:]  # after the header and the dashes
