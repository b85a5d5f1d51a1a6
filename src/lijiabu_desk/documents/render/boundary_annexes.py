"""The annexes of the 地界协议书: 附图：地界示意图 on a page of its own, 附件：现场照片 two a page.

The sketch takes the whole page under its heading, less a line for each party to confirm it.
It is drawn by :func:`draw_boundary_sketch`, which picks the most detailed standard scale at
which the measurements fit that box and prints that scale: nothing here scales the drawing.

A photo keeps its aspect ratio inside a box the width of the page and half its height, with its
caption under it. Phones store the camera's orientation in EXIF and ReportLab ignores it, so a
turned photo is turned upright first (and re-encoded as JPEG); an upright JPEG or PNG goes into
the PDF as it is. A file that cannot be read prints a framed notice instead of the photo, so
one bad attachment never stops the agreement from printing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak, Spacer

from lijiabu_desk.documents.boundary_data import BoundaryAgreementData, BoundaryPhoto
from lijiabu_desk.documents.data import Signatory
from lijiabu_desk.documents.fonts import FontSet
from lijiabu_desk.documents.render.blocks import heading
from lijiabu_desk.documents.render.boundary_sketch import BoundarySketchFlowable
from lijiabu_desk.documents.render.layout import (
    MARGIN_BOTTOM_MM,
    MARGIN_TOP_MM,
    PAGE_HEIGHT,
    draw_runs,
)
from lijiabu_desk.documents.render.signatures import signature_rows
from lijiabu_desk.documents.render.text import BODY_SIZE, Styles, para
from lijiabu_desk.documents.sketch import SketchDrawing

__all__ = ["photo_annex", "sketch_annex"]

SKETCH_HEADING = "附图：地界示意图"
PHOTO_HEADING = "附件：现场照片"
FRAME_HEIGHT = PAGE_HEIGHT - (MARGIN_TOP_MM + MARGIN_BOTTOM_MM) * mm
HEADING_ROOM_MM = 12.0  # the annex heading with its space after
PHOTOS_PER_PAGE = 2
PHOTO_SLOT = (FRAME_HEIGHT - HEADING_ROOM_MM * mm) / PHOTOS_PER_PAGE
CAPTION_GAP_MM = 2.0  # between a photo and its caption
SLOT_GAP_MM = 6.0  # under the caption, before the next photo
PHOTO_BORDER = 0.5
NOTICE_GREY = Color(0.4, 0.4, 0.4)
JPEG_QUALITY = 90
CONFIRM_GAP_MM = 4.0  # between the sketch's caption and the parties' confirmation lines


class _PageSketch(BoundarySketchFlowable):
    """The sketch filling what is left of the page above ``below`` (the confirmation lines)."""

    def __init__(self, drawing: SketchDrawing, fonts: FontSet, below: Sequence[Flowable]) -> None:
        super().__init__(drawing, fonts)
        self.below = below

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        under = sum(f.wrap(availWidth, availHeight)[1] for f in self.below)
        self.width = availWidth
        self.height = max(self.min_height, availHeight - under - 1)
        return self.width, self.height


def sketch_annex(data: BoundaryAgreementData, styles: Styles) -> list[Flowable]:
    """A new page: the heading, the sketch, and a line for each party to confirm it."""
    if data.sketch is None:
        return []
    confirm = signature_rows(
        [Signatory(f"{p.side}确认", p.name, False) for p in data.printed_parties], styles
    )
    below = [Spacer(1, CONFIRM_GAP_MM * mm), *confirm]
    sketch = _PageSketch(data.sketch, styles.fonts, below)
    return [PageBreak(), heading(SKETCH_HEADING, styles), sketch, *below]


def _readable(image: bytes) -> tuple[ImageReader, int, int] | None:
    """The image upright, ready for ReportLab, with its size in pixels; None if unreadable."""
    try:
        with Image.open(io.BytesIO(image)) as opened:
            opened.load()
            turned = opened.getexif().get(0x0112, 1) not in (1, None)  # EXIF Orientation
            if not turned and opened.format in ("JPEG", "PNG"):
                return ImageReader(io.BytesIO(image)), opened.width, opened.height
            upright = ImageOps.exif_transpose(opened).convert("RGB")
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=JPEG_QUALITY)
    out.seek(0)
    return ImageReader(out), upright.width, upright.height


class PhotoSlot(Flowable):
    """One photo, fitted into the page's width and ``height`` less its caption, caption under."""

    def __init__(self, photo: BoundaryPhoto, number: int, styles: Styles, height: float) -> None:
        super().__init__()
        self.photo = photo
        self.fonts = styles.fonts
        words = f"照片{number}：{photo.caption.strip()}"
        if photo.taken_on.strip():
            words += f"（{photo.taken_on.strip()}拍摄）"
        style = ParagraphStyle("photo_caption", parent=styles.plain, alignment=TA_CENTER)
        self.caption = para(words, style, styles.fonts)
        self.slot_height = height
        self.image = _readable(photo.image)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        _, self.caption_height = self.caption.wrap(availWidth, availHeight)
        self.height = min(self.slot_height, availHeight)
        return self.width, self.height

    def _box(self) -> tuple[float, float]:
        """Room for the picture: the slot less the caption and the gaps."""
        room = self.height - self.caption_height - (CAPTION_GAP_MM + SLOT_GAP_MM) * mm
        return self.width, max(room, 10 * mm)

    def draw(self) -> None:
        canvas = self.canv
        box_w, box_h = self._box()
        top = self.height
        if self.image is None:
            w, h = box_w, box_h / 2
            x, y = 0.0, top - h
            canvas.saveState()
            canvas.setDash(3, 2)
            canvas.setStrokeColor(NOTICE_GREY)
            canvas.rect(x, y, w, h)
            canvas.setFillColor(NOTICE_GREY)
            notice = "（照片文件无法读取，请核对原件）"
            draw_runs(canvas, w / 2, y + h / 2, notice, self.fonts, BODY_SIZE, "centre")
            canvas.restoreState()
        else:
            reader, px_w, px_h = self.image
            ratio = min(box_w / px_w, box_h / px_h)
            w, h = px_w * ratio, px_h * ratio
            x, y = (box_w - w) / 2, top - h
            canvas.drawImage(reader, x, y, w, h, mask="auto")
            canvas.saveState()
            canvas.setLineWidth(PHOTO_BORDER)
            canvas.rect(x, y, w, h)
            canvas.restoreState()
        caption_top = y - CAPTION_GAP_MM * mm
        self.caption.drawOn(canvas, 0, caption_top - self.caption_height)


def photo_annex(photos: Sequence[BoundaryPhoto], styles: Styles) -> list[Flowable]:
    """附件：现场照片, two photos a page, numbered 照片1, 照片2 … with their captions."""
    story: list[Flowable] = []
    for start in range(0, len(photos), PHOTOS_PER_PAGE):
        title = PHOTO_HEADING if start == 0 else f"{PHOTO_HEADING}（续）"
        story += [PageBreak(), heading(title, styles)]
        for number in range(start, min(start + PHOTOS_PER_PAGE, len(photos))):
            story.append(PhotoSlot(photos[number], number + 1, styles, PHOTO_SLOT))
    return story
