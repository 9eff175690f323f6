"""Participant mode: people in the room write a note each and place it, one after another.

A tap or click on the board places the written note there for the chosen person (or anonymously), in their
colour, face down if the facilitator asked for private writing. Without a pointer: Ctrl+Enter shows the note as
a marker in the centre, the arrow keys move it (Shift for small steps) and Enter places it (Escape takes it
back to the text). Nothing else on the board reacts: nobody moves or deletes another person's note by accident.
Every note placed is one undoable command, written to the file at once.
"""

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from ui.board import text_layout
from ui.board.controller import BoardController
from ui.board.geometry import NOTE, scene_point
from ui.board.participant_bar import ParticipantBar
from workshop_app import board_geometry as geo

STEP = 0.05
FINE_STEP = 0.01
FINE = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}


class PlacementMarker(QGraphicsRectItem):
    """The note about to be placed: a see-through card with a dashed edge, moved by the arrow keys."""

    def __init__(self, text: str, colour: str) -> None:
        super().__init__(NOTE.adjusted(-6, -6, 6, 6))
        self.text = text
        self.colour = colour
        self.position = (0.0, 0.0)
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def move_to(self, x: float, y: float) -> None:
        self.position = geo.clamp_normalised(round(x, 2), round(y, 2))
        self.setPos(scene_point(*self.position))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.colour)
        fill.setAlpha(200)
        painter.setBrush(fill)
        pen = QPen(QColor(geo.AXIS_COLOUR), 4.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(NOTE, geo.NOTE_RADIUS, geo.NOTE_RADIUS)
        box = QRectF(NOTE).adjusted(geo.NOTE_PADDING, geo.NOTE_PADDING, -geo.NOTE_PADDING, -geo.NOTE_PADDING)
        size = geo.NOTE_TEXT_SIZE
        lines = text_layout.fit(self.text, box.width(), geo.lines_that_fit(box.height(), size), size)
        painter.setPen(QColor(geo.NOTE_TEXT_COLOUR))
        painter.setFont(text_layout.font(size))
        text_layout.draw_lines(painter, lines, box, geo.Align.CENTRE, geo.VAlign.MIDDLE)


class ParticipantMode(QObject):
    """The logic of the mode; the window shows ``bar`` and hands the board's clicks and keys to it."""

    def __init__(self, controller: BoardController, bar: ParticipantBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scene = controller.scene
        self.bar = bar
        self.colour = geo.DEFAULT_NOTE_COLOUR
        self.marker: PlacementMarker | None = None
        self.placed: list[uuid.UUID] = []
        bar.colour_chosen.connect(self._colour_chosen)
        bar.next_person.connect(self.next_person)
        bar.text.place_requested.connect(self.start_keyboard_placement)

    # --- choices ------------------------------------------------------------------------------------------

    @property
    def author(self) -> uuid.UUID | None:
        """Who is writing now (None: anonymous), as chosen in the bar."""
        data = self.bar.who.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def _colour_chosen(self, colour: str) -> None:
        self.colour = colour
        if self.marker is not None:
            self.marker.colour = colour
            self.marker.update()

    def note_text(self) -> str:
        return self.bar.text.toPlainText().strip()

    def next_person(self) -> None:
        """Clear the name and the note (the colour stays until chosen again)."""
        self.cancel_placement()
        self.bar.who.setCurrentIndex(0)
        self.bar.text.clear()
        self.bar.feedback.clear()
        self.bar.who.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- placing ------------------------------------------------------------------------------------------

    def place(self, x: float, y: float) -> uuid.UUID | None:
        """Put the written note at normalised (x, y) for the chosen person; its id, or None."""
        text = self.note_text()
        if not text:
            self.bar.feedback.setText(QCoreApplication.translate("ParticipantMode", "Write your note first."))
            self.bar.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        x, y = geo.clamp_normalised(x, y)
        note_id = self.controller.add_note(x, y, text, author=self.author, colour=self.colour)
        self.cancel_placement()
        if note_id is None:
            return None
        self.placed.append(note_id)
        self.scene.clearSelection()
        self.bar.text.clear()
        name = self.bar.person_name()
        if self.controller.new_notes_hidden:
            feedback = QCoreApplication.translate(
                "ParticipantMode", "Your note is on the board, face down. It will be revealed with the others."
            )
        elif name:
            feedback = QCoreApplication.translate("ParticipantMode", "Thank you, {name}! Your note is on the board.")
            feedback = feedback.format(name=name)
        else:
            feedback = QCoreApplication.translate("ParticipantMode", "Thank you! Your note is on the board.")
        self.bar.feedback.setText(feedback)
        self.bar.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return note_id

    def start_keyboard_placement(self) -> bool:
        """Show the note as a marker in the centre of the board, for the arrow keys and Enter."""
        text = self.note_text()
        if not text:
            self.bar.feedback.setText(QCoreApplication.translate("ParticipantMode", "Write your note first."))
            return False
        self.cancel_placement()
        self.marker = PlacementMarker(text, self.colour)
        self.scene.addItem(self.marker)
        self.marker.move_to(0.0, 0.0)
        self.bar.feedback.setText(
            QCoreApplication.translate(
                "ParticipantMode", "Move your note with the arrow keys, then press Enter. Escape goes back."
            )
        )
        views = self.scene.views()
        if views:
            views[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def cancel_placement(self) -> None:
        if self.marker is not None:
            if self.marker.scene() is not None:
                self.scene.removeItem(self.marker)
            self.marker = None

    @property
    def placing(self) -> bool:
        return self.marker is not None

    # --- the board's input --------------------------------------------------------------------------------

    def handle_click(self, event: QMouseEvent, point: QPointF) -> bool:
        """Every press on the board is the mode's: a left press places the note there."""
        if event.button() == Qt.MouseButton.LeftButton and event.type() == QEvent.Type.MouseButtonPress:
            self.place(*geo.to_normalised(point.x(), point.y()))
        return True

    def handle_key(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        marker = self.marker
        if marker is None:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.start_keyboard_placement()
            return key not in (Qt.Key.Key_Escape,)
        if key in ARROWS:
            dx, dy = ARROWS[Qt.Key(key)]
            step = (
                FINE_STEP if modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier) else STEP
            )
            x, y = marker.position
            marker.move_to(x + dx * step, y + dy * step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.place(*marker.position)
            return True
        return True

    def escape(self) -> bool:
        """Escape while placing takes the note back to the text; False when there was nothing to undo."""
        if self.marker is None:
            return False
        self.cancel_placement()
        self.bar.feedback.clear()
        self.bar.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
