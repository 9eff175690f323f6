"""One note on the board: a coloured card with its text, the author, a vote badge and an action marker.

The card caches its pixels (DeviceCoordinateCache) and its text layout, so a drag repaints by blitting and a
paint never measures text. What many cards share is drawn once per zoom and copied onto whole device pixels: the
card itself (per colour), its author line (per author) and its vote badge (per count); only the note's own text
is drawn on each card, so a first paint of a board draws one text run per line of notes and no more. It is a
QGraphicsRectItem whose rectangle is its bounds, so Qt finds and culls cards without calling into Python; only
painting (when the cache is stale) and position changes do. Its position is the canvas position of its centre,
clamped to the board while it is dragged, so it can never be dropped where the file could not store it.
"""

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QRegion,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ui.board import describe, room_text, text_layout
from ui.board.geometry import NOTE, clamped_point, normalised, scene_point
from workshop_app import board_geometry as geo
from workshop_app.services.board_view import BoardNote

FOOT_SIZE = 17.0
"""Size of the author line, a little smaller than the note's text."""
FOOT_HEIGHT = FOOT_SIZE * geo.LINE_SPACING
BADGE_RADIUS = 19.0
BADGE_SIZE = 20.0
BADGE_COLOUR = "#37474f"
BADGE_TEXT_COLOUR = "#ffffff"
MARKER_COLOUR = "#2b333b"
AUTHOR_COLOUR = "#4a4f55"
SELECTION_WIDTH = 6.0
SELECTION_GAP = 3.0
MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM = 9.0, 14.0, 14.0, 10.0
SHADOW_OFFSET = QPointF(1.5, 3.5)
TEXT_PEN = QColor(geo.NOTE_TEXT_COLOUR)
AUTHOR_PEN = QColor(AUTHOR_COLOUR)

_TEXT_BOX = QRectF(
    NOTE.left() + geo.NOTE_PADDING,
    NOTE.top() + geo.NOTE_PADDING,
    NOTE.width() - 2 * geo.NOTE_PADDING,
    NOTE.height() - 2 * geo.NOTE_PADDING,
)
_BODY = QPainterPath()
_BODY.addRoundedRect(NOTE, geo.NOTE_RADIUS, geo.NOTE_RADIUS)
_BOUNDS = NOTE.adjusted(-MARGIN_LEFT, -MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM)
_FOOT_BOX = QRectF(_TEXT_BOX.left(), _TEXT_BOX.bottom() - FOOT_HEIGHT, _TEXT_BOX.width(), FOOT_HEIGHT)
_CARD = NOTE.adjusted(-2, -2, SHADOW_OFFSET.x() + 2, SHADOW_OFFSET.y() + 2)
"""What the card template covers: the body, its border and its shadow."""

VECTOR_ENGINES = (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture)
POSITION_CHANGE = QGraphicsItem.GraphicsItemChange.ItemPositionChange
SELECTED_CHANGED = QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged
SELECTED = QStyle.StateFlag.State_Selected
FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
    | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
)
MOVABLE_FLAGS = FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
"""Made once: combining enum flags in Python costs more than setting them on a card."""


def text_box(*, with_foot: bool) -> QRectF:
    """Where a note's text goes, in the note's coordinates (less the author line when there is one)."""
    if not with_foot:
        return QRectF(_TEXT_BOX)
    return _TEXT_BOX.adjusted(0, 0, 0, -(FOOT_HEIGHT + 2))


