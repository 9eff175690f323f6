"""The left side of the Workshops page: every workshop (date, title, phase), a filter, New and Delete.

New makes a workshop at once (titled "New workshop", in the programme's current phase) so the facilitator
can type its real title straight away; Delete asks first, and both are undoable.
"""

import uuid
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.commands import OperationCommand, delete_command
from ui.widgets.action_button import ActionButton, describe
from ui.workshop.keyed_model import ID_ROLE
from ui.workshop.list_delegate import WorkshopDelegate
from ui.workshop.list_model import DATE, TITLE, WorkshopFilter, WorkshopListModel
from ui.workshop.look import PAGE_TITLE, set_role
from ui.workspace import Workspace
from workshop_app.domain.models import WorkshopView
from workshop_app.operations.changes import Kind
from workshop_app.operations.programme import CreateWorkshop
from workshop_app.services.overview import load_overview


class WorkshopListPanel(QWidget):
    """The workshops as a two-line list, sorted by date; chooses the next upcoming one when the page opens."""

    current_changed = Signal()  # another workshop (or none) is chosen
    created = Signal()  # a new workshop was made and chosen; its title is ready to be typed
    board_requested = Signal(object)  # uuid.UUID: open this workshop's board, in one step from the list

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = WorkshopListModel(workspace)
        self.proxy = WorkshopFilter(self.model)
        self.confirm_box: QMessageBox | None = None
        self.before_change: Callable[[], None] = lambda: None  # commits typing elsewhere on the page first

        self.heading = QLabel(self)
        set_role(self.heading, PAGE_TITLE)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search_label.setBuddy(self.search)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setModelColumn(TITLE)
        self.view.setItemDelegate(WorkshopDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.dataChanged.connect(self._records_changed)
        self.model.rowsRemoved.connect(lambda *_: self._choose_if_none())

        self.new_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon), "", self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
        self.new_action.triggered.connect(self.new_workshop)
        self.addAction(self.new_action)
        self.delete_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "", self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.ask_to_delete)
        self.view.addAction(self.delete_action)
        self.board_action = QAction(self)
        self.board_action.setShortcut(QKeySequence("Ctrl+B"))
        self.board_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
        self.board_action.triggered.connect(self._request_board)
        self.addAction(self.board_action)
        self.view.addAction(self.board_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QHBoxLayout()
        self.new_button = ActionButton(self.new_action, self)
        self.delete_button = ActionButton(self.delete_action, self)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        self.board_button = ActionButton(self.board_action, self)
        buttons.addWidget(self.board_button)
        buttons.addStretch(1)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(search_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # --- choosing ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.reload()
        self._choose_if_none()

    def _choose_if_none(self) -> None:
        """With no workshop chosen (the first showing, the chosen one deleted), choose the next one."""
        if self.current_id() is None and self.proxy.rowCount() > 0:
            self.select(self._first_upcoming())
        self._update_state()

    def _records_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """The chosen workshop was changed (here, by an undo or elsewhere): the editor shows it again."""
        row = self.model.row_of(self.current_id())
        if row >= 0 and top.row() <= row <= bottom.row():
            self.current_changed.emit()

    def current_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return value if isinstance(value, uuid.UUID) else None

    def current(self) -> WorkshopView | None:
        row = self.model.row_of(self.current_id())
        return self.model.record(row) if row >= 0 else None

    def select(self, workshop_id: uuid.UUID | None) -> None:
        row = self.model.row_of(workshop_id)
        if row < 0:
            self.view.setCurrentIndex(QModelIndex())
            return
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        if not index.isValid():  # hidden by the filter: show everything rather than hide the chosen one
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _first_upcoming(self) -> uuid.UUID | None:
        """The next workshop from today on (what a facilitator opens the page for), else the latest one."""
        records = self.model.records()
        today = self.workspace.today()
        upcoming = [w for w in records if w.date is not None and w.date >= today]
        if upcoming:
            return upcoming[0].id
        dated = [w for w in records if w.date is not None]
        return dated[-1].id if dated else (records[0].id if records else None)

    def _current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_state()
        self.current_changed.emit()

    def _update_state(self) -> None:
        editable = not self.workspace.store.read_only
        self.new_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and self.current_id() is not None)
        self.board_action.setEnabled(self.current_id() is not None)

    def _request_board(self) -> None:
        workshop_id = self.current_id()
        if workshop_id is not None:
            self.board_requested.emit(workshop_id)

    # --- commands ----------------------------------------------------------------------------------------

    def new_workshop(self) -> uuid.UUID | None:
        self.before_change()
        store = self.workspace.store
        title = self.tr("New workshop")
        phase = load_overview(store, self.workspace.today()).current_phase
        command = OperationCommand(self.workspace, self.tr("Add a workshop"), CreateWorkshop(title, phase))
        if not self.workspace.apply(command):
            return None
        self.select(command.created_id)
        self.created.emit()
        return command.created_id

    def ask_to_delete(self) -> None:
        """Ask before deleting (a workshop takes its agenda, minutes and boards with it); non-blocking."""
        self.before_change()
        workshop = self.current()
        if workshop is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete workshop"),
            self.tr(
                "Delete the workshop “{title}” with its agenda, minutes, attendance, decisions and boards? "
                "Actions made from it stay in the action plan. Edit ▸ Undo brings everything back."
            ).format(title=workshop.title),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.delete(workshop.id) if button is delete else None)
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def delete(self, workshop_id: uuid.UUID) -> bool:
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(workshop_id), TITLE)).row()
        command = delete_command(self.workspace, self.tr("Delete a workshop"), Kind.WORKSHOP, workshop_id)
        if not self.workspace.apply(command):
            return False
        neighbour = self.proxy.index(min(row, self.proxy.rowCount() - 1), TITLE)
        self.select(neighbour.data(ID_ROLE) if neighbour.isValid() else None)
        return True

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Workshops"))
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("Title, date or phase"))
        self.search.setAccessibleName(self.tr("Find a workshop"))
        self.view.setAccessibleName(self.tr("Workshops"))
        describe(self.new_action, self.tr("&New workshop"), self.tr("Add a workshop and type its title"))
        describe(self.delete_action, self.tr("Delete…"), self.tr("Delete the chosen workshop"))
        describe(
            self.board_action,
            self.tr("Open &board"),
            self.tr("Open the chosen workshop's quadrant board (or its Boards tab, to make one)"),
        )
        self._update_state()
