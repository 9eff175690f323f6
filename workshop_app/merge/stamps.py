"""Change stamps and tombstones, written inside every write transaction from its typed change set.

The store calls :func:`record_stamps` just before COMMIT with the transaction's tracker, which knows every
record created, updated or deleted by kind. Deriving stamps from it (rather than from triggers or from each
service) means no write path can forget them: a note dragged with Core SQL, an erasure, a cascade, a phone's
vote. Each transaction that changes anything advances this copy's clock by one; its records are stamped
(copy, clock, time) and its deletions become tombstones, so a merge can tell who changed what since the
copies parted (see :mod:`workshop_app.merge.engine`).

A merge writes records that another copy changed: their stamps must stay the other copy's, or merging twice
would not be a no-op. It hands them over with :func:`keep_stamps`, and this hook writes them as given.
"""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from workshop_app.operations.changes import ChangeTracker, Kind

BOOKKEEPING_TABLES = frozenset({"merge_copy", "merge_knowledge", "change_stamp", "tombstone", "merge_conflict"})
"""The merge's own tables: they change with every commit (the clock, the stamps), never hold what a person
wrote, and are left out where two states of a programme's content are compared (undo restores content)."""

_EXPLICIT = "workshop_merge_stamps"
"""Key in the connection's ``info`` under which a merge leaves the stamps its records must keep."""


@dataclass(frozen=True, order=True)
class Stamp:
    """When and where a record last changed: the copy, that copy's clock value, and the time (UTC)."""

    copy_id: uuid.UUID
    counter: int
    changed_at: datetime


@dataclass(frozen=True)
class KeptStamp:
    """A stamp a merge hands over: ``deleted`` makes it a tombstone."""

    stamp: Stamp
    deleted: bool = False


RecordKey = tuple[Kind, uuid.UUID]


def keep_stamps(conn: Connection, stamps: Mapping[RecordKey, KeptStamp]) -> None:
    """Make the hook of the transaction under way on ``conn`` write these stamps instead of fresh ones.

    Records named here but not changed by the transaction are stamped all the same (a merge may take over
    another copy's newer stamp for a record whose content was already equal).
    """
    conn.info.setdefault(_EXPLICIT, {}).update(stamps)


def forget_kept_stamps(conn: Connection) -> None:
    """Drop stamps handed over for a transaction that did not commit (``info`` outlives transactions)."""
    conn.info.pop(_EXPLICIT, None)


def db_time(moment: datetime) -> str:
    """A time as SQLAlchemy's DateTime stores it on SQLite (naive UTC text), so both read the same value."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def record_stamps(conn: Connection, tracker: ChangeTracker) -> None:
    """The before-commit hook: stamp what the transaction changed, tombstone what it deleted."""
    explicit: dict[RecordKey, KeptStamp] = conn.info.pop(_EXPLICIT, {})
    changes = tracker.changes()
    if not changes and not explicit:
        return
    if not _has_stamp_tables(conn):
        return  # a file at an older revision (only while it is being built or migrated): nothing to stamp
    stamped: list[tuple[str, str, str, int, str]] = []
    buried: list[tuple[str, str, str, int, str]] = []
    fresh: Stamp | None = None
    # created and updated may name the same kind: unite them per kind first
    alive: dict[Kind, set[uuid.UUID]] = {}
    for kind, named in [*changes.created.items(), *changes.updated.items()]:
        alive.setdefault(kind, set()).update(named)
    groups: list[tuple[Kind, set[uuid.UUID], bool]] = [(kind, ids, False) for kind, ids in alive.items()]
    groups += [(kind, set(ids), True) for kind, ids in changes.deleted.items()]
    for kind, ids, deleted in groups:
        for record_id in ids:
            kept = explicit.pop((kind, record_id), None)
            if kept is None:
                if fresh is None:
                    fresh = _advance_clock(conn)
                kept = KeptStamp(fresh, deleted)
            _collect(stamped, buried, kind, record_id, kept)
    for (kind, record_id), kept in explicit.items():
        _collect(stamped, buried, kind, record_id, kept)
    # Statements with nothing to do are not sent, and stamps are upserts: a record stamped again (a note
    # dragged again) is rewritten where it is, so a commit dirties one page of each table, not a deleted and
    # a re-inserted row with their index entries. Fewer pages in the log before its fsync on every drag.
    if conn.dialect.name != "sqlite":
        # On a server each statement is a round trip: the delete and the upsert go as one statement.
        for rows, gone, table in ((stamped, "tombstone", "change_stamp"), (buried, "change_stamp", "tombstone")):
            if rows:
                statement = f"WITH gone AS (DELETE FROM {gone} WHERE kind = ? AND record_id = ?) " + _UPSERT.format(
                    table=table
                )
                _run_many(conn, statement, [(*row[:2], *row) for row in rows])
        return
    if stamped:
        _run_many(conn, "DELETE FROM tombstone WHERE kind = ? AND record_id = ?", [row[:2] for row in stamped])
        _run_many(conn, _UPSERT.format(table="change_stamp"), stamped)
    if buried:
        _run_many(conn, "DELETE FROM change_stamp WHERE kind = ? AND record_id = ?", [row[:2] for row in buried])
        _run_many(conn, _UPSERT.format(table="tombstone"), buried)


_UPSERT = (
    "INSERT INTO {table} (kind, record_id, copy_id, counter, changed_at) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (kind, record_id) DO UPDATE SET"
    " copy_id = excluded.copy_id, counter = excluded.counter, changed_at = excluded.changed_at"
)
"""A stamp or tombstone written over the record's earlier one (same meaning as INSERT OR REPLACE)."""


