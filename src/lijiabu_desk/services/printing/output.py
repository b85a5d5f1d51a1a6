"""Writing a PDF to disk: whole or not at all, and readable by its owner only
(``db.private_files.write_private``, the one writer every export goes through)."""

from __future__ import annotations

from pathlib import Path

from lijiabu_desk.db.private_files import make_private_dir, reason_for, write_private
from lijiabu_desk.services.errors import ServiceError


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_pdf(pdf: bytes, target: Path) -> Path:
    """Write ``pdf`` to ``target`` (``.pdf`` added when missing; missing folders are created,
    owner-only); a failure is a ServiceError and leaves an older file of that name intact."""
    path = with_pdf_suffix(Path(target))
    try:
        make_private_dir(path.parent)
        write_private(path, pdf)
    except OSError as exc:
        raise ServiceError(f"PDF 没有保存：无法写入 {path}（{reason_for(exc)}）。") from exc
    return path
