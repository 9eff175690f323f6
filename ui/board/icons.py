"""Toolbar icons drawn from the palette (no icon theme needed), so they read in light and dark themes alike.

Each is drawn large and scaled down by Qt; a shape says what the button does, its text and tooltip say it too.
"""

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

SIZE = 48
Draw = Callable[[QPainter, QColor], None]


def _icon(draw: Draw) -> QIcon:
    colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
    icon = QIcon()
    for mode, shade in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, _faded(colour))):
        pixmap = QPixmap(SIZE, SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(shade, 3.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw(painter, shade)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


def _faded(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(0.35)
    return faded


def _plus(painter: QPainter, centre: QPointF, half: float) -> None:
    painter.drawLine(QPointF(centre.x() - half, centre.y()), QPointF(centre.x() + half, centre.y()))
    painter.drawLine(QPointF(centre.x(), centre.y() - half), QPointF(centre.x(), centre.y() + half))


def add_note() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        painter.drawRoundedRect(QRectF(7, 9, 34, 30), 5, 5)
        _plus(painter, QPointF(24, 24), 8)

    return _icon(draw)


def edit() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        path = QPainterPath()
        path.moveTo(12, 36)
        path.lineTo(14, 28)
        path.lineTo(32, 10)
        path.lineTo(38, 16)
        path.lineTo(20, 34)
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(QPointF(28, 14), QPointF(34, 20))
        painter.drawLine(QPointF(10, 41), QPointF(38, 41))

    return _icon(draw)


def delete() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        painter.drawLine(QPointF(9, 13), QPointF(39, 13))
        painter.drawLine(QPointF(19, 13), QPointF(20, 8))
        painter.drawLine(QPointF(20, 8), QPointF(28, 8))
        painter.drawLine(QPointF(28, 8), QPointF(29, 13))
        path = QPainterPath()
        path.moveTo(12, 13)
        path.lineTo(15, 40)
        path.lineTo(33, 40)
        path.lineTo(36, 13)
        painter.drawPath(path)
        for x in (20.0, 28.0):
            painter.drawLine(QPointF(x, 19), QPointF(x, 34))

    return _icon(draw)


def swatch(colour: str) -> QIcon:
    """A round sample of a note colour, outlined so a pale colour shows on a pale background."""

    def draw(painter: QPainter, outline: QColor) -> None:
        painter.setPen(QPen(outline, 2.5))
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(8, 10, 32, 28), 5, 5)

    return _icon(draw)


def authors() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        painter.drawEllipse(QPointF(24, 16), 7, 7)
        path = QPainterPath()
        path.moveTo(10, 40)
        path.cubicTo(10, 26, 38, 26, 38, 40)
        painter.drawPath(path)

    return _icon(draw)


def face_down() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        painter.drawRoundedRect(QRectF(7, 9, 34, 30), 5, 5)
        for offset in (0.0, 9.0, 18.0):
            painter.drawLine(QPointF(13 + offset, 33), QPointF(21 + offset, 15))

    return _icon(draw)


def reveal() -> QIcon:
    def draw(painter: QPainter, colour: QColor) -> None:
        path = QPainterPath()
        path.moveTo(5, 24)
        path.quadTo(24, 4, 43, 24)
        path.quadTo(24, 44, 5, 24)
        painter.drawPath(path)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(24, 24), 5, 5)

    return _icon(draw)


def _magnifier(painter: QPainter) -> None:
    painter.drawEllipse(QPointF(20, 20), 12, 12)
    painter.drawLine(QPointF(29, 29), QPointF(40, 40))


def zoom_in() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        _magnifier(painter)
        _plus(painter, QPointF(20, 20), 6)

    return _icon(draw)


def zoom_out() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        _magnifier(painter)
        painter.drawLine(QPointF(14, 20), QPointF(26, 20))

    return _icon(draw)


def _corners(painter: QPainter, inward: bool) -> None:
    for cx, cy in ((8, 8), (40, 8), (8, 40), (40, 40)):
        sx = 1 if cx < 24 else -1
        sy = 1 if cy < 24 else -1
        corner = QPointF(cx + sx * (10 if inward else 0), cy + sy * (10 if inward else 0))
        painter.drawLine(corner, QPointF(corner.x() + sx * (-10 if inward else 10), corner.y()))
        painter.drawLine(corner, QPointF(corner.x(), corner.y() + sy * (-10 if inward else 10)))


def fit() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        painter.drawRoundedRect(QRectF(15, 15, 18, 18), 3, 3)
        _corners(painter, inward=False)

    return _icon(draw)


def full_screen() -> QIcon:
    def draw(painter: QPainter, _colour: QColor) -> None:
        _corners(painter, inward=True)

    return _icon(draw)
