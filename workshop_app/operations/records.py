"""Operations any kind of record shares: change fields, delete with what hangs off it, put back, reorder.

Each goes through the kind's checked service (the one that knows the domain's rules: a frozen round refuses
every change, a deleted list item closes the gap behind it), inside the one transaction :func:`run` opens.
A delete keeps a snapshot of every row it removes, so its inverse puts back the same ids, and that inverse
is checked by the same rules: a note cannot be put back on a round frozen meanwhile.
"""

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from workshop_app.domain.method_tools import CanvasCard
from workshop_app.domain.models import (
    Action,
    AgendaItem,
    Board,
    Decision,
    Note,
    Participant,
    PhaseState,
    ProCon,
    Programme,
    TaskCheck,
    Workshop,
)
from workshop_app.domain.types import utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, WorkshopError
from workshop_app.operations.base import Operation
from workshop_app.operations.changes import Kind
from workshop_app.services import actions, boards, history, method_tools, participants, phases, programme, workshops
from workshop_app.services.common import not_found
from workshop_app.storage.store import ProgrammeStore

Updater = Callable[[ProgrammeStore, Any, Mapping[str, Any]], dict[str, Any]]

UPDATERS: dict[Kind, Updater] = {
    Kind.PROGRAMME: lambda store, _key, changes: programme.update_programme(store, changes),
    Kind.PHASE_STATE: phases.update_phase,  # key: the phase number
    Kind.TASK_CHECK: phases.update_task,  # key: the task's catalogue key
    Kind.PARTICIPANT: participants.update_participant,
    Kind.WORKSHOP: workshops.update_workshop,
    Kind.AGENDA_ITEM: workshops.update_agenda_item,
    Kind.DECISION: workshops.update_decision,
    Kind.BOARD: boards.update_board,
    Kind.NOTE: boards.update_note,
    Kind.PRO_CON: boards.update_pro_con,
    Kind.ACTION: actions.update_action,
    Kind.CANVAS_CARD: method_tools.update_card,
}
"""The checked update service of each kind that can be edited field by field."""

DELETERS: dict[Kind, Callable[[ProgrammeStore, uuid.UUID], Any]] = {
    Kind.PARTICIPANT: participants.delete_participant,
    Kind.WORKSHOP: workshops.delete_workshop,
    Kind.AGENDA_ITEM: workshops.delete_agenda_item,
    Kind.DECISION: workshops.delete_decision,
    Kind.BOARD: boards.delete_board,
    Kind.NOTE: boards.delete_note,
    Kind.VOTE: boards.remove_vote,
    Kind.PRO_CON: boards.delete_pro_con,
    Kind.ACTION: actions.delete_action,
    Kind.CRITERION_RATING: phases.delete_rating,
    Kind.IMPACT_CANVAS: method_tools.delete_canvas,
    Kind.CANVAS_CARD: method_tools.delete_card,
    Kind.CANVAS_LINK: method_tools.unlink,
    Kind.LIFECYCLE_MARK: method_tools.delete_lifecycle_mark,
    Kind.HYBRID_CHOICE: method_tools.delete_hybrid,
}
"""The checked delete service of each kind a person can delete."""

MOVERS: dict[Kind, Callable[[ProgrammeStore, uuid.UUID, int], int]] = {
    Kind.AGENDA_ITEM: workshops.move_agenda_item,
    Kind.DECISION: workshops.move_decision,
    Kind.PRO_CON: boards.move_pro_con,
    Kind.CANVAS_CARD: method_tools.move_card,
}
"""Kinds kept in a person-made order, and the service that moves one item within its list."""

_MODELS: dict[Kind, type[SQLModel]] = {
    Kind.PARTICIPANT: Participant,
    Kind.WORKSHOP: Workshop,
    Kind.AGENDA_ITEM: AgendaItem,
    Kind.DECISION: Decision,
    Kind.BOARD: Board,
    Kind.NOTE: Note,
    Kind.PRO_CON: ProCon,
    Kind.ACTION: Action,
    Kind.CANVAS_CARD: CanvasCard,
}

