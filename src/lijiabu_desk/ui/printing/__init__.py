"""Preview, print and save a generated PDF (QtPdf), without an outside PDF reader."""

from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from lijiabu_desk.ui.printing.print_pages import PrintError, print_document

__all__ = ["PdfPreviewDialog", "PrintError", "print_document"]
