"""Change stamps and tombstones, written inside every write transaction from its typed change set.

The store calls :func:`record_stamps` (a server store with its NOTIFY messages) just
before COMMIT with the transaction's tracker, which knows every record created, updated or deleted by kind.
Deriving stamps from it (rather than from triggers or from each service) means no write path can forget them:
a note dragged with Core SQL, an erasure, a cascade, a phone's vote. Each transaction that changes anything
advances this copy's clock by one; its records are stamped (copy, clock, time) and its deletions become
tombstones, so a merge can tell who changed what since the copies parted (see :mod:`workshop_app.merge.plan`).
Stamps are per field (format 8): an update stamps the columns its writer named (a drag: x and y), anything
else the whole record (``field`` ''), so two copies' changes to different fields of one record are both kept.

A merge writes records that another copy changed: their stamps must stay the other copy's, or merging twice
would not be a no-op. It hands them over with :func:`keep_stamps`, and this hook writes them as given.
"""

import contextlib
import functools
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection

from workshop_app.domain.types import sqlite_text
from workshop_app.operations.changes import ChangeSet, ChangeTracker, Kind
from workshop_app.storage.prepared import MISMATCH, Deferred, DeferredMissError, driver_cursor, mismatch_in

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
    """The stamps a merge hands over for one record, by field ('' : the whole record); ``deleted`` makes the
    whole-record stamp a tombstone."""

    fields: Mapping[str, Stamp]
    deleted: bool = False


WHOLE = ""
"""The ``field`` of a whole-record stamp: the record was made, restored, or changed without naming columns."""
UNSTAMPED_FIELDS = frozenset({"updated_at"})
"""Written by every update, so stamped only when nothing else was (the merge never compares it)."""


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


Notice = tuple[str, str]
"""A NOTIFY message on a server: (channel, payload)."""


def record_stamps(
    conn: Connection,
    tracker: ChangeTracker,
    notices: Sequence[Notice] = (),
    *,
    changes: ChangeSet | None = None,
    deferred: Sequence[Deferred] = (),
    alone: bool = False,
) -> None:
    """The before-commit hook: stamp the fields the transaction changed, tombstone the records it deleted.

    One statement on a server (one round trip: the clock advanced, the knowledge entered, stamps upserted,
    tombstones cleared or written, all as parts of one WITH); on SQLite, where a statement is a library call,
    a drag or an edit costs the clock's UPDATE and one upsert of its stamps.

    ``notices`` (a server only): NOTIFY messages sent by that same statement, so a server store's live
    refresh costs a commit no round trip of its own; PostgreSQL delivers them when (and only if) it commits.
    ``changes``: the tracker's change set when the caller has it already (the store computes it once per commit).

    On a server the statement goes to the driver's own cursor, like the move's UPDATE (this runs on every note
    moved): a failure (a serialisation conflict with a colleague) arrives as the driver's error, which the
    store wraps as SQLAlchemy would before it tells the person what happened.

    ``deferred`` (a server only): the transaction's writes left for this statement (see
    :class:`workshop_app.storage.prepared.Deferred`), its first parts; one that misses its rows fails the
    statement, raised as :class:`~workshop_app.storage.prepared.DeferredMissError`. ``alone``: nothing else is
    sent in the transaction after this statement, so if nothing was sent before it either (a transaction whose
    writes were all deferred), it is sent as a transaction of its own: one round trip in all, and the store's
    COMMIT has nothing left to do.
    """
    if conn.dialect.name == "sqlite":
        if notices or deferred:
            raise ValueError("SQLite has no NOTIFY, and its writes are never deferred")
        rows = _rows(conn, tracker, changes)
        if rows is not None:
            _write_sqlite(conn, rows, tracker.now())
        return
    statement = _server_stamps(conn, tracker, notices, changes, deferred)
    if statement is None:
        return
    cursor = driver_cursor(conn)
    try:
        if alone and cursor.connection.info.transaction_status == _IDLE:
            _send_alone(cursor, statement)
        else:
            cursor.execute(*statement)
    except conn.dialect.loaded_dbapi.Error as error:
        index = mismatch_in(error) if deferred else None
        if index is not None:
            raise DeferredMissError(index) from error
        raise


_IDLE = 0
"""psycopg's ``pq.TransactionStatus.IDLE``: the connection has no transaction under way."""