ORDERED: dict[Kind, tuple[type[SQLModel], tuple[str, ...]]] = {
    Kind.AGENDA_ITEM: (AgendaItem, ("workshop_id",)),
    Kind.DECISION: (Decision, ("workshop_id",)),
    Kind.PRO_CON: (ProCon, ("board_id", "quadrant", "note_id")),
    Kind.CANVAS_CARD: (CanvasCard, ("canvas_id", "column")),
}
"""Ordered kinds, with the columns that say which list an item is in."""


@dataclass(frozen=True)
class Update(Operation[dict[str, Any]]):
    """Change some fields of one record; the inverse puts back the values the service reported.

    ``expected`` holds the values the person saw (all or some of the changed fields): if the record holds
    something else now, someone else changed it meanwhile and the change is refused (:class:`ConflictError`)
    instead of overwriting theirs. The inverse always expects what this change wrote, so an undo never
    overwrites a later change made elsewhere.
    """

    kind: Kind
    key: Any
    changes: Mapping[str, Any]
    expected: Mapping[str, Any] | None = None

    def apply(self, store: ProgrammeStore) -> tuple[dict[str, Any], Operation[Any]]:
        previous, written = _update(store, self.kind, self.key, self.changes, self.expected)
        return previous, Update(self.kind, self.key, previous, expected=written)


@dataclass(frozen=True)
class UpdateMany(Operation[dict[Any, dict[str, Any]]]):
    """The same kind of change to several records at once (recolour a selection): one transaction."""

    kind: Kind
    changes: Mapping[Any, Mapping[str, Any]]
    expected: Mapping[Any, Mapping[str, Any]] | None = None

    def apply(self, store: ProgrammeStore) -> tuple[dict[Any, dict[str, Any]], Operation[Any]]:
        previous: dict[Any, dict[str, Any]] = {}
        written: dict[Any, dict[str, Any]] = {}
        for key, change in self.changes.items():
            expected = None if self.expected is None else self.expected.get(key)
            previous[key], written[key] = _update(store, self.kind, key, change, expected)
        return previous, UpdateMany(self.kind, previous, expected=written)


def _update(
    store: ProgrammeStore, kind: Kind, key: Any, changes: Mapping[str, Any], expected: Mapping[str, Any] | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Check ``expected``, run the kind's checked update, and return (previous values, values written)."""
    if expected:
        with store.transaction() as session:
            record = _current(session, store, kind, key)
            for field_name, value in expected.items():
                now = getattr(record, field_name, None) if record is not None else None
                if record is None or now != value:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP(
                            "WorkshopErrors",
                            "This was changed elsewhere meanwhile (on another screen or a phone), so your change "
                            "was not saved. What it holds now is shown.",
                        ),
                        field=field_name,
                    )
    previous = UPDATERS[kind](store, key, changes)
    with store.transaction() as session:
        record = _current(session, store, kind, key)
        written = {name: getattr(record, name, None) for name in previous} if record is not None else {}
    return previous, written


def _current(session: Session, store: ProgrammeStore, kind: Kind, key: Any) -> Any:
    """The record an update of ``kind`` keyed by ``key`` changes (from the transaction's own session)."""
    if kind == Kind.PROGRAMME:
        return session.get(Programme, store.programme_id)
    if kind == Kind.PHASE_STATE:
        return session.exec(
            select(PhaseState).where(PhaseState.programme_id == store.programme_id, PhaseState.phase == key)
        ).first()
    if kind == Kind.TASK_CHECK:
        return session.exec(
            select(TaskCheck).where(TaskCheck.programme_id == store.programme_id, TaskCheck.task_key == key)
        ).first()
    model = _MODELS.get(kind)
    return session.get(model, key) if model is not None and isinstance(key, uuid.UUID) else None


