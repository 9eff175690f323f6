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


def to_plan() -> QIcon:
    """A checklist with a tick: into the action plan."""

    def draw(painter: QPainter, _colour: QColor) -> None:
        painter.drawRoundedRect(QRectF(9, 7, 30, 34), 4, 4)
        painter.drawLine(QPointF(15, 17), QPointF(19, 21))
        painter.drawLine(QPointF(19, 21), QPointF(26, 13))
        painter.drawLine(QPointF(15, 30), QPointF(33, 30))

    return _icon(draw)


def dot() -> QIcon:
    """Voting dots."""

    def draw(painter: QPainter, colour: QColor) -> None:
        painter.setBrush(colour)
        for x, y in ((16.0, 18.0), (32.0, 18.0), (24.0, 32.0)):
            painter.drawEllipse(QPointF(x, y), 5.5, 5.5)

    return _icon(draw)


def spread() -> QIcon:
    """Points joined to their centre inside a circle."""

    def draw(painter: QPainter, colour: QColor) -> None:
        painter.drawEllipse(QPointF(24, 24), 17, 17)
        for x, y in ((14.0, 17.0), (33.0, 20.0), (21.0, 34.0)):
            painter.drawLine(QPointF(24, 24), QPointF(x, y))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(24, 24), 3.5, 3.5)

    return _icon(draw)


def compare() -> QIcon:
    """An arrow from an old place to a new one."""

    def draw(painter: QPainter, colour: QColor) -> None:
        painter.drawRoundedRect(QRectF(6, 26, 14, 12), 2, 2)
        painter.drawLine(QPointF(16, 26), QPointF(33, 13))
        painter.setBrush(colour)
        path = QPainterPath()
        path.moveTo(39, 9)
        path.lineTo(28, 11)
        path.lineTo(35, 19)
        path.closeSubpath()
        painter.drawPath(path)

    return _icon(draw)


def freeze() -> QIcon:
    """A snowflake: this round is kept as it stands."""

    def draw(painter: QPainter, _colour: QColor) -> None:
        for angle in (0.0, 60.0, 120.0):
            painter.save()
            painter.translate(24, 24)
            painter.rotate(angle)
            painter.drawLine(QPointF(0, -17), QPointF(0, 17))
            painter.drawLine(QPointF(0, -11), QPointF(-5, -16))
            painter.drawLine(QPointF(0, -11), QPointF(5, -16))
            painter.drawLine(QPointF(0, 11), QPointF(-5, 16))
            painter.drawLine(QPointF(0, 11), QPointF(5, 16))
            painter.restore()

    return _icon(draw)


def present() -> QIcon:
    """A screen on a stand: the presentation window."""

    def draw(painter: QPainter, _colour: QColor) -> None:
        painter.drawRoundedRect(QRectF(6, 8, 36, 24), 3, 3)
        painter.drawLine(QPointF(24, 32), QPointF(24, 40))
        painter.drawLine(QPointF(15, 40), QPointF(33, 40))

    return _icon(draw)
