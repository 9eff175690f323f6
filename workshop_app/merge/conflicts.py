"""The conflicts a merge left open, and choosing between their values afterwards.

A merge keeps the later of two changes to one field and the other value in ``merge_conflict``. The
facilitator goes through that list later (File › Merge Conflicts…): :func:`open_conflicts` lists them with
the record described as it is now, and :class:`ResolveConflict` either keeps the value the merge kept
(accept) or puts the other value in (keep the other). Either is one operation, one transaction and one undo
step; keeping the other value goes through the kind's checked update with ``expected`` the kept value, so a
change made since the merge is never overwritten unseen. A resolved conflict leaves the list, and its undo
puts it back.
"""

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlmodel import SQLModel

from workshop_app.domain import models  # noqa: F401  (registers every table on the metadata)
from workshop_app.errors import QT_TRANSLATE_NOOP, NotFoundError, WorkshopError
from workshop_app.merge.plan import LABEL_FIELDS
from workshop_app.operations.base import Batch, Operation
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import UPDATERS, Update
from workshop_app.storage.store import ProgrammeStore

_COLUMNS = "id, kind, record_id, field, kept_value, other_value, other_copy_id, merged_at"
_KEYED_OTHERWISE = frozenset({Kind.PROGRAMME, Kind.PHASE_STATE, Kind.TASK_CHECK})
"""Kinds whose update service is not keyed by the record's id: their conflicts can only be accepted here."""


@dataclass(frozen=True)
class OpenConflict:
    """One conflict still to decide: the record (as it is now), the field and both values."""

    id: uuid.UUID
    kind: Kind
    record_id: uuid.UUID
    field: str | None
    kept: Any
    other: Any
    other_copy: str | None
    merged_at: datetime
    label: str
    exists: bool

    @property
    def choosable(self) -> bool:
        """Whether the other value can be put in: a field of a record that is still there and editable."""
        return (
            self.field is not None
            and self.exists
            and self.kind in UPDATERS
            and self.kind not in _KEYED_OTHERWISE
            and self.field in SQLModel.metadata.tables[self.kind.value].c
        )


def open_conflicts(store: ProgrammeStore) -> list[OpenConflict]:
    """Every conflict not yet resolved, oldest merge first, then by record and field."""
    with store.reading() as session:
        conn = session.connection()
        rows = conn.execute(text(f"SELECT {_COLUMNS} FROM merge_conflict")).all()
        found = [_open_conflict(conn, tuple(row)) for row in rows]
    return sorted(found, key=lambda c: (c.merged_at, c.kind.value, c.label, c.field or "", str(c.id)))


@dataclass(frozen=True)
class ResolveConflict(Operation[None]):
    """Take a conflict off the list: accept the kept value, or (``keep_other``) put the other value in."""

    conflict_id: uuid.UUID
    keep_other: bool = False

    def apply(self, store: ProgrammeStore) -> tuple[None, Operation[Any]]:
        with store.writing() as conn:
            found = conn.execute(
                text(f"SELECT {_COLUMNS} FROM merge_conflict WHERE id = :id"), {"id": _id_param(conn, self.conflict_id)}
            ).first()
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("WorkshopErrors", "This conflict has already been resolved."))
            row = tuple(found)
            conflict = _open_conflict(conn, row)
        undo_value: Operation[Any] | None = None
        if self.keep_other:
            if not conflict.choosable or conflict.field is None:
                raise WorkshopError(
                    QT_TRANSLATE_NOOP(
                        "WorkshopErrors", "The other value cannot be put back here: the record is gone or not editable."
                    )
                )
            other = _typed(conflict.kind, conflict.field, conflict.other)
            kept = _typed(conflict.kind, conflict.field, conflict.kept)
            change = Update(conflict.kind, conflict.record_id, {conflict.field: other}, expected={conflict.field: kept})
            _previous, undo_value = change.apply(store)
        with store.writing() as conn:
            conn.execute(text("DELETE FROM merge_conflict WHERE id = :id"), {"id": _id_param(conn, self.conflict_id)})
        reopen = ReopenConflict(row)
        return None, (reopen if undo_value is None else Batch((undo_value, reopen)))


@dataclass(frozen=True)
class ReopenConflict(Operation[None]):
    """Put a resolved conflict back on the list (the undo of :class:`ResolveConflict`)."""

    row: tuple[Any, ...]

    def apply(self, store: ProgrammeStore) -> tuple[None, Operation[Any]]:
        with store.writing() as conn:
            names = _COLUMNS.split(", ")
            marks = ", ".join(f":{name}" for name in names)
            conn.execute(
                text(f"INSERT INTO merge_conflict ({_COLUMNS}) VALUES ({marks})"),
                dict(zip(names, self.row, strict=True)),
            )
        return None, ResolveConflict(_uuid(self.row[0]))


def _open_conflict(conn: Connection, row: tuple[Any, ...]) -> OpenConflict:
    conflict_id, kind_name, record_id, field, kept, other, other_copy, merged_at = row
    kind = Kind(kind_name)
    record = _uuid(record_id)
    label, exists = _label(conn, kind, record)
    return OpenConflict(
        id=_uuid(conflict_id),
        kind=kind,
        record_id=record,
        field=field,
        kept=_decoded(kept),
        other=_decoded(other),
        other_copy=None if other_copy is None else str(other_copy),
        merged_at=merged_at if isinstance(merged_at, datetime) else datetime.fromisoformat(str(merged_at)),
        label=label,
        exists=exists,
    )


def _label(conn: Connection, kind: Kind, record_id: uuid.UUID) -> tuple[str, bool]:
    """The record's title or text as it is now (for an erased person nothing), and whether it is there."""
    table = SQLModel.metadata.tables[kind.value]
    named = [name for name in (*LABEL_FIELDS, "erased_at") if name in table.c]
    listed = ", ".join(f'"{name}"' for name in named) or "1"
    found = conn.execute(
        text(f'SELECT {listed} FROM "{kind.value}" WHERE id = :id'), {"id": _id_param(conn, record_id)}
    ).first()
    if found is None:
        return "", False
    values = dict(zip(named, found, strict=True)) if named else {}
    if values.get("erased_at") is not None:
        return "", True
    return next(
        (str(values[name]) for name in named if name != "erased_at" and values[name] not in (None, "")), ""
    ), True


def _decoded(stored: str | None) -> Any:
    return None if stored is None else json.loads(stored)


def _typed(kind: Kind, field: str, value: Any) -> Any:
    """A value as the merge stored it (SQLite's text for times, dates and ids) as the model holds it."""
    if value is None:
        return None
    column = SQLModel.metadata.tables[kind.value].c[field]
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return value
    if python_type is uuid.UUID:
        return _uuid(value)
    if python_type is datetime:
        moment = datetime.fromisoformat(str(value))
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    if python_type is date:
        return date.fromisoformat(str(value))
    if python_type is bool:
        return bool(value)
    if python_type is float and isinstance(value, int):
        return float(value)
    return value


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _id_param(conn: Connection, value: uuid.UUID) -> Any:
    """An id as the engine stores it: 32 hex digits in a file, a native uuid on a server."""
    return value.hex if conn.dialect.name == "sqlite" else value
