"""A new programme file is built beside its final name (``.NAME.<random>.part``) and appears under that name
only when whole, never replacing a file that is there: a new programme, a copy for a colleague and a copy
from the server all come into being this way, so a crash or a full disk leaves no half file behind.
"""

import contextlib
import os
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import Engine

from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError
from workshop_app.storage.connection import make_engine
from workshop_app.storage.fileformat import APPLICATION_ID
from workshop_app.storage.migrate import upgrade_to_head


def refuse_existing(target: Path) -> None:
    """A file is never overwritten: one already at ``target`` is refused before anything is built."""
    if target.exists():
        raise FileOpenError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{path} already exists; choose another name."),
            kind="exists",
            path=str(target),
        )


def part_path(target: Path) -> Path:
    """Where the file for ``target`` is built: hidden beside it, so the final move stays on one file system."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")


def empty_programme(building: Path) -> Engine:
    """A new, empty programme file at ``building`` with this app's header and every table at the head
    revision; the caller fills it and disposes of the engine."""
    raw = sqlite3.connect(building)
    try:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        raw.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()
    engine = make_engine(building)
    try:
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def publish(building: Path, target: Path) -> None:
    """Make the finished file durable and give it its name without ever replacing an existing file
    (FileExistsError if one appeared meanwhile)."""
    with building.open("rb+") as handle:
        os.fsync(handle.fileno())
    try:
        os.link(building, target)
    except FileExistsError:
        raise
    except OSError:  # file systems without hard links (FAT on USB sticks)
        if target.exists():
            raise FileExistsError(str(target)) from None
        building.replace(target)


def remove_part(building: Path) -> None:
    """What is left of a build (the file and its log), finished or not."""
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
