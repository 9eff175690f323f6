"""Typed change sets: which records of which kinds one transaction created, updated or deleted.

Every committed transaction of a programme produces one :class:`ChangeSet` (see ``ProgrammeStore.subscribe``).
The window, the room server and, later, other laptops refresh from it: they re-read only the records it
names, so nobody has to know the database's cascades or pick notice strings by hand. The set is exact:
rows that a delete cascades to are captured before they go (``history``), rows the ORM writes are seen at
flush time, and the few hot paths that write with SQL statements name their rows themselves.
"""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """The kinds of record a user can change: one per table, named as the table."""

    PROGRAMME = "programme"
    PHASE_STATE = "phase_state"
    TASK_CHECK = "task_check"
    CRITERION_RATING = "criterion_rating"
    PARTICIPANT = "participant"
    WORKSHOP = "workshop"
    AGENDA_ITEM = "agenda_item"
    ATTENDANCE = "attendance"
    DECISION = "decision"
    BOARD = "board"
    NOTE = "note"
    VOTE = "vote"
    PRO_CON = "pro_con"
    ACTION = "action"
    IMPACT_CANVAS = "impact_canvas"
    CANVAS_CARD = "canvas_card"
    CANVAS_LINK = "canvas_link"
    LIFECYCLE_MARK = "lifecycle_mark"
    HYBRID_CHOICE = "hybrid_choice"

    @classmethod
    def of_table(cls, table_name: str) -> "Kind | None":
        """The kind stored in ``table_name``; None for the file's own bookkeeping tables."""
        try:
            return cls(table_name)
        except ValueError:
            return None


_Ids = Mapping[Kind, frozenset[uuid.UUID]]


def _union(first: _Ids, second: _Ids) -> dict[Kind, frozenset[uuid.UUID]]:
    merged = dict(first)
    for kind, ids in second.items():
        merged[kind] = merged.get(kind, frozenset()) | ids
    return merged


@dataclass(frozen=True)
class ChangeSet:
    """Ids by kind, in three groups. Merging two sets (one undo step, one event-loop turn) unites them.

    Readers that mirror the file treat every named id alike: re-read it, and show it if it is still there,
    or drop it if it is gone. That stays right however creates, updates and deletes were merged.
    """

    created: _Ids = field(default_factory=dict)
    updated: _Ids = field(default_factory=dict)
    deleted: _Ids = field(default_factory=dict)

    def merge(self, other: "ChangeSet") -> "ChangeSet":
        return ChangeSet(
            created=_union(self.created, other.created),
            updated=_union(self.updated, other.updated),
            deleted=_union(self.deleted, other.deleted),
        )

    def __or__(self, other: "ChangeSet") -> "ChangeSet":
        return self.merge(other)

    def __bool__(self) -> bool:
        # Asked of every commit's set (the stamps, the subscribers): plain loops, no generator.
        for group in (self.created, self.updated, self.deleted):
            for ids in group.values():
                if ids:
                    return True
        return False

    def one_record_updated(self) -> bool:
        """Whether the set is one record updated and nothing else (a drag, an edit): asked after every commit."""
        updated = self.updated
        if self.created or self.deleted or len(updated) != 1:
            return False
        for ids in updated.values():
            return len(ids) == 1
        return False

    def kinds(self) -> frozenset[Kind]:
        return frozenset(
            kind for group in (self.created, self.updated, self.deleted) for kind, ids in group.items() if ids
        )

    def touches(self, *kinds: Kind) -> bool:
        present = self.kinds()
        return any(kind in present for kind in kinds)

    def ids(self, kind: Kind) -> frozenset[uuid.UUID]:
        """Every id of ``kind`` this set names, whatever happened to it."""
        return (
            self.created.get(kind, frozenset())
            | self.updated.get(kind, frozenset())
            | self.deleted.get(kind, frozenset())
        )

    def count(self) -> int:
        return sum(len(ids) for group in (self.created, self.updated, self.deleted) for ids in group.values())

    def as_json(self) -> dict[str, dict[str, list[str]]]:
        """Plain data (for the room's live stream, logs and tests)."""
        return {
            name: {kind.value: sorted(str(i) for i in ids) for kind, ids in group.items() if ids}
            for name, group in (("created", self.created), ("updated", self.updated), ("deleted", self.deleted))
        }


