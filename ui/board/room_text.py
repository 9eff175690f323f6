"""A note's text for the room: its whole text, hyphenated, in the largest size that fits the card.

The facilitator's board shortens a long note with "…" (the whole text is in the tooltip and the side panel);
a wall read from 6-8 m has neither, so in a room view (participant mode, the presentation window) the text
shrinks to fit instead, from :data:`LARGEST` down, and long words break at their syllables with a hyphen in
the programme's language (:func:`workshop_app.export.hyphenation.wrap_hyphenated`: pyphen's en and nb
dictionaries, the Finnish syllable rules). A size whose lines keep every word whole is preferred to a slightly
larger one that breaks words, since a broken word is slower to read from afar. Only a text too long for the
card even at :data:`SMALLEST` keeps shrinking below it, so nothing is ever cut off.

The cards keep the board's layout on the wall: the room view scales the board to the wall, and the cards with
it. A card is enlarged beyond that (:func:`card_scale`, towards :data:`SMALLEST` being :data:`WALL_PIXELS`
tall) only as far as :func:`spread_limit` allows, that is, only while no two cards come to overlap that do not
overlap on the facilitator's view: a wall of cards covering each other's text is worse than smaller text.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from ui.board import text_layout
from workshop_app import board_geometry as geo
from workshop_app.export.hyphenation import wrap_hyphenated

LARGEST = 44.0
"""The size a short note is written in on the wall (canvas units, before the card's scale): two lines of it
fill the card's text box, so a short note is as large as its card allows."""
SMALLEST = geo.NOTE_TEXT_SIZE
"""The size below which a note shrinks only if its text could not be read whole otherwise."""
FLOOR = 8.0
"""Never smaller than this, however long the text."""
STEP = 1.0
WHOLE_WORDS_SHARE = 0.8
"""A layout that keeps every word whole is taken if its size is at least this share of the largest size that
fits only by breaking words."""
WALL_PIXELS = 20.0
"""The least height, in pixels on the wall, of a note's text in a room view (readable from 6-8 m)."""
MAX_CARD_SCALE = 1.8
GAP_KEPT = 0.5
"""The share of the gap between the two nearest cards that stays a gap when the room enlarges the cards:
cards the facilitator placed apart stay visibly apart, groups stay groups."""


@dataclass(frozen=True)
class Fitted:
    """A note's text placed in its card, and the size it is written in."""

    runs: text_layout.Runs
    size: float


def _metrics(size: float) -> QFontMetricsF:
    return QFontMetricsF(text_layout.font(size))


def fit_note(text: str, box: QRectF, language: str, corners: Sequence[QRectF] = ()) -> Fitted:
    """``text`` in the largest size from :data:`LARGEST` down that fits ``box`` whole, preferring whole words
    (see :data:`WHOLE_WORDS_SHARE`), hyphenated where it must; clear of ``corners`` (the vote badge's, the
    action flag's) if given.

    A badge or a flag takes a corner, not a line: only a text that would run into one is fitted again, in the
    largest of the boxes that keep clear of every corner (above or below it, or between margins as wide as it
    on both sides, so the text stays centred)."""
    fitted = _fit(text, _area(box), language)
    if not any(_reaches(fitted, corner) for corner in corners):
        return fitted
    boxes = [box]
    for corner in corners:
        boxes = [clear for current in boxes for clear in _clear_of(current, corner)]
    candidates = [_fit(text, _area(clear), language) for clear in boxes]
    clear = [one for one in candidates if not any(_reaches(one, corner) for corner in corners)]
    return max(clear or candidates, key=_size)


def _clear_of(box: QRectF, corner: QRectF) -> list[QRectF]:
    """The boxes in ``box`` that keep clear of ``corner``: beside it, between margins as wide as it on both
    sides, and above or below it."""
    if not box.intersects(corner):
        return [box]
    margin = max(0.0, min(box.right() - corner.left(), corner.right() - box.left()))
    beside = box.adjusted(margin, 0, -margin, 0)
    if corner.center().y() > box.center().y():
        apart = QRectF(box.left(), box.top(), box.width(), max(0.0, corner.top() - box.top()))
    else:
        apart = QRectF(box.left(), corner.bottom(), box.width(), max(0.0, box.bottom() - corner.bottom()))
    return [beside, apart]


def _area(box: QRectF) -> tuple[float, float, float, float]:
    return (box.left(), box.top(), box.width(), box.height())


def _size(fitted: Fitted) -> float:
    return fitted.size


def _reaches(fitted: Fitted, corner: QRectF) -> bool:
    """Whether a line of ``fitted`` runs into ``corner``."""
    measure = text_layout.measurer(fitted.size)
    metrics = _metrics(fitted.size)
    for point, line in fitted.runs:
        extent = QRectF(point.x(), point.y() - metrics.ascent(), measure(line), metrics.ascent() + metrics.descent())
        if extent.intersects(corner):
            return True
    return False


@lru_cache(maxsize=4096)
def _fit(text: str, area: tuple[float, float, float, float], language: str) -> Fitted:
    box = QRectF(*area)
    width, height = box.width(), box.height()
    words = frozenset(text.split())

    def wrapped(size: float) -> tuple[list[str], bool]:
        lines = _wrap(text, width, size, language)
        return lines, len(lines) * size * geo.LINE_SPACING <= height + size * (geo.LINE_SPACING - 1)

    # the largest size that fits, found by halving (a larger size never needs fewer lines): a few wraps a
    # note, not one per size, so a board of a thousand notes enters a room view quickly
    steps = int((LARGEST - FLOOR) / STEP)
    low, high = 0, steps  # LARGEST - high * STEP (FLOOR) is taken even if it does not fit
    while low < high:
        middle = (low + high) // 2
        if wrapped(LARGEST - middle * STEP)[1]:
            high = middle
        else:
            low = middle + 1
    size = LARGEST - low * STEP
    lines = wrapped(size)[0]
    if not all(word in words for line in lines for word in line.split()):
        smaller = size - STEP
        while smaller >= max(FLOOR, size * WHOLE_WORDS_SHARE):
            whole, fits = wrapped(smaller)
            if fits and all(word in words for line in whole for word in line.split()):
                size, lines = smaller, whole
                break
            smaller -= STEP
    measure = text_layout.measurer(size)
    metrics = _metrics(size)
    laid = text_layout.Lines(
        tuple(lines),
        tuple(measure(line) for line in lines),
        size * geo.LINE_SPACING,
        metrics.ascent(),
        metrics.descent(),
    )
    return Fitted(text_layout.place(laid, box, geo.Align.CENTRE, geo.VAlign.MIDDLE), size)


def _wrap(text: str, width: float, size: float, language: str) -> list[str]:
    lines = wrap_hyphenated(text.strip(), width, text_layout.measurer(size), language)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def card_scale(view_scale: float) -> float:
    """How much a room view would enlarge the cards so that :data:`SMALLEST` is :data:`WALL_PIXELS` tall on
    it; the room takes the lesser of this and :func:`spread_limit`."""
    if view_scale <= 0:
        return 1.0
    return min(MAX_CARD_SCALE, max(1.0, WALL_PIXELS / (SMALLEST * view_scale)))


def spread_limit(centres: Sequence[tuple[float, float]], ceiling: float = MAX_CARD_SCALE) -> float:
    """The largest scale, up to ``ceiling``, by which every card may grow about its centre while no two cards
    come to overlap that are apart at scale 1 (cards are :data:`geo.NOTE_WIDTH` by :data:`geo.NOTE_HEIGHT`,
    centred on ``centres``, in canvas units). Two cards that already overlap would cover more of each other
    at any larger scale, so then the cards keep their size (1.0). The nearest two keep :data:`GAP_KEPT` of
    their gap.

    Two cards whose centres are ``dx`` and ``dy`` apart are apart at scale ``s`` while ``|dx| >= s * width``
    or ``|dy| >= s * height``; only cards nearer than a few card sizes can limit the scale, so the cards
    are put in a grid of that cell size and only neighbouring cells are compared (a thousand notes stay quick).
    """
    width, height = geo.NOTE_WIDTH, geo.NOTE_HEIGHT
    reach = 1.0 + (ceiling - 1.0) / (1.0 - GAP_KEPT)  # cards further apart than this never limit the scale
    cell_w, cell_h = reach * width, reach * height
    grid: dict[tuple[int, int], list[tuple[int, float, float]]] = {}
    for index, (x, y) in enumerate(centres):
        grid.setdefault((int(x // cell_w), int(y // cell_h)), []).append((index, x, y))
    limit = reach
    for (col, row), cards in grid.items():
        near = [card for dc in (-1, 0, 1) for dr in (-1, 0, 1) for card in grid.get((col + dc, row + dr), ())]
        for index, x, y in cards:
            for other, other_x, other_y in near:
                if other <= index:
                    continue  # each pair once, and a card not with itself
                apart = max(abs(other_x - x) / width, abs(other_y - y) / height)
                if apart <= 1.0:
                    return 1.0
                limit = min(limit, apart)
    return min(ceiling, 1.0 + (limit - 1.0) * (1.0 - GAP_KEPT))


def clear_caches() -> None:
    _fit.cache_clear()
