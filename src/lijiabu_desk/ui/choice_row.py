"""A row of radio buttons over code values, for a choice of a few taken with one click."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QSizePolicy, QWidget


class Choices(QWidget):
    """A row of radio buttons over code values: one click, or the arrow keys."""

    def __init__(self, name: str, labels: dict[Enum, str]) -> None:
        super().__init__(objectName=name)
        self.group = QButtonGroup(self)
        self.values: list[Enum] = list(labels)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for index, (value, label) in enumerate(labels.items()):
            button = QRadioButton(label, objectName=f"{name}_{value}")
            self.group.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def value(self) -> Enum | None:
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def set_value(self, value: Enum | None) -> None:
        if value in self.values:
            self.group.button(self.values.index(value)).setChecked(True)
            return
        checked = self.group.checkedButton()
        if checked is not None:  # none checked: the exclusive group must let go first
            self.group.setExclusive(False)
            checked.setChecked(False)
            self.group.setExclusive(True)