class NoteItem(QGraphicsRectItem):
    """A note mirrored from the file; ``record`` is what the file says, ``pos()`` where it is on screen."""

    def __init__(
        self,
        data: BoardNote,
        *,
        show_author: bool = True,
        movable: bool = True,
        layer: QGraphicsItem | None = None,
    ) -> None:
        # The layer is given to the constructor, where Qt adds the card to the scene without calling back
        # into Python: building a board of a thousand notes stays quick.
        super().__init__(_BOUNDS, layer)
        self.record = data
        self._show_author = show_author
        self._room_language: str | None = None
        self._text_size = geo.NOTE_TEXT_SIZE
        self.editing = False
        self.setPen(Qt.PenStyle.NoPen)
        self.setPos(scene_point(data.x, data.y))
        self.setFlags(MOVABLE_FLAGS if movable else FLAGS)
        self._cached = False
        self._stale = True  # laid out at its first paint: on a big board most cards lie under others, unpainted

    @property
    def _text(self) -> text_layout.Runs:
        if self._stale:
            self._layout()
        return self._runs

    def cache_pixels(self) -> None:
        """Keep the card's pixels (it is about to be dragged: each frame then blits instead of painting).

        Not done for every card up front: on a big board that would double the cost of the first paint,
        while a drag only ever moves a few cards over the still picture of the rest (see the view)."""
        self._cached = True  # never left unpainted under other cards (see hidden_cards): its pixels are kept
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    # --- data ------------------------------------------------------------------------------------------------

    def set_data(self, data: BoardNote) -> None:
        """Show ``data``; moves the card if the file's position changed, repaints only if its look did."""
        old, self.record = self.record, data
        if (old.x, old.y) != (data.x, data.y):
            self.setPos(scene_point(data.x, data.y))
        if _look(old) != _look(data):
            self._stale = True
            self.update()

    def set_show_author(self, show: bool) -> None:
        if show != self._show_author:
            self._show_author = show
            self._stale = True
            self.update()

    def set_room(self, language: str | None) -> None:
        """In a room view (``language`` given: the notes' language, for hyphenation) the whole text is shown,
        shrunk to fit the card (:mod:`ui.board.room_text`); None: the facilitator's layout again."""
        if language != self._room_language:
            self._room_language = language
            self._stale = True
            self.update()

    @property
    def text_size(self) -> float:
        """The size the note's text is written in, in the card's own units (before its scale)."""
        if self._stale:
            self._layout()
        return self._text_size

    def set_movable(self, movable: bool) -> None:
        """A frozen round's notes stay where the room left them."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)

    def set_editing(self, editing: bool) -> None:
        """While the text is edited in place the card is drawn without its text."""
        self.editing = editing
        self.update()

    @property
    def note_id(self) -> Any:
        return self.record.id

    def normalised(self) -> tuple[float, float]:
        """Where the card is now, as the file stores it (exact)."""
        return normalised(self.pos())

    @property
    def author_shown(self) -> bool:
        return self._show_author and bool(self.record.author) and not self.record.hidden

    def _layout(self) -> None:
        """Break the text into lines and place the card's parts (at the first paint after a change)."""
        self._stale = False
        data = self.record
        author_shown = self.author_shown
        with_foot = author_shown or (data.has_action and not data.hidden)
        if self._room_language is not None and not data.hidden:
            # the action flag and the vote badge take a corner each, not a line: the text keeps clear of them
            corners = [_MARKER_AREA] if data.has_action and not author_shown else []
            if data.votes:
                corners.append(_badge_area(data.votes))
            fitted = room_text.fit_note(data.text, text_box(with_foot=author_shown), self._room_language, corners)
            self._runs, self._text_size = fitted.runs, fitted.size
        else:
            self._runs, self._text_size = _text_runs(data.text, with_foot), geo.NOTE_TEXT_SIZE
        self._foot = _author_runs(data.author, data.has_action) if author_shown else ()
        self._colour = geo.HIDDEN_NOTE_COLOUR if data.hidden else data.colour
        self._badge = _badge_runs(data.votes) if data.votes and not data.hidden else None

    def tooltip_text(self) -> str:
        """The full text and what the card carries (asked for when the pointer rests on it)."""
        data = self.record
        if data.hidden:
            return QCoreApplication.translate("NoteItem", "A face-down note. Reveal the hidden notes to read it.")
        lines = [data.text]
        if data.author:
            lines.append(describe.written_by(data.author))
        if data.votes:
            lines.append(describe.vote_count(data.votes))
        if data.has_action:
            lines.append(describe.in_action_plan())
        return "\n".join(lines)

    # --- Qt ----------------------------------------------------------------------------------------------------

    def shape(self) -> QPainterPath:
        return _BODY

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802 - Qt override
        if change == POSITION_CHANGE:
            return clamped_point(value)
        if change == SELECTED_CHANGED:
            self.setZValue(1 if value else 0)
        return value

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if widget is not None and widget is _hidden[0] and self in _hidden[1]:
            return  # wholly under cards painted over it in this same pass (see hidden_cards)
        if self._stale:
            self._layout()
        data = self.record
        device = _device(painter)
        if device is None:  # an export or a rotated view: shapes and text as they are
            _draw_card(painter, self._colour)
        else:
            # The card and its author line are the same pictures on many cards: copied, not drawn (the
            # author line was one text run per card; now one per author and zoom).
            transform, scale, ratio = device
            painter.setWorldTransform(_IDENTITY)
            _blit(painter, transform, _CARD_ORIGIN, _card(self._colour, scale, ratio))
            if self._foot and not data.hidden:
                _blit(painter, transform, _FOOT_ORIGIN, _foot(data.author, data.has_action, scale, ratio))
            painter.setWorldTransform(transform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if data.hidden:
            _paint_back(painter)
        elif not self.editing:
            painter.setPen(TEXT_PEN)
            painter.setFont(text_layout.font(self._text_size))
            text_layout.draw_runs(painter, self._runs)
        if not data.hidden and device is None:
            self._paint_foot(painter)
        elif not data.hidden and not self._foot and data.has_action:
            _paint_action_marker(painter, _MARKER_CENTRE)
        selected = bool(option.state & SELECTED)
        if selected or self.hasFocus():
            _paint_selection(painter, dashed=not selected)
        if self._badge is not None:  # over the ring, so the count stays whole
            if device is None:
                _paint_badge(painter, *self._badge)
            else:
                painter.setWorldTransform(_IDENTITY)
                _blit(painter, device[0], _BADGE_ORIGIN, _badge(data.votes, device[1], device[2]))
                painter.setWorldTransform(device[0])

    def _paint_foot(self, painter: QPainter) -> None:
        _draw_foot(painter, self._foot, self.record.has_action)


@lru_cache(maxsize=8192)
def _text_runs(text: str, with_foot: bool) -> text_layout.Runs:
    """A note's text broken into lines and placed in the card (the same text is placed once)."""
    box = text_box(with_foot=with_foot)
    lines = text_layout.fit(text, box.width(), geo.lines_that_fit(box.height(), geo.NOTE_TEXT_SIZE), geo.NOTE_TEXT_SIZE)
    return text_layout.place(lines, box, geo.Align.CENTRE, geo.VAlign.MIDDLE)


@lru_cache(maxsize=1024)
def _author_runs(author: str, has_action: bool) -> text_layout.Runs:
    """The author line, shortened with "…" if the name is long, leaving room for the action marker."""
    marker_room = 26.0 if has_action else 0.0
    lines = text_layout.fit(author, _TEXT_BOX.width() - marker_room, 1, FOOT_SIZE, italic=True)
    return text_layout.place(lines, _FOOT_BOX, geo.Align.LEFT, geo.VAlign.MIDDLE)


def clear_caches() -> None:
    """Forget placed texts and the pictures of card parts (with :func:`text_layout.clear_caches`, for a cold
    start)."""
    _text_runs.cache_clear()
    _author_runs.cache_clear()
    _badge_runs.cache_clear()
    _card.cache_clear()
    _foot.cache_clear()
    _badge.cache_clear()


def _look(data: BoardNote) -> tuple[object, ...]:
    return (data.text, data.colour, data.author, data.votes, data.has_action, data.hidden)


Device = tuple[QTransform, float, float]
"""The painter's transform, its scale (rounded, a cache key) and the device's pixel ratio."""


def _device(painter: QPainter) -> Device | None:
    """How to copy a card's pictures onto whole device pixels, or None when they must be drawn as shapes:
    an export (vector engines keep text as text) or a rotated or projected view.

    Runs once per card per paint, so its checks compare enum members by identity (an enum's ``.value`` costs
    more than the blit itself) and the constants are made once."""
    engine = painter.paintEngine()
    if engine is not None and engine.type() in VECTOR_ENGINES:
        return None
    transform = painter.worldTransform()
    if transform.type() not in _UNROTATED:
        return None
    return transform, round(transform.m11(), 4), painter.device().devicePixelRatioF()


def _blit(painter: QPainter, transform: QTransform, origin: QPointF, pixmap: QPixmap) -> None:
    """Copy ``pixmap`` (drawn at the painter's scale) to where ``origin`` of the card falls, on whole device
    pixels: a blit, not a transformed drawing (the painter's world transform is the identity meanwhile)."""
    corner = transform.map(origin)
    painter.drawPixmap(QPointF(round(corner.x()), round(corner.y())), pixmap)


_UNROTATED = (
    QTransform.TransformationType.TxNone,
    QTransform.TransformationType.TxTranslate,
    QTransform.TransformationType.TxScale,
)
"""Transforms under which a card's pictures can be copied pixel for pixel (compared by identity, not value)."""
_IDENTITY = QTransform()
_CARD_ORIGIN = _CARD.topLeft()
_FOOT_PICTURE = _FOOT_BOX.adjusted(-2, -4, 2, 4)
"""What an author line's picture covers: the line, its descenders and the action flag."""
_FOOT_ORIGIN = _FOOT_PICTURE.topLeft()
_MARKER_CENTRE = QPointF(_FOOT_BOX.right() - 9, _FOOT_BOX.center().y())
_MARKER_AREA = QRectF(_MARKER_CENTRE.x() - 11, _MARKER_CENTRE.y() - 12, 22, 24)
"""The action flag with a little air around it, for the room's text to keep clear of."""


def _picture(area: QRectF, scale: float, ratio: float, draw: Callable[[QPainter], None]) -> QPixmap:
    """``area`` of a card drawn by ``draw`` at ``scale`` into a transparent pixmap for ``ratio``."""
    size = area.size() * scale * ratio
    pixmap = QPixmap(math.ceil(size.width()), math.ceil(size.height()))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-area.topLeft())
    draw(painter)
    painter.end()
    return pixmap