def _send_alone(cursor: Any, statement: tuple[str, tuple[Any, ...]]) -> None:
    """The statement as a transaction of its own: in autocommit, PostgreSQL commits each statement by itself,
    at the session's default isolation (the store's writer sets SERIALIZABLE when it connects)."""
    driver = cursor.connection
    driver.autocommit = True
    try:
        cursor.execute(*statement)
    finally:
        with contextlib.suppress(Exception):  # a lost connection is reported by the statement's own error
            driver.autocommit = False


def _server_stamps(
    conn: Connection,
    tracker: ChangeTracker,
    notices: Sequence[Notice],
    changes: ChangeSet | None,
    deferred: Sequence[Deferred],
) -> tuple[str, tuple[Any, ...]] | None:
    """The one statement (text, parameters) that stamps a transaction's changes on a server and sends its
    notices, or None when there is nothing to send. The statement checks itself (a failed check is an error
    that aborts the transaction), so its answer is never read: a result costs psycopg work on every commit."""
    rows = _rows(conn, tracker, changes)
    if rows is None:
        if not deferred:
            return _notify_statement(notices) if notices else None
        rows = _Rows()
    return _server_statement(rows, tracker.now(), notices, deferred)


def _rows(conn: Connection, tracker: ChangeTracker, changes: ChangeSet | None) -> "_Rows | None":
    """What the transaction stamps (with any stamps a merge handed over); None: nothing, or a programme at an
    older revision, without the stamps' tables (only while it is built or migrated)."""
    explicit: dict[RecordKey, KeptStamp] = conn.info.pop(_EXPLICIT, {})
    if changes is None:
        changes = tracker.changes()
    if (not changes and not explicit) or not _has_stamp_tables(conn):
        return None
    rows = _Rows()
    for kind, ids in changes.created.items():
        for record_id in ids:
            rows.created.append((kind.value, record_id.hex))
            rows.add(kind, record_id, explicit.pop((kind, record_id), None), (WHOLE,))
    for kind, ids in changes.updated.items():
        for record_id in ids:
            rows.add(kind, record_id, explicit.pop((kind, record_id), None), _stamped_fields(tracker, kind, record_id))
    for kind, ids in changes.deleted.items():
        for record_id in ids:
            kept = explicit.pop((kind, record_id), None)
            rows.bury(kind, record_id, kept.fields[WHOLE] if kept is not None else None)
    for (kind, record_id), kept in explicit.items():
        rows.add(kind, record_id, kept, ())
    return rows


_AliveRow = tuple[str, str, str, "Stamp | None"]
"""(kind, record id hex, field, stamp) to upsert; no stamp: this commit's fresh one."""


@dataclass
class _Rows:
    """What one commit stamps, gathered before any statement is sent."""

    alive: list[_AliveRow] = field(default_factory=list)
    created: list[tuple[str, str]] = field(default_factory=list)  # their tombstones go (an undone deletion)
    buried: list[tuple[str, str, "Stamp | None"]] = field(default_factory=list)
    fresh: bool = False
    """Whether anything needs this commit's own stamp (a merge's records may all keep the other copy's)."""
    kept: bool = False
    """Whether any row keeps a stamp handed over by a merge (it may take the place of a newer one of ours)."""

    def add(self, kind: Kind, record_id: uuid.UUID, kept: KeptStamp | None, fields: Sequence[str]) -> None:
        if kept is None:
            if fields:
                kind_name, record_hex = kind.value, record_id.hex  # each a property computed on every access
                self.alive += [(kind_name, record_hex, name, None) for name in fields]
                self.fresh = True
        elif kept.deleted:
            self.bury(kind, record_id, kept.fields[WHOLE])
        elif kept.fields:
            kind_name, record_hex = kind.value, record_id.hex
            self.alive += [(kind_name, record_hex, name, stamp) for name, stamp in kept.fields.items()]
            self.kept = True

    def bury(self, kind: Kind, record_id: uuid.UUID, stamp: Stamp | None) -> None:
        """A tombstone for the record; no stamp: this commit's fresh one."""
        self.buried.append((kind.value, record_id.hex, stamp))
        if stamp is None:
            self.fresh = True
        else:
            self.kept = True


