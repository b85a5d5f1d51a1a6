"""Writing a PDF to disk so that a failure never leaves half a file under the wanted name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lijiabu_desk.services.errors import ServiceError


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it over ``path`` (a full
    disk or a pulled USB stick keeps the old file intact).

    Raises OSError (PermissionError when, on Windows, a PDF reader holds the old file open)."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_pdf(pdf: bytes, target: Path) -> Path:
    """Write ``pdf`` to ``target`` (``.pdf`` added when missing); a failure is a ServiceError."""
    path = with_pdf_suffix(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, pdf)
    except PermissionError as exc:
        raise ServiceError(
            f"无法写入 {path}：文件可能正在被其他程序（如 PDF 阅读器）打开，请关闭后再试。"
        ) from exc
    except OSError as exc:
        raise ServiceError(f"无法写入 {path}（{exc.strerror or exc}）。") from exc
    return path
