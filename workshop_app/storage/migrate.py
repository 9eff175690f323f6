"""Alembic migrations of programme files, run in-process, and the backup copy written before them."""

import contextlib
import errno
import hashlib
import os
import re
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine

from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError
from workshop_app.paths import backup_dir
from workshop_app.storage.connection import sqlite_uri
from workshop_app.storage.fileformat import FILE_SUFFIX

KEEP_BACKUPS = 5
PART_SUFFIX = ".part"
SCRIPT_LOCATION = "workshop_app.storage:migrations"


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema (a file's or a server database's) to the newest revision in one transaction (SQLite and
    PostgreSQL both have transactional DDL).

    Foreign keys are off while migrating: a batch migration rebuilds a table by dropping the old copy, and
    with them on that drop would cascade into every child table. They are checked before committing.
    """
    from alembic import command  # imported here: only opening an older file or creating a new one needs it
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if engine.dialect.name != "sqlite":
        with engine.connect() as conn, conn.begin():
            upgrade_on(conn)
        return
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")  # must be set outside a transaction to take effect
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                    raise RuntimeError("the migration left references to missing records")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def upgrade_on(conn: Connection) -> None:
    """Run every pending revision inside the transaction under way on ``conn`` (PostgreSQL: transactional DDL,
    and foreign keys are checked as each statement runs, so nothing needs switching off)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
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
    """A consistent copy (SQLite's online backup) of ``path`` before it is migrated; keeps the newest few.

    The copy is written under a temporary name and renamed when complete, so a copy cut short (full disk,
    killed app) never passes for a backup nor counts toward the ones kept. Any failure is a FileOpenError
    that says where and why; the programme file itself is not touched.
    """
    folder = folder or backup_dir()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    prefix = _backup_prefix(path)
    target = folder / f"{prefix}.format{file_format}.{stamp}{FILE_SUFFIX}"
    partial = folder / f".{prefix}.{uuid.uuid4().hex}{PART_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_partials(folder, prefix)
        # Read-write (the lock is held): closing it then removes the -wal and -shm it needed, whatever happens.
        source = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if (isinstance(error, OSError) and error.errno == errno.ENOSPC) or "full" in str(error):
            raise FileOpenError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "{path} was made by an older Workshop App and must be updated, but first a backup copy must be "
                    "written to {folder}, and the disk there is full. Nothing was changed. Free some space there, "
                    "then open the file again.",
                ),
                kind="backup_failed",
                path=str(path),
                folder=str(folder),
            ) from error
        raise FileOpenError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "{path} was made by an older Workshop App and must be updated, but first a backup copy must be "
                "written to {folder}, and that failed: {reason}. Nothing was changed. Make the folder writable, "
                "then open the file again.",
            ),
            kind="backup_failed",
            path=str(path),
            folder=str(folder),
            reason=(error.strerror if isinstance(error, OSError) else None) or str(error),
        ) from error
    with contextlib.suppress(OSError):
        _prune(folder, prefix)
    return target


def _remove_partials(folder: Path, prefix: str) -> None:
    """Copies of this file cut short earlier (its lock is held, so none is being written now)."""
    mine = re.compile(r"\." + re.escape(prefix) + r"\.[0-9a-f]{32}" + re.escape(PART_SUFFIX) + r"(-journal)?")
    for leftover in folder.iterdir():
        if mine.fullmatch(leftover.name):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _backup_prefix(path: Path) -> str:
    """The file's name plus a tag of its folder, so two ``plan.workshop`` files never share backups."""
    tag = hashlib.sha256(str(path.resolve().parent).encode("utf-8")).hexdigest()[:8]
    return f"{path.stem}.{tag}"


def backups_of(path: Path, folder: Path | None = None) -> list[Path]:
    """The backup copies of ``path``, newest first."""
    folder = folder or backup_dir()
    if not folder.is_dir():
        return []
    return _copies(folder, _backup_prefix(path))


def _copies(folder: Path, prefix: str) -> list[Path]:
    mine = re.compile(re.escape(prefix) + r"\.format\d+\.\d{8}T\d{12}Z" + re.escape(FILE_SUFFIX))
    copies = [p for p in folder.iterdir() if mine.fullmatch(p.name)]
    return sorted(copies, key=lambda p: p.name.split(".")[-2], reverse=True)


def _prune(folder: Path, prefix: str) -> None:
    for old in _copies(folder, prefix)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
