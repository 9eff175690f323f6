"""An open programme file: its engine, its lock, and the transactions every change runs in."""

import contextlib
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from workshop_app import __version__
from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError, ReadOnlyError, WorkshopError
from workshop_app.operations.changes import ChangeSet, ChangeTracker
from workshop_app.storage.building import empty_programme, part_path, publish, refuse_existing, remove_part
from workshop_app.storage.connection import BEGIN_OPTION, WAL_LIMIT, make_engine, sqlite_uri
from workshop_app.storage.fileformat import (
    FILE_SUFFIX,
    HEAD_FORMAT,
    REVISIONS,
    read_header,
    wal_path,
)
from workshop_app.storage.locking import FileLocks, acquire_lock, held_elsewhere, lock_path, release_lock
from workshop_app.storage.migrate import backups_of, upgrade_to_head, write_backup
from workshop_app.storage.records import schema_additions, unreadable_records
from workshop_app.storage.transactions import TransactionalStore
from workshop_app.storage.wal import LINEAGE, judge_pending_log, new_lineage_statements

META_CREATED_BY = "created_by_version"
META_WRITTEN_BY = "written_by_version"

_log = logging.getLogger(__name__)


class StorageError(WorkshopError):
    """SQLite refused a read or write (disk full, file damaged or taken away while open); ``kind`` says which
    (``disk_full``, ``moved``, ``io``). The store is ready for the next change all the same."""

    def __init__(self, source: str, *, kind: str = "io", **params: object) -> None:
        super().__init__(source, **params)
        self.kind = kind


def _storage_error(error: DBAPIError) -> StorageError:
    """A failed read or write in words a person can act on; a full disk is named as such, with the fact that
    matters most: what was saved before is safe (SQLite rolled the failed change back whole)."""
    reason = str(error.orig)
    if _is_disk_full(error.orig):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "The disk is full, so this change was not saved. Everything saved before it is safe. "
                "Free some space on the disk and make the change again.",
            ),
            reason=reason,
            kind="disk_full",
        )
    return StorageError(
        QT_TRANSLATE_NOOP("WorkshopErrors", "The programme file could not be read or written: {reason}"),
        reason=reason,
    )


def _is_disk_full(error: BaseException | None) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return (
        code == sqlite3.SQLITE_FULL
        or "disk is full" in str(error)
        or (isinstance(error, OSError) and (error.errno == 28))
    )


