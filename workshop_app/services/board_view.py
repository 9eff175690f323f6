"""What a board shows, read in one transaction with a few fixed queries: the state the board window and the
room's phones mirror, and the partial reads that bring that mirror up to date from a change set.

A board is drawn from several tables (notes with their authors' names, dots, which notes became actions,
pros and cons, the rounds it belongs to). Reading them service by service took one session per piece and a
query per piece again on every change; here the whole board is four queries in one snapshot
(:func:`read_board`), and after a change only what the change set names is read again: the notes named
(:func:`read_update`, one query), the dots only if votes changed, the action flags only if actions did.
"""

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlmodel
from sqlalchemy import Select, Table, and_, exists, func, select
from sqlmodel import Session, col

from workshop_app.domain.models import Action, Board, BoardView, Note, Participant, ProCon, ProConView, Vote
from workshop_app.services.boards import LABEL_FIELDS
from workshop_app.services.common import not_found, view
from workshop_app.storage.store import ProgrammeStore


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


_NOTE = _table(Note)
_PARTICIPANT = _table(Participant)
_VOTE = _table(Vote)
_ACTION = _table(Action)
_BOARD = _table(Board)


@dataclass(frozen=True)
class BoardNote:
    """One note as the board shows it: its own fields, its author's name, its dots and whether it became an
    action. Frozen and comparable, so a mirror can tell a changed note from an unchanged one."""

    id: uuid.UUID
    text: str
    x: float
    y: float
    colour: str
    author: str = ""
    participant_id: uuid.UUID | None = None
    votes: int = 0
    has_action: bool = False
    hidden: bool = False
    created_at: datetime | None = None
    """The board lists notes in the order they were written; a note read alone keeps its place by this."""

    def order(self) -> tuple[datetime, str]:
        """Where the note stands in the board's order (oldest first; ties by id, as the queries sort)."""
        return (self.created_at or datetime.min, str(self.id))


@dataclass(frozen=True)
class Tally:
    """The board's dots: how many each note has, and how many each voter has used (None: anonymous dots)."""

    per_note: Mapping[uuid.UUID, int] = field(default_factory=dict)
    per_participant: Mapping[uuid.UUID | None, int] = field(default_factory=dict)


@dataclass(frozen=True)
class BoardState:
    """A board as one snapshot: its row, its notes (in order), its dots, its pros and cons and its rounds
    (first round first; the board's own row is among them)."""

    board: BoardView
    notes: list[BoardNote]
    tally: Tally = field(default_factory=Tally)
    pro_cons: list[ProConView] = field(default_factory=list)
    rounds: list[BoardView] = field(default_factory=list)

    @property
    def labels(self) -> dict[str, str]:
        return labels_of(self.board)


@dataclass(frozen=True)
class BoardUpdate:
    """What a change set asked to read again: the named notes still on the board (``notes``), the named ones
    that are not (``missing``: deleted, or never on this board), and the dots or action flags when asked."""

    notes: list[BoardNote]
    missing: frozenset[uuid.UUID]
    tally: Tally | None = None
    with_actions: frozenset[uuid.UUID] | None = None


def labels_of(board: BoardView) -> dict[str, str]:
    """The axis and quadrant labels of a board, by field name."""
    return {name: str(getattr(board, name)) for name in LABEL_FIELDS}


# --- queries ----------------------------------------------------------------------------------------------


def _notes_query() -> Select[Any]:
    """Notes with their author's name (LEFT JOIN), dots and action flag (correlated subqueries): one row each."""
    votes = select(func.count()).select_from(_VOTE).where(_VOTE.c.note_id == _NOTE.c.id).scalar_subquery()
    has_action = exists().where(and_(_ACTION.c.note_id == _NOTE.c.id, _ACTION.c.board_id == _NOTE.c.board_id))
    return (
        select(
            _NOTE.c.id,
            _NOTE.c.text,
            _NOTE.c.x,
            _NOTE.c.y,
            _NOTE.c.colour,
            _PARTICIPANT.c.display_name,
            _NOTE.c.participant_id,
            votes.label("votes"),
            has_action.label("has_action"),
            _NOTE.c.hidden,
            _NOTE.c.created_at,
        )
        .select_from(_NOTE.outerjoin(_PARTICIPANT, _PARTICIPANT.c.id == _NOTE.c.participant_id))
        .order_by(_NOTE.c.created_at, _NOTE.c.id)
    )


_NOTES = _notes_query()


def _note(row: Any) -> BoardNote:
    (note_id, text, x, y, colour, author, participant_id, votes, has_action, hidden, created_at) = row
    return BoardNote(
        id=note_id,
        text=text,
        x=x,
        y=y,
        colour=colour,
        author=author or "",
        participant_id=participant_id,
        votes=int(votes),
        has_action=bool(has_action),
        hidden=bool(hidden),
        created_at=created_at,
    )


