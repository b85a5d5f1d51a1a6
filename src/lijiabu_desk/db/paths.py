"""Where the database and its backups live by default (the user's data folder)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from lijiabu_desk import APP_AUTHOR, APP_NAME

DB_FILENAME = "lijiabu-desk.sqlite3"


def default_db_path() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR) / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit in a folder beside the database file they copy."""
    db_path = Path(db_path)
    return db_path.parent / "backups" / db_path.stem
