"""One workshop's agenda as a table: the item and its planned minutes, editable and reorderable.

Edits, additions, removals and moves each become one undoable command through the workspace; the rows are
reloaded from the core afterwards (``reload``), so what the table shows is always what the file holds.
"""

import uuid
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal

from ui.workshop.keyed_model import ID_ROLE, ROOT, Index
from ui.workshop.ordered_model import OrderedModel
from ui.workspace import Workspace
from workshop_app.domain.models import AgendaItemView
from workshop_app.errors import ValidationError
from workshop_app.operations.changes import Kind
from workshop_app.operations.programme import AddAgendaItem
from workshop_app.services import workshops
from workshop_app.services.workshops import AGENDA_RULES

TITLE, MINUTES = range(2)
COLUMN_COUNT = 2
MINUTES_TEXT_ROLE = ID_ROLE + 1  # the minutes written for the item during the workshop


class AgendaModel(OrderedModel[AgendaItemView]):
    """The agenda of the workshop given to :meth:`set_workshop` (none: an empty table)."""

    rejected = Signal(str)  # the core refused an edit; the message, for the view to show beside the table

    kind = Kind.AGENDA_ITEM

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.workshop_id: uuid.UUID | None = None

    def set_workshop(self, workshop_id: uuid.UUID | None) -> None:
        """Show another workshop's agenda; the same one again needs no reading (changes keep it current)."""
        if workshop_id == self.workshop_id:
            return
        self.workshop_id = workshop_id
        self.reload()

    def reload(self) -> None:
        if self.workshop_id is None:
            self.set_records([])
        else:
            self.set_records(workshops.list_agenda(self.workspace.store, self.workshop_id))

    def total_minutes(self) -> int:
        return sum(item.planned_minutes for item in self._records)

    # --- reading -----------------------------------------------------------------------------------------

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.record(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title if column == TITLE else QLocale().toString(item.planned_minutes)
        if role == Qt.ItemDataRole.EditRole:
            return item.title if column == TITLE else item.planned_minutes
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return item.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return item.id
        if role == MINUTES_TEXT_ROLE:
            return item.minutes_text
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return QLocale().toString(section + 1)
        return self.tr("Agenda item") if section == TITLE else self.tr("Planned (min)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- changing ----------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.record(index.row())
        if index.column() == TITLE:
            return self._update(item, "title", value, self.tr("Rename an agenda item"))
        return self._update(item, "planned_minutes", value, self.tr("Change the planned minutes"))

    def commit_minutes_text(self, item_id: uuid.UUID, text: str) -> bool:
        """Save the minutes written for an item; nothing happens if they are what the file holds."""
        row = self.row_of(item_id)
        if row < 0:
            return False
        return self._update(self.record(row), "minutes_text", text, self.tr("Edit the minutes"))

    def _update(self, item: AgendaItemView, field: str, value: Any, text: str) -> bool:
        try:
            cleaned = AGENDA_RULES[field](value)
        except ValidationError as error:
            self.rejected.emit(str(error))
            return False
        if cleaned == getattr(item, field):
            return False
        return self.update(item.id, {field: cleaned}, text)

    def add_item(self, title: str, planned_minutes: int, *, activity_key: str = "") -> uuid.UUID | None:
        """Append an item; its id, or None if the core refused it (the reason went to ``rejected``)."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return None
        try:
            AGENDA_RULES["title"](title)
            AGENDA_RULES["planned_minutes"](planned_minutes)
        except ValidationError as error:
            self.rejected.emit(str(error))
            return None
        return self.create(
            self.tr("Add an agenda item"),
            AddAgendaItem(workshop_id, title, planned_minutes=planned_minutes, activity_key=activity_key),
        )

    def delete_text(self) -> str:
        return self.tr("Remove an agenda item")

    def move_text(self) -> str:
        return self.tr("Move an agenda item")
