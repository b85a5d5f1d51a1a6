"""Saving the previewed PDF: where the save dialog starts. The file itself is written by
``services.printing.output.write_pdf`` (the writer every export uses: whole or not at all, owner
only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from lijiabu_desk.services.printing.output import with_pdf_suffix

__all__ = ["suggested_save_path", "with_pdf_suffix"]


def suggested_save_path(suggested_name: str) -> Path:
    """``suggested_name`` in the user's Documents folder (home when there is none)."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    return Path(folder) / with_pdf_suffix(Path(suggested_name or "document")).name
