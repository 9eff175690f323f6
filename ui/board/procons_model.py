"""The pros and cons of one quadrant or one note, in their order, as a table model.

Every change (a new pro or con, an edited text, a move by drag or Ctrl+Up/Down, a deletion, an action made from
one) is one command through the workspace, so the core validates it, it is written at once and Ctrl+Z undoes it.
"""

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ui.commands import OperationCommand, reorder_command
from ui.workshop.keyed_model import ID_ROLE, Index
from ui.workshop.ordered_model import OrderedModel
from ui.workspace import Workspace
from workshop_app.domain.enums import ProConKind
from workshop_app.domain.models import ProConView
from workshop_app.errors import WorkshopError
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddProCon
from workshop_app.operations.programme import ActionsFrom
from workshop_app.operations.records_of_minutes import AcceptPrompt
from workshop_app.services import boards

KIND, TEXT = range(2)


@dataclass(frozen=True)
class Scope:
    """Whose pros and cons: a quadrant's (``quadrant`` set) or a note's (``note_id`` set)."""

    board_id: uuid.UUID
    quadrant: str | None = None
    note_id: uuid.UUID | None = None

    def holds(self, item: ProConView) -> bool:
        return item.quadrant == self.quadrant and item.note_id == self.note_id


def kind_text(kind: str) -> str:
    """Words and a sign, so a pro and a con differ without colour too."""
    if kind == ProConKind.PRO:
        return QCoreApplication.translate("ProConsModel", "+ Pro")
    return QCoreApplication.translate("ProConsModel", "− Con")


def kind_colour(kind: str, palette: QPalette) -> QColor:
    """A green or red that stays readable on the palette's base colour (light or dark)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    hue = 130 if kind == ProConKind.PRO else 4
    return QColor.fromHsl(hue, 160, 175 if dark else 75)


class ProConsModel(OrderedModel[ProConView]):
    """Rows of one scope; ``rejected`` carries the core's reason when an edit is refused."""

    rejected = Signal(str)

    kind = Kind.PRO_CON

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.scope: Scope | None = None
        self.frozen = False
        self._order: list[uuid.UUID] = []
        """Every pro and con of the scope in the file's order, prompts not accepted included: a move counts
        places among all of them."""

    def set_scope(self, scope: Scope | None, *, frozen: bool = False) -> None:
        self.scope = scope
        self.frozen = frozen
        self.reload()

    def reload(self) -> None:
        scope = self.scope
        if scope is None:
            self.set_records([])
            return
        try:
            items = boards.list_pro_cons(self.workspace.store, scope.board_id)
        except WorkshopError:
            items = []
        every = sorted((item for item in items if scope.holds(item)), key=lambda item: item.position)
        self._order = [item.id for item in every]
        # The group's list: its own, and the method's prompts it accepted (the rest wait in the Prompts tab).
        self.set_records([item for item in every if item.origin != "method" or item.accepted])

    def editable(self) -> bool:
        return super().editable() and not self.frozen and self.scope is not None

    # --- Qt ------------------------------------------------------------------------------------------------

    def columnCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt override
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.record(index.row())
        if role == ID_ROLE:
            return item.id
        if index.column() == KIND:
            if role == Qt.ItemDataRole.DisplayRole:
                return kind_text(item.kind)
            if role == Qt.ItemDataRole.ForegroundRole:
                return kind_colour(item.kind, QGuiApplication.palette())
            return None
        if role == Qt.ItemDataRole.EditRole:
            return item.text
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if item.origin == "method":
                return self.tr("{text} (prompt from the method)").format(text=item.text)
            return item.text
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return self.tr("Kind") if section == KIND else self.tr("Pro or con")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == TEXT
            and self.editable()
            and self.record(index.row()).origin != "method"
        ):
            flags |= Qt.ItemFlag.ItemIsEditable  # the method's words stay its own: take a prompt back instead
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.record(index.row())
        text = str(value).strip()
        if text == item.text:
            return False
        return self.update(item.id, {"text": text}, self.tr("Edit a pro or con"))

    # --- edits ---------------------------------------------------------------------------------------------

    def move_text(self) -> str:
        return self.tr("Move a pro or con")

    def move_row(self, row: int, new_index: int) -> bool:
        if not self.editable():
            return False
        if not 0 <= row < self.rowCount() or not 0 <= new_index < self.rowCount() or row == new_index:
            return False
        target = self.record(new_index).id
        place = self._order.index(target) if target in self._order else new_index
        command = reorder_command(self.workspace, self.move_text(), Kind.PRO_CON, self.record(row).id, place)
        return self.workspace.apply(command)

    def add(self, kind: ProConKind, text: str) -> uuid.UUID | None:
        scope = self.scope
        if scope is None:
            return None
        label = self.tr("Add a pro") if kind == ProConKind.PRO else self.tr("Add a con")
        return self.create(
            label, AddProCon(scope.board_id, kind.value, text, quadrant=scope.quadrant, note_id=scope.note_id)
        )

    def delete_text(self) -> str:
        return self.tr("Delete a pro or con")

    def remove_row(self, row: int) -> bool:
        """Delete the group's own pro or con; an accepted prompt of the method goes back to the Prompts tab."""
        if not self.editable() or not 0 <= row < self.rowCount():
            return False
        item = self.record(row)
        if item.origin != "method":
            return super().remove_row(row)
        operation = AcceptPrompt(item.id, False)
        return self.workspace.apply(
            OperationCommand(self.workspace, self.tr("Take back a prompt of the method"), operation)
        )

    def make_action(self, row: int) -> uuid.UUID | None:
        """The pro or con into the action plan, in one step."""
        if not 0 <= row < self.rowCount():
            return None
        return self.create(self.tr("Make an action from a pro or con"), ActionsFrom(pro_cons=(self.record(row).id,)))
