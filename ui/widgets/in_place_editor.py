"""Editing a card's text in place, on the card itself: the behaviour a board note and a canvas card share.

Enter (or Tab) keeps the text, Shift+Enter starts a new line, Escape throws the edit away; clicking elsewhere
keeps it. A paste is cut at what the core stores. The editor only reports the result (``finished``, exactly
once); its owner turns it into an undo command. Subclasses set the font and place, and paint the field.
"""

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from workshop_app.services.validation import NOTE_MAX


class InPlaceTextEditor(QGraphicsTextItem):
    """Plain-text editing over a card. ``finished(text, accepted)`` is emitted exactly once."""

    finished = Signal(str, bool)

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self._done = False
        self._least = QRectF()
        """The editor covers at least the card's text area, even while it holds a single line."""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)

    def start(self, text: str, width: float, least_height: float) -> None:
        """Show ``text`` at ``width``, the cursor at its end (not all selected: a stray key must not replace
        it), covering at least ``least_height``."""
        self.setTextWidth(width)
        self._least = QRectF(0, 0, width, least_height)
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.document().contentsChanged.connect(self._limit)

    @property
    def text(self) -> str:
        return self.toPlainText().strip()

    def finish(self, accepted: bool) -> None:
        """End editing: keep (``accepted``) or drop the text. Safe to call more than once."""
        if self._done:
            return
        self._done = True
        self.finishing()
        self.finished.emit(self.text, accepted)

    def finishing(self) -> None:
        """What a subclass does as the edit ends, before ``finished`` is emitted."""

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
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # a card holds no tabs: Tab keeps the text, as Enter
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
