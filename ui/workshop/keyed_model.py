"""A table model of records with ids that reloads without losing what the user was looking at.

A reload after every change (the core is the only truth) would reset a plain model, and a view would lose
its selection, current row and scroll position each time. Here a reload that only changed values emits
dataChanged, one that only reordered rows emits layoutChanged (moving persistent indexes, so the selection
follows a moved item), and added or removed rows are inserted or removed; only anything else resets.
"""

import uuid
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

ROOT = QModelIndex()  # the invisible root of a flat model, as a default argument
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the record's uuid, for views that need to find it again


class HasId(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


R = TypeVar("R", bound=HasId)


class KeyedTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records (frozen views from the core) keyed by ``id``; subclasses say what the columns show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []

    # --- reading -----------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def records(self) -> list[R]:
        return list(self._records)

    def ids(self) -> list[uuid.UUID]:
        return [record.id for record in self._records]

    def row_of(self, record_id: uuid.UUID | None) -> int:
        """The row of ``record_id``, or -1."""
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    # --- reloading ---------------------------------------------------------------------------------------

    def set_records(self, records: Sequence[R]) -> None:
        new = list(records)
        old_ids = self.ids()
        new_ids = [record.id for record in new]
        if old_ids == new_ids:
            self._records = new
            self._all_changed()
        elif set(old_ids) == set(new_ids) and len(old_ids) == len(new_ids):
            self._reorder(new)
        elif [i for i in old_ids if i in set(new_ids)] == [i for i in new_ids if i in set(old_ids)]:
            self._insert_and_remove(new, set(old_ids), set(new_ids))
        else:
            self.beginResetModel()
            self._records = new
            self.endResetModel()

    def _all_changed(self) -> None:
        if self._records:
            last = self.index(len(self._records) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _reorder(self, new: list[R]) -> None:
        self.layoutAboutToBeChanged.emit()
        new_rows = {record.id: row for row, record in enumerate(new)}
        before = self.persistentIndexList()
        after = [
            self.index(new_rows[self._records[index.row()].id], index.column()) if index.isValid() else QModelIndex()
            for index in before
        ]
        self._records = new
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _insert_and_remove(self, new: list[R], old_ids: set[uuid.UUID], new_ids: set[uuid.UUID]) -> None:
        for row in reversed(range(len(self._records))):
            if self._records[row].id not in new_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._records[row]
                self.endRemoveRows()
        for row, record in enumerate(new):
            if record.id not in old_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self._records.insert(row, record)
                self.endInsertRows()
        self._records = new
        self._all_changed()
