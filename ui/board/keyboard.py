"""The board without a mouse: Tab walks the notes, arrow keys move them, Enter edits, Escape deselects.

Tab and Shift+Tab go through the notes in reading order and then on to the next control, so the board never
traps the focus (Ctrl+Tab leaves at once). Each arrow press is one move written to the file at once; the
commands merge, so a series of presses is one undo step. Alt or Shift with an arrow moves in fine steps.
Adding (N, Insert), deleting (Delete) and the rest are the window's actions, listed in its menus.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from ui.board.controller import FINE_STEP, NORMAL_STEP, BoardController
from ui.board.note_item import NoteItem

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, 1),  # the board's y grows upwards
    Qt.Key.Key_Down: (0, -1),
}
FINE = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
EDITING_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_N, Qt.Key.Key_Insert)
"""The window's shortcuts for delete and add: they reach the board only while those actions are off."""


class BoardKeyboard:
    """Handles a key pressed on the board view; ``leave(forward)`` moves the focus out of the board."""

    def __init__(self, controller: BoardController, leave: Callable[[bool], None]) -> None:
        self.controller = controller
        self.scene = controller.scene
        self._leave = leave

    def handle(self, event: QKeyEvent) -> bool:
        """True if the key was the board's (the view then swallows it)."""
        if self.scene.editor is not None:
            return False  # typing into a note
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            if modifiers & Qt.KeyboardModifier.ControlModifier or not self.step_focus(forward):
                self._leave(forward)
            return True
        if key in ARROWS and not modifiers & Qt.KeyboardModifier.ControlModifier:
            dx, dy = ARROWS[Qt.Key(key)]
            step = FINE_STEP if modifiers & FINE else NORMAL_STEP
            return self.controller.move_selected(dx * step, dy * step)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.controller.edit_selected()
        if key in EDITING_KEYS and not modifiers & Qt.KeyboardModifier.ControlModifier:
            return self.controller.refuse_if_frozen()  # on a frozen round, say why nothing happens
        if key == Qt.Key.Key_Escape and self.scene.selectedItems():
            self.scene.clearSelection()
            return True
        return False

    def step_focus(self, forward: bool) -> bool:
        """Select the next (or previous) note in reading order; False when there is none left."""
        order = self.scene.reading_order()
        if not order:
            return False
        focus = self.scene.focusItem()
        current = focus if isinstance(focus, NoteItem) and focus in order and focus.isSelected() else None
        if current is None:
            selected = self.scene.selected_notes()
            current = selected[0] if selected else None
        if current is None:
            target = order[0] if forward else order[-1]
        else:
            index = order.index(current) + (1 if forward else -1)
            if not 0 <= index < len(order):
                return False
            target = order[index]
        self.controller.select_note(target.note_id)
        return True

    def enter(self, forward: bool) -> None:
        """The focus came to the board by Tab: start at the first (or, going back, the last) note."""
        if not self.scene.selected_notes():
            self.step_focus(forward)