@dataclass(frozen=True)
class Delete(Operation[list[history.Snapshot]]):
    """Delete records with everything that cascades from them; the inverse restores them all, same ids."""

    kind: Kind
    ids: Sequence[uuid.UUID]

    def apply(self, store: ProgrammeStore) -> tuple[list[history.Snapshot], Operation[Any]]:
        snapshots = []
        remove = DELETERS[self.kind]
        for record_id in self.ids:
            if not isinstance(record_id, uuid.UUID):
                raise not_found()
            with store.writing() as conn:
                snapshot = history.capture_on(conn, self.kind.value, record_id)
            remove(store, record_id)  # the domain's checks, and the gap it leaves in an ordered list closed
            history.record_removal(store, snapshot)
            snapshots.append(snapshot)
        return snapshots, Restore(self.kind, tuple(snapshots))


@dataclass(frozen=True)
class Restore(Operation[None]):
    """Put deleted records back exactly (the inverse of :class:`Delete`), if the rules still allow it."""

    kind: Kind
    snapshots: Sequence[history.Snapshot] = field(default_factory=tuple)

    def apply(self, store: ProgrammeStore) -> tuple[None, Operation[Any]]:
        roots = []
        for snapshot in reversed(self.snapshots):
            table, root = snapshot.rows[0]
            with store.transaction() as session:
                _check_restorable(session, Kind(table), root)
            history.restore(store, snapshot)
            roots.append(root["id"])
            with store.transaction() as session:
                _renumber_restored(session, snapshot)
        return None, Delete(self.kind, tuple(reversed(roots)))


@dataclass(frozen=True)
class Reorder(Operation[int]):
    """Move an item within its ordered list (agenda, decisions, pros and cons); the inverse moves it back."""

    kind: Kind
    record_id: uuid.UUID
    new_index: int

    def apply(self, store: ProgrammeStore) -> tuple[int, Operation[Any]]:
        old_index = MOVERS[self.kind](store, self.record_id, self.new_index)
        return old_index, Reorder(self.kind, self.record_id, old_index)


def _check_restorable(session: Session, kind: Kind, row: Mapping[str, Any]) -> None:
    """The rules a record's re-creation must pass: what it belongs to is still there and open."""
    board_id = row.get("board_id")
    if kind == Kind.VOTE:
        note = session.get(Note, row["note_id"])
        board_id = note.board_id if note is not None else None
        if note is None:
            raise _gone()
    if kind in (Kind.NOTE, Kind.VOTE, Kind.PRO_CON):
        if board_id is None or session.get(Board, board_id) is None:
            raise _gone()
        boards.open_board(session, board_id)
    table = SQLModel.metadata.tables[kind.value]
    for key in table.foreign_keys:
        target = row.get(key.parent.name)
        if target is None or key.column.table.name not in {k.value for k in Kind}:
            continue
        model_table = key.column.table
        exists = session.connection().execute(select(model_table.c.id).where(model_table.c.id == target)).first()
        if exists is None:
            raise _gone()


def _gone() -> WorkshopError:
    return NotFoundError(
        QT_TRANSLATE_NOOP(
            "WorkshopErrors", "What this belonged to has been deleted meanwhile, so it cannot be put back."
        )
    )


def _renumber_restored(session: Session, snapshot: history.Snapshot) -> None:
    """Close up the lists that restored items went back into, each item at the place it had."""
    restored = {row["id"] for _table, row in snapshot.rows}
    groups: set[tuple[Kind, tuple[Any, ...]]] = set()
    for table, row in snapshot.rows:
        kind = Kind.of_table(table)
        if kind in ORDERED:
            groups.add((kind, tuple(row[name] for name in ORDERED[kind][1])))
    for kind, values in groups:
        model, columns = ORDERED[kind]
        query = select(model)
        for name, value in zip(columns, values, strict=True):
            column = col(getattr(model, name))
            query = query.where(column.is_(None) if value is None else column == value)
        siblings = sorted(
            session.exec(query).all(),
            key=lambda item: (item.position, 0 if item.id in restored else 1),  # type: ignore[attr-defined]
        )
        for position, sibling in enumerate(siblings):
            if sibling.position != position:  # type: ignore[attr-defined]
                sibling.position = position
                sibling.updated_at = utcnow()
        session.flush()
