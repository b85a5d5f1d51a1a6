"""The photos of a boundary agreement on its form: captions, a file added with its caption,
one taken off; a photo whose bytes changed since it was attached says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lijiabu_desk.services.boundary.photos import attach_photo, list_photos, remove_photo
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ServiceError

PHOTO_ID = Qt.ItemDataRole.UserRole


class PhotoList(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement_id: int | None = None
        self.list = QListWidget(objectName="photos")
        self.list.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add a photo…"), objectName="add_photo")
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button = QPushButton(self.tr("Take off"), objectName="remove_photo")
        self.remove_button.clicked.connect(self.remove)
        self.note = QLabel(objectName="photo_note", wordWrap=True)
        self.note.setStyleSheet("color: #666;")
        # (folder) → a chosen file, "" for none; tests answer it themselves.
        self.choose_file: Callable[[str], str] = self._ask_file
        self.ask_caption: Callable[[str], str | None] = self._ask_caption
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.show_agreement(None)

    def show_agreement(self, agreement_id: int | None) -> None:
        self.agreement_id = agreement_id
        self.list.clear()
        saved = agreement_id is not None
        self.add_button.setEnabled(saved)
        self.remove_button.setEnabled(saved)
        self.note.setText("" if saved else self.tr("Save the draft first, then add photos."))
        if agreement_id is None:
            return
        try:
            photos = list_photos(self.ctx, agreement_id)
        except ServiceError as exc:
            self.note.setText(exc.message)
            return
        for photo in photos:
            text = photo.caption if photo.intact else self.tr("%1 (damaged: the file changed)")
            item = QListWidgetItem(text.replace("%1", photo.caption))
            item.setData(PHOTO_ID, photo.id)
            if not photo.intact:
                item.setForeground(Qt.GlobalColor.red)
            self.list.addItem(item)

    def _ask_file(self, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a photo"), folder, self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        return path

    def _ask_caption(self, suggested: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Caption"), self.tr("What the photo shows:"), text=suggested
        )
        return text if ok else None

    def add(self) -> None:
        if self.agreement_id is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path = self.choose_file(folder or str(Path.home()))
        if not path:
            return
        caption = self.ask_caption(Path(path).stem)
        if caption is None:
            return
        try:
            attach_photo(self.ctx, self.agreement_id, Path(path), caption)
        except ServiceError as exc:
            self.note.setText(exc.message)
            return
        self.show_agreement(self.agreement_id)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            remove_photo(self.ctx, item.data(PHOTO_ID))
        except ServiceError as exc:
            self.note.setText(exc.message)
            return
        self.show_agreement(self.agreement_id)
