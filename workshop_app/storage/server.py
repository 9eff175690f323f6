"""A programme on a region's PostgreSQL server: one database holds one programme.

The same models, revisions and transactions as a file (:class:`TransactionalStore`); what differs is here:
the URL (``postgresql://`` as typed, the password never shown), the database's own roles (a role that may not
update opens read-only), SERIALIZABLE write transactions (a change that raced with a colleague's is refused,
not merged silently), others' changes heard live through LISTEN/NOTIFY, and erasure's clean-up (VACUUM FULL).
"""

import contextlib
import functools
import json
import logging
import threading
import uuid
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlmodel import Session

from workshop_app import __version__
from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError, ReadOnlyError, WorkshopError
from workshop_app.merge.stamps import record_stamps
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.storage.fileformat import HEAD_FORMAT, REVISIONS
from workshop_app.storage.migrate import upgrade_on
from workshop_app.storage.prepared import DEFERRED_SENDER, Deferred, DeferredMissError, driver_cursor, wrapped
from workshop_app.storage.transactions import TransactionalStore, WriteTransaction
from workshop_app.storage.urls import is_server_location, masked

CHANNEL = "workshop_changes"
"""The NOTIFY channel every writer announces its committed change sets on (one database, one programme)."""
_PAYLOAD_LIMIT = 7000  # PostgreSQL's payload limit is 8000 bytes; a large change set goes in several messages
_IDS_PER_MESSAGE = 80

_log = logging.getLogger(__name__)


def server_url(location: str) -> URL:
    """The URL SQLAlchemy needs: ``postgresql://`` as people type it, served by psycopg 3."""
    try:
        url = make_url(location)
    except ArgumentError as error:
        raise _open_error("bad_url", location, str(error)) from error
    return url.set(drivername="postgresql+psycopg")


class ServerError(WorkshopError):
    """A statement failed on the server (connection lost, a colleague's change in the way); nothing of the
    change was saved, and the store reconnects for the next one. ``kind``: ``lost``, ``conflict``, ``io``."""

    def __init__(self, source: str, *, kind: str = "io", **params: object) -> None:
        super().__init__(source, **params)
        self.kind = kind


