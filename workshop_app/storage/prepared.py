"""A Core statement compiled once and run straight on the driver's connection, for the few statements that
run on every gesture (a note dragged on a board: its old place read for the undo step, its new one written).

``Connection.execute`` looks the statement up in SQLAlchemy's compiled cache, builds an execution context and
its result on every call: on SQLite, where the statement itself is a library call, that costs more than the
UPDATE. Here the statement is compiled once per kind of database, its parameters are converted by the same
bind processors SQLAlchemy would use (so a note's id and time are stored exactly as the ORM stores them),
and the driver runs it; the driver caches the parsed statement by its text (SQLite) or prepares it on the
server after a few runs (psycopg).

What the statement changes is not seen by the ORM: the caller names its rows in ``store.tracker``, as for
any Core write. A failure arrives as SQLAlchemy's own wrapped error (``DBAPIError``), as from ``execute``,
so the store tells a person what happened in the same words.

On a server, where every statement is a round trip, such a write may instead be *deferred* (:class:`Deferred`):
it becomes a part of the one statement the store sends at commit with the merge stamps and the NOTIFY (see
:func:`workshop_app.merge.stamps.record_stamps`). A note moved by a transaction of its own then costs one
statement, which PostgreSQL runs as a transaction of its own; anything the same transaction runs later on its
connection first sends what was deferred, so the transaction still reads its own writes.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, literal_column
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import UpdateBase

_Processors = tuple[tuple[str, Callable[[Any], Any] | None], ...]
_T = TypeVar("_T")


@dataclass(frozen=True)
class Deferred:
    """A statement left for the transaction's commit statement (a server's; see :meth:`Prepared.deferred`).

    ``sql`` is a data-modifying statement with RETURNING and positional parameters, written into the commit
    statement as one of its parts; it must change exactly ``rows`` rows, or the whole commit statement fails
    (nothing is committed) and ``explain(conn)`` is asked what a person is told: the note is gone, its round
    is frozen. Sent early (something else ran in the transaction first), it is checked the same way.
    """

    sql: str
    params: tuple[Any, ...]
    rows: int
    explain: Callable[[Connection], None]
    """Raises the person's error when it can tell why the write missed; returns when the programme as it is now
    no longer shows why (someone changed it meanwhile: the store then reports a conflict)."""


class DeferredMissError(Exception):
    """The commit statement failed because the deferred write number ``index`` changed other rows than it
    must (nothing was committed): the store asks that write's ``explain`` what to tell the person."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


MISMATCH = "workshop: deferred write changed other rows than it must:"
"""The text (followed by the write's number) by which the commit statement's own check fails when a deferred
write missed its rows."""


def mismatch_in(error: Exception) -> int | None:
    """The number of the deferred write whose miss failed the commit statement with ``error``, if that is why."""
    message = str(error)
    at = message.find(MISMATCH)
    if at < 0:
        return None
    number = message[at + len(MISMATCH) :].split()[0]
    return int(number) if number.isdigit() else None