class ProgrammeStore(TransactionalStore):
    """One open ``.workshop`` file. Create with :meth:`create` or :meth:`open`; close when done. Its
    transactions, snapshots and change sets are :class:`TransactionalStore`'s; this class adds the file:
    its lock, its write-ahead log and lineage, its checks at opening."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        read_only: bool,
        lock: FileLocks | None,
        programme_id: uuid.UUID,
        backup: Path | None,
    ) -> None:
        super().__init__(engine, read_only=read_only, programme_id=programme_id)
        self.path = path
        self.backup = backup
        self._lock = lock
        self._lineage_started = False
        self._lineage_parent: str | None = None  # set when a new log must begin with its lineage token
        self.before_commit_hooks.append(self._begin_lineage)
        stat = path.stat()
        self._identity = (stat.st_dev, stat.st_ino)
        self._wal = wal_path(path)  # looked at after commits (time to fold it?): not rebuilt each time
        self._unlooked_commits = 0  # one-record commits since the log's size was last looked at
        self._damage: FileOpenError | None = None
        self._verifier: sqlite3.Connection | None = None
        self._verified = threading.Event()
        threading.Thread(target=self._verify, name="workshop-verify", daemon=True).start()

    # --- lifecycle ---------------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, initialise: Callable[[Session], None]) -> "ProgrammeStore":
        """A new file at ``path`` (never overwriting one), built beside it and moved into place when whole."""
        path = Path(path).expanduser()
        refuse_existing(path)
        if not path.parent.is_dir():
            raise FileOpenError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "The folder {folder} does not exist."),
                kind="missing",
                folder=str(path.parent),
            )
        building = part_path(path)
        try:
            engine = empty_programme(building)
            try:
                with engine.connect() as conn, Session(bind=conn, expire_on_commit=False) as session:
                    _write_meta(session, created=True)
                    initialise(session)
                    session.commit()
            finally:
                engine.dispose()
            publish(building, path)
        except FileExistsError as error:
            raise FileOpenError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "{path} already exists; choose another name."),
                kind="exists",
                path=str(path),
            ) from error
        except (OSError, sqlite3.Error) as error:
            raise FileOpenError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "The file {path} cannot be created: {reason}."),
                kind="unwritable",
                path=str(path),
                reason=(error.strerror if isinstance(error, OSError) else None) or str(error),
            ) from error
        finally:
            remove_part(building)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, backup_folder: Path | None = None) -> "ProgrammeStore":
        """Open an existing file, migrating an older one after a backup; refuse anything else untouched."""
        path = Path(path).expanduser()
        header = read_header(path)
        writable = not read_only and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        # The lock comes first: no other writer can then add to the log while it is judged.
        lock = acquire_lock(path) if writable else None
        try:
            file_format = _judged_format(path, header.user_version, writable=writable)
            return cls._open_locked(path, file_format, writable=writable, lock=lock, backup_folder=backup_folder)
        except BaseException:
            release_lock(lock, path)
            raise

    @classmethod
    def _open_locked(
        cls, path: Path, file_format: int, *, writable: bool, lock: FileLocks | None, backup_folder: Path | None
    ) -> "ProgrammeStore":
        if file_format > HEAD_FORMAT:
            raise FileOpenError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "{path} was written by a newer Workshop App ({file_app}, file format {file_format}). "
                    "This is Workshop App {app}, which reads file formats up to {format}. "
                    "Update Workshop App to open it.",
                ),
                kind="newer",
                path=str(path),
                file_app=_written_by(path),
                file_format=file_format,
                app=__version__,
                format=HEAD_FORMAT,
            )
        if file_format < 1:
            raise _damaged(path)
        needs_migration = file_format < HEAD_FORMAT
        if needs_migration and not writable:
            raise FileOpenError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "{path} was made by an older Workshop App and must be updated, but it is read-only. "
                    "Copy it to a folder where you can write and open the copy.",
                ),
                kind="read_only_old",
                path=str(path),
            )
        engine: Engine | None = None
        try:
            engine = make_engine(path) if writable else _read_only_engine(path)
            programme_id = _verify_contents(engine, path, file_format)
            backup = None
            if needs_migration:
                engine.dispose()
                backup = write_backup(path, file_format, folder=backup_folder)
                _migrate(engine, path)
                _start_lineage(engine, "TRUNCATE")  # the header then says the new format too
        except BaseException:
            if engine is not None:
                engine.dispose()
            raise
        return cls(path, engine, read_only=not writable, lock=lock, programme_id=programme_id, backup=backup)

    def _verify(self) -> None:
        """SQLite's quick check of every page, off the caller's thread: opening stays as fast for a large
        file as for a small one, and the first write waits for the verdict, so a damaged file is never
        written to."""
        try:
            wal = self.path.with_name(self.path.name + "-wal")
            immutable = self.read_only and not (wal.exists() and wal.stat().st_size > 0)
            self._verifier = sqlite3.connect(
                sqlite_uri(self.path, read_only=True, immutable=immutable), uri=True, check_same_thread=False
            )
            try:
                verdict = [row[0] for row in self._verifier.execute("PRAGMA quick_check").fetchall()]
                # Every value of the type the app reads, and no trigger or view: as ``check`` requires.
                if verdict == ["ok"] and (unreadable_records(self._verifier) or schema_additions(self._verifier)):
                    verdict = ["unreadable records"]
            finally:
                self._verifier.close()
                self._verifier = None
            if verdict != ["ok"]:
                self._damage = _damaged(self.path)
        except sqlite3.OperationalError as error:
            if "interrupt" not in str(error):
                self._damage = _damaged(self.path)
        except sqlite3.Error:
            self._damage = _damaged(self.path)
        finally:
            self._verified.set()

    @property
    def location(self) -> str:
        return str(self.path)

    def verify(self, timeout: float | None = None) -> bool:
        """Wait for the integrity check started at opening; True if the file is sound."""
        self._verified.wait(timeout)
        return self._verified.is_set() and self._damage is None

    @classmethod
    def open_for_reading(cls, path: Path, *, writable_if_free: bool = False) -> "ProgrammeStore":
        """Open to read (info, exports): read-only, unless the file is older and must be updated first,
        which happens as on any opening (backup, then migration) when the file can be written.
        ``writable_if_free`` (exports): writable when no one else has the file open, so the export can be
        recorded in the programme's export log."""
        store: ProgrammeStore | None = None
        if writable_if_free:
            with contextlib.suppress(FileOpenError):
                store = cls.open(path)
        if store is None:
            try:
                store = cls.open(path, read_only=True)
            except FileOpenError as error:
                if error.kind != "read_only_old":
                    raise
                store = cls.open(path)
        # What is read here is printed or exported whole: wait for the opening's checks, refuse a damaged file.
        if not store.verify() and store._damage is not None:
            damage = store._damage
            store.close()
            raise damage
        return store

    def close(self) -> None:
        verifier = self._verifier
        if verifier is not None:
            # The check may have closed its connection an instant ago (it clears _verifier just after).
            with contextlib.suppress(sqlite3.ProgrammingError):
                verifier.interrupt()
        self._verified.wait(5.0)
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        self.engine.dispose()
        release_lock(self._lock, self.path)
        self._lock = None

    def _check_writable(self) -> None:
        if not self._verified.is_set():
            self._verified.wait()  # the first write waits for the opening's check
        if self._damage is not None:
            raise self._damage
        try:
            stat = self.path.stat()
            moved = (stat.st_dev, stat.st_ino) != self._identity
        except OSError:
            moved = True
        if moved:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "The programme file {path} was moved, renamed or deleted while it was open, so this change "
                    "was not saved. Close the programme and open the file where it is now.",
                ),
                path=str(self.path),
                kind="moved",
            )

    def _writer_connection(self) -> Connection:
        """The one connection all writes go through, kept open: a checkout per edit would cost more than
        the edit itself (see the note-move benchmark). Writes are serialised by ``_write_lock``."""
        if self.read_only:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "This programme is open read-only; changes cannot be saved.")
            )
        self._check_writable()
        if self._writer is None:
            if not self._lineage_started:
                # Not at opening: nothing is written to a file before its quick check has passed. The token
                # itself goes into the first transaction that commits, so a refused change writes nothing.
                self._lineage_parent = _fold_log(self.engine)
                self._lineage_started = True
            self._writer = self.engine.connect()
            self._writer.execution_options(**{BEGIN_OPTION: "BEGIN IMMEDIATE"})
        return self._writer

    def _begin_lineage(self, conn: Connection, tracker: ChangeTracker) -> None:
        """Before-commit hook: the first commit of a new log starts it with a fresh lineage token."""
        parent, self._lineage_parent = self._lineage_parent, None
        if parent is not None:
            for statement, values in new_lineage_statements(parent):
                conn.execute(text(statement), values)

    def _committed(self, changes: ChangeSet) -> None:
        self._fold_log_when_large(changes)

    def _fold_log_when_large(self, changes: ChangeSet) -> None:
        """Fold the log into the file once it has grown past :data:`WAL_LIMIT` (SQLite's automatic
        checkpoint is off). A failure here loses nothing: the commit is already durable in the log.

        The log's size is read from its file (a stat: 20-28 us of wall time right after a synced commit on
        ext4) after every commit, except that commits of one record updated (drags, edits: a page or two of
        log each) are looked at every :data:`LOOK_AT_LOG_EVERY`, so the log passes the limit by a few pages
        at most before it is folded."""
        if changes.one_record_updated():
            self._unlooked_commits += 1
            if self._unlooked_commits < LOOK_AT_LOG_EVERY:
                return
        self._unlooked_commits = 0
        try:
            large = self._wal.stat().st_size > WAL_LIMIT
        except OSError:
            return
        if large:
            try:
                self.checkpoint(empty=False)
            except (DBAPIError, OSError) as error:
                _log.warning("checkpoint after a commit failed: %s", error)

    def _storage_error(self, error: DBAPIError) -> WorkshopError:
        return _storage_error(error)

    def checkpoint(self, *, empty: bool = True) -> None:
        """Fold the write-ahead log into the file and (``empty``) truncate it, so erased data does not linger
        there, waiting for readers if need be; the next log starts with a new lineage. Without ``empty`` it
        folds what no reader still needs and never waits (the periodic fold after commits)."""
        if self.read_only:
            return
        with self._write_lock:
            if self._active is not None:
                raise RuntimeError("a checkpoint cannot run inside a transaction")
            _start_lineage(self.engine, "TRUNCATE" if empty else "PASSIVE")


