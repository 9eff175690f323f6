"""The layout of a quadrant board, in abstract units, shared by the on-screen board and the PDF export.

Pure Python (no Qt, no ReportLab): the Qt scene and :mod:`workshop_app.export.board_drawing` both draw what
this module describes, so a board looks the same on screen and on paper.

Coordinates
-----------
*Normalised* coordinates are what a note stores: ``x`` and ``y`` in [-1, 1], (0, 0) the centre of the board,
``x`` growing to the right and ``y`` growing UPWARDS (see :class:`~workshop_app.domain.enums.Quadrant`).

*Canvas* coordinates are abstract units with the origin at the centre of the board and ``y`` growing
DOWNWARDS, as in a Qt scene. The screen scales them to its view, the PDF to the width of the page. A note's
normalised position is the centre of its rectangle. Normalised 1 is :data:`PLACEMENT` units, a power of two,
so :func:`to_canvas` and :func:`to_normalised` are exact inverses for every float (but those below 1e-300,
where dividing by 512 underflows).

Layout (canvas units; the board square is ``2 * HALF`` wide, the margins hold the axis labels)::

                      y_title (bold)
                      y_high
          +-------------------^-------------------+
          | title_top_left    |   title_top_right |
          |                   |                   |
   x_low  <-------------------+------------------->  x_title (bold)
          |                   |                   |  x_high
          | title_bottom_left | title_bottom_right|
          +-------------------v-------------------+
                      y_low

The axes run through the centre; the end labels sit outside the square beside the end they name, the axis
titles beside the high ends, and the quadrant titles in the outer corners of their quadrants. Notes fit inside
the square wherever they are placed.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

PLACEMENT: Final = 512.0
"""Canvas units from the centre of the board to the centre of a note placed at normalised ±1."""

NOTE_WIDTH: Final = 244.0
NOTE_HEIGHT: Final = 132.0
NOTE_RADIUS: Final = 10.0
"""Corner radius of a note's rounded rectangle."""
NOTE_PADDING: Final = 9.0
"""Space between a note's edge and its text."""

HALF: Final = PLACEMENT + NOTE_WIDTH / 2
"""Half the side of the board square (634): a note at normalised ±1 touches the edge and stays inside."""
BOARD_SIZE: Final = 2 * HALF

MARGIN_SIDE: Final = 170.0
"""Room left and right of the square for the x axis's end labels and title."""
MARGIN_TOP: Final = 92.0
"""Room above the square for the y axis's title and high label."""
MARGIN_BOTTOM: Final = 66.0
"""Room below the square for the y axis's low label."""
LABEL_GAP: Final = 14.0
"""Space between the square and the text beside it."""
ARROW_SIZE: Final = 18.0
"""Length of the arrow heads at the high ends of the axes; their tips touch the edge of the square."""

NOTE_TEXT_SIZE: Final = 23.0
LABEL_TEXT_SIZE: Final = 19.0
AXIS_TITLE_SIZE: Final = 19.0
QUADRANT_TITLE_SIZE: Final = 21.0
LINE_SPACING: Final = 1.2
"""Line height as a multiple of the text size, for every text on the board."""

