"""Copying a programme between a file and a server, either way: every table, row by row, in one transaction.

The target is built at the newest schema by the same revisions, then filled from one snapshot of the source;
a failure anywhere rolls the target back whole (a server database stays empty; a file under construction is
removed), so a copy is complete or not made. Values are carried in each side's own form: ids as 32 hex digits
in a file and native uuids on a server, times as naive UTC in both.
"""

import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, Table, text
from sqlalchemy import types as sa_types
from sqlalchemy.exc import DBAPIError

from workshop_app.errors import QT_TRANSLATE_NOOP, FileOpenError
from workshop_app.merge.stamps import OWN_CLOCK_SQL, own_clock
from workshop_app.storage.building import empty_programme, part_path, publish, refuse_existing, remove_part
from workshop_app.storage.locations import Location, open_for_reading, shown
from workshop_app.storage.migrate import upgrade_on
from workshop_app.storage.server import _connection_error, _engine, _open_error, _tables, is_server_location

_SKIPPED = frozenset({"alembic_version"})  # the target's own revision is written by its migrations


def transfer_programme(source: Location, target: Location) -> uuid.UUID:
    """Copy the programme at ``source`` to ``target`` (a file that must not exist, or an empty database), as a
    copy of its own for merging later; returns the copy's new identity."""
    with open_for_reading(source) as store, store.snapshot() as session:
        reader = session.connection()
        if is_server_location(target):
            return _to_server(reader, str(target))
        return _to_file(reader, Path(target).expanduser())


def _fill(reader: Connection, writer: Connection) -> uuid.UUID:
    """Every row of the source into the freshly migrated target (inside ``writer``'s transaction)."""
    theirs, ours = MetaData(), MetaData()
    theirs.reflect(bind=reader)
    ours.reflect(bind=writer)
    ordered = [table for table in ours.sorted_tables if table.name not in _SKIPPED]
    for table in reversed(ordered):
        writer.execute(table.delete())  # what the migrations put there (the new file's own merge identity)
    for table in ordered:
        source = theirs.tables.get(table.name)
        if source is None:
            continue
        names = [column.name for column in table.columns if column.name in source.columns]
        convert = {name: _converter(table, name, writer) for name in names}
        batch: list[dict[str, Any]] = []
        for row in reader.execute(source.select()).mappings():
            batch.append({name: convert[name](row[name]) for name in names})
            if len(batch) >= 500:
                writer.execute(table.insert(), batch)
                batch = []
        if batch:
            writer.execute(table.insert(), batch)
    return _new_identity(writer)


def _converter(table: Table, name: str, writer: Connection) -> Callable[[Any], Any]:
    column_type = table.columns[name].type
    if isinstance(column_type, sa_types.Uuid):
        return lambda value: uuid.UUID(str(value)) if value is not None and not isinstance(value, uuid.UUID) else value
    if writer.dialect.name == "sqlite":
        return lambda value: value.hex if isinstance(value, uuid.UUID) else value
    return lambda value: value


def _uuid_param(conn: Connection, value: uuid.UUID) -> Any:
    return value.hex if conn.dialect.name == "sqlite" else value


def _new_identity(conn: Connection) -> uuid.UUID:
    """The copy's own identity: the original as its origin, and the original's knowledge including its own
    clock (as :func:`workshop_app.merge.copying.make_copy_identity` does for a file)."""
    copy_id = uuid.uuid4()
    origin, clock = own_clock(conn.execute(text(OWN_CLOCK_SQL)).all())
    origin_id = uuid.UUID(str(origin))
    known = conn.execute(
        text("SELECT counter FROM merge_knowledge WHERE copy_id = :c"), {"c": _uuid_param(conn, origin_id)}
    ).scalar()
    if known is None:
        conn.execute(
            text("INSERT INTO merge_knowledge (copy_id, counter) VALUES (:c, :n)"),
            {"c": _uuid_param(conn, origin_id), "n": int(clock)},
        )
    elif int(known) < int(clock):
        conn.execute(
            text("UPDATE merge_knowledge SET counter = :n WHERE copy_id = :c"),
            {"c": _uuid_param(conn, origin_id), "n": int(clock)},
        )
    now = datetime.now(UTC).replace(tzinfo=None)
    conn.execute(
        text("UPDATE merge_copy SET copy_id = :c, origin_id = :o, copied_at = :t, clock = 0"),
        {
            "c": _uuid_param(conn, copy_id),
            "o": _uuid_param(conn, origin_id),
            "t": now.isoformat(sep=" ", timespec="microseconds") if conn.dialect.name == "sqlite" else now,
        },
    )
    return copy_id


def _to_server(reader: Connection, target: str) -> uuid.UUID:
    engine = _engine(target)
    try:
        with engine.connect() as writer:
            if _tables(writer):
                raise _open_error("not_empty", target)
            with writer.begin():
                upgrade_on(writer)
                return _fill(reader, writer)
    except DBAPIError as error:
        raise _connection_error(target, error) from error
    finally:
        engine.dispose()


def _to_file(reader: Connection, target: Path) -> uuid.UUID:
    refuse_existing(target)
    building = part_path(target)
    try:
        engine = empty_programme(building)
        try:
            with engine.connect() as writer, writer.begin():
                copy_id = _fill(reader, writer)
            with engine.connect() as writer:
                driver = writer.connection.driver_connection
                assert driver is not None
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        publish(building, target)
    except (OSError, sqlite3.Error, DBAPIError) as error:
        raise FileOpenError(
            QT_TRANSLATE_NOOP("WorkshopErrors", "The copy {path} could not be written: {reason}."),
            kind="unwritable",
            path=shown(target),
            reason=(error.strerror if isinstance(error, OSError) else None) or str(error),
        ) from error
    finally:
        remove_part(building)
    return copy_id


__all__ = ["transfer_programme"]
