"""The open programme as the GUI sees it: the store, the undo stack, and one signal with what changed.

Every committed transaction reaches the workspace as a typed change set (``ProgrammeStore.subscribe``),
whoever made it: an undo step, a phone in the room, a colleague on the server. The workspace merges the
sets of one undo step, or of one turn of the event loop, and emits them once as ``changes_applied``;
models and the board re-read only the records named there.
"""

import threading
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.catalogue.models import Catalogue
from workshop_app.errors import WorkshopError
from workshop_app.operations.base import Operation, Outcome, run
from workshop_app.operations.changes import EMPTY, ChangeSet
from workshop_app.services.programme import catalogue_of, get_programme
from workshop_app.storage.store import ProgrammeStore

T = TypeVar("T")


class Workspace(QObject):
    """One open programme. Every edit is an operation run through :meth:`apply` (undoable) or :meth:`run`."""

    changes_applied = Signal(object)  # ChangeSet
    failed = Signal(str)
    _heard_elsewhere = Signal()  # a commit on another thread: flush on ours

    def __init__(self, store: ProgrammeStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.catalogue: Catalogue = catalogue_of(store)
        self._pending = EMPTY
        self._pending_lock = threading.Lock()
        self._holding = 0  # inside an undo step: flush at its end, not per transaction
        self._scheduled = False
        self._heard_elsewhere.connect(self._schedule_flush)
        self._unsubscribe = store.subscribe(self._heard)

    @property
    def language(self) -> str:
        """The programme's language: method texts and generated documents follow it, not the interface."""
        return get_programme(self.store).language

    @staticmethod
    def today() -> date:
        return date.today()

    # --- changes ----------------------------------------------------------------------------------------

    def run(self, operation: Operation[T]) -> Outcome[T]:
        """Run an operation that is not a step of the undo stack (a phone's note, a setting of the room).
        Raises the core's WorkshopError as it comes."""
        return run(self.store, operation)

    def apply(self, command: QUndoCommand) -> bool:
        """Run a command's first change; only if it succeeds does it go on the undo stack.

        A change the core refuses (validation, a record deleted meanwhile) is shown through ``failed`` and
        leaves the stack as it was, so undo never has to reverse something that did not happen. A change
        that cannot be taken back (erasing a person) clears the stack instead: nothing before it can be
        undone consistently any more.
        """
        from ui.commands import OperationCommand

        if isinstance(command, OperationCommand):
            with self.holding():
                try:
                    command.perform()
                except WorkshopError as error:
                    self.failed.emit(str(error))
                    return False
            if not command.reversible:
                self.undo_stack.clear()
                return True
        self.undo_stack.push(command)
        return True

    def holding(self) -> "_Holding":
        """Within this block, change sets are merged and emitted once at its end (one undo step)."""
        return _Holding(self)

    def _heard(self, changes: ChangeSet) -> None:
        """Called by the store on the committing thread, right after each commit."""
        with self._pending_lock:
            self._pending = self._pending.merge(changes)
        if QThread.currentThread() is not self.thread():
            self._heard_elsewhere.emit()
        elif not self._holding:
            self._schedule_flush()

    @Slot()
    def _schedule_flush(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            # With the workspace as its context, so the timer dies with it and never calls into a workspace
            # that is gone.
            QTimer.singleShot(0, self, self.flush)

    @Slot()
    def flush(self) -> None:
        """Emit what has changed since the last flush, merged, once."""
        self._scheduled = False
        with self._pending_lock:
            changes, self._pending = self._pending, EMPTY
        if changes:
            self.changes_applied.emit(changes)

    def close(self) -> None:
        self._unsubscribe()
        self.undo_stack.clear()
        self.store.close()


class _Holding:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def __enter__(self) -> None:
        self.workspace._holding += 1

    def __exit__(self, *exc: Any) -> None:
        self.workspace._holding -= 1
        if not self.workspace._holding:
            self.workspace.flush()
