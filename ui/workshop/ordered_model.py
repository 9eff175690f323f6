"""Ordered lists (agenda items, decisions) that can be rearranged by dragging rows or by keyboard.

Every move, however it starts (a drop, ``moveRows``, Ctrl+Up), becomes one ``reorder_command`` through the
workspace, so the core validates it, it is saved at once and Ctrl+Z puts the item back. The rows themselves
change only when the model is reloaded from the core.
"""

import json
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from ui.commands import OperationCommand, delete_command, reorder_command, shown_values, update_command
from ui.workshop.keyed_model import Index, KeyedTableModel, R
from ui.workspace import Workspace
from workshop_app.operations.base import Operation
from workshop_app.operations.changes import ChangeSet, Kind

ROWS_MIME = "application/x-workshop-app-rows"


class OrderedModel(KeyedTableModel[R]):
    """Rows in the order the core keeps; subclasses give the move service and the undo text."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        workspace.changes_applied.connect(self._on_changes)

    def reload(self) -> None:
        """Read the list again from the core (the rows are diffed by id, so views keep their place)."""
        raise NotImplementedError

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(self.kind):
            self.reload()

    kind: Kind
    """The kind of record the rows are (agenda items, decisions, pros and cons)."""

    def move_text(self) -> str:
        """The undo text of a move (translated by the subclass, which is where lupdate finds it)."""
        raise NotImplementedError

    def delete_text(self) -> str:
        """The undo text of a deletion (translated by the subclass)."""
        raise NotImplementedError

    def editable(self) -> bool:
        return not self.workspace.store.read_only

    # --- edits -------------------------------------------------------------------------------------------

    def create(self, text: str, operation: Operation[Any]) -> uuid.UUID | None:
        """Run an operation that makes a record as one undo step; the new record's id, or None if refused."""
        command = OperationCommand(self.workspace, text, operation)
        return command.created_id if self.workspace.apply(command) else None

    def update(self, record_id: uuid.UUID, changes: dict[str, Any], text: str) -> bool:
        """Change fields of a listed record, saying what its row showed: a change made elsewhere meanwhile is
        refused rather than overwritten, and the list is read again to show what the record holds now."""
        row = self.row_of(record_id)
        expected = shown_values(self.record(row), changes) if row >= 0 else None
        command = update_command(self.workspace, text, self.kind, record_id, changes, expected=expected)
        if self.workspace.apply(command):
            return True
        self.reload()
        return False

    def remove_row(self, row: int) -> bool:
        if not self.editable() or not 0 <= row < self.rowCount():
            return False
        return self.workspace.apply(delete_command(self.workspace, self.delete_text(), self.kind, self.record(row).id))

    # --- moving ------------------------------------------------------------------------------------------

    def move_row(self, row: int, new_index: int) -> bool:
        """Move the item in ``row`` so that it ends up at ``new_index``; True if the core made the move."""
        if not 0 <= row < self.rowCount() or not 0 <= new_index < self.rowCount() or row == new_index:
            return False
        command = reorder_command(self.workspace, self.move_text(), self.kind, self.record(row).id, new_index)
        return self.workspace.apply(command)

    def move_before(self, row: int, before: int) -> bool:
        """Move ``row`` in front of the row that is ``before`` now (``rowCount()`` = to the end), as Qt counts."""
        return self.move_row(row, before if before <= row else before - 1)

    def moveRows(  # noqa: N802 - Qt override
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination: int
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        return self.move_before(source_row, destination)

    # --- drag and drop -----------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows only, never onto a row (that would mean "replace it").
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable() else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = [str(self.record(row).id) for row in rows]
        data = QMimeData()
        data.setData(ROWS_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and len(self._dragged_rows(data)) == 1

    def dropMimeData(  # noqa: N802 - Qt override
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        before = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        return self.move_before(self._dragged_rows(data)[0], before)

    def _dragged_rows(self, data: QMimeData) -> list[int]:
        """Rows of this model named in a drag; empty if it came from elsewhere or names stale items."""
        if not data.hasFormat(ROWS_MIME):
            return []
        try:
            ids = [uuid.UUID(text) for text in json.loads(bytes(data.data(ROWS_MIME).data()).decode())]
        except (ValueError, TypeError):
            return []
        rows = [self.row_of(record_id) for record_id in ids]
        return [] if -1 in rows else rows
