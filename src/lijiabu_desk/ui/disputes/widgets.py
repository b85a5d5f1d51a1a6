"""Field widgets the dispute forms share: labelled choices, multi-line text, officer lists."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError
from lijiabu_desk.services.officers import OFFICER_ROLE_LABELS, list_officers


def line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(objectName=name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def date_line(name: str) -> QLineEdit:
    return line(name, QCoreApplication.translate("DisputeForms", "e.g. 20261128"))


def time_line(name: str) -> QLineEdit:
    edit = line(name, QCoreApplication.translate("DisputeForms", "e.g. 14:30"))
    # Room for the example and a little more, at the type size the form opens with.
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
    return edit


def text_box(name: str, lines: int = 4) -> QPlainTextEdit:
    """Multi-line text where Tab moves on (Enter starts a new line, as on paper)."""
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class ValueCombo(QComboBox):
    """A combo whose item data comes back as the value put in.

    Qt stores a ``StrEnum`` as a plain string, so ``currentData()`` would hand back "village"
    where the services compare with ``PlaceKind.VILLAGE`` by identity; this combo maps it back.
    """

    def __init__(self, name: str = "") -> None:
        super().__init__(objectName=name)
        self._originals: dict[str, Enum] = {}

    def addItem(self, text: str, userData: Any = None) -> None:  # noqa: N802, N803 (Qt API)
        if isinstance(userData, Enum) and isinstance(userData, str):
            self._originals[str(userData.value)] = userData
        super().addItem(text, userData)

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:  # noqa: N802 (Qt API)
        raw = super().currentData(role)
        return self._originals.get(raw, raw) if isinstance(raw, str) else raw


def choice(name: str, labels: Mapping[Any, str], *, empty: str | None = None) -> QComboBox:
    """A combo over code values shown by their Chinese label; ``empty`` adds a "none" first."""
    combo = ValueCombo(name)
    if empty is not None:
        combo.addItem(empty, None)
    for value, label in labels.items():
        combo.addItem(label, value)
    return combo


def select_value(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def officer_choice(ctx: ServiceContext, name: str, *, empty: str | None = None) -> QComboBox:
    """Active officers as "李振华（民警 062418）"; the data is the officer's id."""
    combo = QComboBox(objectName=name)
    if empty is not None:
        combo.addItem(empty, None)
    try:
        officers = list_officers(ctx)
    except ServiceError:
        officers = []
    for officer in officers:
        badge = f" {officer.badge_no}" if officer.badge_no else ""
        combo.addItem(f"{officer.name}（{OFFICER_ROLE_LABELS[officer.role]}{badge}）", officer.id)
    return combo


def officer_name(combo: QComboBox) -> str:
    """The chosen officer's name without the role and badge shown beside it."""
    return combo.currentText().split("（")[0] if combo.currentData() is not None else ""
