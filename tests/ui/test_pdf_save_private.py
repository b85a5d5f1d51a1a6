"""The preview's "Save as PDF" goes through the one private writer (issue 9, point 8): the file is
owner-only under a permissive umask, and a save the disk refuses keeps the older file."""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lijiabu_desk.ui.printing import PdfPreviewDialog

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def dialog(qtbot) -> PdfPreviewDialog:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, initialFontName="Helvetica")
    pdf.drawString(72, 760, "One page")
    pdf.showPage()
    pdf.save()
    dlg = PdfPreviewDialog(out.getvalue(), "Test document", "test-doc.pdf")
    qtbot.addWidget(dlg)
    return dlg


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []

    def capture(_parent, _title, text, *_args) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    return shown


def test_the_saved_pdf_is_owner_only(dialog, tmp_path: Path, warnings) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    dialog.choose_save_path = lambda _start: str(folder / "协议书")
    dialog.save_pdf()
    saved = folder / "协议书.pdf"
    assert warnings == [] and saved.read_bytes() == dialog.pdf
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["协议书.pdf"]


def test_a_save_the_disk_refuses_keeps_the_older_file(
    dialog, tmp_path: Path, warnings, monkeypatch
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    older = folder / "协议书.pdf"
    older.write_bytes(b"older")
    dialog.choose_save_path = lambda _start: str(older)

    def fsync(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    dialog.save_pdf()
    monkeypatch.undo()
    assert len(warnings) == 1 and str(older) in warnings[0]
    assert older.read_bytes() == b"older"
    assert sorted(p.name for p in folder.iterdir()) == ["协议书.pdf"]