@lru_cache(maxsize=512)
def _foot(author: str, has_action: bool, scale: float, ratio: float) -> QPixmap:
    """The author line (and action flag) at one zoom, drawn once per author: a board repeats its authors."""
    runs = _author_runs(author, has_action)
    return _picture(_FOOT_PICTURE, scale, ratio, lambda painter: _draw_foot(painter, runs, has_action))


def _draw_foot(painter: QPainter, runs: text_layout.Runs, has_action: bool) -> None:
    if runs:
        painter.setPen(AUTHOR_PEN)
        painter.setFont(text_layout.font(FOOT_SIZE, italic=True))
        text_layout.draw_runs(painter, runs)
    if has_action:
        _paint_action_marker(painter, _MARKER_CENTRE)


@lru_cache(maxsize=128)
def _card(colour: str, scale: float, ratio: float) -> QPixmap:
    """The card without its texts (shadow, body, border) at one scale, drawn once per colour and zoom."""
    return _picture(_CARD, scale, ratio, lambda painter: _draw_card(painter, colour))


def _draw_card(painter: QPainter, colour: str) -> None:
    """Shadow, body and border of a card, as shapes."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 38))
    painter.drawPath(_BODY.translated(SHADOW_OFFSET))
    body = QColor(colour)
    painter.setBrush(body)
    painter.setPen(QPen(body.darker(135), 1.5))
    painter.drawPath(_BODY)
    painter.restore()


def _paint_back(painter: QPainter) -> None:
    """The back of a face-down card: a hatched panel, no text."""
    inner = NOTE.adjusted(12, 12, -12, -12)
    painter.save()
    clip = QPainterPath()
    clip.addRoundedRect(inner, 6, 6)
    painter.setClipPath(clip)
    painter.setPen(QPen(QColor(geo.FRAME_COLOUR), 2.0))
    step = 14.0
    offset = inner.left() - inner.height()
    while offset < inner.right():
        painter.drawLine(QPointF(offset, inner.bottom()), QPointF(offset + inner.height(), inner.top()))
        offset += step
    painter.restore()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(geo.FRAME_COLOUR), 2.0))
    painter.drawRoundedRect(inner, 6, 6)


BADGE_CENTRE = QPointF(NOTE.right() - 3, NOTE.top() + 3)
BADGE_PEN = QPen(QColor(BADGE_TEXT_COLOUR), 2.0)
BADGE_BRUSH = QColor(BADGE_COLOUR)


@lru_cache(maxsize=256)
def _badge_runs(votes: int) -> tuple[float, text_layout.Runs]:
    """The badge's radius and its number, placed (worked out when the count changes, not on every paint)."""
    label = str(votes) if votes < 100 else "99+"
    radius = BADGE_RADIUS if len(label) < 3 else BADGE_RADIUS + 5
    lines = text_layout.fit(label, 4 * radius, 1, BADGE_SIZE, bold=True)
    box = QRectF(BADGE_CENTRE.x() - 2 * radius, BADGE_CENTRE.y() - radius, 4 * radius, 2 * radius)
    return radius, text_layout.place(lines, box, geo.Align.CENTRE, geo.VAlign.MIDDLE)


