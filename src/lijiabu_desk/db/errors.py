"""Errors of the storage layer. Messages are plain Chinese sentences for the user."""

from __future__ import annotations


class StorageError(Exception):
    """A problem with the database file itself. ``str(err)`` is the message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SchemaTooNewError(StorageError):
    """The file was written by a newer version of the app; it is left untouched."""


class BackupVerificationError(StorageError):
    """A backup copy was made but does not pass its checks; it must not be trusted."""


class MigrationError(StorageError):
    """Bringing the file up to date failed; the backup taken before it is named."""
