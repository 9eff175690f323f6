"""What every page of the main window does: refresh from the core when its topics change, retranslate, and ask
its window (by signal) to go elsewhere or to show a message."""

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.pages.navigation import Destination
from ui.workspace import Workspace


class Page(QWidget):
    """A page shows part of the programme. Subclasses set ``topics`` and implement refresh/retranslate.

    A hidden page only notes that it is stale and reloads when it is shown, so an edit costs one page's
    reload, not all of them.
    """

    topics: frozenset[str] = frozenset()
    navigate_requested = Signal(Destination)  # go to another page (and record); the window connects it
    status_message = Signal(str, int)  # a message for the window's status bar, and for how many milliseconds

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._stale = True
        workspace.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Reload what the page shows from the core."""

    def retranslate(self) -> None:
        """Set every user-visible text again (called on language change)."""

    def show_record(self, record_id: uuid.UUID) -> None:
        """Bring one record forward, as a :class:`Destination` asked; pages that list records override this."""

    def _on_changed(self, topic: str) -> None:
        if topic not in self.topics:
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
