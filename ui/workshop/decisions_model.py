"""A workshop's decisions in order, and whether each has already become an action in the action plan.

A decision counts as "in the action plan" when an action of the same workshop has exactly its wording,
which is what "Make action" creates; an action reworded later no longer counts, so it can be made again.
"""

import uuid
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from ui.workshop.keyed_model import ID_ROLE, ROOT, Index
from ui.workshop.ordered_model import OrderedModel
from ui.workspace import Workspace
from workshop_app.domain.models import DecisionView
from workshop_app.errors import ValidationError
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.programme import ActionsFrom, AddDecision
from workshop_app.services import actions, workshops
from workshop_app.services.workshops import DECISION_RULES

TEXT, ACTION = range(2)
COLUMN_COUNT = 2
HAS_ACTION_ROLE = ID_ROLE + 1


class DecisionsModel(OrderedModel[DecisionView]):
    rejected = Signal(str)  # the core refused an edit; the message, for the view to show beside the table

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.workshop_id: uuid.UUID | None = None
        self._plan: dict[uuid.UUID, str] = {}  # the wording of each action that came from this workshop
        self._in_plan: frozenset[str] = frozenset()

    kind = Kind.DECISION

    def _on_changes(self, changes: ChangeSet) -> None:
        """Decisions: the workshop's short list again. Actions: only the ones named, by id (the plan can be
        large), to see whether each now is, or no longer is, one of this workshop's."""
        if self.workshop_id is None:
            return
        if changes.touches(Kind.DECISION):
            self.reload()
        named = changes.ids(Kind.ACTION)
        if named:
            before = self._in_plan
            for action_id in named:
                self._plan.pop(action_id, None)
            for action in actions.get_actions(self.workspace.store, named):
                if action.workshop_id == self.workshop_id:
                    self._plan[action.id] = action.what
            self._in_plan = frozenset(self._plan.values())
            if self._in_plan != before and self.rowCount():
                self.dataChanged.emit(self.index(0, ACTION), self.index(self.rowCount() - 1, ACTION))

    def set_workshop(self, workshop_id: uuid.UUID | None) -> None:
        """Show another workshop's decisions; the same one again needs no reading (changes keep it current)."""
        if workshop_id == self.workshop_id:
            return
        self.workshop_id = workshop_id
        self._plan = (
            {}
            if workshop_id is None
            else {action.id: action.what for action in actions.actions_of_workshop(self.workspace.store, workshop_id)}
        )
        self._in_plan = frozenset(self._plan.values())
        self.reload()

    def reload(self) -> None:
        if self.workshop_id is None:
            self.set_records([])
            return
        self.set_records(workshops.list_decisions(self.workspace.store, self.workshop_id))

    def has_action(self, row: int) -> bool:
        return self.record(row).text in self._in_plan

    # --- reading -----------------------------------------------------------------------------------------

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        decision = self.record(index.row())
        column = index.column()
        if column == TEXT and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return decision.text
        if column == ACTION and self.has_action(index.row()):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("In the action plan")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("An action with this wording is in the action plan.")
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        if role == ID_ROLE:
            return decision.id
        if role == HAS_ACTION_ROLE:
            return self.has_action(index.row())
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return QLocale().toString(section + 1)
        return self.tr("Decision") if section == TEXT else self.tr("Action plan")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TEXT and self.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- changing ----------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        decision = self.record(index.row())
        try:
            cleaned = DECISION_RULES["text"](value)
        except ValidationError as error:
            self.rejected.emit(str(error))
            return False
        if cleaned == decision.text:
            return False
        return self.update(decision.id, {"text": cleaned}, self.tr("Edit a decision"))

    def add_decision(self, text: str) -> uuid.UUID | None:
        """Add a decision at the end; its id, or None if the core refused it (the reason went to ``rejected``)."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return None
        try:
            DECISION_RULES["text"](text)
        except ValidationError as error:
            self.rejected.emit(str(error))
            return None
        return self.create(self.tr("Add a decision"), AddDecision(workshop_id, text))

    def delete_text(self) -> str:
        return self.tr("Delete a decision")

    def make_action(self, row: int) -> uuid.UUID | None:
        """Put the decision in the action plan in one step; the new action's id, or None."""
        if not 0 <= row < self.rowCount():
            return None
        decision_id = self.record(row).id
        return self.create(self.tr("Make an action from a decision"), ActionsFrom(decisions=(decision_id,)))

    def move_text(self) -> str:
        return self.tr("Move a decision")
