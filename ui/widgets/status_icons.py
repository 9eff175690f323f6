"""Small icons drawn from the palette, so a status or a trend shows by shape too, in light and dark themes alike."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QStyle

from workshop_app.domain.enums import PhaseStatus

SIZE = 32  # drawn large and scaled down, so it stays crisp on high-density screens


def _palette() -> QPalette:
    return QGuiApplication.palette()


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def phase_status_icon(status: str) -> QIcon:
    """Empty circle = not started, half-filled = in progress, filled with a tick = done."""
    palette = _palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    outline = palette.color(QPalette.ColorRole.Text)
    pixmap, painter = _canvas()
    box = QRectF(4, 4, SIZE - 8, SIZE - 8)
    if status == PhaseStatus.DONE:
        painter.setPen(QPen(accent, 2.5))
        painter.setBrush(accent)
        painter.drawEllipse(box)
        tick = QPen(palette.color(QPalette.ColorRole.HighlightedText), 3.5)
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22.5, 11.5)]))
    elif status == PhaseStatus.IN_PROGRESS:
        painter.setPen(QPen(accent, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        half = QPainterPath()
        half.moveTo(box.center())
        half.arcTo(box, 90, -180)
        half.closeSubpath()
        painter.fillPath(half, accent)
    else:
        muted = QColor(outline)
        muted.setAlphaF(0.55)
        painter.setPen(QPen(muted, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
    painter.end()
    return QIcon(pixmap)


def trend_icon(delta: int) -> QIcon:
    """A triangle pointing up or down, or a bar for no change; the number beside it says the same."""
    palette = _palette()
    colour = palette.color(QPalette.ColorRole.Highlight if delta > 0 else QPalette.ColorRole.Text)
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if delta > 0:
        painter.drawPolygon(QPolygonF([QPointF(16, 6), QPointF(27, 24), QPointF(5, 24)]))
    elif delta < 0:
        painter.drawPolygon(QPolygonF([QPointF(16, 26), QPointF(27, 8), QPointF(5, 8)]))
    else:
        painter.drawRoundedRect(QRectF(6, 13.5, 20, 5), 2, 2)
    painter.end()
    return QIcon(pixmap)


def warning_icon() -> QIcon:
    """The desktop theme's warning sign, or the style's; always beside words ("overdue", an error), never instead."""
    themed = QIcon.fromTheme("dialog-warning")
    if not themed.isNull():
        return themed
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return QIcon()  # no widgets (a headless export): nothing to draw it with