_BADGE_PICTURE = QRectF(BADGE_CENTRE.x() - 26, BADGE_CENTRE.y() - 26, 52, 52)
"""What a vote badge's picture covers: the widest circle (99+) and its ring."""
_BADGE_ORIGIN = _BADGE_PICTURE.topLeft()


def _badge_area(votes: int) -> QRectF:
    """The square a vote badge covers on its card, with a little air, for the room's text to keep clear of."""
    radius = _badge_runs(votes)[0] + 3
    return QRectF(BADGE_CENTRE.x() - radius, BADGE_CENTRE.y() - radius, 2 * radius, 2 * radius)


@lru_cache(maxsize=256)
def _badge(votes: int, scale: float, ratio: float) -> QPixmap:
    """A vote badge at one zoom, drawn once per count."""
    radius, runs = _badge_runs(votes)
    return _picture(_BADGE_PICTURE, scale, ratio, lambda painter: _paint_badge(painter, radius, runs))


def _paint_badge(painter: QPainter, radius: float, runs: text_layout.Runs) -> None:
    """The number of votes in a dark circle over the top-right corner, legible on every note colour."""
    painter.setPen(BADGE_PEN)
    painter.setBrush(BADGE_BRUSH)
    painter.drawEllipse(BADGE_CENTRE, radius, radius)
    painter.setFont(text_layout.font(BADGE_SIZE, bold=True))
    text_layout.draw_runs(painter, runs)


