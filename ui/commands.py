"""The one undo command: it wraps a core operation, and undo runs that operation's inverse.

Every operation returns its inverse (itself an operation checked by the same domain rules), so one generic
command serves every edit in the window: perform runs the operation; undo runs the inverse it returned;
redo runs the inverse that the undo returned, and so on. Creates and deletes come back with the same ids,
so commands further up the stack still find what they name. A step the rules now refuse (the round has
been frozen since) is reported, and dropped from the stack, which stays consistent with the file.
"""

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from ui.workspace import Workspace
from workshop_app.errors import WorkshopError
from workshop_app.operations.base import Operation, Outcome
from workshop_app.operations.changes import Kind
from workshop_app.operations.records import Delete, Reorder, Update


class OperationCommand(QUndoCommand):
    """An undo step made of one core operation. The first ``redo`` (Qt calls it on push) is skipped, because
    :meth:`Workspace.apply` has already performed the change, so a refused change never reaches the stack."""

    def __init__(self, workspace: Workspace, text: str, operation: Operation[Any]) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.forward: Operation[Any] = operation
        self.backward: Operation[Any] | None = None
        self.outcome: Outcome[Any] | None = None
        self._performed = False

    @property
    def result(self) -> Any:
        """What the first run returned (the view of a created record, for instance)."""
        assert self.outcome is not None, "the command has not been performed"
        return self.outcome.result

    @property
    def created_id(self) -> uuid.UUID | None:
        """The id of the record the command made (the first, if it made several)."""
        result = self.outcome.result if self.outcome is not None else None
        if isinstance(result, list):
            result = result[0] if result else None
        return getattr(result, "id", None)

    @property
    def reversible(self) -> bool:
        return self.backward is not None

    def perform(self) -> None:
        self.outcome = self.workspace.run(self.forward)
        self.backward = self.outcome.inverse
        self._performed = True

    def redo(self) -> None:
        if self._performed:
            self._performed = False  # the push that follows perform()
            return
        outcome = self._guarded(self.forward)
        if outcome is not None:
            self.backward = outcome.inverse

    def undo(self) -> None:
        assert self.backward is not None, "an irreversible change is never on the stack"
        outcome = self._guarded(self.backward)
        if outcome is not None and outcome.inverse is not None:
            self.forward = outcome.inverse

    def _guarded(self, operation: Operation[Any]) -> Outcome[Any] | None:
        with self.workspace.holding():
            try:
                return self.workspace.run(operation)
            except WorkshopError as error:
                self.workspace.failed.emit(str(error))
                self.setObsolete(True)
                return None


def update_command(
    workspace: Workspace,
    text: str,
    kind: Kind,
    key: Any,
    changes: Mapping[str, Any],
    *,
    expected: Mapping[str, Any] | None = None,
) -> OperationCommand:
    """Change some fields of a record; undo puts back the values the service reported as previous.

    ``expected``: the values the person saw (see :func:`shown_values`). If someone else (a colleague on the
    same server, a phone) changed the record since, the change is refused and the refusal shown, instead of
    silently overwriting theirs; the view then shows what the record holds now."""
    return OperationCommand(
        workspace, text, Update(kind, key, dict(changes), expected=dict(expected) if expected else None)
    )


def shown_values(shown: object, changes: Mapping[str, Any]) -> dict[str, Any]:
    """What a view (a record's view as the model shows it) holds for the fields being changed: the
    ``expected`` of :func:`update_command`. Fields the view does not carry are left unchecked."""
    return {name: getattr(shown, name) for name in changes if hasattr(shown, name)}


def delete_command(
    workspace: Workspace, text: str, kind: Kind, ids: uuid.UUID | Sequence[uuid.UUID]
) -> OperationCommand:
    """Delete records with what cascades from them; undo restores every row and link."""
    targets = (ids,) if isinstance(ids, uuid.UUID) else tuple(ids)
    return OperationCommand(workspace, text, Delete(kind, targets))


def reorder_command(
    workspace: Workspace, text: str, kind: Kind, record_id: uuid.UUID, new_index: int
) -> OperationCommand:
    """Move an item within an ordered list (agenda, decisions, pros and cons); undo moves it back."""
    return OperationCommand(workspace, text, Reorder(kind, record_id, new_index))
