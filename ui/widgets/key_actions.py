"""Keys handled by an event filter and looked up in a table of actions.

The canvas and the goal sheet take their keys (Alt+arrows, F2, Delete) in an event filter rather than as
QAction shortcuts, which would also fire while a card's text is being edited; both look a key press up the
same way.
"""

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def trigger_for_key(event: QKeyEvent, actions: dict[str, QAction]) -> bool:
    """Trigger the action ``actions`` holds for this key press (keyed by QKeySequence text); True if one did."""
    combination = QKeyCombination(event.modifiers() & _MODIFIERS, Qt.Key(event.key()))
    action = actions.get(QKeySequence(combination).toString())
    if action is None:
        return False
    action.trigger()
    return True
