"""The lifecycle curve drawn with QPainter from :func:`~workshop_app.services.lifecycle_geometry.layout_lifecycle`,
the same layout the PDF draws, so a click lands on the stage drawn under it.

The widget shows one curve of the method with the marks given (the programme's, usually): the group's as
numbered circles along the curve joined into the programme's path, each participant's as small dots beside
them, older diagnoses fainter and the latest emphasised, and a legend with the dates. When ``interactive``, a
click on a stage's band (or Left/Right then Enter or Space) emits :attr:`LifecycleCurve.stage_chosen`; the
window turns that into an undoable mark.
"""

import uuid
from collections.abc import Mapping, Sequence
from functools import lru_cache

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.models.phase_models import locale_date
from workshop_app.catalogue.tools import Lifecycle
from workshop_app.domain.method_tools import LifecycleMarkView
from workshop_app.services import lifecycle_geometry as geo

MARGIN = 6.0


@lru_cache(maxsize=32)
def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(round(size), 6))
    font.setBold(bold)
    return font


@lru_cache(maxsize=4096)
def _width(text: str, size: float) -> float:
    return QFontMetricsF(_font(size)).horizontalAdvance(text)


def _colour(name: str, strength: float = 1.0) -> QColor:
    colour = QColor(name)
    colour.setAlphaF(max(0.0, min(strength, 1.0)))
    return colour


