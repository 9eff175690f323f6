"""Where the board drawing of an export puts each note so that every note can be read (pure Python, testable).

On screen a person drags notes apart; on paper nobody can, so the export lays them out itself:

* **Cards**: each note is drawn as a card with its whole text, wrapped and hyphenated (never cut off with
  "…"). The most voted notes are placed first; each card goes to the free spot nearest the note's true spot,
  in the note's own quadrant when there is room there. A card that had to move gets a thin leader line from
  its edge to a dot at its true spot.
* **Markers**: when the cards cannot all be placed apart (a crowded board), the board shows a small numbered
  marker at each true spot (placed apart the same way), and the cards are listed, with the same numbers, in
  the notes table after the drawing.

Everything here is in the board's canvas units (:mod:`workshop_app.board_geometry`, y downwards).
"""

import functools
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from workshop_app import board_geometry as geo
from workshop_app.domain.models import NoteView
from workshop_app.export.hyphenation import wrap_hyphenated

GAP: Final = 8.0
"""Space kept between two cards (and between a card and the board's edge)."""
BADGE_RADIUS: Final = 17.0
BADGE_OVERHANG: Final = BADGE_RADIUS - 5.0
"""How far the vote badge, centred near a card's top-right corner, reaches out of the card."""
MARKER_RADIUS: Final = 19.0
MARKER_REACH: Final = 8 * MARKER_RADIUS
"""How far from its true spot a marker may be moved to stand apart (a crowded board's markers stay near)."""
MAX_CARD_LINES: Final = 7
"""Past this many lines at the usual width a card is made wider (up to :data:`WIDTHS`' last) rather than taller."""
WIDTHS: Final = (geo.NOTE_WIDTH, geo.NOTE_WIDTH * 1.5, geo.NOTE_WIDTH * 2)
MIN_LINES: Final = 2
STEP: Final = 12.0
"""How far apart the spots tried for a card are (canvas units)."""
FILL_LIMIT: Final = 0.5
"""Cards covering more than this share of the board are not tried: the board is drawn with markers."""


class LayoutMode(StrEnum):
    CARDS = "cards"
    MARKERS = "markers"


@dataclass
class Placed:
    """One note as drawn: its number (the order of the notes table), where it truly is and where it is drawn."""

    note: NoteView
    number: int
    anchor: tuple[float, float]
    box: geo.Rect
    """The card (or marker) itself."""
    lines: list[str]
    votes: int

    @property
    def occupied(self) -> geo.Rect:
        """What the card covers: itself and, with votes, its badge."""
        return _occupied(self.box, self.votes)

    @property
    def moved(self) -> bool:
        """True when the card no longer covers its true spot (it then gets a leader line)."""
        x, y = self.anchor
        box = self.box
        return not (box.left <= x <= box.right and box.top <= y <= box.bottom)


@dataclass(frozen=True)
class BoardLayout:
    mode: LayoutMode
    placed: list[Placed]


def _overlap(a: geo.Rect, b: geo.Rect, gap: float) -> tuple[float, float]:
    """How far ``a`` and ``b`` (each grown by half ``gap``) overlap along x and y; (0, 0) when apart."""
    dx = min(a.right, b.right) - max(a.left, b.left) + gap
    dy = min(a.bottom, b.bottom) - max(a.top, b.top) + gap
    return (dx, dy) if dx > 0 and dy > 0 else (0.0, 0.0)


def overlapping_pairs(boxes: Sequence[geo.Rect], gap: float = 0.0) -> list[tuple[int, int]]:
    """The pairs of ``boxes`` that overlap (closer than ``gap``), found by a sweep along x."""
    order = sorted(range(len(boxes)), key=lambda index: boxes[index].left)
    pairs: list[tuple[int, int]] = []
    for position, i in enumerate(order):
        a = boxes[i]
        for j in order[position + 1 :]:
            b = boxes[j]
            if b.left >= a.right + gap:
                break
            if _overlap(a, b, gap) != (0.0, 0.0):
                pairs.append((min(i, j), max(i, j)))
    return pairs


