"""Editing a note's text in place, on the card itself, at the card's size and zoom.

Enter (or Tab) keeps the text, Shift+Enter starts a new line, Escape throws the edit away; clicking elsewhere
keeps it.
The editor only reports the result (``finished``); the controller turns it into an undoable command.
"""

from typing import cast

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QTextCursor, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ui.board import text_layout
from ui.board.note_item import NoteItem, text_box
from workshop_app import board_geometry as geo
from workshop_app.services.validation import NOTE_MAX

PLACEHOLDER_COLOUR = "#6b7178"


class NoteTextEditor(QGraphicsTextItem):
    """Plain-text editing over a note card. ``finished(text, accepted)`` is emitted exactly once."""

    finished = Signal(str, bool)

    def __init__(self, note: NoteItem) -> None:
        super().__init__(note)
        self.note = note
        self._done = False
        box = text_box(with_foot=False)
        self.setFont(text_layout.font(geo.NOTE_TEXT_SIZE))
        self.setDefaultTextColor(QColor(geo.NOTE_TEXT_COLOUR))
        self.document().setDocumentMargin(0)
        self.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))  # as on the card
        self.setTextWidth(box.width())
        self.setPos(box.topLeft())
        self._least = QRectF(0, 0, box.width(), box.height())
        """The editor covers at least the card's text area, even while it holds a single line."""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setPlainText(note.record.text if not note.record.hidden else "")
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)  # not all selected: a stray key must not replace it
        self.setTextCursor(cursor)
        self.document().contentsChanged.connect(self._limit)
        note.set_editing(True)

    @property
    def text(self) -> str:
        return self.toPlainText().strip()

    def finish(self, accepted: bool) -> None:
        """End editing: keep (``accepted``) or drop the text. Safe to call more than once."""
        if self._done:
            return
        self._done = True
        self.note.set_editing(False)
        self.finished.emit(self.text, accepted)

    def _limit(self) -> None:
        """Cut a paste at what the core stores, so the edit is not refused as a whole later."""
        text = self.toPlainText()
        if len(text) > NOTE_MAX:
            self.setPlainText(text[:NOTE_MAX])
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(True)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.finish(False)
            event.accept()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # a note holds no tabs: Tab keeps the text, as Enter
            self.finish(True)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a context menu of the editor keeps it open
            self.finish(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._area()

    def _area(self) -> QRectF:
        return super().boundingRect().united(self._least).adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """The note's colour behind the text (it may grow past the card), and a hint while it is empty."""
        area = self._area()
        painter.setPen(QColor(geo.FRAME_COLOUR))
        painter.setBrush(QColor(self.note.record.colour if not self.note.record.hidden else geo.BOARD_COLOUR))
        painter.drawRoundedRect(area, 4, 4)
        if not self.toPlainText():
            painter.setPen(QColor(PLACEHOLDER_COLOUR))
            painter.setFont(text_layout.font(geo.NOTE_TEXT_SIZE, italic=True))
            hint = QCoreApplication.translate("NoteTextEditor", "Type the note, then press Enter")
            lines = text_layout.fit(hint, self.textWidth(), 3, geo.NOTE_TEXT_SIZE, italic=True)
            box = QRectF(0, 0, self.textWidth(), lines.height)
            text_layout.draw_lines(painter, lines, box, geo.Align.CENTRE, geo.VAlign.TOP)
        # Without Qt's dashed focus frame: the card's own frame already shows where the text goes.
        option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, option, cast(QWidget, widget))
