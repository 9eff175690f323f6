"""Undoable board edits: each is one core operation (:mod:`workshop_app.operations.notes`) in one undo step.

Several notes changed at once (a multi-selection moved, recoloured or deleted) are one operation, one
transaction and one undo step. Keyboard moves of the same notes in quick succession merge into one step, so
nudging a note into place with the arrow keys is undone with a single Ctrl+Z.
"""

import time
import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.board.scene import NoteMove
from ui.commands import OperationCommand, delete_command, update_command
from ui.workspace import Workspace
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote, MoveNotes, NextRound, RevealNotes, TidyNotes
from workshop_app.operations.records import UpdateMany

KEYBOARD_MOVE_ID = 0x4E4F
"""Merge id of keyboard moves (QUndoCommand.id); drags never merge."""
MERGE_SECONDS = 2.0
"""Arrow presses further apart than this are separate undo steps."""


def _counted(one: str, many: str, count: int) -> str:
    """``one`` (translated) for a single note, else ``many`` with {count}: whole phrases, no "note(s)"."""
    return one if count == 1 else many.format(count=count)


def add_note_command(
    workspace: Workspace,
    board_id: uuid.UUID,
    text: str,
    x: float,
    y: float,
    *,
    colour: str,
    participant_id: uuid.UUID | None = None,
    hidden: bool = False,
) -> OperationCommand:
    operation = AddNote(board_id, text, x, y, colour=colour, participant_id=participant_id, hidden=hidden)
    return OperationCommand(workspace, QCoreApplication.translate("BoardCommands", "Add note"), operation)


def edit_text_command(
    workspace: Workspace, note_id: uuid.UUID, text: str, *, shown: str | None = None
) -> OperationCommand:
    """Change a note's text; ``shown``, the text the card showed, refuses the edit if it changed elsewhere."""
    return update_command(
        workspace,
        QCoreApplication.translate("BoardCommands", "Edit note"),
        Kind.NOTE,
        note_id,
        {"text": text},
        expected=None if shown is None else {"text": shown},
    )


def recolour_command(
    workspace: Workspace,
    colours: Mapping[uuid.UUID, str],
    text: str,
    *,
    shown: Mapping[uuid.UUID, str] | None = None,
) -> OperationCommand:
    """Give each note in ``colours`` its colour; one transaction and one undo step for all of them. ``shown``:
    the colours the cards showed; if one changed elsewhere meanwhile, none is recoloured."""
    changes = {note_id: {"colour": colour} for note_id, colour in colours.items()}
    expected = None if shown is None else {note_id: {"colour": colour} for note_id, colour in shown.items()}
    return OperationCommand(workspace, text, UpdateMany(Kind.NOTE, changes, expected=expected))


def colour_command(
    workspace: Workspace,
    note_ids: Sequence[uuid.UUID],
    colour: str,
    *,
    shown: Mapping[uuid.UUID, str] | None = None,
) -> OperationCommand:
    text = _counted(
        QCoreApplication.translate("BoardCommands", "Change the colour of a note"),
        QCoreApplication.translate("BoardCommands", "Change the colour of {count} notes"),
        len(note_ids),
    )
    return recolour_command(workspace, dict.fromkeys(note_ids, colour), text, shown=shown)


def delete_notes_command(workspace: Workspace, note_ids: Sequence[uuid.UUID]) -> OperationCommand:
    """Delete notes with their votes and pros/cons, all or none; undo restores every row with the same ids."""
    text = _counted(
        QCoreApplication.translate("BoardCommands", "Delete note"),
        QCoreApplication.translate("BoardCommands", "Delete {count} notes"),
        len(note_ids),
    )
    return delete_command(workspace, text, Kind.NOTE, note_ids)


def reveal_command(workspace: Workspace, board_id: uuid.UUID) -> OperationCommand:
    """Turn every face-down note face up; undo turns the same notes face down again."""
    text = QCoreApplication.translate("BoardCommands", "Reveal hidden notes")
    return OperationCommand(workspace, text, RevealNotes(board_id))


def tidy_command(workspace: Workspace, board_id: uuid.UUID) -> OperationCommand:
    """Spread overlapping notes apart, none leaving its quadrant; undo puts them back."""
    return OperationCommand(
        workspace, QCoreApplication.translate("BoardCommands", "Tidy the notes"), TidyNotes(board_id)
    )


def next_round_command(workspace: Workspace, board_id: uuid.UUID) -> OperationCommand:
    """Freeze the board and open its next round; the new round is the command's ``created_id``."""
    text = QCoreApplication.translate("BoardRounds", "Freeze the round and start the next")
    return OperationCommand(workspace, text, NextRound(board_id))


class MoveNotesCommand(OperationCommand):
    """Notes moved to new positions in one UPDATE each, one transaction; undo moves them back."""

    def __init__(self, workspace: Workspace, moves: Sequence[NoteMove], *, keyboard: bool = False) -> None:
        self.keyboard = keyboard
        self.stamp = time.monotonic()
        text = _counted(
            QCoreApplication.translate("BoardCommands", "Move note"),
            QCoreApplication.translate("BoardCommands", "Move {count} notes"),
            len(moves),
        )
        super().__init__(workspace, text, MoveNotes({move.note_id: move.new for move in moves}))

    def id(self) -> int:
        return KEYBOARD_MOVE_ID if self.keyboard else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if (
            not isinstance(other, MoveNotesCommand)
            or not other.keyboard
            or not isinstance(self.forward, MoveNotes)
            or not isinstance(other.forward, MoveNotes)
            or other.forward.positions.keys() != self.forward.positions.keys()
            or other.stamp - self.stamp > MERGE_SECONDS
        ):
            return False
        self.forward = other.forward  # undo still goes back to where the first press started...
        self.stamp = other.stamp
        if isinstance(self.backward, MoveNotes) and isinstance(other.backward, MoveNotes):
            # ...from where the last press left the notes
            self.backward = MoveNotes(self.backward.positions, expected=other.backward.expected)
            if self.forward.positions == self.backward.positions:
                self.setObsolete(True)  # moved back to where it was: nothing to undo
        return True
