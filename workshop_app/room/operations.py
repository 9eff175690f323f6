"""A phone's changes as core operations, with the room's own checks made inside the same transaction.

The core's operations do the work and the core's rules decide (text, coordinates, frozen rounds, a named
person's dots). What only the room knows is checked here, in the one transaction :func:`run` opens, so it
cannot go stale between the check and the write: the person a phone speaks for has not been erased
meanwhile, and an anonymous phone has dots left (the core counts dots per person; an anonymous phone has
the same number, counted by the room).
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam
from sqlalchemy import select as core_select
from sqlmodel import col, func, select

from workshop_app.domain.models import Board, Note, Participant, Vote, VoteView
from workshop_app.operations.base import Operation
from workshop_app.operations.notes import AddVote
from workshop_app.room import errors
from workshop_app.services.common import fetch
from workshop_app.storage.store import ProgrammeStore

T = TypeVar("T")


_PERSON: Table = Participant.__table__  # type: ignore[attr-defined]
_ERASED_AT = core_select(_PERSON.c.erased_at).where(_PERSON.c.id == bindparam("person_id"))


def check_person(store: ProgrammeStore, participant_id: uuid.UUID | None) -> None:
    """A phone may write as a person only while that person is in the register and not erased (one Core
    SELECT: it runs for every note a named phone adds)."""
    if participant_id is None:
        return
    with store.reading() as session:
        found = session.connection().execute(_ERASED_AT, {"person_id": participant_id}).first()
    if found is None or found[0] is not None:
        raise errors.name_erased()


@dataclass(frozen=True)
class AsDevice(Operation[T]):
    """``operation`` on behalf of a phone that writes as ``participant_id`` (or anonymously)."""

    operation: Operation[T]
    participant_id: uuid.UUID | None

    def apply(self, store: ProgrammeStore) -> "tuple[T, Operation[Any] | None]":
        check_person(store, self.participant_id)
        return self.operation.apply(store)


@dataclass(frozen=True)
class DeviceVote(Operation[VoteView]):
    """One dot from a phone. ``given`` are the dots this phone has given before (some may be gone since)."""

    note_id: uuid.UUID
    participant_id: uuid.UUID | None
    given: Sequence[uuid.UUID]

    def apply(self, store: ProgrammeStore) -> tuple[VoteView, Operation[Any]]:
        check_person(store, self.participant_id)
        if self.participant_id is None and self.given:
            with store.reading() as session:
                board = fetch(session, Board, fetch(session, Note, self.note_id).board_id)
                limit = board.dots_per_participant
                used = session.exec(
                    select(func.count())
                    .select_from(Vote)
                    .join(Note, col(Note.id) == col(Vote.note_id))
                    .where(Note.board_id == board.id, col(Vote.id).in_(list(self.given)))
                ).one()
            if limit > 0 and used >= limit:
                raise errors.dots_used(limit)
        vote, inverse = AddVote(self.note_id, self.participant_id).apply(store)
        return vote, inverse
