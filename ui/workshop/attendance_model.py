"""Who came to a workshop: the participant register with each person's attendance status.

A status change, for one person or a whole selection, is one operation (one transaction, one undo step)
whose undo puts back the statuses the core reports as previous (which may be "not recorded"). Erased
participants are left out: there is no one left to name.
"""

import uuid
from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ui.commands import OperationCommand
from ui.workshop.keyed_model import ID_ROLE, ROOT, Index, KeyedTableModel
from ui.workspace import Workspace
from workshop_app.domain.enums import AttendanceStatus
from workshop_app.domain.models import ParticipantView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.programme import SetAttendance
from workshop_app.services import participants, workshops

NAME, ORGANISATION, STATUS = range(3)
COLUMN_COUNT = 3
NOT_RECORDED = ""  # the edit value for "no status"; the core stores it as no row at all
STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT)
CHOICES = (*STATUSES, NOT_RECORDED)  # in the order the status editor offers them


def status_label(status: str) -> str:
    labels: dict[str, str] = {
        AttendanceStatus.PRESENT: QCoreApplication.translate("Attendance", "Present"),
        AttendanceStatus.APOLOGIES: QCoreApplication.translate("Attendance", "Sent apologies"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("Attendance", "Absent"),
    }
    return labels.get(status, QCoreApplication.translate("Attendance", "Not recorded"))


def status_icon(status: str) -> QIcon:
    """An icon per status, so the column does not speak through colour or words alone."""
    pixmaps: dict[str, QStyle.StandardPixmap] = {
        AttendanceStatus.PRESENT: QStyle.StandardPixmap.SP_DialogApplyButton,
        AttendanceStatus.APOLOGIES: QStyle.StandardPixmap.SP_MessageBoxInformation,
        AttendanceStatus.ABSENT: QStyle.StandardPixmap.SP_DialogCancelButton,
    }
    pixmap = pixmaps.get(status)
    return QIcon() if pixmap is None else QApplication.style().standardIcon(pixmap)


def _by_name(person: ParticipantView) -> str:
    return person.display_name  # the register's order, as the core lists it


class AttendanceModel(KeyedTableModel[ParticipantView]):
    """One row per person in the register (not erased), with their status at the current workshop.

    It follows ``workspace.changes_applied``: attendance changes re-read this workshop's statuses (one
    query), changes to people re-read just those people; an erased person leaves the list.
    """

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.workshop_id: uuid.UUID | None = None
        self._status: dict[uuid.UUID, str] = {}
        workspace.changes_applied.connect(self._on_changes)

    def set_workshop(self, workshop_id: uuid.UUID | None) -> None:
        """Show another workshop; the same one again needs no reading (changes keep it current)."""
        if workshop_id == self.workshop_id:
            return
        self.workshop_id = workshop_id
        self.reload()

    def _on_changes(self, changes: ChangeSet) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        store = self.workspace.store
        people = changes.ids(Kind.PARTICIPANT)
        if people:
            present = [p for p in participants.get_participants(store, people) if not p.erased]
            shown = {person.id for person in present}
            self.apply_rows(present, [person_id for person_id in people if person_id not in shown], order=_by_name)
        if changes.touches(Kind.ATTENDANCE):
            status: dict[uuid.UUID, str] = {
                row.participant_id: row.status for row in workshops.list_attendance(store, workshop_id)
            }
            if status != self._status:
                self._status = status
                if self.rowCount():
                    self.dataChanged.emit(self.index(0, STATUS), self.index(self.rowCount() - 1, STATUS))

    def reload(self) -> None:
        store = self.workspace.store
        if self.workshop_id is None:
            self._status = {}
            self.set_records([])
            return
        self._status = {row.participant_id: row.status for row in workshops.list_attendance(store, self.workshop_id)}
        self.set_records(participants.list_participants(store, include_erased=False))

    def status(self, row: int) -> str:
        return self._status.get(self.record(row).id, NOT_RECORDED)

    def counts(self) -> Counter[str]:
        """How many people have each status (``NOT_RECORDED`` included), among the rows shown."""
        return Counter(self.status(row) for row in range(self.rowCount()))

    # --- reading -----------------------------------------------------------------------------------------

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.record(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return person.display_name
            if column == ORGANISATION:
                return person.organisation
            return status_label(self.status(index.row()))
        if role == Qt.ItemDataRole.EditRole and column == STATUS:
            return self.status(index.row())
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_icon(self.status(index.row()))
        if role == ID_ROLE:
            return person.id
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Attendance"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == STATUS and not self.workspace.store.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- changing ----------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != STATUS or role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_status([index.row()], str(value or NOT_RECORDED))

    def set_status(self, rows: list[int], status: str) -> bool:
        """Give everyone in ``rows`` the status: one operation, so one transaction and one undo step however
        many people. True if anything changed."""
        workshop_id = self.workshop_id
        if workshop_id is None or status not in CHOICES:
            return False
        changing = [
            self.record(row).id
            for row in sorted(set(rows))
            if 0 <= row < self.rowCount() and self.status(row) != status
        ]
        if not changing:
            return False
        operation = SetAttendance(workshop_id, dict.fromkeys(changing, status or None))
        return self.workspace.apply(OperationCommand(self.workspace, self.tr("Record attendance"), operation))
