"""Editing a canvas card's text in place, on the card itself, as a note is edited on the board.

Enter keeps the text, Shift+Enter starts a new line, Escape throws the edit away; clicking elsewhere or Tab
keeps it. The editor only reports the result (``finished``); the window turns it into an undo command.
"""

from typing import cast

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem, QWidget

from workshop_app.services.validation import NOTE_MAX

EDITOR_FILL = QColor("#ffffff")
EDITOR_FRAME = QColor("#1f5fbf")


class CardTextEditor(QGraphicsTextItem):
    """Plain-text editing over a card. ``finished(text, accepted)`` is emitted exactly once."""

    finished = Signal(str, bool)

    def __init__(self, text: str, width: float, least_height: float, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self._done = False
        self._least = QRectF(0, 0, width, least_height)
        """The editor covers at least the card's text, even while it holds a single line."""
        self.setTextWidth(width)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)  # not all selected: a stray key must not replace it
        self.setTextCursor(cursor)
        self.document().contentsChanged.connect(self._limit)
        self.setZValue(10)

    @property
    def text(self) -> str:
        return self.toPlainText().strip()

    def finish(self, accepted: bool) -> None:
        """End editing: keep (``accepted``) or drop the text. Safe to call more than once."""
        if self._done:
            return
        self._done = True
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
        elif key == Qt.Key.Key_Escape:
            self.finish(False)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.finish(True)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the editor's context menu keeps it open
            self.finish(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return super().boundingRect().united(self._least).adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A white field framed in the selection colour, so it is plain that the card is being edited."""
        painter.setPen(EDITOR_FRAME)
        painter.setBrush(EDITOR_FILL)
        painter.drawRect(self.boundingRect())
        option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, option, cast(QWidget, widget))
