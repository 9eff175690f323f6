"""The open programme as the GUI sees it: the store, the undo stack, and a signal when something changed."""

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.catalogue.models import Catalogue
from workshop_app.errors import WorkshopError
from workshop_app.services.programme import catalogue_of, get_programme
from workshop_app.storage.store import ProgrammeStore

# Topics a change can touch; pages refresh on the ones they show.
PROGRAMME = "programme"
PHASES = "phases"
PARTICIPANTS = "participants"
WORKSHOPS = "workshops"
BOARDS = "boards"
ACTIONS = "actions"
ALL_TOPICS = frozenset({PROGRAMME, PHASES, PARTICIPANTS, WORKSHOPS, BOARDS, ACTIONS})


class Workspace(QObject):
    """One open programme. Every edit goes through :meth:`apply`, so it is validated, saved and undoable."""

    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, store: ProgrammeStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.catalogue: Catalogue = catalogue_of(store)

    @property
    def language(self) -> str:
        """The programme's language: method texts and generated documents follow it, not the interface."""
        return get_programme(self.store).language

    @staticmethod
    def today() -> date:
        return date.today()

    def apply(self, command: "QUndoCommand") -> bool:
        """Run a command's first change; only if it succeeds does it go on the undo stack.

        A change the core refuses (validation, a record deleted meanwhile) is shown through ``failed`` and
        leaves the stack as it was, so undo never has to reverse something that did not happen.
        """
        from ui.commands import ServiceCommand

        if isinstance(command, ServiceCommand):
            try:
                command.perform()
            except WorkshopError as error:
                self.failed.emit(str(error))
                return False
        self.undo_stack.push(command)
        return True

    def close(self) -> None:
        self.undo_stack.clear()
        self.store.close()
