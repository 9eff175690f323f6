"""Undo commands: each wraps core services, and undo calls services too (never the database directly)."""

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from ui.workspace import Workspace
from workshop_app.errors import WorkshopError
from workshop_app.services import history
from workshop_app.storage.store import ProgrammeStore


class ServiceCommand(QUndoCommand):
    """A change made by ``do`` and reversed by ``undo``; the first ``redo`` (Qt calls it on push) is skipped
    because :meth:`perform` has already made the change, so a refused change never reaches the stack."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        topics: tuple[str, ...],
        do: Callable[[], Any],
        undo: Callable[[], Any],
        redo: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.topics = topics
        self._do = do
        self._undo = undo
        self._redo = redo or do
        self._performed = False

    def perform(self) -> None:
        self._do()
        self._performed = True
        self._announce()

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # the push that follows perform()
            return
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, step: Callable[[], Any]) -> None:
        try:
            step()
        except WorkshopError as error:
            self.workspace.failed.emit(str(error))
            self.setObsolete(True)
        self._announce()

    def _announce(self) -> None:
        for topic in self.topics:
            self.workspace.changed.emit(topic)


def update_command(
    workspace: Workspace,
    text: str,
    topics: tuple[str, ...],
    update: Callable[[ProgrammeStore, Any, Mapping[str, Any]], dict[str, Any]],
    key: Any,
    changes: Mapping[str, Any],
) -> ServiceCommand:
    """Change some fields of a record; undo puts back the values the service reported as previous."""
    store = workspace.store
    previous: dict[str, Any] = {}

    def do() -> None:
        previous.clear()
        previous.update(update(store, key, changes))

    return ServiceCommand(workspace, text, topics, do, lambda: update(store, key, previous))


class CreateCommand(ServiceCommand):
    """Make a record; undo deletes it (and what hangs off it), redo restores it with the same id."""

    def __init__(
        self, workspace: Workspace, text: str, topics: tuple[str, ...], create: Callable[[], Any], table: str
    ) -> None:
        store = workspace.store
        self.created_id: uuid.UUID | None = None
        self._snapshot: history.Snapshot | None = None

        def do() -> None:
            self.created_id = create().id

        def undo() -> None:
            assert self.created_id is not None
            self._snapshot = history.delete(store, table, self.created_id)

        def redo() -> None:
            assert self._snapshot is not None
            history.restore(store, self._snapshot)

        super().__init__(workspace, text, topics, do, undo, redo)


def delete_command(
    workspace: Workspace, text: str, topics: tuple[str, ...], table: str, record_id: uuid.UUID
) -> ServiceCommand:
    """Delete a record with what cascades from it; undo restores every row and link."""
    store = workspace.store
    kept: dict[str, history.Snapshot] = {}

    def do() -> None:
        kept["snapshot"] = history.delete(store, table, record_id)

    return ServiceCommand(workspace, text, topics, do, lambda: history.restore(store, kept["snapshot"]))


def reorder_command(
    workspace: Workspace,
    text: str,
    topics: tuple[str, ...],
    move: Callable[[ProgrammeStore, uuid.UUID, int], int],
    record_id: uuid.UUID,
    new_index: int,
) -> ServiceCommand:
    """Move an item within an ordered list (agenda, decisions, pros and cons); undo moves it back."""
    store = workspace.store
    old: dict[str, int] = {}

    def do() -> None:
        old["index"] = move(store, record_id, new_index)

    return ServiceCommand(workspace, text, topics, do, lambda: move(store, record_id, old["index"]))
