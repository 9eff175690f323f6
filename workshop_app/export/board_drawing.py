"""A quadrant board as a vector drawing in the PDF, laid out by :mod:`workshop_app.board_geometry`.

Axes through the centre with arrow heads at their high ends, end labels and axis titles, the four quadrant
titles, and the notes as coloured rounded rectangles with their wrapped text, in the order they were made
(later ones on top), each with its votes. Hidden notes are drawn face down, without their text.

The board is a Flowable that paints straight onto the PDF canvas (lines, rounded rectangles, text in the
document's family): a board of hundreds of notes costs little more than the table that lists them.
"""

import functools
import uuid
from collections.abc import Callable, Mapping, Sequence

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from workshop_app import board_geometry as geo
from workshop_app.domain.models import BoardView, NoteView
from workshop_app.export.fonts import BOLD, ITALIC, REGULAR, printable, text_width

_BASELINE = 0.83
"""Where a line's baseline sits below the top of its line box, as a multiple of the text size."""
_SHADOW = colors.HexColor("#cfd4d9")
_BADGE = colors.HexColor("#37474f")
_BADGE_RADIUS = 15.0
_BADGE_TEXT = 15.0
_SHADOW_OFFSET = (3.0, 4.0)
_NOTE_TEXT = colors.HexColor(geo.NOTE_TEXT_COLOUR)
_HIDDEN_TEXT = colors.HexColor(geo.QUADRANT_TITLE_COLOUR)


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


