"""Errors that services raise and that every caller can show to a user as they are.

A service never lets a database or Python error reach the screen: it raises one of these, whose
``message`` is a whole Chinese sentence. ``field`` names the form field at fault so that a form can
mark it and keep what the user typed.
"""

from __future__ import annotations

from lijiabu_desk.db.errors import StorageError

__all__ = [
    "NotFoundError",
    "SaveFailedError",
    "ServiceError",
    "StorageError",
    "ValidationError",
]


class ServiceError(Exception):
    """Base of every error a user may see. ``str(err)`` is the message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Input that cannot be accepted. ``field`` is the code name of the field at fault, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ServiceError):
    """A record that was asked for does not exist (or was retired)."""


class SaveFailedError(ServiceError):
    """The database refused a save (disk full, I/O error, busy); nothing of it was written."""
