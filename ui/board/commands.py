"""Undoable board edits, built on :mod:`ui.commands`: each does and undoes its change through the services.

Several notes changed at once (a multi-selection moved, recoloured or deleted) are one command and one undo
step. Keyboard moves of the same notes in quick succession merge into one step, so nudging a note into place
with the arrow keys is undone with a single Ctrl+Z.
"""

import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.board.scene import NoteMove
from ui.commands import CreateCommand, ServiceCommand, update_command
from ui.workspace import ACTIONS, BOARDS, Workspace
from workshop_app.errors import WorkshopError
from workshop_app.services import boards, history

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
) -> CreateCommand:
    def create() -> Any:
        return boards.add_note(
            workspace.store, board_id, text, x, y, colour=colour, participant_id=participant_id, hidden=hidden
        )

    return CreateCommand(workspace, QCoreApplication.translate("BoardCommands", "Add note"), (BOARDS,), create, "note")


def edit_text_command(workspace: Workspace, note_id: uuid.UUID, text: str) -> ServiceCommand:
    return update_command(
        workspace,
        QCoreApplication.translate("BoardCommands", "Edit note"),
        (BOARDS,),
        boards.update_note,
        note_id,
        {"text": text},
    )


def _update_each(workspace: Workspace, changes: Mapping[uuid.UUID, Mapping[str, Any]]) -> dict[uuid.UUID, Any]:
    """Apply ``changes`` note by note; if one is refused, put back the ones already made, then re-raise."""
    previous: dict[uuid.UUID, Any] = {}
    try:
        for note_id, change in changes.items():
            previous[note_id] = boards.update_note(workspace.store, note_id, change)
    except WorkshopError:
        for note_id, old in reversed(previous.items()):
            boards.update_note(workspace.store, note_id, old)
        raise
    return previous


def recolour_command(workspace: Workspace, colours: Mapping[uuid.UUID, str], text: str) -> ServiceCommand:
    """Give each note in ``colours`` its colour; one undo step for all of them."""
    changes = {note_id: {"colour": colour} for note_id, colour in colours.items()}
    previous: dict[uuid.UUID, Any] = {}

    def do() -> None:
        previous.clear()
        previous.update(_update_each(workspace, changes))

    return ServiceCommand(workspace, text, (BOARDS,), do, lambda: _update_each(workspace, previous))


def colour_command(workspace: Workspace, note_ids: Sequence[uuid.UUID], colour: str) -> ServiceCommand:
    text = _counted(
        QCoreApplication.translate("BoardCommands", "Change the colour of a note"),
        QCoreApplication.translate("BoardCommands", "Change the colour of {count} notes"),
        len(note_ids),
    )
    return recolour_command(workspace, dict.fromkeys(note_ids, colour), text)


def delete_notes_command(workspace: Workspace, note_ids: Sequence[uuid.UUID]) -> ServiceCommand:
    """Delete notes with their votes and pros/cons; undo restores every row with the same ids."""
    store = workspace.store
    kept: list[history.Snapshot] = []

    def do() -> None:
        kept.clear()
        try:
            for note_id in note_ids:
                kept.append(history.delete(store, "note", note_id))
        except WorkshopError:
            undo()
            raise

    def undo() -> None:
        for snapshot in reversed(kept):
            history.restore(store, snapshot)

    text = _counted(
        QCoreApplication.translate("BoardCommands", "Delete note"),
        QCoreApplication.translate("BoardCommands", "Delete {count} notes"),
        len(note_ids),
    )
    return ServiceCommand(workspace, text, (BOARDS, ACTIONS), do, undo)


def reveal_command(workspace: Workspace, board_id: uuid.UUID) -> ServiceCommand:
    """Turn every face-down note face up; undo turns the same notes face down again."""
    revealed: list[uuid.UUID] = []

    def do() -> None:
        revealed[:] = boards.reveal_notes(workspace.store, board_id)

    def undo() -> None:
        _update_each(workspace, {note_id: {"hidden": True} for note_id in revealed})

    return ServiceCommand(
        workspace, QCoreApplication.translate("BoardCommands", "Reveal hidden notes"), (BOARDS,), do, undo, redo=do
    )


class MoveNotesCommand(ServiceCommand):
    """Notes moved to new positions in one UPDATE (``boards.move_notes``); undo moves them back the same way."""

    def __init__(self, workspace: Workspace, moves: Sequence[NoteMove], *, keyboard: bool = False) -> None:
        self.old = {move.note_id: move.old for move in moves}
        self.new = {move.note_id: move.new for move in moves}
        self.keyboard = keyboard
        self.stamp = time.monotonic()
        store = workspace.store

        def write(positions: Callable[[], Mapping[uuid.UUID, tuple[float, float]]]) -> Callable[[], None]:
            return lambda: boards.move_notes(store, [(note_id, x, y) for note_id, (x, y) in positions().items()])

        text = _counted(
            QCoreApplication.translate("BoardCommands", "Move note"),
            QCoreApplication.translate("BoardCommands", "Move {count} notes"),
            len(moves),
        )
        super().__init__(workspace, text, (BOARDS,), write(lambda: self.new), write(lambda: self.old))

    def id(self) -> int:
        return KEYBOARD_MOVE_ID if self.keyboard else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if (
            not isinstance(other, MoveNotesCommand)
            or not other.keyboard
            or other.new.keys() != self.new.keys()
            or other.stamp - self.stamp > MERGE_SECONDS
        ):
            return False
        self.new = dict(other.new)
        self.stamp = other.stamp
        if self.new == self.old:
            self.setObsolete(True)  # moved back to where it was: nothing to undo
        return True
