"""A multi-line text field that saves when the person is done with it, not on every keystroke.

QLineEdit says when editing is finished; QPlainTextEdit does not. This field does, the same way for every
form of the app (phase notes, a workshop's purpose, the minutes of an agenda item), so a paragraph of text is
one undo step and nothing typed is lost when focus moves on.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommittingTextEdit(QPlainTextEdit):
    """A plain-text field whose editing finishes when focus leaves it or on Ctrl+Enter.

    ``editingFinished`` is emitted each time, like QLineEdit's, for forms that check the value themselves;
    ``committed`` follows with the text, only if it differs from the saved text (the last one shown with
    ``replace_text`` or ``set_saved_text``, or committed). Opening the field's own context menu does not
    finish editing. Tab moves on to the next control instead of typing a tab character, as in a form.
    """

    editingFinished = Signal()  # noqa: N815 - named like Qt's own signal
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._saved = ""

    def is_modified(self) -> bool:
        """Whether the text differs from what the file holds, as far as this field knows."""
        return self.toPlainText() != self._saved

    def replace_text(self, text: str) -> None:
        """Show ``text`` as the saved text, without emitting signals, keeping the cursor where it was if it fits.

        Also replaces typing not yet committed: for switching to another record, or going back to the file's
        value after it refused the typed one."""
        self._saved = text
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

    def set_saved_text(self, text: str) -> None:
        """Show what the file holds after a reload; typing not yet committed stays while the person is here."""
        if self.hasFocus() and self.is_modified():
            return
        self.replace_text(text)

    def commit(self) -> None:
        """Finish editing now: ``editingFinished``, then ``committed`` if the text changed."""
        self.editingFinished.emit()
        if self.is_modified():
            self._saved = self.toPlainText()
            self.committed.emit(self._saved)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the field's context menu keeps it open
            self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            event.accept()
            return
        super().keyPressEvent(event)
