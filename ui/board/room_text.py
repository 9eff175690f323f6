"""A note's text for the room: its whole text, hyphenated, in the largest size that fits the card.

The facilitator's board shortens a long note with "…" (the whole text is in the tooltip and the side panel);
a wall read from 6-8 m has neither, so in a room view (participant mode, the presentation window) the text
shrinks to fit instead, from :data:`LARGEST` down, and long words break at their syllables with a hyphen in
the programme's language (:func:`workshop_app.export.hyphenation.wrap_hyphenated`: pyphen's en and nb
dictionaries, the Finnish syllable rules). Only a text too long for the card even at :data:`SMALLEST` keeps
shrinking below it, so nothing is ever cut off.

The room view then scales every card by :func:`card_scale`, so that :data:`SMALLEST` is at least
:data:`WALL_PIXELS` tall on the wall whatever its resolution.
"""

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from ui.board import text_layout
from workshop_app import board_geometry as geo
from workshop_app.export.hyphenation import wrap_hyphenated

LARGEST = 30.0
"""The size a short note is written in on the wall (canvas units, before the card's scale)."""
SMALLEST = geo.NOTE_TEXT_SIZE
"""The size below which a note shrinks only if its text could not be read whole otherwise."""
FLOOR = 8.0
"""Never smaller than this, however long the text."""
STEP = 1.0
WALL_PIXELS = 20.0
"""The least height, in pixels on the wall, of a note's text in a room view (readable from 6-8 m)."""
MAX_CARD_SCALE = 1.8


@dataclass(frozen=True)
class Fitted:
    """A note's text placed in its card, and the size it is written in."""

    runs: text_layout.Runs
    size: float


def _metrics(size: float) -> QFontMetricsF:
    return QFontMetricsF(text_layout.font(size))


def fit_note(text: str, box: QRectF, language: str) -> Fitted:
    """``text`` in the largest size from :data:`LARGEST` down that fits ``box`` whole, hyphenated."""
    return _fit(text, (box.left(), box.top(), box.width(), box.height()), language)


@lru_cache(maxsize=4096)
def _fit(text: str, area: tuple[float, float, float, float], language: str) -> Fitted:
    box = QRectF(*area)
    width, height = box.width(), box.height()
    size = LARGEST
    while True:
        lines = wrap_hyphenated(text.strip(), width, text_layout.measurer(size), language)
        while lines and not lines[-1]:
            lines.pop()
        if len(lines) * size * geo.LINE_SPACING <= height + size * (geo.LINE_SPACING - 1) or size <= FLOOR:
            break
        size -= STEP
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


def card_scale(view_scale: float) -> float:
    """How much a room view enlarges the cards so that :data:`SMALLEST` is :data:`WALL_PIXELS` tall on it."""
    if view_scale <= 0:
        return 1.0
    return min(MAX_CARD_SCALE, max(1.0, WALL_PIXELS / (SMALLEST * view_scale)))


def clear_caches() -> None:
    _fit.cache_clear()
