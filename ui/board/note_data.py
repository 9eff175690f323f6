"""What the board shows of one note, gathered from several services into one frozen record.

The scene compares these records to decide what changed, so a refresh touches only the notes that did.
"""

import uuid
from dataclasses import dataclass

from workshop_app.domain.models import BoardView
from workshop_app.services import actions, boards, participants
from workshop_app.storage.store import ProgrammeStore


@dataclass(frozen=True)
class NoteData:
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


@dataclass(frozen=True)
class BoardState:
    board: BoardView
    notes: list[NoteData]

    @property
    def labels(self) -> dict[str, str]:
        return {name: str(getattr(self.board, name)) for name in boards.LABEL_FIELDS}


def load_board(store: ProgrammeStore, board_id: uuid.UUID) -> BoardState:
    """The board, its notes, their votes, which became actions, and their authors' names."""
    board = boards.get_board(store, board_id)
    notes = boards.list_notes(store, board_id)
    votes = boards.vote_counts(store, board_id)
    with_actions = actions.notes_with_actions(store, board_id)
    names = (
        {person.id: person.display_name for person in participants.list_participants(store)}
        if any(note.participant_id is not None for note in notes)
        else {}
    )
    return BoardState(
        board,
        [
            NoteData(
                id=note.id,
                text=note.text,
                x=note.x,
                y=note.y,
                colour=note.colour,
                author=names.get(note.participant_id, "") if note.participant_id is not None else "",
                participant_id=note.participant_id,
                votes=votes.get(note.id, 0),
                has_action=note.id in with_actions,
                hidden=note.hidden,
            )
            for note in notes
        ],
    )
