"""A generated PDF shown before it goes anywhere: look at it, print it, or save it as a file.

The modal steps (file dialog, print dialog, printer) are attributes, so tests and callers can
replace them: ``choose_save_path``, ``run_print_dialog`` and ``make_printer``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.printing.output import write_pdf
from lijiabu_desk.ui.printing.print_pages import (
    PrintError,
    a4_printer,
    chosen_pages,
    print_document,
)
from lijiabu_desk.ui.printing.save_file import suggested_save_path
from lijiabu_desk.ui.printing.zoom_bar import ZoomBar, with_keys

WARNING_STYLE = (
    "QLabel#warning { background: #fff3cd; color: #664d03; border: 1px solid #e6c65c;"
    " border-radius: 3px; padding: 6px; }"
)


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        warning: str = "",
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.choose_save_path: Callable[[str], str] = self._ask_save_path
        self.run_print_dialog: Callable[[QPrinter], bool] = self._ask_print_settings
        self.make_printer: Callable[[], QPrinter] = lambda: a4_printer(self.document, title)
        self.printer: QPrinter | None = None  # kept, so a second print keeps the user's choices

        # QPdfDocument reads from the device for as long as it is open: the bytes and the
        # buffer live as long as the dialog, and the buffer is the document's child, so it is
        # destroyed only after the document has closed it.
        self.document = QPdfDocument(self)
        self._pdf_bytes = QByteArray(pdf)
        self._pdf_buffer = QBuffer(self._pdf_bytes, self.document)
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)

        self.view = QPdfView(self)
        self.view.setObjectName("view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.zoom = ZoomBar(self.view)  # starts at fit-to-width

        self.warning = QLabel(warning)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(bool(warning))
        self.pages_label = QLabel()
        self.pages_label.setObjectName("pages")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long saved-to path must not widen the dialog past the screen.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(with_keys(self.tr("Print"), QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setToolTip(
            with_keys(self.tr("Save as PDF"), QKeySequence.StandardKey.Save)
        )
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter must never print or save by accident
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

        self._lay_out()
        self.document.statusChanged.connect(self._show_status)
        self.document.load(self._pdf_buffer)  # reads a QBuffer at once; the signal covers both
        self._show_status()
        self._size_to_screen()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(900, int(room.width() * 0.9)), int(room.height() * 0.9))

    @property
    def ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def _show_status(self) -> None:
        if self.ready:
            count = self.document.pageCount()
            self.pages_label.setText(self.tr("%1 page(s)").replace("%1", str(count)))
        elif self.document.status() == QPdfDocument.Status.Error:
            self.pages_label.clear()
            self.message.setText(self.tr("This document cannot be shown or printed."))
        self.print_button.setEnabled(self.ready and self.document.pageCount() > 0)

    # --- saving -----------------------------------------------------------------------------

    def _ask_save_path(self, start: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF (*.pdf)")
        )
        return path

    def save_pdf(self) -> None:
        chosen = self.choose_save_path(str(suggested_save_path(self.suggested_name)))
        if not chosen:
            return
        try:
            path = write_pdf(self.pdf, Path(chosen))
        except ServiceError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                exc.message
                + self.tr(
                    " Choose another folder, or close the file if it is open in another "
                    "program, and try again."
                ),
            )
            return
        self.message.setText(self.tr("Saved as %1").replace("%1", str(path)))

    # --- printing ---------------------------------------------------------------------------

    def _ask_print_settings(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_pdf(self) -> None:
        if not self.print_button.isEnabled():
            return
        if self.printer is None:
            self.printer = self.make_printer()
        printer = self.printer
        if not self.run_print_dialog(printer):
            return
        current = self.view.pageNavigator().currentPage()
        pages = chosen_pages(printer, self.document.pageCount(), current)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_document(self.document, printer, pages)
        except PrintError:
            printed = -1
        finally:
            QApplication.restoreOverrideCursor()
        if printed < 0:
            QMessageBox.warning(
                self,
                self.tr("Not printed"),
                self.tr(
                    "The printer could not be started. Check that it is switched on and "
                    "connected, then try again."
                ),
            )
            return
        self.message.setText(self.tr("%1 page(s) sent to the printer.").replace("%1", str(printed)))
