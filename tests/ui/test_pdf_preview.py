"""The PDF preview: shows the pages, saves the exact bytes, prints every page, and never lets a
failed save or print escape as a traceback."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lijiabu_desk.ui.printing import PdfPreviewDialog, print_document
from lijiabu_desk.ui.printing.print_pages import chosen_pages, render_opaque


def make_pdf(pages: int = 2) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, initialFontName="Helvetica")
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 28)
        pdf.drawString(72, 760, f"Test page {number} of {pages}")
        pdf.setFont("Helvetica", 12)
        for line in range(30):
            pdf.drawString(72, 700 - line * 20, f"Line {line + 1}: the quick brown fox")
        pdf.rect(36, 36, A4[0] - 72, A4[1] - 72)
        pdf.rect(120 * number, 60, 100, 100, fill=1)  # tells the pages apart
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return make_pdf(2)


def load(data: bytes) -> tuple[QPdfDocument, QBuffer, QByteArray]:
    """A document with its buffer and bytes, which the caller must keep alive."""
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return document, buffer, raw


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(150)  # keeps the test quick; the routine caps real printers itself
    return printer


def page_count_of(path: Path) -> int:
    info = subprocess.run(["/usr/bin/pdfinfo", str(path)], capture_output=True, text=True)
    assert info.returncode == 0, info.stderr
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def show(qtbot, widget: PdfPreviewDialog, *, active: bool = False) -> None:
    """pytest-qt's waitExposed/waitActive are context managers: a bare call waits for nothing."""
    with qtbot.waitExposed(widget):
        widget.show()
    if active:
        with qtbot.waitActive(widget):
            widget.activateWindow()


