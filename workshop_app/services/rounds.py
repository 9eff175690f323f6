"""Rounds of a board: freeze what the room placed, continue from it, and compare two rounds."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlmodel import Session, col, select

from workshop_app.domain.models import Board, BoardView, Note, ProCon
from workshop_app.domain.types import utcnow
from workshop_app.services.boards import LABEL_FIELDS, open_board
from workshop_app.services.common import fetch, view
from workshop_app.storage.store import ProgrammeStore

_COPIED_BOARD_FIELDS = ("workshop_id", "title", "preset_key", *LABEL_FIELDS, "dots_per_participant")


def start_next_round(store: ProgrammeStore, board_id: uuid.UUID) -> BoardView:
    """Freeze ``board_id`` as it stands and open the next round with the same axes, notes and pros and cons.

    Votes start afresh; notes keep their text, place, colour and author, so the room moves from where it was.
    """
    with store.transaction() as session:
        board = open_board(session, board_id)
        board.frozen_at = utcnow()
        following = Board(
            **{name: getattr(board, name) for name in _COPIED_BOARD_FIELDS}, round=board.round + 1, previous_id=board.id
        )
        session.add(following)
        session.flush()
        copies: dict[uuid.UUID, uuid.UUID] = {}
        for note in session.exec(select(Note).where(Note.board_id == board.id).order_by(col(Note.created_at))):
            copy = Note(
                board_id=following.id,
                text=note.text,
                x=note.x,
                y=note.y,
                colour=note.colour,
                participant_id=note.participant_id,
                hidden=False,
            )
            session.add(copy)
            session.flush()
            copies[note.id] = copy.id
        for item in session.exec(select(ProCon).where(ProCon.board_id == board.id)):
            session.add(
                ProCon(
                    board_id=following.id,
                    quadrant=item.quadrant,
                    kind=item.kind,
                    text=item.text,
                    position=item.position,
                    note_id=copies.get(item.note_id) if item.note_id else None,
                )
            )
        return view(BoardView, following)


def list_rounds(store: ProgrammeStore, board_id: uuid.UUID) -> list[BoardView]:
    """Every round of the board that ``board_id`` belongs to, first round first."""
    with store.reading() as session:
        board = fetch(session, Board, board_id)
        rounds = [board]
        while rounds[0].previous_id is not None:
            earlier = session.get(Board, rounds[0].previous_id)
            if earlier is None:
                break
            rounds.insert(0, earlier)
        while True:
            later = session.exec(select(Board).where(Board.previous_id == rounds[-1].id)).first()
            if later is None:
                break
            rounds.append(later)
        return [view(BoardView, item) for item in rounds]


@dataclass(frozen=True)
class NoteShift:
    """Where one idea stood in the earlier round and where it stands in the later one."""

    text: str
    participant_id: uuid.UUID | None
    before: tuple[float, float] | None
    after: tuple[float, float] | None

    @property
    def distance(self) -> float:
        if self.before is None or self.after is None:
            return 0.0
        return float(((self.after[0] - self.before[0]) ** 2 + (self.after[1] - self.before[1]) ** 2) ** 0.5)


class AuthoredNote(Protocol):
    """What a comparison needs of a note: a note row of the board's read service or of ``list_notes``."""

    @property
    def text(self) -> str: ...
    @property
    def participant_id(self) -> uuid.UUID | None: ...
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...


def compare_rounds(store: ProgrammeStore, earlier_id: uuid.UUID, later_id: uuid.UUID) -> list[NoteShift]:
    """Notes matched by text and author: moved ones, new ones (no ``before``) and removed ones (no ``after``)."""
    with store.reading() as session:
        before = _notes(session, earlier_id)
        after = _notes(session, later_id)
    return compare_notes(before, after)


def compare_notes(earlier: Iterable[AuthoredNote], later: Iterable[AuthoredNote]) -> list[NoteShift]:
    """:func:`compare_rounds` of notes already read (the board window holds both rounds' notes), no query."""
    before = _positions(earlier)
    after = _positions(later)
    shifts = [
        NoteShift(text, author, before.get((text, author)), after.get((text, author)))
        for (text, author) in dict.fromkeys([*before, *after])
    ]
    return sorted(shifts, key=lambda shift: -shift.distance)


def _notes(session: Session, board_id: uuid.UUID) -> list[Note]:
    fetch(session, Board, board_id)
    return list(session.exec(select(Note).where(Note.board_id == board_id)).all())


def _positions(notes: Iterable[AuthoredNote]) -> dict[tuple[str, uuid.UUID | None], tuple[float, float]]:
    return {(note.text, note.participant_id): (note.x, note.y) for note in notes}
