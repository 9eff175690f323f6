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

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

# The notes' colours are part of the board's look, defined where the settings can name them cheaply.
from workshop_app.note_colours import DEFAULT_NOTE_COLOUR as DEFAULT_NOTE_COLOUR
from workshop_app.note_colours import NOTE_PALETTE as NOTE_PALETTE

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


# --- keeping notes apart -------------------------------------------------------------------------------------

CARD_WIDTH: Final = NOTE_WIDTH / PLACEMENT
"""A note's width in normalised units (a card is this far from a neighbour's centre before they touch)."""
CARD_HEIGHT: Final = NOTE_HEIGHT / PLACEMENT
CARD_GAP: Final = 0.02
"""Normalised space left between two cards that :func:`tidy` or :func:`free_spot` place apart."""
SPOT_STEP: Final = 0.01
"""Grid, in normalised units, of the places :func:`free_spot` tries."""

Point = tuple[float, float]


def cards_overlap(a: Point, b: Point, gap: float = 0.0) -> bool:
    """Whether the cards of notes centred at ``a`` and ``b`` (normalised) cover each other (or come closer
    than ``gap``). Cards that only touch do not overlap."""
    return abs(a[0] - b[0]) < CARD_WIDTH + gap - 1e-9 and abs(a[1] - b[1]) < CARD_HEIGHT + gap - 1e-9


def _quadrant_spots(point: Point) -> list[Point]:
    """Every place on the grid where a card lies wholly inside ``point``'s quadrant (the axes count to the
    right and the top, as :meth:`Quadrant.at` says)."""
    sx = 1.0 if point[0] >= 0 else -1.0
    sy = 1.0 if point[1] >= 0 else -1.0
    first_x = math.ceil((CARD_WIDTH / 2) / SPOT_STEP)
    first_y = math.ceil((CARD_HEIGHT / 2) / SPOT_STEP)
    last = round(1.0 / SPOT_STEP)
    return [
        (sx * round(i * SPOT_STEP, 4), sy * round(j * SPOT_STEP, 4))
        for i in range(first_x, last + 1)
        for j in range(first_y, last + 1)
    ]


