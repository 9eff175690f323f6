"""A multi-line text field that says when editing is finished, like QLineEdit does, so it can commit then."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommitTextEdit(QPlainTextEdit):
    """Emits ``editingFinished`` when focus leaves; Tab moves on instead of typing a tab character."""

    editingFinished = Signal()  # noqa: N815 - named like Qt's own signal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def replace_text(self, text: str) -> None:
        """Show ``text`` without emitting signals, keeping the cursor where it was if it still fits."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self.blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            self.blockSignals(False)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
