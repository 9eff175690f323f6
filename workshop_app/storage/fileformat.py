"""What a programme file looks like from the outside, checked from its header without opening SQLite.

Reading the 100-byte header first means a foreign, truncated or newer file is refused before any library gets
a chance to write to it, so it stays byte-for-byte as it was. The header refuses only what SQLite itself could
not open, or what is foreign or newer: a file with a pending write-ahead log is judged after SQLite has
recovered it (see :mod:`workshop_app.storage.wal`), because its header may lag behind its content (a
migration or a disk-full checkpoint that never finished).
"""

import struct
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError

FILE_SUFFIX = ".workshop"
APPLICATION_ID = 0x574B5348  # "WKSH"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

# Alembic revision -> file format number written to PRAGMA user_version by that revision.
REVISIONS: dict[str, int] = {"0001": 1, "0002": 2, "0003": 3, "0004": 4, "0005": 5, "0006": 6, "0007": 7, "0008": 8}
HEAD_FORMAT = max(REVISIONS.values())


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    application_id: int
    user_version: int
    file_size: int


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def wal_pending(path: Path) -> bool:
    """True when a write-ahead log with content lies beside ``path``: SQLite will replay it when opening."""
    try:
        return wal_path(path).stat().st_size > 0
    except OSError:
        return False


def read_header(path: Path) -> Header:
    """The header of ``path``; raises FileOpenError (kind says why) for anything that is not one of ours.

    The size check is skipped when a write-ahead log is pending: the log may hold the pages the header
    counts (a checkpoint cut short by a full disk), and SQLite's recovery is the judge of that.
    """
    if not path.exists():
        raise FileOpenError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The file {path} does not exist (any more)."),
            kind="missing",
            path=str(path),
        )
    if not path.is_file():
        raise FileOpenError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "{path} is a folder or a device, not a programme file."),
            kind="not_a_file",
            path=str(path),
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
        file_size = path.stat().st_size
    except OSError as error:
        raise FileOpenError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The file {path} cannot be read: {reason}."),
            kind="unreadable",
            path=str(path),
            reason=error.strerror or str(error),
        ) from error
    if len(raw) < HEADER_SIZE or not raw.startswith(SQLITE_MAGIC):
        raise FileOpenError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "{path} is not a Workshop App programme file (it is not a database at all).",
            ),
            kind="not_sqlite",
            path=str(path),
        )
    (page_size_raw,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size_raw == 1 else page_size_raw
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    (user_version,) = struct.unpack(">I", raw[60:64])
    (application_id,) = struct.unpack(">I", raw[68:72])
    if application_id != APPLICATION_ID:
        raise FileOpenError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "{path} is a database of another application, not a Workshop App programme file.",
            ),
            kind="foreign",
            path=str(path),
        )
    if valid_for != change_counter:
        page_count = 0  # the in-header size is stale (written by an old SQLite); do not judge by it
    # With a pending log, SQLite's recovery judges the size (the log may hold the missing pages).
    short = not wal_pending(path) and ((page_count and file_size < page_count * page_size) or file_size % page_size)
    if page_size < 512 or page_size & (page_size - 1) or short:
        raise FileOpenError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "The programme file {path} is damaged (it is shorter than it should be). Open a backup copy instead.",
            ),
            kind="corrupt",
            path=str(path),
        )
    return Header(page_size, page_count, application_id, user_version, file_size)


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A ``file:`` URI for ``path``; quoted, so names with ``#``, ``?`` or ``%`` open the right file."""
    params = []
    if read_only:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    query = ("?" + "&".join(params)) if params else ""
    return f"file:{quote(str(path.resolve()))}{query}"
