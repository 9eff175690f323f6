"""The transactions every change runs in, whatever holds the programme (a file, a PostgreSQL server).

Every change runs in exactly one database transaction. A service that opens a transaction inside another one
(an operation made of several services: a batch delete, "next round", actions from several decisions) joins
the outer transaction instead of committing on its own, so one user action is one COMMIT, all or nothing.
Each transaction collects a typed change set; once it has committed, every subscriber hears it (the window's
models, the room server), whoever made the change.

:class:`TransactionalStore` holds that machinery once; the file store and the server store supply only what
differs: the kept-open writing connection, how a failed statement is told to a person, and what runs after a
commit (folding SQLite's log; nothing on a server).
"""

import contextlib
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from workshop_app.errors import WorkshopError
from workshop_app.merge.stamps import record_stamps
from workshop_app.operations.changes import ChangeSet, ChangeTracker
from workshop_app.storage.connection import BEGIN_OPTION
from workshop_app.storage.prepared import Deferred, wrapped


class TransactionalStore:
    """An open programme: nested transactions, snapshots, change sets and their subscribers.

    Subclasses implement :meth:`_writer_connection`, :meth:`_discard_writer`, :meth:`_storage_error` and
    :meth:`close`, and may extend :meth:`_committed` and :meth:`_pin_snapshot`.
    """

    def __init__(self, engine: Engine, *, read_only: bool, programme_id: uuid.UUID) -> None:
        self.engine = engine
        self.read_only = read_only
        self.programme_id = programme_id
        self._write_lock = threading.RLock()
        self._writer: Connection | None = None
        self._active: WriteTransaction | None = None
        self._listeners: list[Callable[[ChangeSet], None]] = []
        # Called inside every write transaction just before COMMIT, after its merge stamps (:meth:`_stamp`).
        self.before_commit_hooks: list[Callable[[Connection, ChangeTracker], None]] = []
        self._driver_error: type[Exception] = engine.dialect.loaded_dbapi.Error
        self._snapshots = threading.local()
        # What the latest transaction changed (a server store's erasure clean-up names its tables from it).
        self.last_committed = ChangeSet()

    def _stamp(self, active: "WriteTransaction", changes: ChangeSet) -> None:
        """Before COMMIT, first: the merge stamps of what the transaction changed (``changes``: the tracker's
        set, computed once per commit). A kind of store that sends something with every commit (a server's
        NOTIFY) does it here, in the same statement."""
        record_stamps(active.connection(), active.tracker, changes=changes)

    # --- what a kind of store supplies -------------------------------------------------------------------

    @property
    def location(self) -> str:
        """Where the programme is, as it may be shown to a person (never with a password)."""
        raise NotImplementedError

    def _writer_connection(self) -> Connection:
        """The kept-open connection every write goes through (refusing when read-only)."""
        raise NotImplementedError

    def _discard_writer(self) -> None:
        """Drop the writing connection after a failure, so the next change starts on a fresh one."""
        writer, self._writer = self._writer, None
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.invalidate()
            with contextlib.suppress(Exception):
                writer.close()

    def _storage_error(self, error: DBAPIError) -> WorkshopError:
        """A failed statement in words a person can act on."""
        raise NotImplementedError

    def _committed(self, changes: ChangeSet) -> None:
        """Runs after every commit and its subscribers (the file store folds its log here)."""

    def _pin_snapshot(self, session: Session) -> None:
        """Fix the snapshot of a read transaction at once (SQLite fixes it at the first read)."""
        session.execute(text("SELECT 1 FROM programme LIMIT 1")).all()

    def checkpoint(self, *, empty: bool = True) -> None:
        """Make erased text unrecoverable from the storage's own leftovers (see the subclasses)."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    # --- subscribers -------------------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Call ``listener`` with the change set of every transaction that commits; returns the unsubscriber.

        Listeners run on the committing thread, after the commit and in commit order; they must be quick and
        must not write (a GUI listener queues the set for its event loop).
        """
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(changes)

    @property
    def defers_writes(self) -> bool:
        """Whether a hot-path write may be left for the commit statement (:meth:`defer`): on a server, where
        each statement is a round trip; never on a file, where a statement is a library call."""
        return False

    def defer(self, write: Deferred) -> None:
        """Leave ``write`` for the commit statement of the transaction under way on this thread."""
        raise NotImplementedError("this kind of store runs every write at once")

    def after_commit(self, task: Callable[[], None]) -> None:
        """Run ``task`` once the transaction under way has committed (never if it rolls back)."""
        active = self._active
        if active is None or active.thread != threading.get_ident():
            raise RuntimeError("no transaction is under way on this thread")
        active.after_commit.append(task)

    @property
    def tracker(self) -> ChangeTracker:
        """What the transaction under way has changed so far (only inside ``transaction``/``writing``)."""
        active = self._active
        if active is None or active.thread != threading.get_ident():
            raise RuntimeError("no transaction is under way on this thread")
        return active.tracker

    # --- transactions ------------------------------------------------------------------------------------

    def writing(self) -> AbstractContextManager[Connection]:
        """One write transaction at SQLAlchemy Core level (hot paths such as dragging a note), or the
        transaction already under way on this thread. Core statements name the rows they change themselves
        (``store.tracker``): the ORM's flush events do not see them. The transaction is begun and committed
        on the driver's connection (see :class:`WriteTransaction`), so a note moved with a prepared statement
        (:mod:`workshop_app.storage.prepared`) costs no SQLAlchemy transaction of its own."""
        return _Writing(self)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction through the ORM, or the one already under way on this thread; committed
        durably when the outermost block ends, rolled back whole if anything in it raises."""
        with self._write_lock:
            if self._active is not None:
                session = self._active.orm_session()
                yield session
                session.flush()
                return
            active = self._begin_outermost(at_driver=False)
            try:
                yield active.orm_session()
            except BaseException as error:
                self._end_outermost(active, error)
                raise
            self._end_outermost(active, None)

    def _begin_outermost(self, *, at_driver: bool) -> "WriteTransaction":
        """Begin the outermost transaction (the caller holds the write lock): on the driver's connection
        (``at_driver``, :meth:`writing`) or through SQLAlchemy (:meth:`transaction`)."""
        active = WriteTransaction(self._writer_connection(), ChangeTracker())
        self._active = active
        try:
            active.begin(at_driver=at_driver)
        except BaseException as error:
            self._end_outermost(active, error)
            raise
        return active

    def _end_outermost(self, active: "WriteTransaction", error: BaseException | None) -> None:
        """End the outermost transaction: commit it when its block ended without ``error`` (its merge stamps
        and before-commit hooks first; then its after-commit tasks, subscribers and :meth:`_committed`), else
        roll it back. A failed statement or COMMIT, the block's own or the commit's, is raised in words a
        person can act on; any other error is left to the caller to raise."""
        try:
            try:
                if error is None:
                    changes = self._commit_outermost(active)
                else:
                    active.rollback()
            finally:
                self._active = None
                active.close()
            if isinstance(error, (DBAPIError, self._driver_error)):
                raise error  # told below as a storage failure, as the commit's own would be
        except DBAPIError as failure:
            # A failed statement or COMMIT (disk full, I/O error, a lost server) can leave the kept-open
            # connection in a state no later BEGIN recovers from; drop it, so the next change starts afresh.
            self._discard_writer()
            raise self._storage_error(failure) from failure
        except self._driver_error as failure:  # a driver call of the hot path or of the stamps, unwrapped
            wrapped_error = wrapped(active.conn, failure)
            self._discard_writer()
            raise self._storage_error(wrapped_error) from failure
        if error is not None:
            return
        self.last_committed = changes
        for task in active.after_commit:
            task()
        if changes:
            self._notify(changes)
        self._committed(changes)

    def _commit_outermost(self, active: "WriteTransaction") -> ChangeSet:
        """Stamp and commit the outermost transaction (rolled back if that fails); what it changed."""
        try:
            active.flush()
            # Computed once: the stamps, a server's NOTIFY and the subscribers all use this set.
            changes = active.tracker.changes()
            self._stamp(active, changes)
            for hook in self.before_commit_hooks:
                hook(active.connection(), active.tracker)
            active.commit()
        except BaseException:
            active.rollback()
            raise
        return changes

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent snapshot to read from; nothing in it is written. Inside a transaction on this
        thread it reads that transaction, so an operation sees its own changes; inside :meth:`snapshot` it
        reads that snapshot, so a view assembled from many reads shows one state of the programme."""
        active = self._active
        if active is not None and active.thread == threading.get_ident():
            yield active.orm_session()
            return
        pinned: Session | None = getattr(self._snapshots, "session", None)
        if pinned is not None:
            yield pinned
            return
        try:
            with Session(bind=self.engine, expire_on_commit=False) as session:
                yield session
        except DBAPIError as error:
            raise self._storage_error(error) from error

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Session]:
        """One read transaction for every read on this thread inside the block (the facts of a document,
        a whole view): edits committed meanwhile, by this window, a phone or a colleague, are not half in it."""
        pinned: Session | None = getattr(self._snapshots, "session", None)
        if pinned is not None:
            yield pinned
            return
        try:
            with Session(bind=self.engine, expire_on_commit=False) as session:
                self._pin_snapshot(session)
                self._snapshots.session = session
                try:
                    yield session
                finally:
                    self._snapshots.session = None
        except DBAPIError as error:
            raise self._storage_error(error) from error