EMPTY = ChangeSet()


class ChangeTracker:
    """Collects what one transaction does; read :meth:`changes` once it has committed."""

    def __init__(self) -> None:
        self._created: dict[Kind, set[uuid.UUID]] = {}
        self._updated: dict[Kind, set[uuid.UUID]] = {}
        self._deleted: dict[Kind, set[uuid.UUID]] = {}
        # Which columns an update wrote, where the writer said so (None: the whole record, or not said).
        self._fields: dict[tuple[Kind, uuid.UUID], set[str] | None] = {}
        self._now: datetime | None = None

    def now(self) -> datetime:
        """The transaction's moment (aware UTC), taken at the first call. The times a statement writes with it
        (a dragged note's ``updated_at``) and the time of the commit's merge stamps are then one moment, turned
        into stored text once (:func:`workshop_app.domain.types.sqlite_text` remembers the last it turned)."""
        if self._now is None:
            self._now = datetime.now(UTC)
        return self._now

    def created(self, kind: Kind, ids: Iterable[Any]) -> None:
        self._created.setdefault(kind, set()).update(_uuids(ids))

    def updated(self, kind: Kind, ids: Iterable[Any], fields: Iterable[str] | None = None) -> None:
        """Records of ``kind`` changed; ``fields`` names the columns written, when the writer knows them (the
        merge stamps those fields alone, so a colleague's change to another field of the record is kept)."""
        named = _uuids(ids)
        self._updated.setdefault(kind, set()).update(named)
        wanted = None if fields is None else set(fields)
        for record_id in named:
            key = (kind, record_id)
            known = self._fields.get(key, set())
            self._fields[key] = None if known is None or wanted is None else known | wanted

    def deleted(self, kind: Kind, ids: Iterable[Any]) -> None:
        self._deleted.setdefault(kind, set()).update(_uuids(ids))

    def record(self, group: str, table_name: str, record_id: Any, fields: Iterable[str] | None = None) -> None:
        """One row of ``table_name`` in ``group`` ("created", "updated" or "deleted"); bookkeeping tables
        (file metadata, the stored catalogue) are not changes a user sees and are left out."""
        kind = Kind.of_table(table_name)
        if kind is None:
            return
        if group == "updated":
            self.updated(kind, [record_id], fields)
        else:
            getattr(self, group)(kind, [record_id])

    def updated_fields(self, kind: Kind, record_id: uuid.UUID) -> frozenset[str] | None:
        """The columns written to an updated record, or None when not known (treat it as wholly changed)."""
        found = self._fields.get((kind, record_id))
        return None if found is None else frozenset(found)

    def changes(self) -> ChangeSet:
        if not self._created and not self._deleted:  # most commits (a drag, an edit): nothing to subtract
            return ChangeSet(updated={kind: frozenset(ids) for kind, ids in self._updated.items() if ids})

        def frozen(group: dict[Kind, set[uuid.UUID]]) -> dict[Kind, frozenset[uuid.UUID]]:
            return {kind: frozenset(ids) for kind, ids in group.items() if ids}

        deleted = frozen(self._deleted)
        # A row made and removed in the same transaction never existed for anyone outside it.
        created = {kind: ids - deleted.get(kind, frozenset()) for kind, ids in frozen(self._created).items()}
        updated = {
            kind: ids - deleted.get(kind, frozenset()) - created.get(kind, frozenset())
            for kind, ids in frozen(self._updated).items()
        }
        return ChangeSet(
            created={k: v for k, v in created.items() if v},
            updated={k: v for k, v in updated.items() if v},
            deleted=deleted,
        )


def _uuids(ids: Iterable[Any]) -> set[uuid.UUID]:
    return {value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)) for value in ids}
