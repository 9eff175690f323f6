"""The colours a note may have: the board's palette, on its own so that the window's settings (read before the
first view) can name it without loading the board's geometry (:mod:`workshop_app.board_geometry`)."""

from typing import Final

NOTE_PALETTE: Final = ("#ffd54f", "#90caf9", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91")
"""The colours offered for notes, the first being the default (amber, blue, green, pink, purple, orange)."""
DEFAULT_NOTE_COLOUR: Final = NOTE_PALETTE[0]
