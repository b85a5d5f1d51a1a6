"""Saving the previewed PDF: where the save dialog starts, and a write that never leaves half a
file under the chosen name (a full disk or a pulled USB stick keeps the old file intact)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from lijiabu_desk.services.printing.output import with_pdf_suffix, write_atomically

__all__ = ["suggested_save_path", "with_pdf_suffix", "write_atomically"]


def suggested_save_path(suggested_name: str) -> Path:
    """``suggested_name`` in the user's Documents folder (home when there is none)."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    return Path(folder) / with_pdf_suffix(Path(suggested_name or "document")).name
