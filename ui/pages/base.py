"""What every page of the main window does: refresh from the core when a change concerns it, retranslate, and
ask its window (by signal) to go elsewhere or to show a message."""

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.pages.navigation import Destination
from ui.workspace import Workspace
from workshop_app.operations.changes import ChangeSet


class Page(QWidget):
    """A page shows part of the programme. Subclasses implement refresh/retranslate and, if the page itself
    shows a summary (not only models that follow the change sets on their own), :meth:`concerns`.

    A hidden page only notes that it is stale and reloads when it is shown, so an edit costs one page's
    reload, not all of them.
    """

    navigate_requested = Signal(Destination)  # go to another page (and record); the window connects it
    status_message = Signal(str, int)  # a message for the window's status bar, and for how many milliseconds

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._stale = True
        workspace.changes_applied.connect(self._on_changes)

    def refresh(self) -> None:
        """Reload what the page shows from the core."""

    def retranslate(self) -> None:
        """Set every user-visible text again (called on language change)."""

    def show_record(self, record_id: uuid.UUID) -> None:
        """Bring one record forward, as a :class:`Destination` asked; pages that list records override this."""

    def concerns(self, changes: ChangeSet) -> bool:
        """Whether :meth:`refresh` must run for ``changes`` (decided from the kinds and ids it names)."""
        return False

    def _on_changes(self, changes: ChangeSet) -> None:
        if not self.concerns(changes):
            return
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
            self._stale = False
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
