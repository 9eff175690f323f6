"""Board texts broken into lines with Qt's font metrics and :mod:`workshop_app.board_geometry`'s rules.

The wrapping rules are the shared ones (``fit_text``), so only the measuring is Qt's; the PDF export measures
the same Noto Sans with ReportLab and gets the same lines. Results are memoised because a board shows the same
texts again and again (every repaint after a zoom, every refresh after an edit), and a line is measured as
the sum of its words, each measured once: with kerning and ligatures off (see :mod:`.fonts`) that is exactly
the width of the line, and a board of a thousand notes lays out in a fraction of the time.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from ui.board.fonts import board_font
from workshop_app import board_geometry as geo


@dataclass(frozen=True)
class Lines:
    """Lines of one text, each with its baseline offset and width, ready to draw in a box."""

    texts: tuple[str, ...]
    widths: tuple[float, ...]
    line_height: float
    ascent: float
    descent: float

    @property
    def height(self) -> float:
        return len(self.texts) * self.line_height

    def baseline(self, index: int) -> float:
        """Offset of line ``index``'s baseline from the top of the block (the glyphs centred in the line)."""
        glyphs = self.ascent + self.descent
        return index * self.line_height + (self.line_height - glyphs) / 2 + self.ascent


KNOWN_LIMIT = 200_000
"""Measured strings kept per font before starting afresh."""


@lru_cache(maxsize=64)
def _metrics(size: float, bold: bool, italic: bool) -> QFontMetricsF:
    return QFontMetricsF(board_font(size, bold=bold, italic=italic))


def font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    return _font(size, bold, italic)


@lru_cache(maxsize=64)
def _font(size: float, bold: bool, italic: bool) -> QFont:
    return board_font(size, bold=bold, italic=italic)


SIMPLE_BELOW = "\u0300"
"""Below the combining marks: Latin letters (Sámi's and the Nordic ones among them) whose advance in a word is
their advance alone, kerning and ligatures being off. A word of such letters is measured as the sum of its
letters, each measured once; any other word (combining marks, other scripts) as a whole, by Qt."""


@lru_cache(maxsize=65536)
def _advance(word: str, size: float, bold: bool, italic: bool) -> float:
    if len(word) > 1 and max(word) < SIMPLE_BELOW:
        return sum(_letter(letter, size, bold, italic) for letter in word)
    return _metrics(size, bold, italic).horizontalAdvance(word)


@lru_cache(maxsize=4096)
def _letter(letter: str, size: float, bold: bool, italic: bool) -> float:
    return _metrics(size, bold, italic).horizontalAdvance(letter)


@lru_cache(maxsize=64)
def measurer(size: float, bold: bool = False, italic: bool = False) -> Callable[[str], float]:
    """Width of a string in canvas units: the width of all but its last word (known from measuring the line
    so far, as ``fit_text`` grows a line word by word), a space, and the last word."""
    space = _advance(" ", size, bold, italic)
    known: dict[str, float] = {}

    def measure(text: str) -> float:
        width = known.get(text)
        if width is None:
            head, gap, tail = text.rpartition(" ")
            before = known.get(head) if gap else 0.0
            if before is not None:
                width = before + (space if gap else 0.0) + _advance(tail, size, bold, italic)
            else:
                words = text.split(" ")
                width = sum(_advance(word, size, bold, italic) for word in words) + space * (len(words) - 1)
            if len(known) > KNOWN_LIMIT:
                known.clear()
            known[text] = width
        return width

    return measure


@lru_cache(maxsize=8192)
def fit(text: str, width: float, max_lines: int, size: float, bold: bool = False, italic: bool = False) -> Lines:
    """``text`` wrapped to ``width`` canvas units in at most ``max_lines`` lines, the last elided with "…"."""
    metrics = _metrics(size, bold, italic)
    measure = measurer(size, bold, italic)
    lines = geo.fit_text(text, width, max_lines, measure)
    return Lines(
        tuple(lines),
        tuple(measure(line) for line in lines),
        size * geo.LINE_SPACING,
        metrics.ascent(),
        metrics.descent(),
    )


Runs = tuple[tuple[QPointF, str], ...]


def place(lines: Lines, box: QRectF, align: geo.Align, valign: geo.VAlign) -> Runs:
    """Where each line's baseline starts when ``lines`` sit in ``box`` aligned as asked."""
    top, height, left, width = box.top(), box.height(), box.left(), box.width()
    if valign is geo.VAlign.TOP:
        block_top = top
    elif valign is geo.VAlign.BOTTOM:
        block_top = top + height - lines.height
    else:
        block_top = top + (height - lines.height) / 2
    step = lines.line_height
    baseline = block_top + lines.baseline(0)
    if align is geo.Align.LEFT:
        starts = [left] * len(lines.widths)
    elif align is geo.Align.RIGHT:
        starts = [left + width - line_width for line_width in lines.widths]
    else:
        starts = [left + (width - line_width) / 2 for line_width in lines.widths]
    return tuple(
        (QPointF(start, baseline + index * step), text)
        for index, (start, text) in enumerate(zip(starts, lines.texts, strict=True))
    )


def draw_runs(painter: QPainter, runs: Runs) -> None:
    for point, text in runs:
        painter.drawText(point, text)


def draw_lines(painter: QPainter, lines: Lines, box: QRectF, align: geo.Align, valign: geo.VAlign) -> None:
    """Draw ``lines`` inside ``box`` aligned as asked (the painter's font and pen already set)."""
    draw_runs(painter, place(lines, box, align, valign))


def clear_caches() -> None:
    """Forget every measured word and laid-out text (the fonts changed, or a benchmark wants a cold start)."""
    fit.cache_clear()
    _advance.cache_clear()
    _letter.cache_clear()
    measurer.cache_clear()
