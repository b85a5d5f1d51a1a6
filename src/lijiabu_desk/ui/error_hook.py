"""The last safety net of the window: an error nothing foresaw becomes a Chinese sentence.

Without it, an exception in a slot prints a traceback (with any SQL and values in it) to the
console and the officer sees nothing. ``LIJIABU_DEBUG=1`` keeps Python's own report as well.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from lijiabu_desk.services.failures import user_message


def _show(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if os.environ.get("LIJIABU_DEBUG"):
        sys.__excepthook__(kind, exc, tb)
    else:
        print(f"李家堡警务台账：意外错误（{kind.__name__}）", file=sys.stderr)
    if isinstance(exc, KeyboardInterrupt) or QApplication.instance() is None:
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        QApplication.translate("App", "Something went wrong"),
        user_message(exc),
    )


def install_error_hook() -> None:
    """Route uncaught exceptions (in slots too) to a message box instead of a traceback."""
    sys.excepthook = _show