@pytest.fixture
def dialog(qtbot, pdf_bytes) -> PdfPreviewDialog:
    dlg = PdfPreviewDialog(pdf_bytes, "Test document", "test-doc.pdf")
    qtbot.addWidget(dlg)
    return dlg


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Message boxes captured instead of shown (a modal box would block the test)."""
    shown: list[str] = []

    def capture(_parent, _title, text, *_args) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, capture)
    return shown


def test_the_dialog_loads_the_pdf(dialog) -> None:
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 2
    assert dialog.pages_label.text() == dialog.tr("%1 page(s)").replace("%1", "2")
    assert "2" in dialog.pages_label.text()
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.windowTitle() == "Test document"
    assert dialog.print_button.isEnabled()


def test_bytes_that_are_no_pdf_are_refused_politely(qtbot) -> None:
    dlg = PdfPreviewDialog(b"not a pdf at all", "Broken", "broken.pdf")
    qtbot.addWidget(dlg)
    assert dlg.document.status() == QPdfDocument.Status.Error
    assert not dlg.print_button.isEnabled()
    assert dlg.message.text()


def test_zoom_buttons_leave_fit_width_and_come_back(dialog, qtbot) -> None:
    show(qtbot, dialog)
    dialog.zoom.combo.setCurrentIndex(dialog.zoom.combo.findData(1.0))
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    qtbot.mouseClick(dialog.zoom.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(1.25)
    qtbot.mouseClick(dialog.zoom.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom.zoom_out_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(0.75)
    dialog.zoom.combo.setCurrentIndex(0)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


@pytest.mark.parametrize("name", ["copy", "copy.pdf", "副本.PDF"])
def test_save_writes_exactly_the_bytes(dialog, qtbot, tmp_path, pdf_bytes, name) -> None:
    asked: list[str] = []

    def choose(start: str) -> str:
        asked.append(start)
        return str(tmp_path / name)

    dialog.choose_save_path = choose
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / (name if name.lower().endswith(".pdf") else name + ".pdf")
    assert saved.read_bytes() == pdf_bytes
    assert Path(asked[0]).name == "test-doc.pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == [saved.name]  # no temporary left
    assert str(saved) in dialog.message.text()


def test_save_replaces_an_older_file(dialog, qtbot, tmp_path, pdf_bytes) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")
    dialog.choose_save_path = lambda _start: str(target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == pdf_bytes


def test_cancelling_the_save_dialog_writes_nothing(dialog, qtbot, tmp_path, warnings) -> None:
    dialog.choose_save_path = lambda _start: ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert dialog.message.text() == ""


def test_a_failed_save_says_so_and_does_not_raise(dialog, qtbot, tmp_path, warnings) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"x")
    target = blocker / "no" / "such" / "folder" / "out.pdf"
    dialog.choose_save_path = lambda _start: str(target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert str(target) in warnings[0]
    assert "Traceback" not in warnings[0] and "Errno" not in warnings[0]
    assert not target.exists()


def test_ctrl_s_saves(dialog, qtbot, tmp_path, pdf_bytes) -> None:
    dialog.choose_save_path = lambda _start: str(tmp_path / "keys.pdf")
    show(qtbot, dialog, active=True)  # shortcuts fire only in the active window
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "keys.pdf").read_bytes() == pdf_bytes


def test_print_document_prints_every_page(qtbot, tmp_path, pdf_bytes) -> None:
    document, _buffer, _raw = load(pdf_bytes)
    out = tmp_path / "printed.pdf"
    assert print_document(document, pdf_printer(out)) == 2
    assert page_count_of(out) == 2
    again, _b, _r = load(out.read_bytes())
    assert again.pageCount() == 2


def grey_pixels(document: QPdfDocument, page: int) -> list[int]:
    """The page at the test printer's 150 dpi, then averaged down, so that hairlines count the
    same in both documents however each renderer samples them."""
    image = render_opaque(document, page, QSize(1240, 1754)).scaled(
        124, 175, mode=Qt.TransformationMode.SmoothTransformation
    )
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [grey.pixelColor(x, y).value() for y in range(grey.height()) for x in range(124)]


def mean_difference(a: QPdfDocument, a_page: int, b: QPdfDocument, b_page: int) -> float:
    before, after = grey_pixels(a, a_page), grey_pixels(b, b_page)
    return sum(abs(x - y) for x, y in zip(before, after, strict=True)) / len(before)


def test_printed_pages_look_like_the_original(qtbot, tmp_path, pdf_bytes) -> None:
    """Full page on A4 paper: nothing shifted, scaled, cut or lost, and page 2 is page 2."""
    document, _buffer, _raw = load(pdf_bytes)
    out = tmp_path / "same.pdf"
    printer = pdf_printer(out)
    printer.setFullPage(True)
    assert print_document(document, printer) == 2
    printed, _b, _r = load(out.read_bytes())
    assert mean_difference(document, 0, printed, 0) < 1.5
    assert mean_difference(document, 1, printed, 1) < 1.5
    assert mean_difference(document, 0, printed, 1) > 3  # the check can tell pages apart


def test_older_qtpdf_without_the_fill_overload_still_prints_on_white(
    qtbot, tmp_path, pdf_bytes
) -> None:
    class OldQtPdf(QPdfDocument):
        def render(self, page, size, *more):  # the Qt 6.8 signature, as far as we use it
            if more:
                raise TypeError("render() takes 2 arguments")
            return super().render(page, size)

    raw = QByteArray(pdf_bytes)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = OldQtPdf()
    document.load(buffer)
    image = render_opaque(document, 0, QSize(60, 85))
    assert image.format() == QImage.Format.Format_RGB32
    assert image.pixelColor(2, 2) == QColor("white")
    out = tmp_path / "old.pdf"
    assert print_document(document, pdf_printer(out)) == 2
    assert page_count_of(out) == 2


def test_print_document_prints_a_chosen_range(qtbot, tmp_path, pdf_bytes) -> None:
    document, _buffer, _raw = load(pdf_bytes)
    out = tmp_path / "second.pdf"
    assert print_document(document, pdf_printer(out), range(1, 2)) == 1
    assert page_count_of(out) == 1
    assert print_document(document, pdf_printer(tmp_path / "none.pdf"), range(5, 9)) == 0


def test_chosen_pages_follow_the_print_dialog(qtbot, tmp_path) -> None:
    printer = pdf_printer(tmp_path / "x.pdf")
    assert chosen_pages(printer, 4) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3-9"))
    assert chosen_pages(printer, 4) == [0, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert chosen_pages(printer, 4, current_page=1) == [1]


def test_the_print_button_prints_after_the_print_dialog(dialog, qtbot, tmp_path) -> None:
    out = tmp_path / "button.pdf"
    seen: list[QPrinter] = []

    def accept(printer: QPrinter) -> bool:
        seen.append(printer)
        return True

    dialog.make_printer = lambda: pdf_printer(out)
    dialog.run_print_dialog = accept
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert page_count_of(out) == 2
    assert dialog.message.text() == dialog.tr("%1 page(s) sent to the printer.").replace("%1", "2")


def test_cancelling_the_print_dialog_prints_nothing(dialog, qtbot, tmp_path) -> None:
    out = tmp_path / "cancelled.pdf"
    dialog.make_printer = lambda: pdf_printer(out)
    dialog.run_print_dialog = lambda _printer: False
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not out.exists()
    assert dialog.message.text() == ""


def test_a_printer_that_cannot_start_is_reported(dialog, qtbot, tmp_path, warnings) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"x")
    dialog.make_printer = lambda: pdf_printer(blocker / "sub" / "out.pdf")
    dialog.run_print_dialog = lambda _printer: True
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "Traceback" not in warnings[0]


def test_the_default_printer_is_a4_full_page_high_resolution(dialog) -> None:
    printer = dialog.make_printer()
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
    assert printer.fullPage()
    assert printer.docName() == "Test document"


@pytest.mark.parametrize("warning", ["", "The font lacks: 𠮷"])
def test_the_warning_banner_shows_only_with_a_warning(qtbot, pdf_bytes, warning) -> None:
    dlg = PdfPreviewDialog(pdf_bytes, "Doc", "doc.pdf", warning=warning)
    qtbot.addWidget(dlg)
    show(qtbot, dlg)
    assert dlg.warning.isVisible() == bool(warning)
    assert dlg.warning.text() == warning


def test_ctrl_p_prints(dialog, qtbot, tmp_path) -> None:
    out = tmp_path / "keys.pdf"
    dialog.make_printer = lambda: pdf_printer(out)
    dialog.run_print_dialog = lambda _printer: True
    show(qtbot, dialog, active=True)
    qtbot.keyClick(dialog.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page_count_of(out) == 2


def test_escape_closes(dialog, qtbot) -> None:
    show(qtbot, dialog)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_screenshot(qtbot, pdf_bytes) -> None:
    dlg = PdfPreviewDialog(
        pdf_bytes, "Screenshot", "shot.pdf", warning="Some characters are missing from the font."
    )
    qtbot.addWidget(dlg)
    dlg.resize(800, 700)
    show(qtbot, dlg)
    qtbot.wait(50)
    assert dlg.grab().save("/tmp/preview.png")