class ServerStore(TransactionalStore):
    """One programme in one PostgreSQL database. Create with :meth:`create` or :meth:`open`; close when done."""

    def __init__(self, location: str, engine: Engine, *, read_only: bool, programme_id: uuid.UUID) -> None:
        super().__init__(engine, read_only=read_only, programme_id=programme_id)
        self._location = masked(location)
        self.backup = None  # the region's own backups cover a server; the app writes none
        self._sender = uuid.uuid4().hex
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None
        self._listening = threading.Event()
        # Anything run on the writer after a write was deferred sends that write first (see :meth:`defer`):
        # SQLAlchemy's statements through this hook, the driver-level ones through the connection's info.
        self._before_statement = _sends_deferred_first(weakref.ref(self))
        event.listen(engine, "before_cursor_execute", self._before_statement)

    @property
    def location(self) -> str:
        return self._location

    @property
    def path(self) -> str:
        """What is shown where a file's path would be (title, recent list): the URL without its password."""
        return self._location

    # --- lifecycle ---------------------------------------------------------------------------------------

    @classmethod
    def create(cls, location: str, initialise: Callable[[Session], None]) -> "ServerStore":
        """The programme in an empty database, built in one transaction: complete, or nothing is made."""
        from workshop_app.storage.store import _write_meta

        engine = _engine(location)
        try:
            with engine.connect() as conn:
                if _tables(conn):
                    raise _open_error("not_empty", location)
                with conn.begin():
                    upgrade_on(conn)
                    with Session(bind=conn, expire_on_commit=False, join_transaction_mode="rollback_only") as session:
                        _write_meta(session, created=True)
                        initialise(session)
                        session.flush()
        except DBAPIError as error:
            engine.dispose()
            raise _connection_error(location, error) from error
        except BaseException:
            engine.dispose()
            raise
        engine.dispose()
        return cls.open(location)

    @classmethod
    def open(cls, location: str, *, read_only: bool = False) -> "ServerStore":
        """Open the programme, updating an older schema in one transaction when this role may; refuse a
        database of another app, a newer schema, or one without a programme, changing nothing."""
        engine = _engine(location)
        try:
            with engine.connect() as conn:
                revision = _judged_revision(conn, location)
                writable = not read_only and _may_write(conn)
                if revision < HEAD_FORMAT:
                    if not writable:
                        raise _open_error("read_only_old", location)
                    with conn.begin():
                        from workshop_app.storage.store import _write_meta

                        upgrade_on(conn)
                        with Session(bind=conn, join_transaction_mode="rollback_only") as session:
                            _write_meta(session, created=False)
                            session.flush()
                programme_id = _programme_id(conn, location)
        except DBAPIError as error:
            engine.dispose()
            raise _connection_error(location, error) from error
        except BaseException:
            engine.dispose()
            raise
        return cls(location, engine, read_only=not writable, programme_id=programme_id)

    @classmethod
    def open_for_reading(cls, location: str, *, writable_if_free: bool = False) -> "ServerStore":
        """Open to read (info, exports). A server has no "free": with ``writable_if_free`` the store is
        writable when the role may write, so an export is recorded in the export log."""
        return cls.open(location, read_only=not writable_if_free)

    def verify(self, timeout: float | None = None) -> bool:
        """The server keeps its own pages sound (checksums, WAL); there is no file check to wait for."""
        return True

    def subscribe(self, listener: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """As for a file; the first subscriber also starts listening for others' changes (a command that only
        reads or writes never opens that second connection)."""
        unsubscribe = super().subscribe(listener)
        with self._write_lock:
            if self._listener is None:
                self._listener = threading.Thread(target=self._listen, name="workshop-listen", daemon=True)
                self._listener.start()
        self._listening.wait(5.0)
        return unsubscribe

    def close(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.join(2.0)
        with self._write_lock:
            if self._writer is not None:
                with contextlib.suppress(Exception):
                    self._writer.close()
                self._writer = None
        self.engine.dispose()

    # --- writing -----------------------------------------------------------------------------------------

    def _writer_connection(self) -> Connection:
        if self.read_only:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "This programme is open read-only; changes cannot be saved.")
            )
        if self._writer is None:
            try:
                writer = self.engine.connect().execution_options(isolation_level="SERIALIZABLE")
            except DBAPIError as error:
                raise self._storage_error(error) from error
            try:
                _serializable_by_default(writer)
            except self._driver_error as error:
                lost = wrapped(writer, error)
                with contextlib.suppress(Exception):
                    writer.invalidate()
                raise self._storage_error(lost) from error
            writer.info[DEFERRED_SENDER] = functools.partial(self._before_statement, writer)
            self._writer = writer
        return self._writer

    # --- deferred writes ---------------------------------------------------------------------------------

    @property
    def defers_writes(self) -> bool:
        return True

    def defer(self, write: Deferred) -> None:
        """Leave ``write`` for the transaction's commit statement: a note moved by a transaction of its own
        then costs one round trip in all. Whatever the transaction runs on its connection before it commits
        sends the deferred writes first (:func:`_sends_deferred_first`), so it reads its own writes."""
        active = self._active
        if active is None or active.thread != threading.get_ident():
            raise RuntimeError("no transaction is under way on this thread")
        active.deferred.append(write)

    def _send_deferred(self, active: WriteTransaction) -> None:
        pending, active.deferred = active.deferred, []
        cursor = driver_cursor(active.conn)
        for write in pending:
            if cursor.execute(write.sql, write.params).rowcount != write.rows:
                self._missed(write, active.conn)

    def _missed(self, write: Deferred, conn: Connection) -> NoReturn:
        """A deferred write that changed other rows than it must: its own explanation (the note is gone, its
        round frozen), or, when the programme as it is now shows none, a colleague's change at the same moment."""
        write.explain(conn)
        raise _conflict()

    def _storage_error(self, error: DBAPIError) -> WorkshopError:
        import psycopg

        original = error.orig
        if isinstance(original, psycopg.errors.SerializationFailure | psycopg.errors.DeadlockDetected):
            return _conflict()
        if isinstance(original, psycopg.errors.InsufficientPrivilege):
            return ReadOnlyError(
                QT_TRANSLATE_NOOP("WorkshopErrors", "This programme is open read-only; changes cannot be saved.")
            )
        if isinstance(original, psycopg.OperationalError) or error.connection_invalidated:
            return ServerError(
                QT_TRANSLATE_NOOP(
                    "WorkshopErrors",
                    "The connection to the server {location} was lost, so this change was not saved. Workshop "
                    "App connects again for the next change; make this one again when the server answers.",
                ),
                kind="lost",
                location=self._location,
            )
        return ServerError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The server {location} refused a read or write: {reason}"),
            location=self._location,
            reason=_first_line(original),
        )

    def _pin_snapshot(self, session: Session) -> None:
        # Every read of a view in one snapshot, as a file's read transaction gives.
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        session.execute(text("SELECT 1 FROM programme LIMIT 1")).all()

    def checkpoint(self, *, empty: bool = True) -> None:
        """After an erasure: rewrite the tables the erasing transaction touched with ``VACUUM FULL``, so the
        overwritten row versions PostgreSQL keeps until vacuum are gone from the tables (the README says what
        stays in the server's write-ahead log and backups). Only the tables' owner may; others log a warning."""
        if self.read_only or not empty:
            return
        tables = sorted({kind.value for kind in self.last_committed.kinds()} | {"change_stamp", "tombstone"})
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                for table in tables:
                    conn.exec_driver_sql(f'VACUUM (FULL, ANALYZE) "{table}"')
        except DBAPIError as error:
            _log.warning("VACUUM FULL after an erasure failed on %s: %s", self._location, _first_line(error.orig))

    # --- live changes ------------------------------------------------------------------------------------

    def _stamp(self, active: WriteTransaction, changes: ChangeSet) -> None:
        """The merge stamps on a server, with the change set's NOTIFY in the same statement (see
        :func:`record_stamps`): each statement is a round trip, and this runs on every note moved. PostgreSQL
        delivers the notices when (and only if) the transaction commits. A transaction that changed nothing
        announces nothing (a listener would drop an empty change set)."""
        notices = [(CHANNEL, payload) for payload in _payloads(self._sender, changes)] if changes else []
        conn = active.connection()  # the ORM's pending rows first: their statements send any deferred writes
        deferred, active.deferred = active.deferred, []
        # Nothing runs after this statement but the COMMIT (no hooks on a server): when the transaction has sent
        # nothing before it either, PostgreSQL runs it as a transaction of its own.
        alone = not self.before_commit_hooks
        try:
            record_stamps(conn, active.tracker, notices, changes=changes, deferred=deferred, alone=alone)
        except DeferredMissError as mismatch:
            active.driver().rollback()  # the failed statement ended the transaction's use
            self._missed(deferred[mismatch.index], conn)

    def _listen(self) -> None:
        """Hear others' committed change sets and hand each to the subscribers, as a local commit does.
        A lost connection is retried every few seconds until the store closes."""
        import psycopg

        params = self.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(params, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    while not self._stop.is_set():
                        for notice in conn.notifies(timeout=0.25):
                            self._heard(notice.payload)
            except psycopg.Error as error:
                self._listening.set()
                _log.info("listening for others' changes on %s stopped: %s", self._location, _first_line(error))
                self._stop.wait(3.0)

    def _heard(self, payload: str) -> None:
        try:
            message = json.loads(payload)
        except ValueError:
            return
        if not isinstance(message, dict) or message.get("from") == self._sender:
            return  # our own commit: its subscribers heard it on the committing thread
        changes = change_set_from_json(message.get("changes", {}))
        if changes:
            self._notify(changes)


def _conflict() -> ServerError:
    return ServerError(
        QT_TRANSLATE_NOOP(
            "WorkshopErrors",
            "Someone else changed the same part of the programme at the same moment, so this change was "
            "not saved. The view now shows their change; make yours again if it is still needed.",
        ),
        kind="conflict",
    )


def _serializable_by_default(writer: Connection) -> None:
    """The writer's statements sent as transactions of their own (:meth:`ServerStore.defer`) run SERIALIZABLE,
    as its transactions do (a session setting: the writer's connection is never handed to anyone else)."""
    driver = writer.connection.driver_connection
    assert driver is not None
    driver.autocommit = True
    try:
        driver.execute("SET default_transaction_isolation = 'serializable'")
    finally:
        driver.autocommit = False


def _sends_deferred_first(store: "weakref.ref[ServerStore]") -> Callable[..., None]:
    """The engine's hook before each statement: on the writer, during a transaction with deferred writes, those
    are sent first. A weak reference: the engine outlives nothing, but must not keep its store alive."""

    def before_statement(conn: Connection, *_args: object) -> None:
        found = store()
        if found is None:
            return
        active = found._active
        if (
            active is not None
            and active.deferred
            and active.thread == threading.get_ident()
            and conn.connection.driver_connection is active.driver()
        ):
            found._send_deferred(active)

    return before_statement


@dataclass(frozen=True)
class ServerProbe:
    """What opening the programme at an address would find (the "Test" of the Open From Server dialog)."""

    name: str
    writable: bool  # this role may change the programme (else it opens read-only)
    needs_update: bool  # an older schema, updated on the first writable open


def probe(location: str) -> ServerProbe:
    """Look at the programme at ``location`` without changing anything (no migration, no write); raises the
    same :class:`FileOpenError` an open would, so a test and an open tell the same thing."""
    engine = _engine(location)
    try:
        with engine.connect() as conn:
            revision = _judged_revision(conn, location)
            writable = _may_write(conn)
            _programme_id(conn, location)
            name = conn.execute(text("SELECT name FROM programme")).scalar()
            conn.rollback()
            if revision < HEAD_FORMAT and not writable:
                raise _open_error("read_only_old", location)
    except DBAPIError as error:
        raise _connection_error(location, error) from error
    finally:
        engine.dispose()
    return ServerProbe(str(name or ""), writable, revision < HEAD_FORMAT)


def change_set_from_json(data: Any) -> ChangeSet:
    """The inverse of :meth:`ChangeSet.as_json`; unknown kinds and malformed ids are left out."""
    groups: dict[str, dict[Kind, frozenset[uuid.UUID]]] = {"created": {}, "updated": {}, "deleted": {}}
    if isinstance(data, dict):
        for group, kinds in data.items():
            if group not in groups or not isinstance(kinds, dict):
                continue
            for name, ids in kinds.items():
                kind = Kind.of_table(str(name))
                if kind is None or not isinstance(ids, list):
                    continue
                parsed = set()
                for value in ids:
                    with contextlib.suppress(ValueError, TypeError):
                        parsed.add(uuid.UUID(str(value)))
                groups[group][kind] = frozenset(parsed)
    return ChangeSet(created=groups["created"], updated=groups["updated"], deleted=groups["deleted"])


def _payloads(sender: str, changes: ChangeSet) -> Iterator[str]:
    """The change set as NOTIFY payloads under PostgreSQL's size limit: whole if it fits, else in slices."""
    whole = json.dumps({"from": sender, "changes": changes.as_json()})
    if len(whole) <= _PAYLOAD_LIMIT:
        yield whole
        return
    for group, kinds in changes.as_json().items():
        for kind, ids in kinds.items():
            for start in range(0, len(ids), _IDS_PER_MESSAGE):
                part = {group: {kind: ids[start : start + _IDS_PER_MESSAGE]}}
                yield json.dumps({"from": sender, "changes": part})


# --- opening -----------------------------------------------------------------------------------------------


def _engine(location: str) -> Engine:
    # pre-ping: a connection the server dropped (restart, idle timeout) is replaced before it is used.
    return create_engine(server_url(location), pool_pre_ping=True, pool_size=4, connect_args={"connect_timeout": 10})


def _tables(conn: Connection) -> set[str]:
    rows = conn.execute(
        text("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
    ).scalars()
    found = set(rows)
    conn.rollback()  # each look at the database ends its own transaction, so the caller may begin one
    return found


def _judged_revision(conn: Connection, location: str) -> int:
    """The schema's format number; a database that is not a programme of this app is refused."""
    tables = _tables(conn)
    if not tables:
        raise _open_error("empty", location)
    if not {"alembic_version", "programme", "app_meta"} <= tables:
        raise _open_error("foreign", location)
    revisions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    conn.rollback()
    if len(revisions) != 1:
        raise _open_error("foreign", location)
    known = REVISIONS.get(revisions[0])
    if known is None:
        if revisions[0].isdigit() and int(revisions[0]) > HEAD_FORMAT:
            raise _open_error("newer", location)
        raise _open_error("foreign", location)
    return known


def _may_write(conn: Connection) -> bool:
    """Whether this role may change the programme (the database's grants decide, as file modes do)."""
    row = conn.execute(
        text("SELECT has_table_privilege('note', 'UPDATE') AND has_table_privilege('note', 'INSERT')")
    ).scalar()
    in_recovery = conn.execute(text("SELECT pg_is_in_recovery()")).scalar()
    conn.rollback()
    return bool(row) and not in_recovery


def _programme_id(conn: Connection, location: str) -> uuid.UUID:
    ids = conn.execute(text("SELECT id FROM programme")).scalars().all()
    conn.rollback()
    if len(ids) != 1:
        raise _open_error("foreign", location)
    return uuid.UUID(str(ids[0]))


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _connection_error(location: str, error: DBAPIError) -> FileOpenError:
    """What went wrong reaching the server, told by kind; the password is never in it."""
    reason = _first_line(error.orig)
    lowered = reason.lower()
    if "password" in lowered or "authentication" in lowered or ("role" in lowered and "does not exist" in lowered):
        return _open_error("credentials", location)
    if "database" in lowered and "does not exist" in lowered:
        return _open_error("missing", location)
    if "permission denied" in lowered:
        return _open_error("denied", location)
    return _open_error("unreachable", location, reason.replace(_password(location) or "\0", "***"))


def _password(location: str) -> str | None:
    with contextlib.suppress(ArgumentError):
        return make_url(location).password
    return None


_MESSAGES = {
    "bad_url": QT_TRANSLATE_NOOP("WorkshopErrors", "{location} is not a valid server address: {reason}"),
    "unreachable": QT_TRANSLATE_NOOP(
        "WorkshopErrors",
        "The server {location} cannot be reached ({reason}). Check the address and your network, or ask the "
        "region's IT whether the server is running. Nothing was changed.",
    ),
    "credentials": QT_TRANSLATE_NOOP(
        "WorkshopErrors",
        "The server {location} did not accept the user name or password. Check them (a password file or "
        "PGPASSWORD, see the README) or ask the region's IT. Nothing was changed.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "WorkshopErrors", "The server has no database named in {location}. Ask the region's IT to create it."
    ),
    "denied": QT_TRANSLATE_NOOP(
        "WorkshopErrors", "Your user may not open the programme at {location}. Ask the region's IT for access."
    ),
    "empty": QT_TRANSLATE_NOOP(
        "WorkshopErrors",
        "The database {location} holds no programme yet. Copy a programme there with workshop-app copy.",
    ),
    "not_empty": QT_TRANSLATE_NOOP(
        "WorkshopErrors",
        "The database {location} is not empty; a new programme needs an empty database. Nothing was changed.",
    ),
    "foreign": QT_TRANSLATE_NOOP(
        "WorkshopErrors",
        "The database {location} belongs to another application, not to Workshop App. Nothing was changed.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "WorkshopErrors",
        "The programme at {location} was written by a newer Workshop App. This is Workshop App {app}, which "
        "reads formats up to {format}. Update Workshop App to open it. Nothing was changed.",
    ),
    "read_only_old": QT_TRANSLATE_NOOP(
        "WorkshopErrors",
        "The programme at {location} was made by an older Workshop App and must be updated, but your user may "
        "only read it. Ask someone who may change it to open it once.",
    ),
}


def _open_error(kind: str, location: str, reason: str = "") -> FileOpenError:
    return FileOpenError(
        _MESSAGES[kind], kind=kind, location=masked(location), reason=reason, app=__version__, format=HEAD_FORMAT
    )


__all__ = [
    "CHANNEL",
    "ServerError",
    "ServerProbe",
    "ServerStore",
    "change_set_from_json",
    "is_server_location",
    "masked",
    "probe",
]
