"""Photos of the field and its markers, attached to a boundary agreement: copied into the
database (a backup of the one file keeps them), each with the SHA-256 of its bytes so that a
changed or damaged copy is found (``check``, every backup), and printed as the agreement's
annex with their captions."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from lijiabu_desk.models import Attachment, BoundaryAgreement
from lijiabu_desk.services.boundary.entry import load_boundary
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.permissions import Permission
from lijiabu_desk.services.text_rules import column_text

#: A phone photo is 2–8 MB; more is not a photo of a field.
MAX_BYTES = 20 * 1024 * 1024
SIGNATURES = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
OWNER = BoundaryAgreement.__tablename__


@dataclass(frozen=True)
class PhotoRow:
    id: int
    caption: str
    filename: str
    size: int
    intact: bool  # the bytes still match their SHA-256


def _media_type(content: bytes) -> str:
    for signature, media_type in SIGNATURES.items():
        if content.startswith(signature):
            return media_type
    raise ValidationError("只能附加照片（JPG 或 PNG 格式）。", "photo")


def attach_photo(ctx: ServiceContext, agreement_id: int, path: Path, caption: str) -> int:
    """Copy the photo at ``path`` into the database under the agreement; returns its id."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                f"照片太大（超过 {MAX_BYTES // 1024 // 1024} MB），请换一张。", "photo"
            )
        content = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"读不出这个文件：{exc.strerror or exc}。", "photo") from exc
    media_type = _media_type(content)
    words = column_text("attachments", "description", caption.strip())
    # The file name as it is (a name over the column's limit is refused with the limit, never
    # cut): it is how the officer finds the original again.
    name = column_text("attachments", "filename", Path(path).name)
    with ctx.write(Permission.EDIT_RECORDS) as session:
        load_boundary(session, agreement_id)
        photo = Attachment(
            owner_table=OWNER,
            owner_id=agreement_id,
            filename=name,
            media_type=media_type,
            sha256=hashlib.sha256(content).hexdigest(),
            size=len(content),
            content=content,
            description=words or Path(path).stem,
        )
        session.add(photo)
        session.flush()
        return photo.id


def list_photos(ctx: ServiceContext, agreement_id: int) -> list[PhotoRow]:
    with ctx.read() as session:
        found = session.scalars(
            select(Attachment)
            .where(
                Attachment.owner_table == OWNER,
                Attachment.owner_id == agreement_id,
                Attachment.deleted_at.is_(None),
            )
            .order_by(Attachment.id)
        )
        return [
            PhotoRow(
                a.id,
                a.description,
                a.filename,
                a.size,
                hashlib.sha256(a.content).hexdigest() == a.sha256,
            )
            for a in found
        ]


def remove_photo(ctx: ServiceContext, photo_id: int) -> None:
    """Take a photo off the agreement (it stays in the database and the trail)."""
    with ctx.write(Permission.EDIT_RECORDS) as session:
        photo = session.get(Attachment, photo_id)
        if photo is None or photo.deleted_at is not None or photo.owner_table != OWNER:
            raise NotFoundError("找不到这张照片，可能已经移除。")
        photo.deleted_at = ctx.now()