class _Writing:
    """What :meth:`TransactionalStore.writing` returns. A class, not a generator: it runs around every dragged
    note, and a generator-based context manager (with the transaction's own generator inside) cost a few
    microseconds more per edit."""

    __slots__ = ("_active", "_store")

    def __init__(self, store: TransactionalStore) -> None:
        self._store = store
        self._active: WriteTransaction | None = None

    def __enter__(self) -> Connection:
        store = self._store
        store._write_lock.acquire()
        try:
            if store._active is not None:  # inside a transaction under way on this thread: it joins it
                return store._active.connection()
            self._active = store._begin_outermost(at_driver=True)
            return self._active.conn
        except BaseException:
            store._write_lock.release()
            raise

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        store = self._store
        try:
            active, self._active = self._active, None
            if active is not None:
                store._end_outermost(active, error)
        finally:
            store._write_lock.release()


class WriteTransaction:
    """The transaction under way: its connection, an ORM session made on first use, and its changes.

    A transaction of :meth:`TransactionalStore.writing` is begun on the driver's connection (SQLAlchemy's
    own begin, with its events and bookkeeping, costs more than a note's UPDATE); the first Core statement or
    ORM session in it makes SQLAlchemy join it (the file engine's begin event then sends no second BEGIN),
    and the commit or rollback goes through SQLAlchemy if it joined, straight to the driver if not.
    """

    __slots__ = ("_driver", "_session", "after_commit", "conn", "deferred", "thread", "tracker")

    def __init__(self, conn: Connection, tracker: ChangeTracker) -> None:
        self.conn = conn
        self.tracker = tracker
        self.thread = threading.get_ident()
        self.after_commit: list[Callable[[], None]] = []
        # Writes left for the commit statement (a server store's; see workshop_app.storage.prepared.Deferred).
        self.deferred: list[Deferred] = []
        self._session: Session | None = None
        self._driver: Any = None

    def begin(self, *, at_driver: bool) -> None:
        if not at_driver:
            self.conn.begin()
            return
        begin = self.conn.get_execution_options().get(BEGIN_OPTION)
        if begin:  # SQLite; psycopg begins by itself with the first statement, at the connection's isolation
            self.driver().execute(begin)

    def driver(self) -> Any:
        """The driver's connection, looked up once (through SQLAlchemy's pool, a few calls each time)."""
        if self._driver is None:
            self._driver = self.conn.connection.driver_connection
            assert self._driver is not None
        return self._driver

    def commit(self) -> None:
        if self.conn.in_transaction():
            self.conn.commit()
        else:
            self.driver().commit()

    def rollback(self) -> None:
        if self.conn.in_transaction():
            self.conn.rollback()
        elif not self.conn.invalidated:
            self.driver().rollback()

    def connection(self) -> Connection:
        if self._session is not None:
            self._session.flush()  # Core statements must see what the ORM holds back
        return self.conn

    def orm_session(self) -> Session:
        if self._session is None:
            if not self.conn.in_transaction():
                # Joined to the driver's transaction first: a session that began the transaction itself
                # would roll it back when it closes.
                self.conn.begin()
            # Joins the transaction begun on the connection: its commit is the outermost block's.
            self._session = Session(
                bind=self.conn,
                expire_on_commit=False,
                autoflush=True,
                join_transaction_mode="rollback_only",
            )
            event.listen(self._session, "after_flush", self._after_flush)
        return self._session

    def flush(self) -> None:
        if self._session is not None:
            self._session.flush()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def _after_flush(self, session: Session, context: object) -> None:
        for group, records in (("created", session.new), ("deleted", session.deleted)):
            for record in records:
                self.tracker.record(group, _table_name(record), getattr(record, "id", None))
        for record in session.dirty:
            if session.is_modified(record, include_collections=False):
                self.tracker.record("updated", _table_name(record), getattr(record, "id", None), _written(record))


def _written(record: object) -> list[str]:
    """The columns of a flushed record whose values changed (the merge stamps fields, not whole records)."""
    state = sa_inspect(record)
    return [prop.columns[0].name for prop in state.mapper.column_attrs if state.attrs[prop.key].history.has_changes()]


def _table_name(record: object) -> str:
    return str(getattr(record, "__tablename__", ""))


__all__ = ["TransactionalStore"]
