"""The minutes of one agenda item, written during or after the workshop.

Text is committed (one undoable command each time) after a short pause in typing and when focus leaves, and
always before the editor switches to another item, so nothing typed is ever lost. A reload from the core
never overwrites text that has not been committed yet.
"""

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets.committing_text import CommittingTextEdit
from ui.workshop.agenda_model import MINUTES_TEXT_ROLE, TITLE, AgendaModel
from ui.workshop.inline_error import InlineError
from ui.workshop.look import MUTED, SECTION_TITLE, set_role

IDLE_MS = 800


class MinutesEditor(QWidget):
    """The minutes of the agenda item chosen in the agenda table."""

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.item_id: uuid.UUID | None = None
        self._saved = ""  # what the file holds for the item, as far as this editor knows
        self.heading = QLabel(self)
        set_role(self.heading, SECTION_TITLE)
        self.item_title = QLabel(self)
        self.item_title.setWordWrap(True)
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        self.edit = CommittingTextEdit(self)
        self.edit.setReadOnly(model.workspace.store.read_only)
        self.heading.setBuddy(self.edit)
        self.hint = QLabel(self)
        set_role(self.hint, MUTED)
        self.hint.setWordWrap(True)
        self.error = InlineError(self)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.flush)
        self.edit.textChanged.connect(self.idle.start)
        self.edit.editingFinished.connect(self.flush)
        model.rejected.connect(self._refused)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.item_title)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self.show_item(None)
        self.retranslate()

    def _typed(self) -> str:
        """The text as the core will store it (trimmed), so a trailing space is not a difference."""
        return self.edit.toPlainText().strip()

    def is_dirty(self) -> bool:
        return self.item_id is not None and self._typed() != self._saved

    def flush(self) -> None:
        """Commit what was typed, if anything; called on a pause, on leaving the field and before switching."""
        self.idle.stop()
        if self.item_id is None or not self.is_dirty():
            return
        stored = self._saved
        self._saved = self._typed()  # a reload during the commit must not treat the typed text as unsaved
        if self.model.commit_minutes_text(self.item_id, self.edit.toPlainText()):
            self.error.clear()
        else:
            self._saved = stored  # refused: the text stays on screen, still marked as not saved

    def show_item(self, item_id: uuid.UUID | None) -> None:
        """Show the minutes of ``item_id`` (None: no item chosen), committing the previous item's first."""
        if item_id == self.item_id:
            self.refresh()
            return
        self.flush()
        self.error.clear()
        self.item_id = item_id if self.model.row_of(item_id) >= 0 else None
        self._saved = self._stored_text()
        self.edit.replace_text(self._saved)
        self.edit.document().clearUndoRedoStacks()  # the text field's own Ctrl+Z must not reach another item
        self.edit.setEnabled(self.item_id is not None)
        self._update_heading()

    def refresh(self) -> None:
        """After a reload: follow the stored text unless the user has typed something not yet saved."""
        if self.item_id is not None and self.model.row_of(self.item_id) < 0:
            self.idle.stop()
            self.item_id = None  # the item was removed
        stored = self._stored_text()
        if not self.is_dirty() and self._typed() != stored:
            self.edit.replace_text(stored)
        self._saved = stored
        self.edit.setEnabled(self.item_id is not None)
        self._update_heading()

    def _stored_text(self) -> str:
        row = self.model.row_of(self.item_id)
        return "" if row < 0 else str(self.model.data(self.model.index(row, TITLE), MINUTES_TEXT_ROLE))

    def _refused(self, message: str) -> None:
        if self.edit.hasFocus() or self.is_dirty():
            self.error.show_message(message)

    def _update_heading(self) -> None:
        row = self.model.row_of(self.item_id)
        self.heading.setText(self.tr("&Minutes"))
        if row < 0:
            self.item_title.clear()
            self.edit.setPlaceholderText(self.tr("Choose an agenda item to write its minutes."))
            self.edit.setAccessibleName(self.tr("Minutes"))
        else:
            title = str(self.model.data(self.model.index(row, TITLE)))
            self.item_title.setText(title)
            self.edit.setPlaceholderText(self.tr("What was said and agreed under this item."))
            self.edit.setAccessibleName(self.tr("Minutes of {item}").format(item=title))

    def retranslate(self) -> None:
        self.hint.setText(self.tr("The minutes are saved a moment after you stop typing."))
        self._update_heading()
