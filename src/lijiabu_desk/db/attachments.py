"""Attachments (photos of a field, its markers, a signed page) live inside the database file;
each carries the SHA-256 of its bytes from when it was attached. A file changed since — by a
damaged disk, a copy cut short, or an edit outside the app — no longer matches."""

from __future__ import annotations

import hashlib
import sqlite3


def damaged_attachments(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, file name) of every live attachment whose bytes no longer match their SHA-256.
    Reads one attachment at a time, so a register with many photos needs little memory."""
    damaged = []
    ids = [row[0] for row in conn.execute("SELECT id FROM attachments WHERE deleted_at IS NULL")]
    for attachment_id in ids:
        row = conn.execute(
            "SELECT filename, sha256, content FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            continue
        filename, expected, content = row
        if hashlib.sha256(content or b"").hexdigest() != expected:
            damaged.append((attachment_id, filename))
    return damaged