def _clamped(box: geo.Rect, occupied: geo.Rect, bounds: geo.Rect) -> geo.Rect:
    """``box`` moved so that ``occupied`` (which moves with it) lies inside ``bounds``."""
    dx = max(0.0, bounds.left - occupied.left) - max(0.0, occupied.right - bounds.right)
    dy = max(0.0, bounds.top - occupied.top) - max(0.0, occupied.bottom - bounds.bottom)
    return geo.Rect(box.left + dx, box.top + dy, box.width, box.height)


def _occupied(box: geo.Rect, votes: int) -> geo.Rect:
    """What a card at ``box`` covers: itself and, with votes, its badge."""
    if not votes:
        return box
    return geo.Rect(box.left, box.top - BADGE_OVERHANG, box.width + BADGE_OVERHANG, box.height + BADGE_OVERHANG)


def _moved_to(item: Placed, cx: float, cy: float, bounds: geo.Rect) -> geo.Rect:
    """``item``'s box centred on (cx, cy), kept inside ``bounds``."""
    box = item.box
    moved = geo.Rect(cx - box.width / 2, cy - box.height / 2, box.width, box.height)
    return _clamped(moved, _occupied(moved, item.votes), bounds)


@functools.cache
def _ring_offsets(step: float, limit: float) -> tuple[tuple[float, float], ...]:
    return tuple(_rings(step, limit))


def _rings(step: float, limit: float) -> Iterator[tuple[float, float]]:
    """Offsets from a point, nearest first, ring by ring (squares of growing size) out to ``limit``."""
    yield 0.0, 0.0
    ring = 1
    while ring * step <= limit:
        offsets = []
        for k in range(-ring, ring + 1):
            offsets += [(k * step, -ring * step), (k * step, ring * step)]
        for k in range(-ring + 1, ring):
            offsets += [(-ring * step, k * step), (ring * step, k * step)]
        offsets.sort(key=lambda o: o[0] * o[0] + o[1] * o[1])
        yield from offsets
        ring += 1


def _same_quadrant(anchor: tuple[float, float], cx: float, cy: float) -> bool:
    ax, ay = anchor
    return (ax == 0 or (ax > 0) == (cx > 0)) and (ay == 0 or (ay > 0) == (cy > 0))


