"""Writing a PDF to disk so that a failure never leaves half a file under the wanted name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lijiabu_desk.services.errors import ServiceError


def write_pdf(pdf: bytes, target: Path) -> Path:
    """Write ``pdf`` to ``target`` (``.pdf`` added when missing) through a temporary file."""
    path = target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".lijiabu-", suffix=".pdf", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pdf)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except PermissionError as exc:
        raise ServiceError(
            f"无法写入 {path}：文件可能正在被其他程序（如 PDF 阅读器）打开，请关闭后再试。"
        ) from exc
    except OSError as exc:
        raise ServiceError(f"无法写入 {path}（{exc.strerror or exc}）。") from exc
    return path
