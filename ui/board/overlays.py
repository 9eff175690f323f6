"""Drawings over the notes that explain the board rather than change it: spread, and the change since a round.

*Spread*: where several people placed the same idea, thin lines join every position to their centre, a cross
marks the centre and a circle its spread, so disagreement is seen instead of averaged away.
*Compare*: for each idea, an arrow from where it stood in the previous round to where it stands now; new ideas
get a ring and the word "new", removed ones a dashed ghost where they were.

Both are plain QGraphicsItems on one layer above the notes that ignore the mouse, rebuilt when the file
changes; the colours are dark inks that read on the white sheet in any theme, and nothing relies on colour
alone (shapes and words carry the meaning).
"""

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from ui.board.geometry import NOTE, scene_point
from workshop_app.board_geometry import PLACEMENT
from workshop_app.services.rounds import NoteShift
from workshop_app.services.spread import Spread

SPREAD_INK = QColor("#6a1b9a")
"""Purple: stands apart from the note colours and the grey axes."""
COMPARE_INK = QColor("#0d47a1")
NEW_INK = QColor("#1b5e20")
GHOST_INK = QColor("#5b6875")
LINE_WIDTH = 3.0
CENTRE_SIZE = 16.0
ARROW_HEAD = 22.0
LABEL_SIZE = 22.0


class OverlayLayer(QGraphicsRectItem):
    """An empty parent for one overlay's items: cleared and refilled as a whole, never hit by the mouse."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(z)

    def clear(self) -> None:
        scene = self.scene()
        for child in self.childItems():
            if scene is not None:
                scene.removeItem(child)

    def count(self) -> int:
        return len(self.childItems())


def _pen(colour: QColor, width: float = LINE_WIDTH, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setCosmetic(False)
    return pen


def _label(text: str, colour: QColor, at: QPointF, parent: QGraphicsItem) -> QGraphicsRectItem:
    """A bold word on a white plate, readable over a note or a line."""
    plate = QGraphicsRectItem(parent)
    item = QGraphicsSimpleTextItem(text, plate)
    font = QFont(item.font())
    font.setPixelSize(int(LABEL_SIZE))
    font.setBold(True)
    item.setFont(font)
    item.setBrush(QBrush(colour))
    item.setPos(4, 0)
    bounds = item.boundingRect()
    plate.setRect(QRectF(0, 0, bounds.width() + 8, bounds.height()))
    plate.setPen(Qt.PenStyle.NoPen)
    plate.setBrush(QColor(255, 255, 255, 225))
    plate.setPos(at)
    return plate


def show_spread(layer: OverlayLayer, spreads: list[Spread], chosen: int | None = None) -> None:
    """Lines from each placement to the centre, a numbered centre cross, and a circle of radius = the spread.

    The number is the idea's place in ``spreads`` (as the list beside the board numbers them); with ``chosen``,
    that idea is drawn strong and the others faint, so one disagreement can be talked through at a time."""
    layer.clear()
    for number, spread in enumerate(spreads, start=1):
        ink = QColor(SPREAD_INK)
        if chosen is not None and chosen != number - 1:
            ink.setAlpha(60)
        strong = chosen == number - 1
        centre = scene_point(*spread.centre)
        thin = _pen(ink, 4.0 if strong else 2.5, Qt.PenStyle.DashLine)
        for x, y in spread.positions:
            QGraphicsLineItem(QLineF(centre, scene_point(x, y)), layer).setPen(thin)
        radius = spread.radius * PLACEMENT
        circle = QGraphicsEllipseItem(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), layer)
        circle.setPen(_pen(ink, 4.0 if strong else 2.5))
        fill = QColor(SPREAD_INK)
        fill.setAlpha(30 if strong else 0)
        circle.setBrush(fill)
        _label(QLocale().toString(number), ink, centre + QPointF(CENTRE_SIZE + 4, -LABEL_SIZE - 6), layer)
        ink_cross = ink
        cross = QPainterPath()
        cross.moveTo(centre + QPointF(-CENTRE_SIZE, -CENTRE_SIZE))
        cross.lineTo(centre + QPointF(CENTRE_SIZE, CENTRE_SIZE))
        cross.moveTo(centre + QPointF(-CENTRE_SIZE, CENTRE_SIZE))
        cross.lineTo(centre + QPointF(CENTRE_SIZE, -CENTRE_SIZE))
        marker = QGraphicsPathItem(cross, layer)
        marker.setPen(_pen(ink_cross, 5.0))


def _arrow(start: QPointF, end: QPointF) -> QPainterPath:
    path = QPainterPath(start)
    line = QLineF(start, end)
    if line.length() < 1:
        return path
    unit = line.unitVector()
    direction = QPointF(unit.dx(), unit.dy())
    side = QPointF(-direction.y(), direction.x()) * (ARROW_HEAD * 0.5)
    back = end - direction * ARROW_HEAD
    path.lineTo(back)
    path.addPolygon(QPolygonF([end, back + side, back - side, end]))
    return path


def show_changes(layer: OverlayLayer, shifts: list[NoteShift]) -> None:
    """Arrows for moved ideas, a ring and "new" for new ones, a dashed ghost and "removed" for removed ones."""
    layer.clear()
    new_word = QCoreApplication.translate("BoardOverlays", "new")
    removed_word = QCoreApplication.translate("BoardOverlays", "removed")
    for shift in shifts:
        if shift.before is not None and shift.after is not None:
            if shift.distance <= 0:
                continue
            arrow = QGraphicsPathItem(_arrow(scene_point(*shift.before), scene_point(*shift.after)), layer)
            arrow.setPen(_pen(COMPARE_INK))
            arrow.setBrush(COMPARE_INK)
            dot = QGraphicsEllipseItem(QRectF(-7, -7, 14, 14), layer)
            dot.setPos(scene_point(*shift.before))
            dot.setPen(_pen(COMPARE_INK, 2.0))
            dot.setBrush(QColor("#ffffff"))
        elif shift.after is not None:
            ring = QGraphicsRectItem(NOTE.adjusted(-10, -10, 10, 10), layer)
            ring.setPos(scene_point(*shift.after))
            ring.setPen(_pen(NEW_INK, 4.0, Qt.PenStyle.DotLine))
            _label(new_word, NEW_INK, ring.pos() + QPointF(NOTE.left(), NOTE.top() - LABEL_SIZE - 14), layer)
        elif shift.before is not None:
            ghost = QGraphicsRectItem(NOTE, layer)
            ghost.setPos(scene_point(*shift.before))
            ghost.setPen(_pen(GHOST_INK, 2.5, Qt.PenStyle.DashLine))
            shade = QColor(GHOST_INK)
            shade.setAlpha(30)
            ghost.setBrush(shade)
            font = QFont()
            font.setPixelSize(20)
            elided = QFontMetricsF(font).elidedText(shift.text, Qt.TextElideMode.ElideRight, NOTE.width() - 20)
            text = QGraphicsSimpleTextItem(elided, ghost)
            text.setFont(font)
            text.setBrush(GHOST_INK)
            text.setPos(NOTE.left() + 10, NOTE.top() + 10)
            _label(removed_word, GHOST_INK, ghost.pos() + QPointF(NOTE.left(), NOTE.bottom() + 4), layer)
