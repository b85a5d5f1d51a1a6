"""How every picker shows a person and asks before picking one who is no longer here.

The rule itself (who counts as no longer here, the sentence asked) is the service's:
``services.register.standing``. This module only shows it: one line per person with the village
and 社 and, for someone who moved away, died or was retired, that word in grey; and a question
whose default answer is No.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QTableWidgetItem, QWidget

from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.labels import SEX_LABELS
from lijiabu_desk.services.register.people_list import PersonListRow
from lijiabu_desk.services.register.standing import AS_PARTY, is_here, person_status_warning

#: Grey for someone no longer here: still readable (contrast 5.7:1 on white), plainly not black.
GONE_COLOUR = QColor("#666666")
SEPARATOR = " · "


def person_line(row: PersonListRow, *, numbers: bool = True) -> str:
    """One line, e.g. 王秀英 · 女 · 1952年生 · 河湾村三社 · 已迁出 · 621***********1248."""
    born = ""
    if row.birth_year is not None:
        born = QCoreApplication.translate("PersonLine", "born %1").replace(
            "%1", str(row.birth_year)
        )
    parts = [row.name, SEX_LABELS.get(row.sex, "") if row.sex else "", born, row.place]
    parts.append(row.standing_word)
    if numbers:
        parts += [row.masked_id, row.masked_phone]
    return SEPARATOR.join(p for p in parts if p)


def mark_standing(item: QListWidgetItem | QTableWidgetItem, row: PersonListRow) -> None:
    """Grey for someone who moved away, died or was retired (the word is in the text too)."""
    if not is_here(row.standing):
        item.setForeground(QBrush(GONE_COLOUR))


def confirm_person(
    parent: QWidget | None, ctx: ServiceContext, person_id: int, purpose: str = AS_PARTY
) -> bool:
    """True when ``person_id`` may be picked: a resident or an outsider at once; anyone else
    only when the officer answers Yes to the service's question (No is the default, so Enter
    does not pick them). Raises ServiceError when the person cannot be found."""
    warning = person_status_warning(ctx, person_id, purpose)
    if warning is None:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PersonCheck", "No longer in the register"),
        warning,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