NOTE_PALETTE: Final = ("#ffd54f", "#90caf9", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91")
"""The colours offered for notes, the first being the default (amber, blue, green, pink, purple, orange)."""
DEFAULT_NOTE_COLOUR: Final = NOTE_PALETTE[0]

BOARD_COLOUR: Final = "#ffffff"
FRAME_COLOUR: Final = "#9aa3ad"
AXIS_COLOUR: Final = "#4a5561"
LABEL_COLOUR: Final = "#2b333b"
QUADRANT_TITLE_COLOUR: Final = "#5b6875"
NOTE_TEXT_COLOUR: Final = "#1f1f1f"
HIDDEN_NOTE_COLOUR: Final = "#e4e6e9"


class Align(StrEnum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"


class VAlign(StrEnum):
    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


@dataclass(frozen=True)
class Rect:
    """A rectangle in canvas units (``top`` is the smaller y, since y grows downwards)."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def centre(self) -> tuple[float, float]:
        return (self.left + self.width / 2, self.top + self.height / 2)


@dataclass(frozen=True)
class TextSlot:
    """Where one label of the board goes: a box, how the text sits in it, and its size."""

    box: Rect
    align: Align
    valign: VAlign
    size: float
    bold: bool = False


# --- coordinates ---------------------------------------------------------------------------------------------


def to_canvas(x: float, y: float) -> tuple[float, float]:
    """Canvas position of the centre of a note stored at normalised (x, y)."""
    return (x * PLACEMENT, -y * PLACEMENT)


def to_normalised(cx: float, cy: float) -> tuple[float, float]:
    """Normalised position of a note whose centre is at canvas (cx, cy); exact inverse of :func:`to_canvas`."""
    return (cx / PLACEMENT, -cy / PLACEMENT)


def clamp_normalised(x: float, y: float) -> tuple[float, float]:
    """(x, y) limited to [-1, 1], for a note dragged past the edge of the board."""
    return (min(1.0, max(-1.0, x)), min(1.0, max(-1.0, y)))


def note_rect(x: float, y: float) -> Rect:
    """The rectangle of a note stored at normalised (x, y); inside the board square for any x, y in [-1, 1]."""
    cx, cy = to_canvas(x, y)
    return Rect(cx - NOTE_WIDTH / 2, cy - NOTE_HEIGHT / 2, NOTE_WIDTH, NOTE_HEIGHT)


def note_text_rect(x: float, y: float) -> Rect:
    """The part of a note's rectangle that holds its text."""
    rect = note_rect(x, y)
    return Rect(
        rect.left + NOTE_PADDING, rect.top + NOTE_PADDING, rect.width - 2 * NOTE_PADDING, rect.height - 2 * NOTE_PADDING
    )


# --- the board and its labels --------------------------------------------------------------------------------

BOARD_RECT: Final = Rect(-HALF, -HALF, BOARD_SIZE, BOARD_SIZE)
CANVAS_RECT: Final = Rect(
    -HALF - MARGIN_SIDE, -HALF - MARGIN_TOP, BOARD_SIZE + 2 * MARGIN_SIDE, BOARD_SIZE + MARGIN_TOP + MARGIN_BOTTOM
)
"""Everything that is drawn: the board square and its margins."""

X_AXIS: Final = ((-HALF, 0.0), (HALF, 0.0))
"""The horizontal axis, low end first (canvas units)."""
Y_AXIS: Final = ((0.0, HALF), (0.0, -HALF))
"""The vertical axis, low end (bottom) first (canvas units)."""

_SIDE_TEXT = MARGIN_SIDE - LABEL_GAP
_INSET = 14.0
_QUADRANT_TEXT_WIDTH = HALF - 2 * _INSET
_QUADRANT_TEXT_HEIGHT = QUADRANT_TITLE_SIZE * LINE_SPACING * 3
_AXIS_CLEARANCE = LABEL_TEXT_SIZE * 0.3


def _label_slots() -> dict[str, TextSlot]:
    side_x = HALF + LABEL_GAP
    top_half = MARGIN_TOP / 2
    quadrant_top = -HALF + _INSET
    quadrant_bottom = HALF - _INSET - _QUADRANT_TEXT_HEIGHT
    return {
        # The x axis: the low label left of the square, title and high label right of it, around the axis.
        "x_low": TextSlot(
            Rect(-side_x - _SIDE_TEXT, -HALF, _SIDE_TEXT, BOARD_SIZE), Align.RIGHT, VAlign.MIDDLE, LABEL_TEXT_SIZE
        ),
        "x_title": TextSlot(
            Rect(side_x, -HALF, _SIDE_TEXT, HALF - _AXIS_CLEARANCE),
            Align.LEFT,
            VAlign.BOTTOM,
            AXIS_TITLE_SIZE,
            bold=True,
        ),
        "x_high": TextSlot(Rect(side_x, _AXIS_CLEARANCE, _SIDE_TEXT, HALF), Align.LEFT, VAlign.TOP, LABEL_TEXT_SIZE),
        # The y axis: title and high label above the square, low label below it, centred on the axis.
        "y_title": TextSlot(
            Rect(-HALF, -HALF - MARGIN_TOP, BOARD_SIZE, top_half),
            Align.CENTRE,
            VAlign.BOTTOM,
            AXIS_TITLE_SIZE,
            bold=True,
        ),
        "y_high": TextSlot(
            Rect(-HALF, -HALF - top_half, BOARD_SIZE, top_half - LABEL_GAP),
            Align.CENTRE,
            VAlign.BOTTOM,
            LABEL_TEXT_SIZE,
        ),
        "y_low": TextSlot(
            Rect(-HALF, HALF + LABEL_GAP, BOARD_SIZE, MARGIN_BOTTOM - LABEL_GAP),
            Align.CENTRE,
            VAlign.TOP,
            LABEL_TEXT_SIZE,
        ),
        # The quadrant titles in the outer corners of their quadrants.
        "title_top_left": TextSlot(
            Rect(-HALF + _INSET, quadrant_top, _QUADRANT_TEXT_WIDTH, _QUADRANT_TEXT_HEIGHT),
            Align.LEFT,
            VAlign.TOP,
            QUADRANT_TITLE_SIZE,
            bold=True,
        ),
        "title_top_right": TextSlot(
            Rect(_INSET, quadrant_top, _QUADRANT_TEXT_WIDTH, _QUADRANT_TEXT_HEIGHT),
            Align.RIGHT,
            VAlign.TOP,
            QUADRANT_TITLE_SIZE,
            bold=True,
        ),
        "title_bottom_left": TextSlot(
            Rect(-HALF + _INSET, quadrant_bottom, _QUADRANT_TEXT_WIDTH, _QUADRANT_TEXT_HEIGHT),
            Align.LEFT,
            VAlign.BOTTOM,
            QUADRANT_TITLE_SIZE,
            bold=True,
        ),
        "title_bottom_right": TextSlot(
            Rect(_INSET, quadrant_bottom, _QUADRANT_TEXT_WIDTH, _QUADRANT_TEXT_HEIGHT),
            Align.RIGHT,
            VAlign.BOTTOM,
            QUADRANT_TITLE_SIZE,
            bold=True,
        ),
    }


LABEL_SLOTS: Final[dict[str, TextSlot]] = _label_slots()
"""Where each label of a board goes, keyed by the board's field name (``BoardView.x_low`` etc.).

A renderer wraps a label to its box's width and keeps as many lines as fit its height (:func:`fit_text`)."""


# --- text ----------------------------------------------------------------------------------------------------


def wrap_text(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` broken into lines no wider than ``width``; words too long for a line are broken too.

    ``measure`` gives the width of a string in the same units as ``width`` (the renderer's font metrics).
    Line breaks in the text are kept.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if measure(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            while measure(word) > width:
                cut = _longest_prefix(word, width, measure)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def fit_text(text: str, width: float, max_lines: int, measure: Callable[[str], float]) -> list[str]:
    """Wrapped lines of ``text`` that fit ``max_lines``; when it does not fit the last line ends in "…"."""
    lines = wrap_text(text, width, measure)
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) <= max(0, max_lines):
        return lines
    if max_lines <= 0:
        return []
    kept = lines[:max_lines]
    last = kept[-1].rstrip()
    while last and measure(last + "…") > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return kept


def lines_that_fit(height: float, size: float) -> int:
    """How many lines of text of ``size`` fit in ``height``."""
    return max(0, int((height + size * (LINE_SPACING - 1)) // (size * LINE_SPACING)))


def _longest_prefix(word: str, width: float, measure: Callable[[str], float]) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low