def _board_notes(session: Session, board_id: uuid.UUID) -> list[BoardNote]:
    return [_note(row) for row in session.execute(_NOTES.where(_NOTE.c.board_id == board_id))]


def _tally(session: Session, board_id: uuid.UUID) -> Tally:
    """Both counts of dots from one query, grouped by note and voter."""
    rows = session.execute(
        select(_VOTE.c.note_id, _VOTE.c.participant_id, func.count())
        .select_from(_VOTE.join(_NOTE, _NOTE.c.id == _VOTE.c.note_id))
        .where(_NOTE.c.board_id == board_id)
        .group_by(_VOTE.c.note_id, _VOTE.c.participant_id)
    )
    per_note: dict[uuid.UUID, int] = {}
    per_participant: dict[uuid.UUID | None, int] = {}
    for note_id, participant_id, count in rows:
        per_note[note_id] = per_note.get(note_id, 0) + int(count)
        per_participant[participant_id] = per_participant.get(participant_id, 0) + int(count)
    return Tally(per_note, per_participant)


def _with_actions(session: Session, board_id: uuid.UUID) -> frozenset[uuid.UUID]:
    rows = session.execute(
        select(_ACTION.c.note_id).where(_ACTION.c.board_id == board_id, _ACTION.c.note_id.is_not(None)).distinct()
    )
    return frozenset(note_id for (note_id,) in rows)


def _rounds(session: Session, board_id: uuid.UUID) -> list[Board]:
    """Every round of the board's chain in one recursive query: earlier rounds through ``previous_id``, later
    ones through the rounds that name it; first round first."""
    earlier = select(_BOARD.c.id, _BOARD.c.previous_id).where(_BOARD.c.id == board_id).cte("earlier", recursive=True)
    earlier = earlier.union(
        select(_BOARD.c.id, _BOARD.c.previous_id).join(earlier, _BOARD.c.id == earlier.c.previous_id)
    )
    later = select(_BOARD.c.id).where(_BOARD.c.id == board_id).cte("later", recursive=True)
    later = later.union(select(_BOARD.c.id).join(later, _BOARD.c.previous_id == later.c.id))
    chain = select(earlier.c.id).union(select(later.c.id))
    query = sqlmodel.select(Board).where(col(Board.id).in_(chain)).order_by(col(Board.round), col(Board.created_at))
    return list(session.exec(query).all())


# --- reads -----------------------------------------------------------------------------------------------


def read_board(store: ProgrammeStore, board_id: uuid.UUID) -> BoardState:
    """The whole board in one snapshot: rounds (with the board's row), notes, dots, pros and cons; four
    queries whatever the size of the board. Raises NotFoundError if the board is not in the file."""
    with store.reading() as session:
        rounds = _rounds(session, board_id)
        board = next((item for item in rounds if item.id == board_id), None)
        if board is None:
            raise not_found()
        notes = _board_notes(session, board_id)
        tally = _tally(session, board_id)
        pro_cons = session.exec(
            sqlmodel.select(ProCon)
            .where(ProCon.board_id == board_id)
            .order_by(col(ProCon.quadrant).nulls_first(), col(ProCon.note_id).nulls_first(), col(ProCon.position))
        ).all()
        return BoardState(
            board=view(BoardView, board),
            notes=notes,
            tally=tally,
            pro_cons=[view(ProConView, item) for item in pro_cons],
            rounds=[view(BoardView, item) for item in rounds],
        )


def read_update(
    store: ProgrammeStore,
    board_id: uuid.UUID,
    note_ids: Collection[uuid.UUID],
    *,
    votes: bool = False,
    actions: bool = False,
) -> BoardUpdate:
    """The notes among ``note_ids`` that are on the board (one query), and, if asked, the board's dots
    (one query) and which notes became actions (one query); all in one snapshot."""
    wanted = frozenset(note_ids)
    with store.reading() as session:
        notes = (
            [_note(row) for row in session.execute(_NOTES.where(_NOTE.c.board_id == board_id, _NOTE.c.id.in_(wanted)))]
            if wanted
            else []
        )
        tally = _tally(session, board_id) if votes else None
        flags = _with_actions(session, board_id) if actions else None
    return BoardUpdate(notes, wanted - {note.id for note in notes}, tally, flags)


def read_notes(store: ProgrammeStore, board_id: uuid.UUID, note_ids: Collection[uuid.UUID]) -> list[BoardNote]:
    """The notes among ``note_ids`` that are on the board, in the board's order: one query."""
    return read_update(store, board_id, note_ids).notes


def board_notes(store: ProgrammeStore, board_id: uuid.UUID) -> list[BoardNote]:
    """Every note of a board as the board shows it, in order: one query (another round's notes, to compare)."""
    with store.reading() as session:
        return _board_notes(session, board_id)