def _paint_action_marker(painter: QPainter, centre: QPointF) -> None:
    """A small flag: this note has become an action in the plan (also said in the tooltip and description)."""
    pole = QPen(QColor(MARKER_COLOUR), 2.2)
    pole.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pole)
    top = QPointF(centre.x() - 6, centre.y() - 8)
    painter.drawLine(top, QPointF(top.x(), centre.y() + 8))
    flag = QPainterPath()
    flag.moveTo(top)
    flag.lineTo(top.x() + 14, top.y() + 4.5)
    flag.lineTo(top.x(), top.y() + 9)
    flag.closeSubpath()
    painter.fillPath(flag, QColor(MARKER_COLOUR))


def _paint_selection(painter: QPainter, *, dashed: bool) -> None:
    """A thick ring in the palette's highlight colour around the card, visible from across the room."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.Highlight)
    pen = QPen(colour, SELECTION_WIDTH)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    gap = SELECTION_GAP + SELECTION_WIDTH / 2
    radius = geo.NOTE_RADIUS + gap
    painter.drawRoundedRect(NOTE.adjusted(-gap, -gap, gap, gap), radius, radius)


# --- cards wholly under others ------------------------------------------------------------------------------------

_EXTENT = _BOUNDS.united(_CARD).united(_BADGE_PICTURE).adjusted(-2, -2, 2, 2)
"""Everything a card may draw: its body, shadow, selection ring and vote badge."""
_OPAQUE = (
    NOTE.adjusted(geo.NOTE_RADIUS, 0, -geo.NOTE_RADIUS, 0),
    NOTE.adjusted(0, geo.NOTE_RADIUS, 0, -geo.NOTE_RADIUS),
)
"""Where a card's body is surely opaque: its rounded rectangle less the corners."""
_hidden: tuple[QWidget | None, frozenset[NoteItem]] = (None, frozenset())
"""The viewport being painted and the cards it leaves out in this pass (set by the view around the pass)."""