LOOK_AT_LOG_EVERY = 4
"""One-record commits (a drag) are followed by a look at the log's size every this many (see
``ProgrammeStore._fold_log_when_large``): a look right after a synced commit measured 20-28 us of wall time,
some 4% of a drag on a file."""


def _damaged(path: Path) -> FileOpenError:
    """The file really is damaged. A backup is advised only with what it lacks: the app's backups are
    written before a format update, so everything done since that date is missing from them."""
    try:
        backups = backups_of(path)
    except OSError:
        backups = []
    if backups:
        newest = backups[0]
        return FileOpenError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "The programme file {path} is damaged and cannot be opened. The newest backup copy, {backup}, "
                "was made on {date} before the file was updated to a new format: the changes made after that "
                "are not in it. Keep the damaged file; it may still be rescued.",
            ),
            kind="corrupt",
            path=str(path),
            backup=str(newest),
            date=_backup_date(newest),
        )
    return FileOpenError(
        QT_TRANSLATE_NOOP(
            "WorkshopErrors",
            "The programme file {path} is damaged and cannot be opened. Workshop App has no backup copy of it; "
            "if you keep copies of your own, open the newest one. Keep the damaged file; it may still be rescued.",
        ),
        kind="corrupt",
        path=str(path),
    )


def _backup_date(backup: Path) -> str:
    stamp = backup.name.split(".")[-2]
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}"