class BoardFlowable(Flowable):  # type: ignore[misc]
    """The board at ``scale`` points per canvas unit, centred in the frame."""

    def __init__(
        self,
        board: BoardView,
        notes: Sequence[NoteView],
        votes: Mapping[uuid.UUID, int],
        *,
        scale: float,
        hidden_label: str,
    ) -> None:
        super().__init__()
        self.board = board
        self.notes = notes
        self.votes = votes
        self.scale = scale
        self.hidden_label = hidden_label
        self.width = geo.CANVAS_RECT.width * scale
        self.height = geo.CANVAS_RECT.height * scale
        self.hAlign = "CENTER"
        self._canvas: Canvas | None = None
        self._origin = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        return self.width, self.height

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

    def _form(self, name: str, paint: Callable[[Canvas, float, float], None], width: float, height: float) -> str:
        """A form (a PDF object drawn wherever it is used) named ``name`` at this scale, made on first use: each
        note then costs a move and a reference instead of its curves and colours all over again."""
        canvas = self._canvas
        assert canvas is not None
        name = f"WorkshopBoard{name}{round(self.scale * 10000)}"
        if not canvas.hasForm(name):
            w, h = width * self.scale, height * self.scale
            canvas.beginForm(name, -2, -2, w + 2, h + 2)  # room for the outline
            paint(canvas, w, h)
            canvas.endForm()
        return name

    def _note_form(self, fill: str | None) -> str:
        """A note's rounded rectangle in ``fill`` with a darker outline; ``None``: face down, dashed."""
        radius = geo.NOTE_RADIUS * self.scale

        def paint(canvas: Canvas, w: float, h: float) -> None:
            if fill is None:
                canvas.setFillColor(colors.HexColor(geo.HIDDEN_NOTE_COLOUR))
                canvas.setStrokeColor(colors.HexColor(geo.FRAME_COLOUR))
                canvas.setLineWidth(0.6)
                canvas.setDash(2, 1.5)
            else:
                colour = _colour(fill)
                canvas.setFillColor(colour)
                canvas.setStrokeColor(_darker(colour))
                canvas.setLineWidth(0.5)
            canvas.roundRect(0, 0, w, h, radius, stroke=1, fill=1)

        key = "Hidden" if fill is None else "Note" + _colour(fill).hexval()[2:]
        return self._form(key, paint, geo.NOTE_WIDTH, geo.NOTE_HEIGHT)

    def _shadow_form(self) -> str:
        def paint(canvas: Canvas, w: float, h: float) -> None:
            canvas.setFillColor(_SHADOW)
            canvas.roundRect(0, 0, w, h, geo.NOTE_RADIUS * self.scale, stroke=0, fill=1)

        return self._form("Shadow", paint, geo.NOTE_WIDTH, geo.NOTE_HEIGHT)

    def _badge_form(self) -> str:
        def paint(canvas: Canvas, w: float, h: float) -> None:
            canvas.setFillColor(_BADGE)
            canvas.setStrokeColor(colors.white)
            canvas.setLineWidth(0.5)
            canvas.circle(w / 2, h / 2, w / 2, stroke=1, fill=1)

        return self._form("Badge", paint, 2 * _BADGE_RADIUS, 2 * _BADGE_RADIUS)

    def _place(self, shape: str, box: geo.Rect) -> None:
        """Draw ``shape`` with its corner at ``box``'s: move the origin there (by steps rounded to what the PDF
        writes, so the moves never drift), use the form."""
        canvas = self._canvas
        assert canvas is not None
        ox, oy = self._origin
        dx, dy = round(self._x(box.left), 2), round(self._y(box.bottom), 2)
        canvas.translate(dx, dy)
        self._origin = (ox + dx, oy + dy)
        canvas.doForm(shape)

    def _slot(self, text: str, slot: geo.TextSlot) -> None:
        font = BOLD if slot.bold else REGULAR
        lines = geo.fit_text(
            printable(text), slot.box.width, geo.lines_that_fit(slot.box.height, slot.size), _measure(font, slot.size)
        )
        self._lines(lines, slot.box, slot.align, slot.valign, font=font, size=slot.size)

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self) -> None:
        self._canvas = self.canv
        self._origin = (0.0, 0.0)
        canvas = self.canv
        canvas.saveState()
        try:
            self._board()
            shadow = self._shadow_form()
            canvas.setFillColor(_NOTE_TEXT)
            for note in self.notes:
                self._note(note, self.votes.get(note.id, 0), shadow)
        finally:
            canvas.restoreState()
            self._canvas = None
            self._origin = (0.0, 0.0)

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

    def _note(self, note: NoteView, vote_count: int, shadow: str) -> None:
        """One note; the fill colour is the note text's when called and when done."""
        canvas = self.canv
        x, y = geo.clamp_normalised(note.x, note.y)
        rect = geo.note_rect(x, y)
        dx, dy = _SHADOW_OFFSET
        self._place(shadow, geo.Rect(rect.left + dx, rect.top + dy, rect.width, rect.height))
        text_box = geo.note_text_rect(x, y)
        if note.hidden:
            self._place(self._note_form(None), rect)
            canvas.setFillColor(_HIDDEN_TEXT)
            lines = geo.fit_text(self.hidden_label, text_box.width, 2, _measure(ITALIC, geo.NOTE_TEXT_SIZE))
            self._lines(lines, text_box, geo.Align.CENTRE, geo.VAlign.MIDDLE, font=ITALIC, size=geo.NOTE_TEXT_SIZE)
            canvas.setFillColor(_NOTE_TEXT)
        else:
            self._place(self._note_form(note.colour), rect)
            lines = geo.fit_text(
                printable(note.text),
                text_box.width,
                geo.lines_that_fit(text_box.height, geo.NOTE_TEXT_SIZE),
                _measure(REGULAR, geo.NOTE_TEXT_SIZE),
            )
            self._lines(lines, text_box, geo.Align.LEFT, geo.VAlign.TOP, font=REGULAR, size=geo.NOTE_TEXT_SIZE)
        if vote_count:
            cx, cy = rect.right - 4, rect.top + 4
            badge = geo.Rect(cx - _BADGE_RADIUS, cy - _BADGE_RADIUS, 2 * _BADGE_RADIUS, 2 * _BADGE_RADIUS)
            self._place(self._badge_form(), badge)
            canvas.setFillColor(colors.white)
            self._lines([str(vote_count)], badge, geo.Align.CENTRE, geo.VAlign.MIDDLE, font=BOLD, size=_BADGE_TEXT)
            canvas.setFillColor(_NOTE_TEXT)


def board_drawing(
    board: BoardView,
    notes: Sequence[NoteView],
    votes: Mapping[uuid.UUID, int],
    *,
    width: float,
    max_height: float,
    hidden_label: str,
) -> BoardFlowable:
    """The board as a flowable at most ``width`` x ``max_height`` points, centred when narrower."""
    scale = min(width / geo.CANVAS_RECT.width, max_height / geo.CANVAS_RECT.height)
    return BoardFlowable(board, notes, votes, scale=scale, hidden_label=hidden_label)
