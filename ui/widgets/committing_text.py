"""A multi-line text field that saves once, when the person leaves it, instead of on every keystroke."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommittingTextEdit(QPlainTextEdit):
    """Emits ``committed`` with the new text when focus leaves or on Ctrl+Enter, and only if it changed, so a
    paragraph of notes is one undo step. Tab moves on to the next control, as in a form."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._saved = ""

    def set_saved_text(self, text: str) -> None:
        """Show what the file holds; leaves the person's unsaved typing alone while they are in the field."""
        if self.hasFocus() and self.is_modified():
            return
        self._saved = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def is_modified(self) -> bool:
        return self.toPlainText() != self._saved

    def commit(self) -> None:
        if self.is_modified():
            self._saved = self.toPlainText()
            self.committed.emit(self._saved)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            event.accept()
            return
        super().keyPressEvent(event)