def _driver(conn: Connection) -> Any:
    """The sqlite3 connection under ``conn``: the hook runs on every commit, so it skips SQLAlchemy's layers."""
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver


def _run_many(conn: Connection, statement: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """``statement`` (written with ``?`` placeholders) once per row, straight on the driver: sqlite3's own
    executemany, or a psycopg cursor's with its ``%s`` placeholders on a server."""
    if conn.dialect.name == "sqlite":
        _driver(conn).executemany(statement, rows)
        return
    # On a server through SQLAlchemy's own driver call, so a failure (a serialisation conflict with a colleague)
    # arrives wrapped as every other failed statement does, and the store can tell the person what happened.
    conn.exec_driver_sql(statement.replace("?", "%s"), list(rows))


def _run(conn: Connection, statement: str, values: tuple[Any, ...] = ()) -> list[Any]:
    """One statement straight on the driver (see :func:`_run_many`); its rows, if it returns any."""
    if conn.dialect.name == "sqlite":
        return list(_driver(conn).execute(statement, values).fetchall())
    result = conn.exec_driver_sql(statement.replace("?", "%s"), values)
    return list(result.fetchall()) if result.returns_rows else []


def _has_stamp_tables(conn: Connection) -> bool:
    """Whether the file has revision 0005's tables; remembered per connection once they are there."""
    if conn.info.get("workshop_merge_tables"):
        return True
    if conn.dialect.name == "sqlite":
        found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'merge_copy'").first() is not None
    else:
        found = conn.exec_driver_sql("SELECT to_regclass('merge_copy')").scalar() is not None
    if found:
        conn.info["workshop_merge_tables"] = True
    return found


def _collect(
    stamped: list[tuple[str, str, str, int, str]],
    buried: list[tuple[str, str, str, int, str]],
    kind: Kind,
    record_id: uuid.UUID,
    kept: KeptStamp,
) -> None:
    stamp = kept.stamp
    row = (kind.value, record_id.hex, stamp.copy_id.hex, stamp.counter, db_time(stamp.changed_at))
    (buried if kept.deleted else stamped).append(row)


def _advance_clock(conn: Connection) -> Stamp:
    """This copy's next clock value (one per committing transaction), entered in its own knowledge."""
    if conn.dialect.name != "sqlite":
        # One round trip on a server: the clock advanced and entered in the knowledge by one statement.
        rows = _run(
            conn,
            "WITH advanced AS (UPDATE merge_copy SET clock = clock + 1 RETURNING copy_id, clock),"
            " known AS (INSERT INTO merge_knowledge (copy_id, counter) SELECT copy_id, clock FROM advanced"
            " ON CONFLICT (copy_id) DO UPDATE SET counter = excluded.counter)"
            " SELECT copy_id, clock FROM advanced",
        )
        if len(rows) != 1:
            raise RuntimeError(f"the programme has {len(rows)} merge_copy rows, not one")
        ((server_id, server_counter),) = rows
        return Stamp(uuid.UUID(str(server_id)), int(server_counter), datetime.now(UTC))
    rows = _run(conn, "UPDATE merge_copy SET clock = clock + 1 RETURNING copy_id, clock")
    if len(rows) != 1:
        raise RuntimeError(f"the file has {len(rows)} merge_copy rows, not one")
    ((copy_hex, counter),) = rows
    copy_id = uuid.UUID(str(copy_hex))
    _run(
        conn,
        "INSERT INTO merge_knowledge (copy_id, counter) VALUES (?, ?)"
        " ON CONFLICT (copy_id) DO UPDATE SET counter = excluded.counter",
        (copy_id.hex, int(counter)),
    )
    return Stamp(copy_id, int(counter), datetime.now(UTC))
