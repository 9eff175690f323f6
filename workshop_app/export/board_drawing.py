"""A quadrant board as a vector drawing in the PDF, laid out by :mod:`workshop_app.board_geometry`.

Axes through the centre with arrow heads at their high ends, end labels and axis titles, the four quadrant
titles, and the notes placed by :mod:`workshop_app.export.board_layout`: as cards with their whole text
(wrapped and hyphenated), pushed apart so that none covers another, with a thin leader to the true spot of a
card that had to move; or, on a crowded board, as numbered markers whose cards are in the notes table. Vote
counts sit in a badge on each card, and a legend below the board says what the colours and marks mean.
Hidden notes are drawn face down, without their text.

The board is a Flowable that paints straight onto the PDF canvas (lines, rounded rectangles, text in the
document's family).
"""

import functools
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from workshop_app import board_geometry as geo
from workshop_app.domain.models import BoardView, NoteView
from workshop_app.export.board_layout import (
    BADGE_OVERHANG,
    BADGE_RADIUS,
    MARKER_RADIUS,
    BoardLayout,
    LayoutMode,
    Placed,
    layout_board,
)
from workshop_app.export.fonts import BOLD, ITALIC, REGULAR, printable, text_width
from workshop_app.export.hyphenation import wrap_hyphenated

_BASELINE = 0.83
"""Where a line's baseline sits below the top of its line box, as a multiple of the text size."""
_SHADOW = colors.HexColor("#cfd4d9")
_BADGE = colors.HexColor("#37474f")
_LEADER = colors.HexColor("#4a5561")
_BADGE_TEXT = 17.0
_DOT_RADIUS = 5.0
_SHADOW_OFFSET = (3.0, 4.0)
_NOTE_TEXT = colors.HexColor(geo.NOTE_TEXT_COLOUR)
_HIDDEN_TEXT = colors.HexColor(geo.QUADRANT_TITLE_COLOUR)
_LEGEND_SIZE: Final = 7.5
_LEGEND_LINE: Final = 11.0
_SWATCH: Final = 9.0
_LEGEND_GAP: Final = 10.0
"""Space between the board and its legend, and between two entries on a line (points)."""

LegendKind = Literal["swatch", "hidden", "badge", "leader", "text"]


@dataclass(frozen=True)
class LegendItem:
    kind: LegendKind
    text: str
    colour: str = ""


@dataclass(frozen=True)
class _PlacedLegend:
    kind: LegendKind
    text: str
    colour: str
    x: float
    y: float


def _colour(value: str, fallback: str = geo.DEFAULT_NOTE_COLOUR) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor(fallback)


def _darker(colour: colors.Color, factor: float = 0.62) -> colors.Color:
    return colors.Color(colour.red * factor, colour.green * factor, colour.blue * factor)


@functools.cache
def _measure(font: str, size: float) -> Callable[[str], float]:
    """Width of a text in ``font`` at ``size``: glyph widths summed (no kerning in these PDFs), cached."""
    widths: dict[str, float] = {}

    def measure(text: str) -> float:
        total = 0.0
        for char in text:
            width = widths.get(char)
            if width is None:
                width = widths[char] = text_width(char, font, size)
            total += width
        return total

    return measure


def _place_legend(items: Sequence[LegendItem], width: float) -> tuple[list[_PlacedLegend], float]:
    """The legend's entries flowed into lines ``width`` points wide (top line first); and its height."""
    measure = _measure(REGULAR, _LEGEND_SIZE)
    rows: list[list[tuple[LegendItem, float]]] = [[]]
    used = 0.0
    for item in items:
        text = printable(item.text)
        item = LegendItem(item.kind, text, item.colour)
        size = (_SWATCH + 3 if item.kind != "text" else 0) + measure(text)
        if rows[-1] and used + _LEGEND_GAP + size > width:
            rows.append([])
            used = 0.0
        rows[-1].append((item, used + (_LEGEND_GAP if rows[-1] else 0)))
        used += size + (_LEGEND_GAP if len(rows[-1]) > 1 else 0)
    if not rows[-1]:
        rows.pop()
    height = _LEGEND_GAP + len(rows) * _LEGEND_LINE if rows else 0.0
    placed: list[_PlacedLegend] = []
    for line, row in enumerate(rows):
        y = height - _LEGEND_GAP - (line + 1) * _LEGEND_LINE + 3
        for item, x in row:
            placed.append(_PlacedLegend(item.kind, item.text, item.colour, x, y))
    return placed, height