class LifecycleCurve(QWidget):
    """One lifecycle curve with its dated marks; clickable when ``interactive``."""

    stage_chosen = Signal(str)  # the stage key clicked or chosen with the keyboard

    def __init__(self, parent: QWidget | None = None, *, interactive: bool = False, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("LifecycleCurve")
        self.interactive = interactive
        self.compact = compact
        self.lifecycle: Lifecycle | None = None
        self.language = "en"
        self.marks: list[LifecycleMarkView] = []
        self.names: dict[uuid.UUID, str] = {}
        self.highlighted: uuid.UUID | None = None  # a participant whose path is drawn out
        self.plot_height = 120.0 if compact else 230.0
        self._hover: str | None = None
        self._focus_index = 0
        self._layout: geo.CurveLayout | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)
        if interactive:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        else:
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)

    # --- data --------------------------------------------------------------------------------------------

    def set_curve(
        self,
        lifecycle: Lifecycle | None,
        language: str,
        marks: Sequence[LifecycleMarkView],
        names: Mapping[uuid.UUID, str] | None = None,
    ) -> None:
        """Show ``lifecycle`` with ``marks`` (others' curves are left out); ``names`` for the tooltips."""
        self.lifecycle = lifecycle
        self.language = language
        self.marks = list(marks)
        self.names = dict(names or {})
        count = len(lifecycle.stages) if lifecycle else 0
        self._focus_index = min(self._focus_index, max(count - 1, 0))
        self._relayout()

    def set_highlighted(self, participant_id: uuid.UUID | None) -> None:
        self.highlighted = participant_id
        self.update()

    @property
    def font_size(self) -> float:
        base = QFontMetricsF(self.font()).height() / 1.35
        return max(11.0, base * (0.95 if self.compact else 1.05))

    def layout_for(self, width: float, plot_height: float) -> geo.CurveLayout | None:
        if self.lifecycle is None:
            return None
        return geo.layout_lifecycle(
            self.lifecycle,
            self.language,
            self.marks,
            max(width - 2 * MARGIN, 120.0),
            plot_height,
            measure=_width,
            font_size=self.font_size,
            legend=None if self.compact else self.legend_text,
            earlier=lambda count: self.tr("Earlier diagnoses not listed here: {count}").format(count=count),
            keys=None if self.compact else (self.tr("The group (numbered by date)"), self.tr("A participant")),
        )

    def curve_layout(self) -> geo.CurveLayout | None:
        """The layout drawn now (the click targets)."""
        if self._layout is None:
            self._relayout()
        return self._layout

    def _relayout(self) -> None:
        plot = self.plot_height
        if self.interactive:
            probe = self.layout_for(self.width(), 100.0)
            if probe is not None:
                fixed = probe.height - (probe.plot_bottom - probe.plot_top)
                plot = max(self.height() - 2 * MARGIN - fixed, 140.0)
        self._layout = self.layout_for(self.width(), plot)
        self.updateGeometry()
        self._describe()
        self.update()

    def legend_text(self, diagnosis: geo.Diagnosis) -> str:
        day = locale_date(diagnosis.day)
        stage = self.stage_title(diagnosis.group_stage) if diagnosis.group_stage else ""
        if diagnosis.group_stage and diagnosis.participants:
            return self.tr("{date} – the group: {stage}; marks by participants: {count}").format(
                date=day, stage=stage, count=diagnosis.participants
            )
        if diagnosis.group_stage:
            return self.tr("{date} – the group: {stage}").format(date=day, stage=stage)
        return self.tr("{date} – marks by participants: {count}; none by the group").format(
            date=day, count=diagnosis.participants
        )

    def stage_title(self, key: str | None) -> str:
        if self.lifecycle is None or key is None:
            return key or ""
        stage = next((stage for stage in self.lifecycle.stages if stage.key == key), None)
        return stage.title.get(self.language) if stage else key

    def latest_text(self) -> str:
        """The latest diagnosis in words (for screen readers and the summaries)."""
        layout = self._layout
        if layout is None or not layout.diagnoses:
            return self.tr("No diagnosis on this curve yet.")
        return self.tr("Latest diagnosis: {text}").format(text=self.legend_text(layout.diagnoses[-1]))

    def _describe(self) -> None:
        title = self.lifecycle.title.get(self.language) if self.lifecycle else ""
        self.setAccessibleName(self.tr("Lifecycle curve: {title}").format(title=title))
        if self.interactive:
            description = self.tr(
                "{latest} Left and Right choose a stage, Enter or Space marks it. Focused stage: {stage}."
            ).format(latest=self.latest_text(), stage=self.stage_title(self.focused_stage()))
        else:
            description = self.latest_text()
        self.setAccessibleDescription(description)

    def focused_stage(self) -> str | None:
        if self.lifecycle is None or not self.lifecycle.stages:
            return None
        return self.lifecycle.stages[self._focus_index].key

    # --- size --------------------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return not self.interactive

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout_for(width, self.plot_height)
        return int(layout.height + 2 * MARGIN) if layout else 60

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = 900 if not self.compact else 560
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, 200 if self.interactive else 120)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            _width.cache_clear()
            self._relayout()  # the legend's words and the dates in the interface's language
        super().changeEvent(event)

    # --- input -------------------------------------------------------------------------------------------

    def _local(self, event: QMouseEvent) -> QPointF:
        return event.position() - QPointF(MARGIN, MARGIN)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        layout = self.curve_layout()
        if not self.interactive or layout is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = self._local(event)
        key = layout.stage_at(point.x(), point.y())
        if key is not None:
            self._focus_index = [stage.key for stage in layout.stages].index(key)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.stage_chosen.emit(key)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        layout = self.curve_layout()
        if layout is None:
            return
        point = self._local(event)
        hover = layout.stage_at(point.x(), point.y()) if self.interactive else None
        if hover != self._hover:
            self._hover = hover
            self.update()
        mark = layout.mark_at(point.x(), point.y())
        if mark is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.mark_text(mark), self)
        elif hover is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.stage_title(hover), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self._hover = None
        self.update()

    def mark_text(self, mark: geo.MarkPlace) -> str:
        who = self.tr("The group") if mark.by_group else self.names.get(mark.participant_id or uuid.UUID(int=0), "")
        return self.tr("{who}, {date}: {stage}").format(
            who=who or self.tr("A participant"), date=locale_date(mark.day), stage=self.stage_title(mark.stage_key)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        count = len(self.lifecycle.stages) if self.lifecycle else 0
        key = event.key()
        if not self.interactive or not count:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            moves = {Qt.Key.Key_Left: self._focus_index - 1, Qt.Key.Key_Right: self._focus_index + 1}
            moves[Qt.Key.Key_Home] = 0
            moves[Qt.Key.Key_End] = count - 1
            self._focus_index = max(0, min(moves[Qt.Key(key)], count - 1))
            self._describe()
            self.update()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            stage = self.focused_stage()
            if stage is not None:
                self.stage_chosen.emit(stage)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)

    # --- painting ----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        layout = self.curve_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if layout is None:
            painter.end()
            return
        painter.translate(MARGIN, MARGIN)
        self._paint_bands(painter, layout)
        self._paint_axes(painter, layout)
        self._paint_curve(painter, layout)
        self._paint_labels(painter, layout)
        self._paint_marks(painter, layout)
        self._paint_legend(painter, layout)
        painter.end()

    def _paint_bands(self, painter: QPainter, layout: geo.CurveLayout) -> None:
        focused = self.focused_stage() if self.hasFocus() else None
        for index, stage in enumerate(layout.stages):
            band = QRectF(stage.left, layout.plot_top, stage.right - stage.left, layout.labels_bottom - layout.plot_top)
            if stage.key == self._hover:
                painter.fillRect(band, QColor("#e1ecf7"))
            elif index % 2 == 0:
                painter.fillRect(band, QColor(geo.BAND_COLOUR))
            if stage.key == focused:
                pen = QPen(QColor(geo.GROUP_COLOUR), 2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(band.adjusted(1, 1, -1, -1))

    def _paint_axes(self, painter: QPainter, layout: geo.CurveLayout) -> None:
        painter.setPen(QPen(QColor(geo.AXIS_COLOUR), 1))
        painter.drawLine(QPointF(layout.plot_left, layout.zero_y), QPointF(layout.plot_right, layout.zero_y))
        painter.drawLine(QPointF(layout.plot_left, layout.plot_top), QPointF(layout.plot_left, layout.plot_bottom))
        tip = QPointF(layout.plot_right, layout.zero_y)
        size = layout.font_size * 0.5
        painter.setBrush(QColor(geo.AXIS_COLOUR))
        painter.drawPolygon(QPolygonF([tip, tip + QPointF(-size, -size / 2), tip + QPointF(-size, size / 2)]))
        painter.setFont(_font(layout.font_size * 1.2, bold=True))
        painter.setPen(QColor(geo.TEXT_COLOUR))
        signs = QRectF(0, layout.plot_top, layout.plot_left - 2, layout.font_size * 1.6)
        painter.drawText(signs, Qt.AlignmentFlag.AlignCenter, "+")
        signs.moveBottom(layout.plot_bottom)
        painter.drawText(signs, Qt.AlignmentFlag.AlignCenter, "−")
        painter.setFont(_font(layout.font_size * 0.9))
        painter.setPen(QColor(geo.AXIS_COLOUR).darker(130))
        time = QRectF(layout.plot_right - 200, layout.zero_y + 2, 200 - size * 1.5, layout.line_height)
        painter.drawText(time, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self.tr("time"))

    def _paint_curve(self, painter: QPainter, layout: geo.CurveLayout) -> None:
        path = QPainterPath(QPointF(layout.segments[0].start.x, layout.segments[0].start.y))
        for segment in layout.segments:
            path.cubicTo(
                QPointF(segment.control1.x, segment.control1.y),
                QPointF(segment.control2.x, segment.control2.y),
                QPointF(segment.end.x, segment.end.y),
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(geo.CURVE_COLOUR), max(layout.font_size * 0.22, 2.5)))
        painter.drawPath(path)
        for stage in layout.stages:  # the stages' points; an outcome level hollow
            radius = layout.font_size * 0.3
            painter.setPen(QPen(QColor(geo.CURVE_COLOUR), 2))
            painter.setBrush(QColor("#ffffff") if stage.outcome else QColor(geo.CURVE_COLOUR))
            painter.drawEllipse(QPointF(stage.anchor.x, stage.anchor.y), radius, radius)

    def _paint_labels(self, painter: QPainter, layout: geo.CurveLayout) -> None:
        painter.setPen(QColor(geo.TEXT_COLOUR))
        for stage in layout.stages:
            font = QFont(_font(layout.label_size))
            font.setItalic(stage.outcome)
            painter.setFont(font)
            for index, line in enumerate(stage.label_lines):
                top = stage.label_top + index * layout.label_line_height
                box = QRectF(stage.left, top, stage.right - stage.left, 99)
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, line)

    def _paint_marks(self, painter: QPainter, layout: geo.CurveLayout) -> None:
        group = layout.path_of(None)
        if len(group) > 1:  # the programme's path, oldest to latest
            pen = QPen(_colour(geo.GROUP_COLOUR, 0.7), 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([QPointF(m.centre.x, m.centre.y) for m in group]))
        if self.highlighted is not None:
            own = layout.path_of(self.highlighted)
            if len(own) > 1:
                painter.setPen(QPen(_colour(geo.PARTICIPANT_COLOUR, 0.9), 1.6))
                painter.drawPolyline(QPolygonF([QPointF(m.centre.x, m.centre.y) for m in own]))
        for mark in layout.marks:
            centre = QPointF(mark.centre.x, mark.centre.y)
            if mark.by_group:
                if mark.latest:
                    painter.setPen(QPen(QColor(geo.GROUP_COLOUR), 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(centre, mark.radius + 4, mark.radius + 4)
                pale = mark.strength < geo.LIGHT
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#ffffff"))  # paler as on paper: mixed with white, not with the curve
                painter.drawEllipse(centre, mark.radius, mark.radius)
                painter.setPen(QPen(QColor(geo.GROUP_COLOUR) if pale else QColor("#ffffff"), 1.5))
                painter.setBrush(QBrush(_colour(geo.GROUP_COLOUR, mark.strength)))
                painter.drawEllipse(centre, mark.radius, mark.radius)
                painter.setFont(_font(mark.radius * 1.25, bold=True))
                painter.setPen(QColor(geo.GROUP_COLOUR) if pale else QColor("#ffffff"))
                box = QRectF(centre.x() - mark.radius, centre.y() - mark.radius, 2 * mark.radius, 2 * mark.radius)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(mark.number))
            else:
                chosen = mark.participant_id == self.highlighted
                painter.setPen(QPen(QColor(geo.TEXT_COLOUR), 1.5) if chosen else Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(_colour(geo.PARTICIPANT_COLOUR, mark.strength)))
                radius = mark.radius * (1.35 if chosen else 1.0)
                painter.drawEllipse(centre, radius, radius)

    def _paint_legend(self, painter: QPainter, layout: geo.CurveLayout) -> None:
        size = layout.font_size
        for entry in layout.legend:
            centre = QPointF(entry.x + size * 0.9, entry.top + layout.line_height / 2)
            if entry.kind == "earlier":
                pass  # words only
            elif entry.kind == "participant":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(geo.PARTICIPANT_COLOUR))
                radius = max(size * 0.42, 3.0)
                painter.drawEllipse(centre, radius, radius)
            else:
                diagnosis = entry.diagnosis
                strength = diagnosis.strength if diagnosis else 1.0
                radius = size * 0.7
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_colour(geo.GROUP_COLOUR, strength))
                painter.drawEllipse(centre, radius, radius)
                if diagnosis is not None and diagnosis.latest:
                    painter.setPen(QPen(QColor(geo.GROUP_COLOUR), 1.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(centre, radius + 2.5, radius + 2.5)
                if diagnosis is not None:
                    painter.setFont(_font(size * 0.85, bold=True))
                    painter.setPen(QColor(geo.GROUP_COLOUR) if strength < geo.LIGHT else QColor("#ffffff"))
                    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(diagnosis.number))
            painter.setFont(_font(size))
            painter.setPen(QColor(geo.TEXT_COLOUR))
            for index, line in enumerate(entry.lines):
                box = QRectF(entry.x + size * 2.6, entry.top + index * layout.line_height, layout.width, 99)
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
