"""Qt forms of :mod:`workshop_app.board_geometry`: rectangles, points and exact coordinate conversion.

A note item's ``pos()`` is the canvas position of its centre, so the normalised position written to the file is
``to_normalised(pos)``, an exact inverse (PLACEMENT is a power of two): what is on the screen is what is in the
file, at any window size and zoom.
"""

from PySide6.QtCore import QPointF, QRectF

from workshop_app import board_geometry as geo


def qrect(rect: geo.Rect) -> QRectF:
    return QRectF(rect.left, rect.top, rect.width, rect.height)


def scene_point(x: float, y: float) -> QPointF:
    """Scene (canvas) position of the centre of a note stored at normalised (x, y)."""
    cx, cy = geo.to_canvas(x, y)
    return QPointF(cx, cy)


def normalised(point: QPointF) -> tuple[float, float]:
    """Normalised position of a note centred at ``point``; exact, unclamped."""
    return geo.to_normalised(point.x(), point.y())


def clamped_normalised(point: QPointF) -> tuple[float, float]:
    """Normalised position of ``point``, limited to the board."""
    return geo.clamp_normalised(*normalised(point))


def clamped_point(point: QPointF) -> QPointF:
    """``point`` moved onto the board, so a note centred there stays inside the square."""
    return scene_point(*clamped_normalised(point))


CANVAS = qrect(geo.CANVAS_RECT)
BOARD = qrect(geo.BOARD_RECT)
NOTE = QRectF(-geo.NOTE_WIDTH / 2, -geo.NOTE_HEIGHT / 2, geo.NOTE_WIDTH, geo.NOTE_HEIGHT)
"""A note's rectangle in its own coordinates (its centre is its position)."""
