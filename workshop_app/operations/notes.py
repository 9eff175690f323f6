"""Operations on a board's notes, votes, pros and cons, and its rounds: what the room does.

The laptop's board and the participants' phones run these same operations, so a phone's note obeys the
same limits as one typed at the laptop (length, coordinates, frozen rounds, the dots each person has).
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, select

from workshop_app import board_geometry
from workshop_app.domain.models import Board, BoardView, Note, NoteView, ProConView, VoteView
from workshop_app.domain.types import utcnow
from workshop_app.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from workshop_app.operations.base import Operation
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Delete, UpdateMany
from workshop_app.services import boards, history, rounds
from workshop_app.services import validation as check
from workshop_app.services.common import fetch
from workshop_app.storage.prepared import Prepared
from workshop_app.storage.store import ProgrammeStore

_NOTES: Table = Note.__table__  # type: ignore[attr-defined]
_PLACE = Prepared(select(_NOTES.c.x, _NOTES.c.y).where(_NOTES.c.id == bindparam("note_id")))
"""Where a note is: read before every drag, for its undo step."""


@dataclass(frozen=True)
class AddNote(Operation[NoteView]):
    board_id: uuid.UUID
    text: str
    x: float
    y: float
    colour: str = "#ffd54f"
    participant_id: uuid.UUID | None = None
    hidden: bool = False

    def apply(self, store: ProgrammeStore) -> tuple[NoteView, Operation[Any]]:
        note = boards.add_note(
            store,
            self.board_id,
            self.text,
            self.x,
            self.y,
            colour=self.colour,
            participant_id=self.participant_id,
            hidden=self.hidden,
        )
        return note, Delete(Kind.NOTE, (note.id,))


@dataclass(frozen=True)
class MoveNotes(Operation[None]):
    """Notes dropped at new places (one, or a selection dragged together); the inverse puts them back.

    The old places are read in the same transaction, so the inverse is what the file held, whatever the
    window believed. With ``expected`` (where the person saw the notes) a note moved elsewhere meanwhile,
    by a phone say, is not dragged back: the move is refused. The inverse always expects this move's places.
    """

    positions: Mapping[uuid.UUID, tuple[float, float]]
    expected: Mapping[uuid.UUID, tuple[float, float]] | None = None

    def apply(self, store: ProgrammeStore) -> tuple[None, Operation[Any]]:
        ids = list(self.positions)
        if not all(isinstance(note_id, uuid.UUID) for note_id in ids):
            raise NotFoundError(QT_TRANSLATE_NOOP("WorkshopErrors", "This item is not in the programme file."))
        with store.writing() as conn:
            # Note by note (a drag moves one, a selection a few): SQLAlchemy's IN query costs more than the move.
            old = {note_id: row for note_id in ids for row in _PLACE.rows(conn, {"note_id": note_id})}
        for note_id, place in (self.expected or {}).items():
            if note_id in old and old[note_id] != place:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "WorkshopErrors",
                        "This note was moved elsewhere meanwhile (on another screen or a phone), so it was not "
                        "moved back. It is shown where it is now.",
                    ),
                    field="x",
                )
        boards.move_notes(store, [(note_id, x, y) for note_id, (x, y) in self.positions.items()])
        written = {
            note_id: (check.coordinate(x, field="x"), check.coordinate(y, field="y"))
            for note_id, (x, y) in self.positions.items()
        }
        return None, MoveNotes({note_id: old[note_id] for note_id in ids if note_id in old}, expected=written)


@dataclass(frozen=True)
class TidyNotes(Operation[list[uuid.UUID]]):
    """Spread a board's overlapping notes apart, none leaving its quadrant (the "Tidy" command).

    The places come from :func:`workshop_app.board_geometry.tidy`, read and written in one transaction, so
    it is one undo step; the result names the notes moved and the inverse (a :class:`MoveNotes`) puts them
    back. A frozen round is refused, as any move on it is.
    """

    board_id: uuid.UUID

    def apply(self, store: ProgrammeStore) -> tuple[list[uuid.UUID], Operation[Any]]:
        with store.transaction():
            notes = boards.list_notes(store, self.board_id)
            places = board_geometry.tidy([(note.x, note.y) for note in notes])
            moves = {note.id: place for note, place in zip(notes, places, strict=True) if place != (note.x, note.y)}
            if not moves:
                return [], MoveNotes({})
            _, inverse = MoveNotes(moves).apply(store)
        return list(moves), inverse


@dataclass(frozen=True)
class RevealNotes(Operation[list[uuid.UUID]]):
    """Turn every face-down note of a board face up; the inverse turns the same ones down again."""

    board_id: uuid.UUID

    def apply(self, store: ProgrammeStore) -> tuple[list[uuid.UUID], Operation[Any]]:
        revealed = boards.reveal_notes(store, self.board_id)
        return revealed, UpdateMany(Kind.NOTE, {note_id: {"hidden": True} for note_id in revealed})


@dataclass(frozen=True)
class AddVote(Operation[VoteView]):
    note_id: uuid.UUID
    participant_id: uuid.UUID | None = None

    def apply(self, store: ProgrammeStore) -> tuple[VoteView, Operation[Any]]:
        vote = boards.add_vote(store, self.note_id, self.participant_id)
        return vote, Delete(Kind.VOTE, (vote.id,))


@dataclass(frozen=True)
class AddProCon(Operation[ProConView]):
    board_id: uuid.UUID
    kind: str
    text: str
    quadrant: str | None = None
    note_id: uuid.UUID | None = None

    def apply(self, store: ProgrammeStore) -> tuple[ProConView, Operation[Any]]:
        item = boards.add_pro_con(
            store, self.board_id, self.kind, self.text, quadrant=self.quadrant, note_id=self.note_id
        )
        return item, Delete(Kind.PRO_CON, (item.id,))


@dataclass(frozen=True)
class CreateBoard(Operation[BoardView]):
    workshop_id: uuid.UUID
    title: str
    preset_key: str | None = None
    labels: Mapping[str, str] | None = None

    def apply(self, store: ProgrammeStore) -> tuple[BoardView, Operation[Any]]:
        board = boards.create_board(store, self.workshop_id, self.title, preset_key=self.preset_key, labels=self.labels)
        return board, Delete(Kind.BOARD, (board.id,))


@dataclass(frozen=True)
class NextRound(Operation[BoardView]):
    """Freeze a board as it stands and continue in a new round with its notes and pros and cons."""

    board_id: uuid.UUID

    def apply(self, store: ProgrammeStore) -> tuple[BoardView, Operation[Any]]:
        following = rounds.start_next_round(store, self.board_id)
        return following, UndoNextRound(self.board_id, following.id)


@dataclass(frozen=True)
class UndoNextRound(Operation[None]):
    """Take back "next round": the new round goes (if nothing has frozen it since) and the earlier one is
    open again. The inverse brings the new round back with the same ids."""

    board_id: uuid.UUID
    next_id: uuid.UUID

    def apply(self, store: ProgrammeStore) -> tuple[None, Operation[Any]]:
        with store.transaction() as session:
            boards.open_board(session, self.next_id)  # a round frozen since keeps what the room decided
            earlier = fetch(session, Board, self.board_id)
            if earlier.frozen_at is None:
                raise _not_frozen()
            frozen_at = earlier.frozen_at
        snapshot = history.delete(store, Kind.BOARD.value, self.next_id)
        with store.transaction() as session:
            earlier = fetch(session, Board, self.board_id)
            earlier.frozen_at = None
            earlier.updated_at = utcnow()
        return None, RedoNextRound(self.board_id, snapshot, frozen_at)


@dataclass(frozen=True)
class RedoNextRound(Operation[None]):
    board_id: uuid.UUID
    snapshot: history.Snapshot
    frozen_at: datetime

    def apply(self, store: ProgrammeStore) -> tuple[None, Operation[Any]]:
        with store.transaction() as session:
            board = boards.open_board(session, self.board_id)
            board.frozen_at = self.frozen_at
            board.updated_at = utcnow()
        history.restore(store, self.snapshot)
        return None, UndoNextRound(self.board_id, self.snapshot.rows[0][1]["id"])


def _not_frozen() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("WorkshopErrors", "This round is not frozen, so there is no next round to take back."),
        field="board",
    )