class _Neighbours:
    """The notes near a place, found through a grid of cells one card reach wide (a card further away than
    that neither overlaps nor comes within the gap), so looking at every place of a quadrant on a board of
    a thousand notes reads a handful of cards per place instead of all of them (a drop on a full board took
    seconds). Notes come back in the order given, so sums and choices are the same as over the whole list."""

    def __init__(self, others: Sequence[Point]) -> None:
        self.reach_x = CARD_WIDTH + CARD_GAP
        self.reach_y = CARD_HEIGHT + CARD_GAP
        self.cells: dict[tuple[int, int], list[tuple[int, Point]]] = {}
        self._around: dict[tuple[int, int], list[Point]] = {}
        for index, other in enumerate(others):
            self.cells.setdefault(self._cell(other), []).append((index, other))

    def _cell(self, point: Point) -> tuple[int, int]:
        return math.floor(point[0] / self.reach_x), math.floor(point[1] / self.reach_y)

    def near(self, point: Point) -> list[Point]:
        """The notes in the cells around ``point``'s: every note that can reach it (and a few that cannot)."""
        cell = self._cell(point)
        known = self._around.get(cell)
        if known is None:
            cx, cy = cell
            cells = [(cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
            found = [entry for around in cells for entry in self.cells.get(around, ())]
            found.sort()
            known = self._around[cell] = [other for _, other in found]
        return known


def free_spot(point: Point, others: Sequence[Point]) -> Point:
    """Where a note dropped at ``point`` goes so that it covers none of ``others``: ``point`` itself when it
    is clear, else the nearest clear place in the same quadrant, else (a full quadrant) the place there that
    covers the others least. The room chose the quadrant, so a note never leaves it."""
    if not any(cards_overlap(point, other) for other in others):
        return point
    spots = _quadrant_spots(point)
    spots.sort(key=lambda spot: ((spot[0] - point[0]) ** 2 + (spot[1] - point[1]) ** 2, spot))
    neighbours = _Neighbours(others)
    near: list[list[Point]] = []
    for spot in spots:
        close = neighbours.near(spot)
        if not any(cards_overlap(spot, other, CARD_GAP) for other in close):
            return spot
        near.append(close)
    return spots[_least_covering(spots, near)]


def _least_covering(spots: Sequence[Point], near: Sequence[Sequence[Point]]) -> int:
    """The index of the spot whose card covers its neighbours least (the first of equals): the sum, over the
    neighbours, of the area the two cards (each grown by the gap) share. Written out in one loop, since a full
    quadrant has thousands of spots to weigh (four times faster than a function call per pair)."""
    reach_x, reach_y = CARD_WIDTH + CARD_GAP, CARD_HEIGHT + CARD_GAP
    best, best_index = math.inf, 0
    for index, (sx, sy) in enumerate(spots):
        total = 0.0
        for ox, oy in near[index]:
            across = reach_x - abs(sx - ox)
            if across > 0.0:
                down = reach_y - abs(sy - oy)
                if down > 0.0:
                    total += across * down
        if total < best:
            best, best_index = total, index
    return best_index


def tidy(points: Sequence[Point]) -> list[Point]:
    """The places of a board's notes with no two cards covering each other, each note in its own quadrant.

    As few notes move as possible, and as little: in the given order a note stays where it is if it covers
    none of those kept before it; the rest then go, one by one, to the nearest clear place of their quadrant
    (:func:`free_spot`). A quadrant too full for that keeps some overlap rather than sending a note elsewhere.
    Deterministic: the same places in the same order give the same result.
    """
    # A card that reaches over an axis would crowd the next quadrant: each card first inside its own one.
    points = [_inside_quadrant(point) for point in points]
    placed: list[Point | None] = [None] * len(points)
    kept: list[Point] = []
    for index, point in enumerate(points):
        if not any(cards_overlap(point, other) for other in kept):
            placed[index] = point
            kept.append(point)
    for index, point in enumerate(points):
        if placed[index] is None:
            spot = free_spot(point, kept)
            placed[index] = spot
            kept.append(spot)
    result = [spot for spot in placed if spot is not None]
    rowed: set[int] = set()
    for sign in {_sign(point) for point in points}:
        members = [index for index, point in enumerate(points) if _sign(point) == sign]
        crowded = any(cards_overlap(result[i], result[j]) for i in members for j in members if i < j)
        if crowded:  # the nearest clear places ran out: the whole quadrant in rows and columns
            for index, spot in zip(members, _in_rows([points[index] for index in members], sign), strict=True):
                result[index] = spot
            rowed.update(members)
    # A card kept near an axis may reach over it into a quadrant just laid out in rows: move it clear.
    for index in range(len(result)):
        if index in rowed:
            continue
        others = [spot for other, spot in enumerate(result) if other != index]
        if any(cards_overlap(result[index], other) for other in others):
            result[index] = free_spot(result[index], others)
    return result


def _inside_quadrant(point: Point) -> Point:
    """``point`` moved just far enough from the axes that its card lies wholly in the point's quadrant."""
    sx, sy = _sign(point)
    low_x, low_y = CARD_WIDTH / 2 + 0.005, CARD_HEIGHT / 2 + 0.005
    return (sx * max(abs(point[0]), low_x), sy * max(abs(point[1]), low_y))


def _sign(point: Point) -> tuple[float, float]:
    return (1.0 if point[0] >= 0 else -1.0, 1.0 if point[1] >= 0 else -1.0)


def _spread(count: int, low: float, high: float) -> list[float]:
    if count == 1:
        return [round((low + high) / 2, 4)]
    return [round(low + (high - low) * index / (count - 1), 4) for index in range(count)]


def _in_rows(points: Sequence[Point], sign: tuple[float, float]) -> list[Point]:
    """Places for the notes of one quadrant in rows (top row first) and columns, the notes keeping their
    order from top to bottom and from left to right; more notes than fit apart share a row as a fanned stack."""
    sx, sy = sign
    low_x, low_y, high = CARD_WIDTH / 2 + 0.005, CARD_HEIGHT / 2 + 0.005, 0.98
    columns = max(1, int((high - low_x) // (CARD_WIDTH + CARD_GAP)) + 1)
    most_rows = max(1, int((high - low_y) // (CARD_HEIGHT + CARD_GAP)) + 1)
    rows = min(most_rows, math.ceil(len(points) / columns))
    columns = max(columns, math.ceil(len(points) / rows))
    row_places = [sy * value for value in sorted(_spread(rows, low_y, high), reverse=sy > 0)]
    column_places = [sx * value for value in sorted(_spread(columns, low_x, high), reverse=sx < 0)]
    order = sorted(range(len(points)), key=lambda index: (-points[index][1], points[index][0], index))
    places: list[Point] = [(0.0, 0.0)] * len(points)
    for row, start in enumerate(range(0, len(order), columns)):
        in_row = sorted(order[start : start + columns], key=lambda index: (points[index][0], index))
        for column, index in enumerate(in_row):
            places[index] = (column_places[column], row_places[row])
    return places
