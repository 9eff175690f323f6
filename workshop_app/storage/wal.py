"""Judging a pending write-ahead log before SQLite replays it into a programme file.

SQLite replays whatever ``-wal`` file lies beside a database, even one copied from another programme or left
from an earlier session of the same file (restored from a backup tool, say); the mix then becomes permanent at
the next checkpoint. Before opening, the file and its log are therefore copied to a private folder, SQLite
recovers the copy, and the result is judged there, so the original stays byte-for-byte as it was whatever the
verdict.

Which log belongs to which file is told by a *lineage*: whenever the store starts a new log (after opening, and
after each checkpoint that empties the log), its first transaction writes a fresh token to ``app_meta`` together
with the token the file itself held then (``wal_parent``). A log belongs to the file when, after replaying it,
the token is still the file's own (the log never touched it) or its parent is the file's token.
"""

import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError
from workshop_app.storage.fileformat import sqlite_uri, wal_path, wal_pending

LINEAGE = "wal_lineage"
PARENT = "wal_parent"


@dataclass(frozen=True)
class Recovered:
    """What a file looks like once SQLite has replayed its pending log (into a copy)."""

    user_version: int
    sound: bool
    problems: tuple[str, ...]


@dataclass(frozen=True)
class _Facts:
    programme_ids: tuple[str, ...]
    lineage: str | None
    parent: str | None

    @property
    def token(self) -> str:
        """The file's lineage token; a file that never had one (made by an older app) is known by its
        programme's id, so a log from another programme never matches it either."""
        return self.lineage or (self.programme_ids[0] if self.programme_ids else "")


def new_lineage_statements(parent: str) -> list[tuple[str, dict[str, str | None]]]:
    """The statements that start a new log's lineage on top of a file whose token is ``parent``."""
    upsert = "INSERT INTO app_meta (key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    return [(upsert, {"k": LINEAGE, "v": uuid.uuid4().hex}), (upsert, {"k": PARENT, "v": parent})]


def judge_pending_log(path: Path) -> Recovered | None:
    """None when no log is pending; else the recovered file's facts. Raises FileOpenError ``foreign_wal``
    when the log belongs to another file or an earlier session of this one; nothing beside ``path`` changes."""
    if not wal_pending(path):
        return None
    try:
        with tempfile.TemporaryDirectory(prefix="workshop-recover-") as folder:
            copy = Path(folder) / "copy.workshop"
            shutil.copyfile(path, copy)
            own = _facts(copy, immutable=True)
            alone_sound = _integrity(copy, immutable=True) == ("ok",)
            shutil.copyfile(wal_path(path), wal_path(copy))
            recovered = _recover(copy)
            after = _facts(copy, immutable=False)
    except OSError:
        return None  # no room for a copy: SQLite's own recovery at opening is all that can be done
    # A log that damages a sound file does not fit it (pages from another file or an earlier session).
    if not _belongs(own, after) or (alone_sound and not recovered.sound):
        raise FileOpenError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "The programme file {path} has a write-ahead log ({wal}) beside it that does not belong to it: it "
                "was copied from another programme or left from an earlier session. Nothing was changed. Move "
                "{wal} out of the folder (keep it, it may hold someone's work) and open the file again.",
            ),
            kind="foreign_wal",
            path=str(path),
            wal=str(wal_path(path)),
        )
    return recovered


def _belongs(own: _Facts | None, after: _Facts | None) -> bool:
    if own is None or after is None:
        return True  # the copy could not be read either way; the integrity verdict speaks for it
    if own.programme_ids and after.programme_ids and own.programme_ids != after.programme_ids:
        return False
    if after.lineage == own.lineage:
        return True  # the log never touched the token (or both predate lineages)
    return after.parent is not None and after.parent == own.token


def _facts(copy: Path, *, immutable: bool) -> _Facts | None:
    try:
        conn = sqlite3.connect(sqlite_uri(copy, read_only=immutable, immutable=immutable), uri=True)
    except sqlite3.Error:
        return None
    try:
        ids = tuple(_hex(row[0]) for row in conn.execute("SELECT id FROM programme ORDER BY id"))
        meta = dict(conn.execute("SELECT key, value FROM app_meta WHERE key IN (?, ?)", (LINEAGE, PARENT)).fetchall())
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return _Facts(ids, meta.get(LINEAGE), meta.get(PARENT))


def _integrity(copy: Path, *, immutable: bool) -> tuple[str, ...]:
    try:
        conn = sqlite3.connect(sqlite_uri(copy, read_only=immutable, immutable=immutable), uri=True)
    except sqlite3.Error as error:
        return (str(error),)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        return tuple(str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall())
    except sqlite3.Error as error:
        return (str(error),)
    finally:
        conn.close()


def _recover(copy: Path) -> Recovered:
    """Let SQLite replay the log into the copy and check every page of the result."""
    try:
        conn = sqlite3.connect(copy)
    except sqlite3.Error as error:
        return Recovered(0, False, (str(error),))
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        problems = tuple(str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall())
        (user_version,) = conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error as error:
        return Recovered(0, False, (str(error),))
    finally:
        conn.close()
    return Recovered(int(user_version), problems == ("ok",), problems)


def _hex(value: object) -> str:
    """A programme id as the store writes it into a lineage (32 hex digits), whatever its stored form."""
    try:
        return uuid.UUID(hex=str(value)).hex
    except ValueError:
        return str(value)