class BoardFlowable(Flowable):  # type: ignore[misc]
    """The board at ``scale`` points per canvas unit, centred in the frame, with its legend below."""

    def __init__(
        self,
        board: BoardView,
        layout: BoardLayout,
        *,
        scale: float,
        legend: Sequence[LegendItem] = (),
    ) -> None:
        super().__init__()
        self.board = board
        self.layout = layout
        self.scale = scale
        self.board_width = geo.CANVAS_RECT.width * scale
        self.board_height = geo.CANVAS_RECT.height * scale
        self.legend_entries, self.legend_height = _place_legend(legend, self.board_width)
        self.width = self.board_width
        self.height = self.board_height + self.legend_height
        self.hAlign = "CENTER"
        self._canvas: Canvas | None = None
        self._origin = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        return self.width, self.height

    def note_boxes(self) -> list[tuple[float, float, float, float]]:
        """Each drawn card or marker as (x, y, width, height) in points from the flowable's lower left corner,
        badge included: what a reader sees of it (the tests check that none overlap)."""
        out = []
        for item in self.layout.placed:
            box = item.occupied
            out.append(
                (
                    self._x(box.left),
                    self._y(box.bottom) + self.legend_height,
                    box.width * self.scale,
                    box.height * self.scale,
                )
            )
        return out

    # --- canvas units to points -----------------------------------------------------------------------------

    def _x(self, cx: float) -> float:
        """Points from the current origin (see :meth:`_place`) to canvas x ``cx``."""
        return (cx - geo.CANVAS_RECT.left) * self.scale - self._origin[0]

    def _y(self, cy: float) -> float:
        return (geo.CANVAS_RECT.bottom - cy) * self.scale - self._origin[1]

    def _rect(self, box: geo.Rect, radius: float, *, fill: bool = True, stroke: bool = True) -> None:
        assert self._canvas is not None
        self._canvas.roundRect(
            self._x(box.left),
            self._y(box.bottom),
            box.width * self.scale,
            box.height * self.scale,
            radius * self.scale,
            stroke=int(stroke),
            fill=int(fill),
        )

    def _lines(
        self,
        lines: Sequence[str],
        box: geo.Rect,
        align: geo.Align,
        valign: geo.VAlign,
        *,
        font: str,
        size: float,
    ) -> None:
        canvas = self._canvas
        assert canvas is not None
        if not lines:
            return
        step = size * geo.LINE_SPACING
        block = step * len(lines) - (step - size)
        if valign is geo.VAlign.TOP:
            top = box.top
        elif valign is geo.VAlign.BOTTOM:
            top = box.bottom - block
        else:
            top = box.top + (box.height - block) / 2
        first = self._y(top + size * _BASELINE)
        if align is geo.Align.LEFT:  # one text object, line after line
            text = canvas.beginText(self._x(box.left), first)
            text.setFont(font, size * self.scale, step * self.scale)
            for line in lines:
                text.textLine(line)
            canvas.drawText(text)
            return
        canvas.setFont(font, size * self.scale)
        paint, x = (
            (canvas.drawCentredString, box.left + box.width / 2)
            if align is geo.Align.CENTRE
            else (canvas.drawRightString, box.right)
        )
        for index, line in enumerate(lines):
            paint(self._x(x), first - index * step * self.scale, line)

    def _slot(self, text: str, slot: geo.TextSlot) -> None:
        font = BOLD if slot.bold else REGULAR
        lines = geo.fit_text(
            printable(text), slot.box.width, geo.lines_that_fit(slot.box.height, slot.size), _measure(font, slot.size)
        )
        self._lines(lines, slot.box, slot.align, slot.valign, font=font, size=slot.size)

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self) -> None:
        self._canvas = self.canv
        canvas = self.canv
        canvas.saveState()
        try:
            canvas.translate(0, self.legend_height)
            self._board()
            if self.layout.mode is LayoutMode.CARDS:
                self._leaders()
                for item in self.layout.placed:
                    self._card(item)
            else:
                for item in self.layout.placed:
                    self._marker(item)
            canvas.translate(0, -self.legend_height)
            self._legend()
        finally:
            canvas.restoreState()
            self._canvas = None

    def _board(self) -> None:
        canvas = self.canv
        axis = colors.HexColor(geo.AXIS_COLOUR)
        canvas.setFillColor(colors.HexColor(geo.BOARD_COLOUR))
        canvas.setStrokeColor(colors.HexColor(geo.FRAME_COLOUR))
        canvas.setLineWidth(0.6)
        self._rect(geo.BOARD_RECT, 0)
        canvas.setStrokeColor(axis)
        canvas.setFillColor(axis)
        canvas.setLineWidth(0.9)
        for (low, high), (dx, dy) in ((geo.X_AXIS, (1.0, 0.0)), (geo.Y_AXIS, (0.0, -1.0))):
            canvas.line(self._x(low[0]), self._y(low[1]), self._x(high[0]), self._y(high[1]))
            size = geo.ARROW_SIZE
            tip_x, tip_y = high
            base_x, base_y = tip_x - dx * size, tip_y - dy * size
            wing_x, wing_y = -dy * size * 0.45, dx * size * 0.45
            path = canvas.beginPath()
            path.moveTo(self._x(tip_x), self._y(tip_y))
            path.lineTo(self._x(base_x + wing_x), self._y(base_y + wing_y))
            path.lineTo(self._x(base_x - wing_x), self._y(base_y - wing_y))
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        label_colour = colors.HexColor(geo.LABEL_COLOUR)
        title_colour = colors.HexColor(geo.QUADRANT_TITLE_COLOUR)
        for field, slot in geo.LABEL_SLOTS.items():
            text = str(getattr(self.board, field, "") or "")
            if text.strip():
                canvas.setFillColor(title_colour if field.startswith("title_") else label_colour)
                self._slot(text, slot)

    def _leaders(self) -> None:
        """A thin line from each moved card to a dot at the note's true spot, drawn under every card."""
        canvas = self.canv
        canvas.setStrokeColor(_LEADER)
        canvas.setFillColor(_LEADER)
        canvas.setLineWidth(0.5)
        for item in self.layout.placed:
            if not item.moved:
                continue
            x, y = item.anchor
            box = item.box
            ex, ey = min(max(x, box.left), box.right), min(max(y, box.top), box.bottom)
            canvas.line(self._x(x), self._y(y), self._x(ex), self._y(ey))
            canvas.circle(self._x(x), self._y(y), _DOT_RADIUS * self.scale, stroke=0, fill=1)

    def _card(self, item: Placed) -> None:
        canvas = self.canv
        box = item.box
        dx, dy = _SHADOW_OFFSET
        canvas.setFillColor(_SHADOW)
        self._rect(geo.Rect(box.left + dx, box.top + dy, box.width, box.height), geo.NOTE_RADIUS, stroke=False)
        text_box = geo.Rect(
            box.left + geo.NOTE_PADDING,
            box.top + geo.NOTE_PADDING,
            box.width - 2 * geo.NOTE_PADDING,
            box.height - 2 * geo.NOTE_PADDING,
        )
        if item.note.hidden:
            canvas.setFillColor(colors.HexColor(geo.HIDDEN_NOTE_COLOUR))
            canvas.setStrokeColor(colors.HexColor(geo.FRAME_COLOUR))
            canvas.setLineWidth(0.6)
            canvas.setDash(2, 1.5)
            self._rect(box, geo.NOTE_RADIUS)
            canvas.setDash()
            canvas.setFillColor(_HIDDEN_TEXT)
            self._lines(item.lines, text_box, geo.Align.CENTRE, geo.VAlign.MIDDLE, font=ITALIC, size=geo.NOTE_TEXT_SIZE)
        else:
            colour = _colour(item.note.colour)
            canvas.setFillColor(colour)
            canvas.setStrokeColor(_darker(colour))
            canvas.setLineWidth(0.5)
            self._rect(box, geo.NOTE_RADIUS)
            canvas.setFillColor(_NOTE_TEXT)
            self._lines(item.lines, text_box, geo.Align.LEFT, geo.VAlign.TOP, font=REGULAR, size=geo.NOTE_TEXT_SIZE)
        if item.votes:
            self._badge(
                str(item.votes),
                box.right - 5 + BADGE_OVERHANG - BADGE_RADIUS,
                box.top + 5 - BADGE_OVERHANG + BADGE_RADIUS,
                BADGE_RADIUS,
            )

    def _badge(self, text: str, cx: float, cy: float, radius: float, fill: colors.Color = _BADGE) -> None:
        canvas = self.canv
        canvas.setFillColor(fill)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.5)
        canvas.circle(self._x(cx), self._y(cy), radius * self.scale, stroke=1, fill=1)
        size = _BADGE_TEXT if len(text) < 3 else _BADGE_TEXT * 0.75
        canvas.setFillColor(colors.white)
        box = geo.Rect(cx - radius, cy - radius, 2 * radius, 2 * radius)
        self._lines([text], box, geo.Align.CENTRE, geo.VAlign.MIDDLE, font=BOLD, size=size)

    def _marker(self, item: Placed) -> None:
        """A numbered marker in the note's colour (a crowded board); the card is in the notes table."""
        canvas = self.canv
        box = item.box
        cx, cy = box.left + box.width / 2, box.top + box.height / 2
        x, y = item.anchor
        if abs(cx - x) > 1 or abs(cy - y) > 1:
            canvas.setStrokeColor(_LEADER)
            canvas.setLineWidth(0.5)
            canvas.line(self._x(x), self._y(y), self._x(cx), self._y(cy))
        fill = geo.HIDDEN_NOTE_COLOUR if item.note.hidden else _colour(item.note.colour).hexval()
        self._place_form(self._marker_form(fill), box.left, box.bottom)
        canvas.setFillColor(_NOTE_TEXT)
        size = (_BADGE_TEXT if item.number < 100 else _BADGE_TEXT * 0.75) * self.scale
        canvas.setFont(BOLD, size)
        canvas.drawCentredString(self._x(cx), self._y(cy) - size * 0.35, str(item.number))

    def _marker_form(self, fill: str) -> str:
        """A marker's circle in ``fill``, made once per colour and drawn wherever used (a PDF form)."""
        name = f"WorkshopMarker{fill.lstrip('#').replace('0x', '')}{round(self.scale * 10000)}"
        canvas = self.canv
        if not canvas.hasForm(name):
            diameter = 2 * MARKER_RADIUS * self.scale
            colour = colors.HexColor(fill.replace("0x", "#"))
            canvas.beginForm(name, -1, -1, diameter + 1, diameter + 1)
            canvas.setFillColor(colour)
            canvas.setStrokeColor(_darker(colour))
            canvas.setLineWidth(0.6)
            canvas.circle(diameter / 2, diameter / 2, diameter / 2, stroke=1, fill=1)
            canvas.endForm()
        return name

    def _place_form(self, name: str, left: float, bottom: float) -> None:
        """Draw the form ``name`` with its lower left corner at canvas (left, bottom)."""
        canvas = self.canv
        canvas.saveState()
        canvas.translate(self._x(left), self._y(bottom))
        canvas.doForm(name)
        canvas.restoreState()

    # --- the legend (in points, below the board) ------------------------------------------------------------

    def _legend(self) -> None:
        canvas = self.canv
        for entry in self.legend_entries:
            x, y = entry.x, entry.y
            if entry.kind == "swatch":
                canvas.setFillColor(_colour(entry.colour))
                canvas.setStrokeColor(_darker(_colour(entry.colour)))
                canvas.setLineWidth(0.5)
                canvas.roundRect(x, y - 1, _SWATCH, _SWATCH * 0.7, 1.5, stroke=1, fill=1)
            elif entry.kind == "hidden":
                canvas.setFillColor(colors.HexColor(geo.HIDDEN_NOTE_COLOUR))
                canvas.setStrokeColor(colors.HexColor(geo.FRAME_COLOUR))
                canvas.setDash(1.5, 1)
                canvas.roundRect(x, y - 1, _SWATCH, _SWATCH * 0.7, 1.5, stroke=1, fill=1)
                canvas.setDash()
            elif entry.kind == "badge":
                canvas.setFillColor(_BADGE)
                canvas.circle(x + _SWATCH / 2, y + _SWATCH * 0.35 - 1, _SWATCH * 0.42, stroke=0, fill=1)
                canvas.setFillColor(colors.white)
                canvas.setFont(BOLD, 5)
                canvas.drawCentredString(x + _SWATCH / 2, y, "3")
            elif entry.kind == "leader":
                canvas.setStrokeColor(_LEADER)
                canvas.setFillColor(_LEADER)
                canvas.setLineWidth(0.5)
                canvas.line(x + 1.5, y + 2, x + _SWATCH, y + 2)
                canvas.circle(x + 1.5, y + 2, 1.2, stroke=0, fill=1)
            canvas.setFillColor(_NOTE_TEXT)
            canvas.setFont(REGULAR, _LEGEND_SIZE)
            canvas.drawString(x + _SWATCH + 3, y, entry.text)


