"""Snapshots of a record and everything that hangs off it, so a deletion can be undone with the same ids.

Undo in the GUI (Qt's QUndoStack) calls these: before a record is deleted its snapshot is taken; undo puts
every row back exactly, including rows that a cascade removed (a workshop's agenda, boards, notes, votes)
and references that were set to NULL (an action that pointed at a deleted note). Redo of a creation uses
the same snapshot, so commands further up the stack still find the ids they know.
"""

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlmodel import SQLModel

from workshop_app.domain import models  # noqa: F401  (registers every table on the metadata)
from workshop_app.services.common import not_found
from workshop_app.storage.store import ProgrammeStore

SKIPPED_TABLES = {"app_meta", "catalogue_snapshot", "programme"}


@dataclass(frozen=True)
class Snapshot:
    """Rows by table in insertion order, plus the NULL-able references that pointed into them."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    references: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # table, column, row id, target


def _tables() -> dict[str, Table]:
    return {name: table for name, table in SQLModel.metadata.tables.items() if name not in SKIPPED_TABLES}


def _children(table_name: str) -> list[tuple[Table, str, str | None]]:
    """Tables with a foreign key into ``table_name``: (child table, column, ondelete)."""
    found = []
    for child in _tables().values():
        for key in child.foreign_keys:
            if key.column.table.name == table_name:
                found.append((child, key.parent.name, key.ondelete))
    return found


def capture(store: ProgrammeStore, table_name: str, record_id: uuid.UUID) -> Snapshot:
    """Everything that deleting ``record_id`` from ``table_name`` would remove or unlink.

    Inside a transaction it reads that transaction, so what it captures is exactly what the delete removes.
    """
    with store.reading() as session:
        return capture_on(session.connection(), table_name, record_id)


def capture_on(conn: Connection, table_name: str, record_id: uuid.UUID) -> Snapshot:
    tables = _tables()
    snapshot = Snapshot()
    seen: set[tuple[str, Any]] = set()
    table = tables[table_name]
    root = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if root is None:
        raise not_found()
    pending: list[tuple[str, dict[str, Any]]] = [(table_name, dict(root))]
    while pending:
        name, row = pending.pop(0)
        if (name, row["id"]) in seen:
            continue
        seen.add((name, row["id"]))
        snapshot.rows.append((name, row))
        for child, column, ondelete in _children(name):
            linked = conn.execute(select(child).where(child.c[column] == row["id"])).mappings().all()
            for child_row in linked:
                if ondelete == "CASCADE":
                    pending.append((child.name, dict(child_row)))
                else:
                    snapshot.references.append((child.name, column, child_row["id"], row["id"]))
    return snapshot


def restore(store: ProgrammeStore, snapshot: Snapshot) -> None:
    """Put a snapshot back in one transaction: rows first, then the references that pointed into them."""
    tables = _tables()
    with store.writing() as conn:
        tracker = store.tracker
        for name, row in _parents_first(snapshot.rows):
            conn.execute(tables[name].insert().values(**row))
            tracker.record("created", name, row["id"])
        for name, column, row_id, target in snapshot.references:
            table = tables[name]
            conn.execute(table.update().where(table.c.id == row_id).values({column: target}))
            tracker.record("updated", name, row_id)


def delete(store: ProgrammeStore, table_name: str, record_id: uuid.UUID) -> Snapshot:
    """Delete a record (and what cascades from it) in one transaction, returning the snapshot that undoes
    it. The change set names every row the cascade removes and every row it unlinks."""
    with store.writing() as conn:
        snapshot = capture_on(conn, table_name, record_id)
        table = _tables()[table_name]
        conn.execute(table.delete().where(table.c.id == record_id))
        record_removal(store, snapshot)
    return snapshot


def record_removal(store: ProgrammeStore, snapshot: Snapshot) -> None:
    """Name in the transaction's change set what removing ``snapshot``'s root takes with it."""
    tracker = store.tracker
    for name, row in snapshot.rows:
        tracker.record("deleted", name, row["id"])
    for name, _column, row_id, _target in snapshot.references:
        tracker.record("updated", name, row_id)


def _parents_first(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """Order rows so every row comes after any row of the snapshot it references."""
    by_id = {row["id"]: (name, row) for name, row in rows}
    ordered: list[tuple[str, dict[str, Any]]] = []
    placed: set[Any] = set()
    tables = _tables()

    def place(name: str, row: dict[str, Any]) -> None:
        if row["id"] in placed:
            return
        placed.add(row["id"])
        for key in tables[name].foreign_keys:
            target = row.get(key.parent.name)
            if target in by_id and target != row["id"]:
                place(*by_id[target])
        ordered.append((name, row))

    for name, row in rows:
        place(name, row)
    return ordered
