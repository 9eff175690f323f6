"""The board behind the notes: the sheet, a light grid, the two axes, their labels and the quadrant titles.

Drawn once into a device-coordinate cache, so dragging a note over it only blits pixels; a QGraphicsRectItem,
so Qt reads its bounds without calling into Python on every frame. Colours are the
shared paper colours of :mod:`workshop_app.board_geometry` (the board is a white sheet in light and dark
themes alike, as on paper); the area around the sheet follows the palette (see the view).
"""

from collections.abc import Mapping

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from ui.board import text_layout
from ui.board.geometry import BOARD, CANVAS, qrect
from workshop_app import board_geometry as geo

GRID_CELLS = 4
"""Grid cells per half axis: each quadrant is divided into 4 x 4."""
GRID_COLOUR = "#e9edf1"
SHEET_RADIUS = 16.0
AXIS_WIDTH = 3.0
FRAME_WIDTH = 2.0
QUADRANT_TITLES = frozenset({"title_top_left", "title_top_right", "title_bottom_left", "title_bottom_right"})


class AxesItem(QGraphicsRectItem):
    """Everything on the board except the notes; ``set_labels`` with a board's label fields."""

    def __init__(self) -> None:
        super().__init__(CANVAS.adjusted(-4, -4, 8, 8))  # room for the sheet's shadow
        self.setPen(Qt.PenStyle.NoPen)
        self._labels: dict[str, str] = {}
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_labels(self, labels: Mapping[str, str]) -> None:
        """Show these label texts (keyed like ``LABEL_SLOTS``); repaints only if one changed."""
        new = dict(labels)
        if new != self._labels:
            self._labels = new
            self.update()

    def label(self, name: str) -> str:
        return self._labels.get(name, "")

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_sheet(painter)
        self._paint_grid(painter)
        self._paint_axes(painter)
        self._paint_labels(painter)

    def _paint_sheet(self, painter: QPainter) -> None:
        shadow = QColor(0, 0, 0, 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shadow)
        painter.drawRoundedRect(CANVAS.translated(2, 4), SHEET_RADIUS, SHEET_RADIUS)
        painter.setBrush(QColor(geo.BOARD_COLOUR))
        painter.setPen(QPen(QColor(geo.FRAME_COLOUR).lighter(125), 1.0))
        painter.drawRoundedRect(CANVAS, SHEET_RADIUS, SHEET_RADIUS)

    def _paint_grid(self, painter: QPainter) -> None:
        pen = QPen(QColor(GRID_COLOUR), 1.5)
        painter.setPen(pen)
        step = geo.HALF / GRID_CELLS
        lines = []
        for index in range(1, 2 * GRID_CELLS):
            offset = -geo.HALF + index * step
            if index == GRID_CELLS:
                continue  # the axis
            lines.append(QLineF(offset, -geo.HALF, offset, geo.HALF))
            lines.append(QLineF(-geo.HALF, offset, geo.HALF, offset))
        painter.drawLines(lines)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(geo.FRAME_COLOUR), FRAME_WIDTH))
        painter.drawRect(BOARD)

    def _paint_axes(self, painter: QPainter) -> None:
        colour = QColor(geo.AXIS_COLOUR)
        pen = QPen(colour, AXIS_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        (x_low, x_high), (y_low, y_high) = geo.X_AXIS, geo.Y_AXIS
        painter.drawLine(QLineF(QPointF(*x_low), QPointF(x_high[0] - geo.ARROW_SIZE, x_high[1])))
        painter.drawLine(QLineF(QPointF(*y_low), QPointF(y_high[0], y_high[1] + geo.ARROW_SIZE)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(_arrow(QPointF(*x_high), QPointF(1, 0)))
        painter.drawPath(_arrow(QPointF(*y_high), QPointF(0, -1)))

    def _paint_labels(self, painter: QPainter) -> None:
        for name, slot in geo.LABEL_SLOTS.items():
            text = self._labels.get(name, "")
            if not text:
                continue
            box = qrect(slot.box)
            lines = text_layout.fit(
                text, box.width(), geo.lines_that_fit(box.height(), slot.size), slot.size, slot.bold
            )
            colour = geo.QUADRANT_TITLE_COLOUR if name in QUADRANT_TITLES else geo.LABEL_COLOUR
            painter.setPen(QColor(colour))
            painter.setFont(text_layout.font(slot.size, bold=slot.bold))
            text_layout.draw_lines(painter, lines, box, slot.align, slot.valign)


def _arrow(tip: QPointF, direction: QPointF) -> QPainterPath:
    """A filled arrow head whose tip touches ``tip``, pointing along the unit vector ``direction``."""
    back = tip - direction * geo.ARROW_SIZE
    side = QPointF(-direction.y(), direction.x()) * (geo.ARROW_SIZE * 0.55)
    path = QPainterPath()
    path.addPolygon(QPolygonF([tip, back + side, back - side, tip]))
    return path
