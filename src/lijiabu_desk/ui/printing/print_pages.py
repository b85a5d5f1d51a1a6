"""Printing a loaded PDF on a QPrinter: each page is rendered by QtPdf (PDFium) into an image
and painted on the printer, because Qt has no way to hand a PDF to a printer as it is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

#: Pages are rendered at the printer's resolution, but never finer than this. Each page goes to
#: the printer as one image: at 300 dpi an A4 page is ~35 MB (in memory and in the Windows spool
#: file); at 600 dpi it would be ~140 MB, and Qt's own PDF "printer" reports 1200 dpi (~560 MB).
#: (Rendering in bands through QPdfDocumentRenderOptions.setScaledClipRect is no way out: in Qt
#: 6.12 a clipped band comes out slightly scaled, so the bands do not line up.)
MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72.0


class PrintError(Exception):
    """The printer could not be started (switched off, removed, output file not writable)."""


def a4_printer(document: QPdfDocument, doc_name: str) -> QPrinter:
    """A high-resolution A4 printer that prints the PDF page at its own size.

    Full-page mode: the PDF already carries the official margins, so it is not shrunk again
    into the printer's margins. Landscape documents get landscape paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    if document.pageCount() > 0:
        first = document.pagePointSize(0)
        if first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def chosen_pages(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages the user picked in the print dialog (all, a range list, current)."""
    kind = printer.printRange()
    if kind == QPrinter.PrintRange.CurrentPage:
        return [current_page] if 0 <= current_page < page_count else []
    if kind == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()  # 1-based, e.g. "1,3-4" from the dialog
        if not ranges.isEmpty():
            return [p - 1 for p in range(1, page_count + 1) if ranges.contains(p)]
    return list(range(page_count))


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    pages: Sequence[int] | None = None,
    *,
    max_dpi: int = MAX_RENDER_DPI,
) -> int:
    """Print ``pages`` (0-based; all when None) of ``document`` on ``printer``, each page
    scaled to the printer's page rectangle with its aspect kept and centred.

    Returns the number of pages printed; raises PrintError when the printer cannot start."""
    count = document.pageCount()
    wanted = [p for p in (range(count) if pages is None else pages) if 0 <= p < count]
    if not wanted:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            f"cannot start printer {printer.printerName() or printer.outputFileName()}"
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index, page in enumerate(wanted):
            if index > 0 and not printer.newPage():
                raise PrintError("the printer refused a new page")
            _paint_page(painter, document, page, painter.viewport(), max_dpi)
    finally:
        painter.end()
    return len(wanted)


def _paint_page(
    painter: QPainter, document: QPdfDocument, page: int, area: QRect, max_dpi: int
) -> None:
    """``area`` is in device pixels, so ``fit`` (device pixels per point) is the printer's own
    resolution when the paper matches the page: up to ``max_dpi`` the image then maps 1:1 onto
    printer dots."""
    points = document.pagePointSize(page)
    if points.isEmpty() or area.isEmpty():
        return
    fit = min(area.width() / points.width(), area.height() / points.height())
    target = QRectF(0, 0, points.width() * fit, points.height() * fit)
    target.moveCenter(QRectF(area).center())
    scale = min(fit, max_dpi / POINTS_PER_INCH)
    size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
    image = render_opaque(document, page, size)
    painter.drawImage(target, image, QRectF(image.rect()))


def render_opaque(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """The page on white, without transparency: printer drivers handle opaque images best."""
    try:
        return document.render(
            page,
            size,
            QPdfDocumentRenderOptions(),
            QImage.Format.Format_RGB32,
            QColor(Qt.GlobalColor.white),
        )
    except TypeError:  # QtPdf before the format/fill overload: transparent ARGB32 only
        page_image = document.render(page, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawImage(0, 0, page_image)
        painter.end()
        return image
