"""A Core statement compiled once and run straight on the driver's connection, for the few writes that run
on every gesture (a note dragged on a board).

``Connection.execute`` looks the statement up in SQLAlchemy's compiled cache, builds an execution context and
its result on every call: on SQLite, where the statement itself is a library call, that costs more than the
UPDATE. Here the statement is compiled once per kind of database, its parameters are converted by the same
bind processors SQLAlchemy would use (so a note's id and time are stored exactly as the ORM stores them),
and the driver runs it; the driver caches the parsed statement by its text (SQLite) or prepares it on the
server after a few runs (psycopg).

What the statement changes is not seen by the ORM: the caller names its rows in ``store.tracker``, as for
any Core write. A failure arrives as SQLAlchemy's own wrapped error (``DBAPIError``), as from ``execute``,
so the store tells a person what happened in the same words.
"""

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import UpdateBase

_Processors = tuple[tuple[str, Callable[[Any], Any] | None], ...]


class Prepared:
    """One statement with named bind parameters, ready to run on a dialect's driver connection."""

    def __init__(self, statement: UpdateBase) -> None:
        self.statement = statement
        self._compiled: dict[str, tuple[str, bool, _Processors]] = {}

    def _for(self, dialect: Dialect) -> tuple[str, bool, _Processors]:
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self.statement.compile(dialect=dialect)
            names = compiled.positiontup if compiled.positional and compiled.positiontup else list(compiled.binds)
            # The processors SQLAlchemy itself applies to these parameters (its compiled cache keeps the same).
            processors = tuple((name, compiled.binds[name].type._cached_bind_processor(dialect)) for name in names)
            found = self._compiled[dialect.name] = (str(compiled), bool(compiled.positional), processors)
        return found

    def run(self, conn: Connection, params: Mapping[str, Any]) -> int:
        """Run the statement in the transaction under way on ``conn``; the number of rows it changed."""
        sql, positional, processors = self._for(conn.dialect)
        values = [(name, params[name] if process is None else process(params[name])) for name, process in processors]
        try:
            cursor = driver_cursor(conn).execute(sql, [value for _, value in values] if positional else dict(values))
        except conn.dialect.loaded_dbapi.Error as error:
            raise wrapped(conn, error, sql) from error
        return int(cursor.rowcount)


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


__all__ = ["Prepared", "driver_cursor", "wrapped"]
