"""The programme's workshops as a table (date, title, phase), and a proxy that filters and sorts it."""

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from ui.qt_dates import to_qdate
from ui.workshop.keyed_model import ID_ROLE, ROOT, Index, KeyedTableModel
from ui.workspace import Workspace
from workshop_app.domain.models import WorkshopView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.services import workshops

DATE, TITLE, PHASE = range(3)
COLUMN_COUNT = 3
SORT_ROLE = ID_ROLE + 1  # a key that sorts undated workshops last, as the core does


def core_order(workshop: WorkshopView) -> tuple[bool, date, str]:
    """The order ``workshops.list_workshops`` gives: by date, undated last, then title."""
    return (workshop.date is None, workshop.date or date.min, workshop.title)


class WorkshopListModel(KeyedTableModel[WorkshopView]):
    """Every workshop of the programme, in the core's order (by date, undated last).

    After the first :meth:`reload` it follows ``workspace.changes_applied``, re-reading only the workshops
    a change set names.
    """

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.language = workspace.language  # read once per reload, not once per painted cell
        self._loaded = False
        workspace.changes_applied.connect(self._on_changes)

    def reload(self) -> None:
        language = self.workspace.language
        if language != self.language:
            self.language = language
            self.beginResetModel()
            self.endResetModel()
        self._loaded = True
        self.set_records(workshops.list_workshops(self.workspace.store))

    def _on_changes(self, changes: ChangeSet) -> None:
        if not self._loaded:
            return
        if changes.touches(Kind.PROGRAMME) and self.workspace.language != self.language:
            self.reload()  # the phase titles follow the programme's language
            return
        ids = changes.ids(Kind.WORKSHOP)
        if ids:
            present = workshops.get_workshops(self.workspace.store, ids)
            found = {workshop.id for workshop in present}
            self.apply_rows(present, [i for i in ids if i not in found], order=core_order)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def phase_title(self, number: int) -> str:
        """The phase as the method catalogue names it, in the programme's language."""
        title = self.workspace.catalogue.phase(number).title.get(self.language)
        return self.tr("{number}. {title}").format(number=number, title=title)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        workshop = self.record(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == DATE:
                if workshop.date is None:
                    return self.tr("No date")
                return QLocale().toString(to_qdate(workshop.date), QLocale.FormatType.ShortFormat)
            if column == TITLE:
                return workshop.title
            return self.phase_title(workshop.phase)
        if role == SORT_ROLE:
            if column == DATE:
                return "~" if workshop.date is None else workshop.date.isoformat()
            if column == PHASE:
                return workshop.phase
            return workshop.title.casefold()
        if role == ID_ROLE:
            return workshop.id
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Date"), self.tr("Workshop"), self.tr("Phase"))[section]


class WorkshopFilter(QSortFilterProxyModel):
    """Shows the workshops whose title, date or phase contains the typed text (any case)."""

    def __init__(self, source: WorkshopListModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