def _judged_format(path: Path, header_format: int, *, writable: bool) -> int:
    """The file's format as SQLite will see it: with a pending log, the format after replaying it (a
    migration may be in the log while the header still says the old format), judged on a copy."""
    if not writable and held_elsewhere(path):
        return header_format  # a live writer owns the log; it is its work in progress
    recovered = judge_pending_log(path)
    if recovered is None:
        return header_format
    if not recovered.sound:
        raise _damaged(path)
    return recovered.user_version


def _migrate(engine: Engine, path: Path) -> None:
    """Update the schema (one transaction) and record this app as the writer; a failure changes nothing."""
    try:
        upgrade_to_head(engine)
        with engine.connect() as conn, Session(bind=conn) as session:
            _write_meta(session, created=False)
            session.commit()
    except DBAPIError as error:
        raise FileOpenError(
            QT_TRANSLATE_NOOP(
                "WorkshopErrors",
                "{path} was made by an older Workshop App and could not be updated: {reason}. Nothing in it was "
                "changed, and a backup copy was written first.",
            ),
            kind="disk_full" if _is_disk_full(error.orig) else "unwritable",
            path=str(path),
            reason=str(error.orig),
        ) from error


def _start_lineage(engine: Engine, mode: str = "PASSIVE") -> None:
    """Fold the log into the file and, if that took all of it, begin the new log with a fresh lineage token
    whose parent is the file's own token (see :mod:`workshop_app.storage.wal`). PASSIVE never waits for a
    reader (an edit must not stall behind an export); TRUNCATE waits, and empties the file too (erasure)."""
    parent = _fold_log(engine, mode)
    if parent is None:
        return
    with engine.connect() as conn, conn.begin():
        for statement, values in new_lineage_statements(parent):
            conn.execute(text(statement), values)


def _fold_log(engine: Engine, mode: str = "PASSIVE") -> str | None:
    """Fold the log into the file; the file's own lineage token (the new log's parent) if that took all of
    it, None if a reader holds an older snapshot (the log then goes on, with the lineage it has)."""
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        # Straight to the driver: a checkpoint must run outside any transaction, even this connection's own.
        busy, log_frames, done = driver.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        if busy or log_frames != done:
            return None
        with conn.begin():
            parent = conn.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": LINEAGE}).scalar()
            if not parent:  # a file from before lineages is known by its programme's id
                parent = uuid.UUID(hex=str(conn.execute(text("SELECT id FROM programme")).scalar_one())).hex
        return str(parent)


def _verify_contents(engine: Engine, path: Path, file_format: int) -> uuid.UUID:
    """The file holds exactly our kind of schema and one programme; returns that programme's id."""
    try:
        with engine.connect() as conn:
            foreign = conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')")
            ).scalar_one()
            tables = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
            if foreign or not {"alembic_version", "programme"} <= tables:
                raise _damaged(path)
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            if len(revision) != 1 or REVISIONS.get(revision[0]) != file_format:
                raise _damaged(path)
            ids = conn.execute(text("SELECT id FROM programme")).scalars().all()
    except DBAPIError as error:
        raise _damaged(path) from error
    if len(ids) != 1:
        raise _damaged(path)
    try:
        return uuid.UUID(hex=str(ids[0]))
    except ValueError as error:
        raise _damaged(path) from error


def _read_only_engine(path: Path) -> Engine:
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    # With no pending log and no writer elsewhere, "immutable" lets SQLite read a write-protected WAL file
    # without its -shm file; while another window writes, the reader must see its changes, so not then.
    return make_engine(path, read_only=True, immutable=not pending and not held_elsewhere(path))


def _written_by(path: Path) -> str:
    """The app version recorded in a (newer) file, read without any chance of writing to it."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, read_only=True, immutable=True), uri=True)
        try:
            row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (META_WRITTEN_BY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return "?"
    return str(row[0]) if row else "?"


def _write_meta(session: Session, *, created: bool) -> None:
    rows = {META_WRITTEN_BY: __version__}
    if created:
        rows[META_CREATED_BY] = __version__
    for key, value in rows.items():
        session.execute(
            text(
                "INSERT INTO app_meta (key, value) VALUES (:k, :v) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": value},
        )


__all__ = ["FILE_SUFFIX", "ProgrammeStore", "StorageError", "lock_path"]
