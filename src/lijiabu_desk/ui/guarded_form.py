"""A form dialog that asks before throwing away what the user typed.

Esc, Cancel and the window's close button all ask when the form differs from what was loaded
or last saved. Strings use the "GuardedFormDialog" translation context explicitly, so they do
not depend on the subclass's name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


class GuardedFormDialog(QDialog):
    _clean_state: Any = None

    def current_input(self) -> Any:
        raise NotImplementedError

    def mark_clean(self, state: Any = None) -> None:
        """What the form holds now (or ``state``) counts as saved."""
        self._clean_state = self.current_input() if state is None else state

    def has_unsaved_changes(self) -> bool:
        self.commit_open_edits()
        return self.current_input() != self._clean_state

    def commit_open_edits(self) -> None:
        """A table cell still being typed in (Ctrl+S pressed before Enter) keeps its text in
        the editor until the editor loses focus; take the focus away so the text is kept."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("GuardedFormDialog", "Unsaved changes"),
            QCoreApplication.translate(
                "GuardedFormDialog", "What you typed here has not been saved. Close without saving?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:  # Esc and Cancel
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        done = self.result() == QDialog.DialogCode.Accepted
        if done or not self.has_unsaved_changes() or self.confirm_discard():
            event.accept()
        else:
            event.ignore()
