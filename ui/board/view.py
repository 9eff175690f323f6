"""The view of a board: fit to the window, zoom, pan, touch, and the keyboard hand-off.

The board fits the window (and follows its size) until someone zooms; Ctrl+0 fits it again. Ctrl+wheel and
a pinch zoom, the middle button or Space+drag pan, a finger drags a note (Qt turns an unclaimed touch into a
mouse drag). Notes cache their pixels and the view repaints only what changed; while notes are dragged the rest
of the board is one still picture behind them, so a frame costs the same on a board of ten or a thousand notes.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QPixmapCache,
    QRegion,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsTextItem,
    QGraphicsView,
    QPinchGesture,
    QToolTip,
    QWidget,
)

from ui.board import note_item
from ui.board.geometry import CANVAS
from ui.board.scene import BoardScene
from workshop_app import board_geometry as geo
from workshop_app.domain.enums import Quadrant

ZOOM_STEP = 1.2
MIN_ZOOM = 0.5
"""Smallest zoom, relative to the fitted board."""
MAX_SCALE = 4.0
"""Largest zoom: four screen pixels per canvas unit."""
FIT_MARGIN = 12.0
PIXMAP_CACHE_KIB = 256 * 1024
"""Room for every note's cached pixels on a board of a thousand notes at full-screen zoom (Qt's default is 10 MiB,
which a big board would overflow, re-painting every note on every frame). Only what is used is allocated."""
QUADRANTS = (Quadrant.TOP_LEFT, Quadrant.TOP_RIGHT, Quadrant.BOTTOM_LEFT, Quadrant.BOTTOM_RIGHT)
QUADRANT_MARGIN = 40.0
"""Canvas units shown beyond a quadrant zoomed to, so the axes stay in sight."""


class BoardView(QGraphicsView):
    """A board scene on screen. ``zoom_changed`` reports the zoom relative to the fitted board (1.0 = fit)."""

    zoom_changed = Signal(float)
    visible_changed = Signal()
    """The part of the board in view changed (zoom, scroll, resize): a presentation window follows it."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self._backdrop: QPixmap | None = None
        self._exposed: QRegion | None = None  # the region of the paint pass under way
        scene.drag_started.connect(self.begin_drag_layer)
        scene.drag_ended.connect(self.end_drag_layer)
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self.click_handler: Callable[[QMouseEvent, QPointF], bool] | None = None
        """Asked first about every press on the board (voting, participant placement); True swallows it."""
        self.entered: Callable[[bool], None] | None = None
        self.auto_fit = True
        self._pan_from: QPoint | None = None
        self._space_held = False
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KIB))
        self._apply_palette()

    # --- zoom -------------------------------------------------------------------------------------------------

    def fit_scale(self) -> float:
        """The scale at which the whole sheet fits the viewport."""
        area = self.maximumViewportSize()  # without scroll bars, so the zoom reads the same with or without
        target = CANVAS.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        if area.width() <= 0 or area.height() <= 0:
            return 1.0
        return min(area.width() / target.width(), area.height() / target.height())

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom(self) -> float:
        return self.scale_factor() / self.fit_scale()

    def fit(self) -> None:
        """Show the whole board, and keep it fitted as the window changes size."""
        self.auto_fit = True
        self._scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._set_scale(self.fit_scale())
        self.centerOn(CANVAS.center())

    def zoom_to_quadrant(self, quadrant: Quadrant) -> None:
        """Fill the view with one quadrant, for discussing it with the room."""
        left = -geo.HALF if quadrant in (Quadrant.TOP_LEFT, Quadrant.BOTTOM_LEFT) else 0.0
        top = -geo.HALF if quadrant in (Quadrant.TOP_LEFT, Quadrant.TOP_RIGHT) else 0.0
        area = QRectF(left, top, geo.HALF, geo.HALF).adjusted(
            -QUADRANT_MARGIN, -QUADRANT_MARGIN, QUADRANT_MARGIN, QUADRANT_MARGIN
        )
        self.auto_fit = False
        self._scroll_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        viewport = self.viewport().rect()
        self._set_scale(min(MAX_SCALE, viewport.width() / area.width(), viewport.height() / area.height()))
        self.centerOn(area.center())

    def _scroll_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` about ``anchor`` (a viewport point; the centre when None)."""
        fit = self.fit_scale()
        target = max(fit * MIN_ZOOM, min(MAX_SCALE, self.scale_factor() * factor))
        if abs(target - fit) < 1e-3 * fit:
            self.fit()
            return
        self.auto_fit = False
        self._scroll_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        centre = QPointF(self.viewport().rect().center())
        point = anchor if anchor is not None else centre
        before = self.mapToScene(point.toPoint())
        self._set_scale(target)
        after = self.mapToScene(point.toPoint())
        self.centerOn(self.mapToScene(centre.toPoint()) + before - after)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def _set_scale(self, scale: float) -> None:
        self.end_drag_layer()
        self.resetTransform()
        self.scale(scale, scale)
        self.zoom_changed.emit(self.zoom())
        self.visible_changed.emit()

    def visible_rect(self) -> QRectF:
        """The part of the scene the viewport shows now."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.end_drag_layer()
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()
        else:
            self.zoom_changed.emit(self.zoom())
        self.visible_changed.emit()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # --- the still picture behind a drag -----------------------------------------------------------------------

    def begin_drag_layer(self) -> None:
        """Picture everything but the dragged notes once, and show that picture instead of the items.

        Layers are made transparent rather than hidden: a hidden item would drop the mouse grab and the
        selection, and a transparent layer is skipped by painting as a whole."""
        board = self.board
        board.drag_layer.setOpacity(0.0)
        self._backdrop = self.viewport().grab()
        board.drag_layer.setOpacity(1.0)
        board.notes_layer.setOpacity(0.0)
        board.axes.setOpacity(0.0)

    def end_drag_layer(self) -> None:
        """Show the items again (the drag ended, or the view scrolled or zoomed and the picture is stale)."""
        if self._backdrop is None:
            return
        self._backdrop = None
        self.board.notes_layer.setOpacity(1.0)
        self.board.axes.setOpacity(1.0)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt override
        super().drawBackground(painter, rect)
        if self._backdrop is not None:
            transform = painter.transform()
            painter.resetTransform()
            painter.drawPixmap(0, 0, self._backdrop)
            painter.setTransform(transform)
        elif self.board.notes_layer.opacity() == 1.0:
            # The cards wholly under others are left out of this pass: a board of a thousand notes shows a few
            # hundred. Not while notes are dragged: then the pass paints a few cards over the still picture.
            transform = painter.transform()
            exposed = QRectF(rect)
            items = self.board.items(
                exposed, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.DescendingOrder, transform
            )
            slack = max(1.0, 2.0 / max(transform.m11(), 1e-6))  # two device pixels, in scene units
            region = self._exposed_in_scene(transform, slack)
            note_item.leave_out(self.viewport(), note_item.hidden_cards(items, slack, region))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._exposed = QRegion(event.region())  # what this pass paints (drawBackground is told only its bounding rect)
        try:
            super().paintEvent(event)
        finally:
            self._exposed = None

    def _exposed_in_scene(self, transform: QTransform, slack: float) -> QRegion | None:
        """The pass's exposed region in scene units (each rectangle a little larger), or None if unknown.

        A few phones' new cards far apart expose a few small patches whose bounding rectangle spans most of
        the board: the cards Qt paints are those that meet the patches, and only those are worth leaving out."""
        exposed = self._exposed
        if exposed is None or transform.isRotating() or exposed.rectCount() > 64:
            return None
        inverse, invertible = transform.inverted()
        if not invertible:
            return None
        region = QRegion()
        for patch in exposed:  # type: ignore[attr-defined]  # PySide6 iterates a QRegion (stubs lack it)
            region = region.united(note_item.grown(inverse.mapRect(QRectF(patch)), slack))
        return region

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt override
        note_item.leave_out(None, frozenset())
        super().drawForeground(painter, rect)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.end_drag_layer()
        super().scrollContentsBy(dx, dy)
        self.visible_changed.emit()

    # --- touch ------------------------------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tooltip(event)
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self._pinch(pinch)
                event.accept(pinch)
                return True
        return super().viewportEvent(event)

    def _tooltip(self, event: QHelpEvent) -> bool:
        """A note's full text, asked of the note only when the pointer rests on it (a board may hold a thousand)."""
        for item in self.items(event.pos()):
            text = getattr(item, "tooltip_text", None)
            if callable(text):
                QToolTip.showText(event.globalPos(), str(text()), self.viewport())
                return True
        QToolTip.hideText()
        event.ignore()
        return True

    def _pinch(self, pinch: QPinchGesture) -> None:
        flags = pinch.changeFlags()
        centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
        if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged and pinch.scaleFactor() > 0:
            self.zoom_by(pinch.scaleFactor(), QPointF(centre))
        if flags & QPinchGesture.ChangeFlag.CenterPointChanged:
            delta = pinch.centerPoint() - pinch.lastCenterPoint()
            self._scroll_by(-round(delta.x()), -round(delta.y()))

    # --- panning ----------------------------------------------------------------------------------------------

    def _scroll_by(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.click_handler is not None and self.click_handler(event, self.mapToScene(event.position().toPoint())):
            event.accept()
            return
        panning = event.button() == Qt.MouseButton.MiddleButton or (
            self._space_held and event.button() == Qt.MouseButton.LeftButton
        )
        if panning:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.click_handler is not None and self.click_handler(event, self.mapToScene(event.position().toPoint())):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            point = event.position().toPoint()
            delta = point - self._pan_from
            self._pan_from = point
            self._scroll_by(-delta.x(), -delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_from is not None:
            self._pan_from = None
            self._update_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _update_cursor(self) -> None:
        if self._space_held:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    # --- keyboard ---------------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab is the board's (notes in reading order) before QGraphicsView hands it to the focus chain.
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        is_tab = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in tab
        if is_tab and self._handled(event):  # type: ignore[arg-type]
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self._handled(event):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and not self._editing():
            self._space_held = True
            self._update_cursor()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_held:
            self._space_held = False
            self._update_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _handled(self, event: QKeyEvent) -> bool:
        return self.key_handler is not None and self.key_handler(event)

    def _editing(self) -> bool:
        scene = self.scene()
        return scene is not None and isinstance(scene.focusItem(), QGraphicsTextItem)

    def leave(self, forward: bool) -> None:
        """Move the focus to the next (or previous) control of the window."""
        self.focusNextPrevChild(forward)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        tabbed = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if self.entered is not None and event.reason() in tabbed:
            self.entered(event.reason() == Qt.FocusReason.TabFocusReason)

    # --- palette ----------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        """Around the white sheet: the window colour, a shade deeper, so the sheet stands out in any theme."""
        base = self.palette().color(QPalette.ColorRole.Window)
        self.setBackgroundBrush(base.darker(108) if base.lightness() > 128 else base.lighter(115))
