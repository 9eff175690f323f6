"""Table models of what the board shows beside the notes: the change since the previous round, and the spread.

Both are read-only lists sorted by a QSortFilterProxyModel in their view (by ``SORT_ROLE``); numbers are shown
in the locale's form.
"""

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from workshop_app.services.rounds import NoteShift
from workshop_app.services.spread import Spread

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
T = TypeVar("T")
IDEA, CHANGE = range(2)
"""Columns of both models: the idea, and how far it moved (or how far apart it was placed)."""


def _number(value: float) -> str:
    return QLocale().toString(value, "f", 2)


class _RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only list of rows in two columns; replacing it with equal rows keeps the chosen row."""

    def __init__(self, parent: QObject | None = None) -> None:
        # Give it its panel as parent, so it is freed with the panel rather than whenever the cycle collector
        # comes to it (ui.gui_collector).
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 2


class ShiftsModel(_RowsModel[NoteShift]):
    """Ideas of two rounds: moved (with the distance), new, or removed."""

    def set_shifts(self, shifts: list[NoteShift]) -> None:
        self.set_rows(shifts)

    def shift(self, row: int) -> NoteShift:
        return self.row(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shift = self._rows[index.row()]
        if index.column() == IDEA:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return shift.text
            if role == SORT_ROLE:
                return shift.text.casefold()
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if shift.before is None:
                return QCoreApplication.translate("BoardAnalysis", "new")
            if shift.after is None:
                return QCoreApplication.translate("BoardAnalysis", "removed")
            if shift.distance == 0:
                return QCoreApplication.translate("BoardAnalysis", "not moved")
            return QCoreApplication.translate("BoardAnalysis", "moved {distance}").format(
                distance=_number(shift.distance)
            )
        if role == SORT_ROLE:
            return shift.distance if shift.before is not None and shift.after is not None else -1.0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == IDEA:
            return QCoreApplication.translate("BoardAnalysis", "Idea")
        return QCoreApplication.translate("BoardAnalysis", "Change")


class SpreadModel(_RowsModel[Spread]):
    """Ideas placed more than once, with how many times and how far apart."""

    def set_spreads(self, spreads: list[Spread]) -> None:
        self.set_rows(spreads)

    def spread(self, row: int) -> Spread:
        return self.row(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spread = self._rows[index.row()]
        if index.column() == IDEA:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("BoardAnalysis", "{number}. {idea} (placed {count} times)").format(
                    number=QLocale().toString(index.row() + 1), idea=spread.text, count=len(spread.positions)
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return spread.text
            if role == SORT_ROLE:
                return spread.text.casefold()
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _number(spread.radius)
        if role == SORT_ROLE:
            return spread.radius
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == IDEA:
            return QCoreApplication.translate("BoardAnalysis", "Idea")
        return QCoreApplication.translate("BoardAnalysis", "Spread")