def _stamped_fields(tracker: ChangeTracker, kind: Kind, record_id: uuid.UUID) -> Sequence[str]:
    written = tracker.updated_fields(kind, record_id)
    if written is None:
        return (WHOLE,)
    return sorted(written - UNSTAMPED_FIELDS) or sorted(written) or (WHOLE,)


_T = TypeVar("_T")
_CHUNK_ROWS = 2000
"""Rows per statement (6 values each): well under SQLite's 32,766 variables and PostgreSQL's 65,535."""


def _write_sqlite(conn: Connection, rows: _Rows, moment: datetime) -> None:
    """A file's stamps, this commit's own at ``moment`` (the transaction's). Its clock is advanced in the writer's
    memory and carried by the stamps themselves: a commit does not write ``merge_copy`` (a page fewer for every
    commit; a drag writes the note's page and its stamps' page). The file's own clock is the highest of
    ``merge_copy.clock`` and its own stamps' counters (:data:`OWN_CLOCK_SQL`), which only goes down when a stamp of
    ours is replaced by one a merge hands over or removed with it, so such a commit writes the clock as well."""
    driver = _driver(conn)
    clock = _own_clock_sqlite(conn, driver)
    # This commit's stamp as stored (hex, counter, time text), made once and used as it is for every row.
    fresh = None
    if rows.fresh:
        clock[1] += 1  # never given twice: a commit that fails after this leaves an unused value, as a sequence
        fresh = (clock[0], clock[1], sqlite_text(moment))
    if rows.kept:
        driver.execute("UPDATE merge_copy SET clock = ?", (clock[1],))
    for chunk in _chunks(rows.alive):
        values = [
            value
            for kind, record_id, name, stamp in chunk
            for value in (kind, record_id, name, *_stamp_values(stamp, fresh))
        ]
        driver.execute(_upsert_sqlite("change_stamp", len(chunk), with_field=True), values)
    if not rows.created and not rows.buried:  # an edit or a drag
        return
    for created in _chunks(rows.created):
        driver.execute(
            f"DELETE FROM tombstone WHERE (kind, record_id) IN (VALUES {_marks(len(created), 2)})",
            [value for pair in created for value in pair],
        )
    for buried in _chunks(rows.buried):
        keys = [value for kind, record_id, _stamp in buried for value in (kind, record_id)]
        driver.execute(f"DELETE FROM change_stamp WHERE (kind, record_id) IN (VALUES {_marks(len(buried), 2)})", keys)
        values = [
            value for kind, record_id, stamp in buried for value in (kind, record_id, *_stamp_values(stamp, fresh))
        ]
        driver.execute(_upsert_sqlite("tombstone", len(buried), with_field=False), values)


@functools.lru_cache(maxsize=64)
def _upsert_sqlite(table: str, count: int, *, with_field: bool) -> str:
    """A stamp or tombstone written over the record's (field's) earlier one, for ``count`` rows at once."""
    key = "kind, record_id, field" if with_field else "kind, record_id"
    return (
        f"INSERT INTO {table} ({key}, copy_id, counter, changed_at) VALUES {_marks(count, 6 if with_field else 5)}"
        f" ON CONFLICT ({key}) DO UPDATE SET"
        " copy_id = excluded.copy_id, counter = excluded.counter, changed_at = excluded.changed_at"
    )


@functools.lru_cache(maxsize=64)
def _marks(count: int, width: int) -> str:
    row = "(" + ", ".join("?" for _ in range(width)) + ")"
    return ", ".join(row for _ in range(count))


def _stamp_values(stamp: Stamp | None, fresh: tuple[str, int, str] | None) -> tuple[str, int, str]:
    """A stamp as stored; None: this commit's own (already in that form)."""
    if stamp is None:
        assert fresh is not None
        return fresh
    return stamp.copy_id.hex, stamp.counter, sqlite_text(stamp.changed_at)


def _chunks(items: list[_T]) -> list[list[_T]]:
    if len(items) <= _CHUNK_ROWS:  # nearly always: a commit stamps a few rows
        return [items] if items else []
    return [items[start : start + _CHUNK_ROWS] for start in range(0, len(items), _CHUNK_ROWS)]


