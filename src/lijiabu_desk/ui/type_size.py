"""Type size (字号) for elderly eyes: normal, large and extra large, remembered per account.

The size is one factor on the application's own font, so every widget that does not set a font
of its own follows at once, without a restart. Widgets that set a larger font of their own (the
navigation bar, headings) keep their proportion: their fonts are scaled by the same change.
The base size is the one the application had before the first change, kept on the application
object so that changing back and forth never drifts.
"""

from __future__ import annotations

from enum import Enum
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

_BASE = "lijiabuBasePointSize"
_FACTOR = "lijiabuTypeFactor"


class TypeSize(Enum):
    NORMAL = "normal"
    LARGE = "large"
    EXTRA_LARGE = "extra_large"

    @property
    def factor(self) -> float:
        return FACTORS[self]

    @property
    def label(self) -> str:
        labels = {
            TypeSize.NORMAL: QCoreApplication.translate("TypeSize", "Normal"),
            TypeSize.LARGE: QCoreApplication.translate("TypeSize", "Large"),
            TypeSize.EXTRA_LARGE: QCoreApplication.translate("TypeSize", "Extra large"),
        }
        return labels[self]


FACTORS = {TypeSize.NORMAL: 1.0, TypeSize.LARGE: 1.25, TypeSize.EXTRA_LARGE: 1.5}


def _key(username: str) -> str:
    # A user name may hold "/" (a settings group separator) or Chinese: keep the key plain.
    return f"type_size/{quote(username, safe='')}"


def saved_type_size(username: str) -> TypeSize:
    """The size this account chose last time; normal when it never chose one."""
    value = QSettings().value(_key(username), TypeSize.NORMAL.value)
    try:
        return TypeSize(str(value))
    except ValueError:
        return TypeSize.NORMAL


def save_type_size(username: str, size: TypeSize) -> None:
    QSettings().setValue(_key(username), size.value)


def current_factor(app: QApplication) -> float:
    factor = app.property(_FACTOR)
    return float(factor) if factor is not None else 1.0


def base_point_size(app: QApplication) -> float:
    """The application's point size before any type size was applied."""
    base = app.property(_BASE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE, base)
    return float(base)


def apply_type_size(size: TypeSize, app: QApplication | None = None) -> None:
    """Scale the whole interface's text to ``size``; open windows follow at once."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return
    old, new = current_factor(app), size.factor
    base = base_point_size(app)
    if old == new and app.font().pointSizeF() == base * new:
        return
    font = QFont(app.font())
    font.setPointSizeF(base * new)
    app.setFont(font)
    app.setProperty(_FACTOR, new)
    for widget in app.allWidgets():
        # A font set on the widget itself does not follow the application's: scale it too.
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            own = QFont(widget.font())
            if own.pointSizeF() > 0:
                own.setPointSizeF(own.pointSizeF() * new / old)
                widget.setFont(own)


def heading_font(font: QFont, scale: float) -> QFont:
    """A bold heading ``scale`` times the text around it, so it grows with the type size."""
    heading = QFont(font)
    heading.setPointSizeF(font.pointSizeF() * scale)
    heading.setBold(True)
    return heading


def apply_saved_type_size(username: str) -> TypeSize:
    """At login: the account's own size."""
    size = saved_type_size(username)
    apply_type_size(size)
    return size
