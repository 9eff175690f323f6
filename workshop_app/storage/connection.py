"""SQLAlchemy engines for a programme file, with the pragmas every connection needs."""

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from workshop_app.storage.fileformat import sqlite_uri

__all__ = ["BEGIN_OPTION", "CONNECTION_PRAGMAS", "WAL_LIMIT", "make_engine", "pragma_value", "sqlite_uri"]

BEGIN_OPTION = "workshop_begin"

WAL_LIMIT = 1024 * 1024
"""Bytes of write-ahead log after which the store folds it into the file (SQLite's own automatic checkpoint is
off, so that every new log starts with its lineage; see :mod:`workshop_app.storage.wal`).

A quarter of SQLite's own threshold (1,000 pages): a log is begun afresh when a programme is opened, and until
its file has reached the limit every commit lengthens it, which costs a quarter more than writing over space it
has (see ``journal_size_limit`` below). A facilitator's session of a few hundred drags stays that long below
4 MiB; at 1 MiB the log reaches its steady size after some eighty drags. Smaller, the folds (each syncs the file)
come often enough to cost more than they save. Measured over 600 moves and drags: mean per commit 0.371 ms at
4 MiB, 0.360 ms at 1 MiB, 0.367 ms at 512 KiB."""

# Applied on every new connection: SQLite forgets all of these when a connection closes.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA busy_timeout = 5000",
    # The store folds the log itself once its file passes WAL_LIMIT; SQLite cuts a restarted log's file back to
    # this size, so the fold is not asked for again at once. The file is cut back to the limit, not further:
    # a commit that writes over space the file already has costs a quarter less than one that makes the file
    # longer (the sync also writes the file's new size; measured: 0.46 against 0.37 ms for one UPDATE), so
    # once a log has reached the limit it is overwritten in place, as SQLite's own checkpoints leave it.
    f"PRAGMA journal_size_limit = {WAL_LIMIT}",
    # The store folds the log itself (ProgrammeStore.checkpoint), so that each new log begins with its lineage.
    "PRAGMA wal_autocheckpoint = 0",
)


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine whose transactions are real SQLite transactions (pysqlite's implicit ones are not).

    Following SQLAlchemy's recipe for pysqlite, the driver's own transaction handling is switched off and
    BEGIN is emitted explicitly, so reads and DDL are inside the transaction too. Writers ask for
    ``BEGIN IMMEDIATE`` through the ``workshop_begin`` execution option, so a write never fails half-way on
    a lock upgrade.
    """
    uri = sqlite_uri(path, read_only=read_only, immutable=immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5.0)

    # "sqlite://" alone makes SQLAlchemy assume an in-memory database and pick SingletonThreadPool: one
    # connection per thread, shared with the kept-open writer, and the oldest closed (the writer's included)
    # once more than five threads have read. A real pool keeps the writer's connection its own.
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        for pragma in CONNECTION_PRAGMAS:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Straight to the driver. A store's write transaction may have begun there already (a note moved
        # with a prepared statement); a Core statement or ORM session in it joins that transaction.
        driver = conn.connection.driver_connection
        assert driver is not None
        if not driver.in_transaction:
            driver.execute(conn.get_execution_options().get(BEGIN_OPTION, "BEGIN"))

    return engine


def pragma_value(engine: Engine, name: str) -> Any:
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()