def board_drawing(
    board: BoardView,
    notes: Sequence[NoteView],
    votes: Mapping[uuid.UUID, int],
    *,
    width: float,
    max_height: float,
    hidden_label: str,
    language: str = "en",
    legend: Sequence[LegendItem] = (),
    numbers: Mapping[uuid.UUID, int] | None = None,
    markers_note: str = "",
) -> BoardFlowable:
    """The board as a flowable at most ``width`` x ``max_height`` points (legend included), centred when
    narrower; ``numbers`` are the notes' numbers in the document's notes table (shown on a crowded board,
    whose legend then ends with ``markers_note``). The leader entry of ``legend`` is shown only when a card
    was moved."""
    _, legend_height = _place_legend(legend, width)
    scale = min(width / geo.CANVAS_RECT.width, (max_height - legend_height) / geo.CANVAS_RECT.height)
    measure = _measure(REGULAR, geo.NOTE_TEXT_SIZE)
    hidden = wrap_hyphenated(
        hidden_label, geo.NOTE_WIDTH - 2 * geo.NOTE_PADDING, _measure(ITALIC, geo.NOTE_TEXT_SIZE), language
    )
    layout = layout_board(
        [note if note.hidden else note.model_copy(update={"text": printable(note.text)}) for note in notes],
        votes,
        measure=measure,
        language=language,
        hidden_lines=hidden,
        numbers=numbers,
    )
    moved = layout.mode is LayoutMode.CARDS and any(item.moved for item in layout.placed)
    markers = layout.mode is LayoutMode.MARKERS  # no badges on markers: the votes are in the notes table
    shown = [item for item in legend if (item.kind != "leader" or moved) and (item.kind != "badge" or not markers)]
    if layout.mode is LayoutMode.MARKERS:
        shown += [LegendItem("text", markers_note)]
    return BoardFlowable(board, layout, scale=scale, legend=shown)
