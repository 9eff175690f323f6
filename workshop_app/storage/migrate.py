"""Alembic migrations of programme files, run in-process, and the backup copy written before them."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from workshop_app.paths import backup_dir
from workshop_app.storage.fileformat import FILE_SUFFIX

KEEP_BACKUPS = 5
SCRIPT_LOCATION = "workshop_app.storage:migrations"


def upgrade_to_head(engine: Engine) -> None:
    """Bring the file's schema to the newest revision in one transaction (SQLite has transactional DDL)."""
    from alembic import command  # imported here: only opening an older file or creating a new one needs it
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def write_backup(path: Path, file_format: int, *, folder: Path | None = None) -> Path:
    """A consistent copy (SQLite's online backup) of ``path`` before it is migrated; keeps the newest few."""
    folder = folder or backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}.format{file_format}.{stamp}{FILE_SUFFIX}"
    source = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    _prune(folder, path.stem)
    return target


def _prune(folder: Path, stem: str) -> None:
    copies = sorted(folder.glob(f"{stem}.format*{FILE_SUFFIX}"), key=lambda p: p.name.split(".")[-2], reverse=True)
    for old in copies[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