class _Grid:
    """The rectangles placed so far, bucketed by area: a candidate is checked only against its neighbours."""

    CELL: Final = 96.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[geo.Rect]] = {}

    def _keys(self, box: geo.Rect) -> Iterator[tuple[int, int]]:
        reach = GAP
        for i in range(int((box.left - reach) // self.CELL), int((box.right + reach) // self.CELL) + 1):
            for j in range(int((box.top - reach) // self.CELL), int((box.bottom + reach) // self.CELL) + 1):
                yield i, j

    def free(self, box: geo.Rect) -> bool:
        return all(
            _overlap(box, other, GAP) == (0.0, 0.0) for key in self._keys(box) for other in self.cells.get(key, ())
        )

    def add(self, box: geo.Rect) -> None:
        for key in self._keys(box):
            self.cells.setdefault(key, []).append(box)


def _place_apart(items: list[Placed], bounds: geo.Rect, reach: float) -> bool:
    """Place each item, the most voted first, at the free spot nearest its true spot within ``reach`` (in its
    own quadrant if there is room there, else anywhere within reach); True when every item found a spot."""
    placed = _Grid()
    for item in sorted(items, key=lambda i: (-i.votes, i.number)):
        spot = None
        for own_quadrant in (True, False):
            for dx, dy in _ring_offsets(STEP, reach):
                cx, cy = item.anchor[0] + dx, item.anchor[1] + dy
                if own_quadrant and not _same_quadrant(item.anchor, cx, cy):
                    continue
                item.box = _moved_to(item, cx, cy, bounds)
                occupied = item.occupied
                if placed.free(occupied):
                    spot = occupied
                    break
            if spot is not None:
                break
        if spot is None:
            return False
        placed.add(spot)
    return True


def _card(
    note: NoteView,
    number: int,
    votes: int,
    measure: Callable[[str], float],
    language: str,
    hidden_lines: list[str],
) -> Placed:
    x, y = geo.clamp_normalised(note.x, note.y)
    anchor = geo.to_canvas(x, y)
    step = geo.NOTE_TEXT_SIZE * geo.LINE_SPACING
    lines = hidden_lines
    width = geo.NOTE_WIDTH
    if not note.hidden:
        for width in WIDTHS:
            room = width - 2 * geo.NOTE_PADDING - (2 * BADGE_RADIUS - BADGE_OVERHANG if votes else 0)
            lines = wrap_hyphenated(note.text.strip(), room, measure, language)
            if len(lines) <= MAX_CARD_LINES:
                break
    height = 2 * geo.NOTE_PADDING + step * max(MIN_LINES, len(lines)) - (step - geo.NOTE_TEXT_SIZE)
    box = geo.Rect(anchor[0] - width / 2, anchor[1] - height / 2, width, height)
    return Placed(note, number, anchor, box, lines, votes)


def layout_board(
    notes: Sequence[NoteView],
    votes: Mapping[uuid.UUID, int],
    *,
    measure: Callable[[str], float],
    language: str,
    hidden_lines: list[str],
    numbers: Mapping[uuid.UUID, int] | None = None,
) -> BoardLayout:
    """Cards for ``notes`` placed apart on the board, or numbered markers when they cannot all be.

    ``measure`` is the width of a text at the note text's size in canvas units; ``numbers`` the number of each
    note in the document's notes table (the order of ``notes`` when not given).
    """
    bounds = geo.Rect(
        geo.BOARD_RECT.left + GAP,
        geo.BOARD_RECT.top + GAP,
        geo.BOARD_RECT.width - 2 * GAP,
        geo.BOARD_RECT.height - 2 * GAP,
    )
    numbering = numbers or {note.id: index for index, note in enumerate(notes, 1)}
    smallest = geo.NOTE_WIDTH * (2 * geo.NOTE_PADDING + geo.NOTE_TEXT_SIZE * (1 + geo.LINE_SPACING))
    if len(notes) * smallest > FILL_LIMIT * bounds.width * bounds.height:  # crowded whatever the texts say
        return _markers(notes, numbering, bounds)
    cards = [
        _card(note, numbering.get(note.id, index), votes.get(note.id, 0), measure, language, hidden_lines)
        for index, note in enumerate(notes, 1)
    ]
    for card in cards:
        card.box = _clamped(card.box, card.occupied, bounds)
    area = sum(card.occupied.width * card.occupied.height for card in cards)
    if area <= FILL_LIMIT * bounds.width * bounds.height and _place_apart(cards, bounds, bounds.width / 2):
        return BoardLayout(LayoutMode.CARDS, cards)
    return _markers(notes, numbering, bounds)


def _markers(notes: Sequence[NoteView], numbering: Mapping[uuid.UUID, int], bounds: geo.Rect) -> BoardLayout:
    """Numbered markers at the notes' true spots, placed apart the same way as cards."""
    markers = []
    for index, note in enumerate(notes, 1):
        anchor = geo.to_canvas(*geo.clamp_normalised(note.x, note.y))
        box = geo.Rect(anchor[0] - MARKER_RADIUS, anchor[1] - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS)
        marker = Placed(note, numbering.get(note.id, index), anchor, box, [], 0)  # votes: in the notes table
        marker.box = _clamped(marker.box, marker.occupied, bounds)
        markers.append(marker)
    room = (2 * MARKER_RADIUS + GAP) ** 2 * len(markers)
    if room <= FILL_LIMIT * bounds.width * bounds.height:  # else too many to part: the table lists them all
        _place_apart(markers, bounds, MARKER_REACH)
    return BoardLayout(LayoutMode.MARKERS, sorted(markers, key=lambda marker: marker.number))
