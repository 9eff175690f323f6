"""What the board's buttons, menus and keys do: each edit becomes one command through ``workspace.apply``.

The scene reports intents (a drag ended, a text was typed); the controller turns them, and the window's
actions, into undoable commands. A command the core refuses leaves the file as it was, so the scene is
synced back to the file.
"""

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QUndoCommand

from ui.board import commands
from ui.board.geometry import scene_point
from ui.board.note_item import NoteItem
from ui.board.scene import BoardScene, NoteMove
from ui.workspace import Workspace
from workshop_app import board_geometry as geo

NORMAL_STEP = 0.05
FINE_STEP = 0.01
CROWDED = 0.02
"""A new note this close to another one is placed a little aside, so it does not hide it."""


class Unset:
    """Marks an argument left out (None is a meaningful author: nobody in particular)."""


UNSET = Unset()


class BoardController(QObject):
    """Edits of one board. ``created`` reports the id of a note just added (the window selects it)."""

    created = Signal(object)

    def __init__(self, workspace: Workspace, scene: BoardScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scene = scene
        self.new_note_author: uuid.UUID | None = None
        self.new_notes_hidden = False
        scene.notes_dragged.connect(self._dragged)
        scene.note_written.connect(self.add_note)
        scene.text_edited.connect(self._text_edited)
        scene.frozen_touched.connect(self.refuse_if_frozen)

    @property
    def board_id(self) -> uuid.UUID:
        return self.scene.board_id

    @property
    def new_note_colour(self) -> str:
        return self.scene.draft_colour

    @new_note_colour.setter
    def new_note_colour(self, colour: str) -> None:
        self.scene.draft_colour = colour

    def apply(self, command: QUndoCommand) -> bool:
        """Run ``command``; when the core refuses it, show the file's state again."""
        if self.workspace.apply(command):
            return True
        self.scene.sync()
        return False

    def refuse_if_frozen(self) -> bool:
        """True, and the core's reason shown, if the board is a frozen round: its notes keep what the room
        decided. The window's editing actions are off then; this answers the keys, drags and calls that still
        reach the board, so nobody is left wondering why nothing happened."""
        board = self.scene.board
        if board is None or board.frozen_at is None:
            return False
        self.workspace.failed.emit(
            QCoreApplication.translate(
                "WorkshopErrors", "This round of the board is frozen. Continue in its latest round to change it."
            )
        )
        return True

    # --- adding and editing -----------------------------------------------------------------------------------

    def start_new_note(self, at: QPointF | None = None) -> None:
        """Open a blank card at ``at`` (scene point) or the centre, set aside if a note is already there."""
        if self.refuse_if_frozen():
            return
        x, y = geo.to_normalised(at.x(), at.y()) if at is not None else (0.0, 0.0)
        x, y = self._free_spot(*geo.clamp_normalised(x, y))
        self.scene.start_draft(scene_point(x, y))

    def _free_spot(self, x: float, y: float) -> tuple[float, float]:
        taken = [item.normalised() for item in self.scene.note_items()]
        for _ in range(40):
            if all(abs(x - tx) > CROWDED or abs(y - ty) > CROWDED for tx, ty in taken):
                break
            x, y = geo.clamp_normalised(x + 0.04, y - 0.04)
        return x, y

    def add_note(
        self,
        x: float,
        y: float,
        text: str,
        *,
        author: uuid.UUID | Unset | None = UNSET,
        colour: str | None = None,
    ) -> uuid.UUID | None:
        """Add a note (one undo step); ``author`` and ``colour`` override the window's choice for new notes."""
        command = commands.add_note_command(
            self.workspace,
            self.board_id,
            text,
            x,
            y,
            colour=colour or self.new_note_colour,
            participant_id=self.new_note_author if isinstance(author, Unset) else author,
            hidden=self.new_notes_hidden,
        )
        if not self.apply(command):
            return None
        self.created.emit(command.created_id)
        return command.created_id

    def edit_selected(self) -> bool:
        selected = self.scene.selected_notes()
        focus = self.scene.focusItem()
        item = focus if isinstance(focus, NoteItem) and focus in selected else (selected[0] if selected else None)
        if item is None or self.refuse_if_frozen():
            return False
        return self.scene.start_editing(item) is not None

    def _text_edited(self, note_id: uuid.UUID, text: str) -> None:
        item = self.scene.note_item(note_id)
        shown = item.record.text if item is not None else None  # a colleague's edit meanwhile is not overwritten
        self.apply(commands.edit_text_command(self.workspace, note_id, text, shown=shown))

    def delete_selected(self) -> bool:
        selected = self.scene.selected_notes()
        if not selected or self.refuse_if_frozen():
            return False
        order = self.scene.reading_order()
        after = [item for item in order[order.index(selected[-1]) + 1 :] if item not in selected]
        next_id = after[0].note_id if after else None
        if not self.apply(commands.delete_notes_command(self.workspace, [item.note_id for item in selected])):
            return False
        following = self.scene.note_item(next_id) if next_id is not None else None
        self.scene.select_only([following] if following is not None else [])
        return True

    # --- moving -----------------------------------------------------------------------------------------------

    def _dragged(self, moves: Sequence[NoteMove]) -> None:
        placed = nudged(moves, self.scene.note_items())
        if placed and not self.apply(commands.MoveNotesCommand(self.workspace, placed)):
            return
        for move in placed or moves:  # a nudged card, or one dropped back where it was, goes to its place
            item = self.scene.note_item(move.note_id)
            if item is not None:
                item.setPos(scene_point(*(move.new if placed else move.old)))

    def tidy(self) -> bool:
        """Spread overlapping notes apart within their quadrants (one undo step; nothing when none overlap)."""
        if self.refuse_if_frozen() or not self.scene.editable:
            return False
        return self.apply(commands.tidy_command(self.workspace, self.board_id))

    def move_selected(self, dx: float, dy: float) -> bool:
        """Move the selected notes by (dx, dy) normalised units, written at once; repeated presses merge."""
        selected = self.scene.selected_notes()
        if not selected or self.refuse_if_frozen() or not self.scene.editable:
            return False
        moves = []
        for item in selected:
            x, y = item.normalised()
            new = geo.clamp_normalised(round(x + dx, 2), round(y + dy, 2))
            if new != (x, y):
                moves.append(NoteMove(item.note_id, (x, y), new))
        if not moves:
            return False
        return self.apply(commands.MoveNotesCommand(self.workspace, moves, keyboard=True))

    # --- colours, authors, hidden notes ------------------------------------------------------------------------

    def set_colour(self, colour: str) -> None:
        """Colour the selected notes, and use the colour for new notes too."""
        self.new_note_colour = colour
        items = [item for item in self.scene.selected_notes() if item.record.colour != colour]
        if items and not self.refuse_if_frozen():
            shown = {item.note_id: item.record.colour for item in items}
            self.apply(commands.colour_command(self.workspace, list(shown), colour, shown=shown))

    def colour_by_author(self, text: str) -> bool:
        """One palette colour per author (in order of their names); notes without an author keep theirs."""
        notes = [item.record for item in self.scene.note_items()]
        authors = sorted(
            {(note.author, note.participant_id) for note in notes if note.author},
            key=lambda pair: (pair[0].casefold(), str(pair[1])),
        )
        colour_of = {pid: geo.NOTE_PALETTE[index % len(geo.NOTE_PALETTE)] for index, (_, pid) in enumerate(authors)}
        changes = {
            note.id: colour_of[note.participant_id]
            for note in notes
            if note.participant_id in colour_of and note.colour != colour_of[note.participant_id]
        }
        shown = {note.id: note.colour for note in notes if note.id in changes}
        return bool(changes) and self.apply(commands.recolour_command(self.workspace, changes, text, shown=shown))

    def reveal(self) -> bool:
        if not self.scene.hidden_count():
            return False
        return self.apply(commands.reveal_command(self.workspace, self.board_id))

    def select_note(self, note_id: uuid.UUID | None) -> None:
        item = self.scene.note_item(note_id) if note_id is not None else None
        if item is not None:
            self.scene.select_only([item])
            item.setFocus(Qt.FocusReason.OtherFocusReason)


def nudged(moves: Sequence[NoteMove], items: Sequence[NoteItem]) -> list[NoteMove]:
    """The drop of a single note on another (its centre on the other card): it goes to the nearest clear
    place of the quadrant it was dropped in (:func:`board_geometry.free_spot`), so no card hides another. A
    selection dragged together keeps its shape; Tidy spreads it if need be."""
    if len(moves) != 1:
        return list(moves)
    move = moves[0]
    others = [(item.record.x, item.record.y) for item in items if item.note_id != move.note_id]
    x, y = move.new
    if not any(abs(x - ox) < geo.CARD_WIDTH / 2 and abs(y - oy) < geo.CARD_HEIGHT / 2 for ox, oy in others):
        return [move]  # overlapping a neighbour's edge is the facilitator's choice; Tidy is one key away
    spot = geo.free_spot(move.new, others)
    return [NoteMove(move.note_id, move.old, spot)] if spot != move.old else []