def _server_statement(
    rows: _Rows, moment: datetime, notices: Sequence[Notice], deferred: Sequence[Deferred] = ()
) -> tuple[str, tuple[Any, ...]]:
    """Everything in one statement: on a server each statement is a round trip. Its text depends only on how
    many rows of each part there are, and on the deferred writes' texts (made once per shape, and prepared by
    the server after a few runs). ``moment``: the transaction's, the time of this commit's own stamps."""
    now = moment.astimezone(UTC).replace(tzinfo=None)
    params: list[Any] = [value for write in deferred for value in write.params]
    if rows.alive:
        params.append(now)
        for kind, record_id, name, stamp in rows.alive:
            params += [kind, record_id, name, *_server_stamp(stamp)]
    params += [value for pair in rows.created for value in pair]
    if rows.buried:
        params += [value for kind, record_id, _stamp in rows.buried for value in (kind, record_id)]
        params.append(now)
        for kind, record_id, stamp in rows.buried:
            params += [kind, record_id, *_server_stamp(stamp)]
    params += [value for notice in notices for value in notice]
    shape = tuple((write.sql, write.rows) for write in deferred)
    sql = _server_sql(rows.fresh, len(rows.alive), len(rows.created), len(rows.buried), len(notices), shape)
    return sql, tuple(params)


@functools.lru_cache(maxsize=64)
def _server_sql(
    fresh: bool, alive: int, created: int, buried: int, notices: int, deferred: tuple[tuple[str, int], ...] = ()
) -> str:
    """The text of :func:`_server_statement` for a commit of this shape; parameters in the order made there."""
    # The deferred writes first, each a part whose rows are counted (they all see the statement's one snapshot,
    # and change other tables than the parts below).
    parts: list[str] = [f"deferred_{number} AS ({sql})" for number, (sql, _rows) in enumerate(deferred)]
    if fresh:
        parts.append("advanced AS (UPDATE merge_copy SET clock = clock + 1 RETURNING copy_id, clock)")
        parts.append(
            "known AS (INSERT INTO merge_knowledge (copy_id, counter) SELECT copy_id, clock FROM advanced"
            " ON CONFLICT (copy_id) DO UPDATE SET counter = excluded.counter)"
        )
    else:
        parts.append("advanced AS (SELECT copy_id, clock FROM merge_copy)")
    stamp_columns = (
        "coalesce(v.copy_id::uuid, a.copy_id), coalesce(v.counter::integer, a.clock),"
        " coalesce(v.changed_at::timestamp, %s::timestamp)"
    )
    set_stamp = "copy_id = excluded.copy_id, counter = excluded.counter, changed_at = excluded.changed_at"
    if alive:
        values = ", ".join("(%s, %s, %s, %s, %s, %s)" for _ in range(alive))
        parts.append(
            "stamped AS (INSERT INTO change_stamp (kind, record_id, field, copy_id, counter, changed_at)"
            f" SELECT v.kind, v.record_id::uuid, v.field, {stamp_columns}"
            f" FROM (VALUES {values}) AS v(kind, record_id, field, copy_id, counter, changed_at) CROSS JOIN advanced a"
            f" ON CONFLICT (kind, record_id, field) DO UPDATE SET {set_stamp})"
        )
    if created:
        values = ", ".join("(%s, %s)" for _ in range(created))
        parts.append(
            f"unburied AS (DELETE FROM tombstone t USING (VALUES {values}) AS c(kind, record_id)"
            " WHERE t.kind = c.kind AND t.record_id = c.record_id::uuid)"
        )
    if buried:
        values = ", ".join("(%s, %s)" for _ in range(buried))
        parts.append(
            f"cleared AS (DELETE FROM change_stamp s USING (VALUES {values}) AS b(kind, record_id)"
            " WHERE s.kind = b.kind AND s.record_id = b.record_id::uuid)"
        )
        values = ", ".join("(%s, %s, %s, %s, %s)" for _ in range(buried))
        parts.append(
            "buried AS (INSERT INTO tombstone (kind, record_id, copy_id, counter, changed_at)"
            f" SELECT v.kind, v.record_id::uuid, {stamp_columns}"
            f" FROM (VALUES {values}) AS v(kind, record_id, copy_id, counter, changed_at) CROSS JOIN advanced a"
            f" ON CONFLICT (kind, record_id) DO UPDATE SET {set_stamp})"
        )
    announced = "0"
    if notices:
        # A plain SELECT in a WITH runs only when the main query reads it, so the count below is what sends.
        parts.append(f"announced AS ({_notify_all(notices)})")
        announced = "(SELECT count(*) FROM announced)"
    # The checks are the statement's own (an integer cast of the explanation fails the statement, and with it
    # the transaction), so the store sends its COMMIT without reading anything back.
    # (Each explanation names its count: PostgreSQL folds a constant one while planning, failing every time.)
    checks = " ".join(
        f"WHEN (SELECT count(*) FROM deferred_{number}) <> {rows} THEN ('{MISMATCH} {number} ('"
        f" || (SELECT count(*) FROM deferred_{number}) || ' rows, {rows} expected)')::integer"
        for number, (_sql, rows) in enumerate(deferred)
    )
    return (
        "WITH " + ", ".join(parts) + f" SELECT CASE {checks} WHEN (SELECT count(*) FROM advanced) = 1 AND "
        f"{announced} = {notices} THEN 1 ELSE ('merge stamps: ' || (SELECT count(*) FROM advanced) || ' merge_copy"
        f" rows (one expected), ' || {announced} || ' of {notices} notices sent')::integer END"
    )