@lru_cache(maxsize=64)
def _opaque(colour: str) -> bool:
    return QColor(colour).alpha() == 255


def hidden_cards(items: list[QGraphicsItem], slack: float, exposed: QRegion | None = None) -> frozenset[NoteItem]:
    """The cards among ``items`` (the items of a pass, front to back) that opaque cards in front of them cover
    wholly: painting them would only be painted over. On a big board most cards lie under others, so a first
    paint draws (and lays out) the few hundred that show, not a thousand. ``slack`` is how far (in scene units,
    a device pixel or two) a card's antialiased edge may blend, so a cover is counted a little smaller than it is
    and a card a little larger. A card that keeps its pixels is never left out: its cache would keep the blank.

    ``exposed`` (scene units), if given, is what the pass paints (Qt clips every card to it): a card outside it
    is not painted at all, and one is left out if the covers hide its part inside it. Phones' new cards far
    apart expose a few patches whose bounding rectangle holds most of the board; this looks only at the cards
    that meet the patches."""
    covered = QRegion()
    hidden: set[NoteItem] = set()
    for item in items:
        if not isinstance(item, NoteItem) or not item.isVisible():
            continue
        transform = item.sceneTransform()
        if transform.isRotating():
            continue
        may_hide = not item._cached and not covered.isEmpty()
        if exposed is not None or may_hide:
            outer = QRegion(grown(transform.mapRect(_EXTENT), slack))
            if exposed is not None:
                outer = outer.intersected(exposed)
                if outer.isEmpty():
                    continue  # not in this pass: neither painted nor covering anything that is
            if may_hide and outer.subtracted(covered).isEmpty():
                hidden.add(item)
                continue  # under the covers already: it adds nothing to them
        record = item.record
        if item.effectiveOpacity() < 1.0 or not _opaque(geo.HIDDEN_NOTE_COLOUR if record.hidden else record.colour):
            continue
        for part in _OPAQUE:
            body = transform.mapRect(part)
            left, top = math.ceil(body.left() + slack), math.ceil(body.top() + slack)
            right, bottom = math.floor(body.right() - slack), math.floor(body.bottom() - slack)
            if right > left and bottom > top:
                covered = covered.united(QRect(left, top, right - left, bottom - top))
    return frozenset(hidden)


def grown(box: QRectF, slack: float) -> QRect:
    """The whole-unit rectangle that holds ``box`` grown by ``slack`` on every side (never smaller than it)."""
    return QRect(
        math.floor(box.left() - slack),
        math.floor(box.top() - slack),
        math.ceil(box.width() + 2 * slack) + 1,
        math.ceil(box.height() + 2 * slack) + 1,
    )


def leave_out(widget: QWidget | None, cards: frozenset[NoteItem]) -> None:
    """Paint of ``widget`` leaves ``cards`` out until the next call (None, nothing: paint every card)."""
    global _hidden  # one pass of one viewport at a time, set and cleared by the view around it
    _hidden = (widget, cards)
