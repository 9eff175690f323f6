"""A table model of records with ids that reloads without losing what the user was looking at.

A reload after every change (the core is the only truth) would reset a plain model, and a view would lose
its selection, current row and scroll position each time. Here a reload that only changed values emits
dataChanged, one that only reordered rows emits layoutChanged (moving persistent indexes, so the selection
follows a moved item), and added or removed rows are inserted or removed; only anything else resets.

A change set names a few records; :meth:`KeyedTableModel.apply_rows` takes just those, as re-read from the
core, and updates, adds or removes their rows without reading (or diffing) the rest.
"""

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, Protocol, TypeVar

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

    def apply_rows(
        self,
        present: Iterable[R],
        missing_ids: Iterable[uuid.UUID],
        *,
        order: Callable[[R], Any] | None = None,
    ) -> None:
        """Bring some records up to date: ``present`` were just re-read from the core (changed ones update in
        place, new ones are added), ``missing_ids`` are no longer there (their rows go; unknown ids are
        ignored). With ``order``, rows are then sorted by it as the core would list them, moving persistent
        indexes, so the selection and the current row follow their records."""
        gone = set(missing_ids)
        for first, last in reversed(list(_runs([row for row, r in enumerate(self._records) if r.id in gone]))):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._records[first : last + 1]
            self.endRemoveRows()
        rows = {record.id: row for row, record in enumerate(self._records)}
        added: list[R] = []
        for record in present:
            row = rows.get(record.id)
            if row is None:
                added.append(record)
            elif record != self._records[row]:
                self._records[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if added:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._records.extend(added)
            self.endInsertRows()
        if order is not None:
            ordered = sorted(self._records, key=order)
            if [r.id for r in ordered] != self.ids():
                self._reorder(ordered)

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


def _runs(rows: Sequence[int]) -> Iterable[tuple[int, int]]:
    """Consecutive stretches of ascending row numbers, as (first, last) pairs (one removal signal each)."""
    start = previous = -1
    for row in rows:
        if start < 0:
            start = previous = row
        elif row == previous + 1:
            previous = row
        else:
            yield start, previous
            start = previous = row
    if start >= 0:
        yield start, previous