@functools.lru_cache(maxsize=16)
def _notify_all(count: int) -> str:
    """Every notice of a commit in one SELECT. Plain text parameters: a payload in a text array would be
    escaped quote by quote by the driver, on every commit."""
    values = ", ".join("(%s, %s)" for _ in range(count))
    return f"SELECT pg_notify(n.channel, n.payload) FROM (VALUES {values}) AS n(channel, payload)"


def _notify_statement(notices: Sequence[Notice]) -> tuple[str, tuple[Any, ...]]:
    """The notices alone, for a commit that stamps nothing."""
    return _notify_all(len(notices)), tuple(value for notice in notices for value in notice)


def _server_stamp(stamp: "Stamp | None") -> tuple[Any, Any, Any]:
    if stamp is None:
        return None, None, None
    return stamp.copy_id.hex, stamp.counter, stamp.changed_at.astimezone(UTC).replace(tzinfo=None)


def _driver(conn: Connection) -> Any:
    """The sqlite3 connection under ``conn``: the hook runs on every commit, so it skips SQLAlchemy's layers."""
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver


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


OWN_CLOCK_SQL = (
    "SELECT m.copy_id, m.clock,"
    " (SELECT max(s.counter) FROM change_stamp s WHERE s.copy_id = m.copy_id),"
    " (SELECT max(t.counter) FROM tombstone t WHERE t.copy_id = m.copy_id)"
    " FROM merge_copy m"
)
"""A copy's id and the columns its own clock is made of (see :func:`own_clock`), on SQLite and PostgreSQL alike."""


def own_clock(rows: Sequence[Sequence[Any]]) -> tuple[Any, int]:
    """A copy's id (as stored) and its own clock, the newest counter it has given a change, from the rows of
    :data:`OWN_CLOCK_SQL`: the highest of ``merge_copy.clock`` and of its own stamps' and tombstones' counters.

    A file's commits carry the clock in their stamps without writing ``merge_copy`` (see :func:`_write_sqlite`);
    a server's commit advances ``merge_copy.clock`` itself, so there the clock is already the highest. Whoever
    takes a copy's knowledge of itself (a merge, a copy for a colleague, a transfer) reads it from here."""
    if len(rows) != 1:
        raise RuntimeError(f"the programme has {len(rows)} merge_copy rows, not one")
    copy_id, *counters = rows[0]
    return copy_id, max(int(counter) for counter in counters if counter is not None)


_OWN_CLOCK = "workshop_own_clock"
"""Key in the writing connection's ``info`` of the file's own clock as its commits advance it: [copy id hex,
counter]. Read from the file once per connection (a new connection after a failure reads it again); the file
has one writer at a time (its lock), and every stamp it writes goes through this connection."""


def _own_clock_sqlite(conn: Connection, driver: Any) -> list[Any]:
    clock: list[Any] | None = conn.info.get(_OWN_CLOCK)
    if clock is None:
        copy_hex, counter = own_clock(driver.execute(OWN_CLOCK_SQL).fetchall())
        clock = conn.info[_OWN_CLOCK] = [str(copy_hex), counter]
    return clock
