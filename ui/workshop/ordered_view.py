"""A table of an ordered list (agenda, decisions) with the keyboard and drag-and-drop ways to rearrange it.

Ctrl+Up and Ctrl+Down move the chosen row, Delete removes it; the same actions back the buttons under the
table, so their tooltips show the keys. Dragging a row drops it between two others (a move, never a copy).
"""

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from ui.widgets.action_button import describe
from ui.workshop.ordered_model import OrderedModel
from workshop_app.domain.models import AgendaItemView, DecisionView

AnyOrderedModel = OrderedModel[AgendaItemView] | OrderedModel[DecisionView]


class OrderedTableView(QTableView):
    """Rows are chosen whole, one at a time, and dragged to a new place (Tab leaves the table)."""

    def __init__(self, model: AnyOrderedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""  # shown while there are no rows
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within it
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """An empty list says so (and what to do), rather than showing a blank box."""
        super().paintEvent(event)
        if self.model().rowCount() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(16, 16, -16, -16)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.placeholder)

    def current_row(self) -> int:
        return self.currentIndex().row()

    def select_row(self, row: int) -> None:
        model = self.model()
        if not 0 <= row < model.rowCount():
            self.setCurrentIndex(QModelIndex())
            self.selectionModel().clearSelection()
            return
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(index)


class RowActions(QObject):
    """Move up, move down and remove for the current row of an :class:`OrderedTableView`."""

    def __init__(self, table: OrderedTableView, model: AnyOrderedModel, remove: Callable[[int], bool]) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self._remove = remove
        self._editable = True
        self.move_up = self._action("Ctrl+Up", QStyle.StandardPixmap.SP_ArrowUp, lambda: self._move(-1))
        self.move_down = self._action("Ctrl+Down", QStyle.StandardPixmap.SP_ArrowDown, lambda: self._move(1))
        self.remove = self._action(QKeySequence.StandardKey.Delete, QStyle.StandardPixmap.SP_TrashIcon, self._delete)
        table.selectionModel().currentRowChanged.connect(lambda *_: self.update_state())
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(lambda *_: self.update_state())

    def _action(
        self, keys: str | QKeySequence.StandardKey, icon: QStyle.StandardPixmap, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(self.table.style().standardIcon(icon), "", self.table)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def describe(self, up: tuple[str, str], down: tuple[str, str], remove: tuple[str, str]) -> None:
        """Texts (button text, tooltip) of the three actions, translated by the panel that owns the table."""
        describe(self.move_up, *up)
        describe(self.move_down, *down)
        describe(self.remove, *remove)

    def set_editable(self, editable: bool) -> None:
        """False while there is nothing to edit (no workshop chosen)."""
        self._editable = editable
        self.update_state()

    def update_state(self) -> None:
        allowed = self._editable and self.model.editable()
        row = self.table.current_row()
        count = self.model.rowCount()
        self.move_up.setEnabled(allowed and row > 0)
        self.move_down.setEnabled(allowed and 0 <= row < count - 1)
        self.remove.setEnabled(allowed and 0 <= row < count)

    def _move(self, step: int) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        tracked = QPersistentModelIndex(self.model.index(row, 0))
        if self.model.move_row(row, row + step) and tracked.isValid():
            self.table.select_row(tracked.row())  # the reload moved the index along with the item

    def _delete(self) -> None:
        row = self.table.current_row()
        if row >= 0 and self._remove(row):
            self.table.select_row(min(row, self.model.rowCount() - 1))