class Prepared:
    """One statement with named bind parameters, ready to run on a dialect's driver connection."""

    def __init__(self, statement: UpdateBase | Select[Any]) -> None:
        self.statement = statement
        self._compiled: dict[str, tuple[str, bool, _Processors]] = {}
        self._returning: dict[str, tuple[str, bool, _Processors]] = {}

    def _for(self, dialect: Dialect, *, returning: bool = False) -> tuple[str, bool, _Processors]:
        cache = self._returning if returning else self._compiled
        found = cache.get(dialect.name)
        if found is None:
            statement, compiler = self.statement, dialect
            if returning:
                # A part of a server's commit statement: positional like the rest of it, its rows counted.
                assert isinstance(statement, UpdateBase), "only a write is deferred"
                statement = statement.returning(literal_column("1"))
                compiler = type(dialect)(paramstyle="format")  # type: ignore[call-arg]  # every dialect takes it
            compiled = statement.compile(dialect=compiler)
            names = compiled.positiontup if compiled.positional and compiled.positiontup else list(compiled.binds)
            # The processors SQLAlchemy itself applies to these parameters (its compiled cache keeps the same).
            processors = tuple((name, compiled.binds[name].type._cached_bind_processor(dialect)) for name in names)
            # On one line: SQLAlchemy breaks lines before FROM, and the statement is logged and traced by line.
            sql = str(compiled).replace("\n", " ") if returning else str(compiled)
            found = cache[dialect.name] = (sql, bool(compiled.positional), processors)
        return found

    def _values(self, processors: _Processors, params: Mapping[str, Any]) -> list[Any]:
        """The parameters as the driver takes them, in the order of ``processors``."""
        return [params[name] if process is None else process(params[name]) for name, process in processors]

    def run(self, conn: Connection, params: Mapping[str, Any]) -> int:
        """Run the statement in the transaction under way on ``conn``; the number of rows it changed."""
        return int(self._execute(conn, params, lambda cursor: cursor.rowcount))

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run a SELECT in the transaction under way on ``conn``; its rows as the driver returns them (so only
        for columns the driver already gives as Python values: numbers, text)."""
        return self._execute(conn, params, lambda cursor: [tuple(row) for row in cursor.fetchall()])

    def _execute(self, conn: Connection, params: Mapping[str, Any], answer: Callable[[Any], _T]) -> _T:
        send_deferred_first(conn)
        sql, positional, processors = self._for(conn.dialect)
        values = self._values(processors, params)
        try:
            given = values if positional else dict(zip((name for name, _ in processors), values, strict=True))
            cursor = driver_cursor(conn).execute(sql, given)
            return answer(cursor)
        except conn.dialect.loaded_dbapi.Error as error:
            raise wrapped(conn, error, sql) from error

    def deferred(
        self, conn: Connection, params: Mapping[str, Any], *, rows: int, explain: Callable[[Connection], None]
    ) -> Deferred:
        """The statement as a part of a server's commit statement (see :class:`Deferred`), not run now."""
        sql, _positional, processors = self._for(conn.dialect, returning=True)
        return Deferred(sql, tuple(self._values(processors, params)), rows, explain)


DEFERRED_SENDER = "workshop_deferred_sender"
"""Key in the connection's ``info`` of what sends the transaction's deferred writes (a server store's writer):
a statement run on the driver, which SQLAlchemy's statement events do not see, calls it first."""


def send_deferred_first(conn: Connection) -> None:
    """Send the deferred writes of the transaction under way on ``conn`` (if any), before a statement of its own:
    the statement must find them done (the same note moved twice in one transaction ends where it was put last)."""
    send = conn.info.get(DEFERRED_SENDER)
    if send is not None:
        send()


_CURSOR = "workshop_driver_cursor"
"""Key in the connection's ``info`` of the driver cursor kept for these statements."""


def driver_cursor(conn: Connection) -> Any:
    """A cursor of the driver's connection under ``conn``, made once and used for every hot-path statement
    on it: psycopg builds each new cursor's adapters (as ``Connection.execute`` does for every statement).
    SQLite's connection executes by itself, with a cursor of its own in C, so it is returned as it is."""
    driver = conn.connection.driver_connection
    assert driver is not None
    if conn.dialect.name == "sqlite":
        return driver
    kept = conn.info.get(_CURSOR)
    if kept is None or kept.connection is not driver or kept.closed:
        kept = conn.info[_CURSOR] = driver.cursor()
    return kept


def wrapped(conn: Connection, error: Exception, statement: str | None = None) -> DBAPIError:
    """A driver's error as SQLAlchemy would have raised it (the store's error messages read these)."""
    dialect = conn.dialect
    invalidated = bool(dialect.is_disconnect(error, conn.connection.dbapi_connection, None))  # type: ignore[arg-type]
    found = DBAPIError.instance(
        statement, None, error, dialect.loaded_dbapi.Error, connection_invalidated=invalidated, dialect=dialect
    )
    assert isinstance(found, DBAPIError)  # a driver's error always is one
    return found


__all__ = [
    "DEFERRED_SENDER",
    "MISMATCH",
    "Deferred",
    "DeferredMissError",
    "Prepared",
    "driver_cursor",
    "mismatch_in",
    "send_deferred_first",
    "wrapped",
]
