"""The Boards tab of a workshop: its quadrant boards, a new one from a method preset or with its own axes,
opening one in the board window, and deleting one (undoable).

Only the latest round of each board is listed (earlier rounds are reached from the board window's round
switcher); a board's round number says how far the room has come with it.
"""

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.commands import OperationCommand, delete_command
from ui.widgets.action_button import ActionButton, describe
from ui.widgets.headings import muted_text
from ui.workshop.keyed_model import ID_ROLE, ROOT, Index, KeyedTableModel
from ui.workshop.look import SECTION_TITLE, set_role
from ui.workspace import Workspace
from workshop_app.domain.models import BoardView
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.notes import CreateBoard
from workshop_app.services import boards

TITLE, PRESET, ROUND = range(3)
CUSTOM = ""
AXIS_FIELDS = ("x_title", "x_low", "x_high", "y_title", "y_low", "y_high")


class BoardsModel(KeyedTableModel[BoardView]):
    """The latest round of each board of one workshop, oldest board first."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.workshop_id: uuid.UUID | None = None

    def reload(self) -> None:
        if self.workshop_id is None:
            self.set_records([])
            return
        every = boards.list_boards(self.workspace.store, self.workshop_id)
        earlier = {board.previous_id for board in every if board.previous_id is not None}
        self.set_records([board for board in every if board.id not in earlier])

    def preset_title(self, key: str) -> str:
        preset = next((p for p in self.workspace.catalogue.presets if p.key == key), None)
        if preset is None:
            return self.tr("Own axes")
        return preset.title.get(self.workspace.language)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        board = self.record(index.row())
        if role == ID_ROLE:
            return board.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == TITLE:
            return board.title
        if index.column() == PRESET:
            return self.preset_title(board.preset_key)
        return self.tr("Round {number}").format(number=board.round)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Board"), self.tr("Axes"), self.tr("Round"))[section]


class NewBoardDialog(QDialog):
    """Title and axes of a new board: a method preset (texts in the programme's language) or typed axes."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._suggested = ""
        self.title_label = QLabel(self)
        self.title = QLineEdit(self)
        self.title_label.setBuddy(self.title)
        self.preset_label = QLabel(self)
        self.preset = QComboBox(self)
        self.preset_label.setBuddy(self.preset)
        self.about = muted_text(self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.axis_labels = {name: QLabel(self) for name in AXIS_FIELDS}
        self.axes = {name: QLineEdit(self) for name in AXIS_FIELDS}
        for name in AXIS_FIELDS:
            self.axis_labels[name].setBuddy(self.axes[name])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(self.title_label, self.title)
        self.form.addRow(self.preset_label, self.preset)
        self.form.addRow(self.about)
        for name in AXIS_FIELDS:
            self.form.addRow(self.axis_labels[name], self.axes[name])
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.preset.currentIndexChanged.connect(lambda _index: self._preset_changed())
        self.title.textChanged.connect(lambda _text: self._update_ok())
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New board"))
        self.title_label.setText(self.tr("&Title:"))
        self.preset_label.setText(self.tr("&Axes:"))
        texts = {
            "x_title": self.tr("&Horizontal axis:"),
            "x_low": self.tr("&Left end:"),
            "x_high": self.tr("&Right end:"),
            "y_title": self.tr("&Vertical axis:"),
            "y_low": self.tr("&Bottom end:"),
            "y_high": self.tr("To&p end:"),
        }
        for name, text in texts.items():
            self.axis_labels[name].setText(text)
        current = self.preset.currentData()
        self.preset.clear()
        language = self.workspace.language
        for preset in self.workspace.catalogue.presets:
            self.preset.addItem(preset.title.get(language), preset.key)
        self.preset.addItem(self.tr("Own axes"), CUSTOM)
        row = self.preset.findData(current)
        self.preset.setCurrentIndex(row if row >= 0 else 0)
        self._preset_changed()

    def preset_key(self) -> str:
        return str(self.preset.currentData() or CUSTOM)

    def labels(self) -> dict[str, str]:
        """The typed axes (own axes only)."""
        if self.preset_key():
            return {}
        return {name: edit.text().strip() for name, edit in self.axes.items() if edit.text().strip()}

    def _preset_changed(self) -> None:
        key = self.preset_key()
        preset = next((p for p in self.workspace.catalogue.presets if p.key == key), None)
        custom = preset is None
        for name in AXIS_FIELDS:
            self.form.setRowVisible(self.axes[name], custom)
        suggested = preset.title.get(self.workspace.language) if preset is not None else ""
        if self.title.text() == self._suggested:  # not typed over: follow the choice
            self.title.setText(suggested)
        self._suggested = suggested
        if preset is not None:
            self.about.setText(preset.description.get(self.workspace.language))
        else:
            self.about.setText(self.tr("Name the two axes and their ends; the quadrant titles can wait."))
        self._update_ok()

    def _update_ok(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(bool(self.title.text().strip()))


class BoardsPanel(QWidget):
    """``open_requested`` with a board id (the page or window opens the board window for it)."""

    open_requested = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = BoardsModel(workspace)
        self.dialog: NewBoardDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.opened: list[QWidget] = []
        self.heading = QLabel(self)
        set_role(self.heading, SECTION_TITLE)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRESET, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROUND, QHeaderView.ResizeMode.ResizeToContents)
        self.heading.setBuddy(self.table)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.new_action = self._action("Ctrl+Shift+B", self.ask_new_board)
        self.open_action = self._action("Return", self.open_current, on=self.table)
        self.open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.delete_action = self._action(QKeySequence.StandardKey.Delete, self.ask_to_delete, on=self.table)
        buttons = QHBoxLayout()
        for action in (self.new_action, self.open_action, self.delete_action):
            buttons.addWidget(ActionButton(action, self))
        buttons.addStretch(1)
        self.hint = muted_text(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())
        self.model.modelReset.connect(self._update_state)
        self.model.rowsInserted.connect(lambda *_: self._update_state())
        self.model.rowsRemoved.connect(lambda *_: self._update_state())
        workspace.changes_applied.connect(self._on_changes)
        self.retranslate()

    def _action(self, keys: str | QKeySequence.StandardKey, slot: Any, *, on: QWidget | None = None) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        (on or self).addAction(action)
        return action

    def retranslate(self) -> None:
        self.heading.setText(self.tr("&Quadrant boards"))
        self.table.setAccessibleName(self.tr("Boards of this workshop"))
        describe(self.new_action, self.tr("&New board…"), self.tr("Make a board from a method preset or own axes"))
        describe(self.open_action, self.tr("&Open board"), self.tr("Open the chosen board in its own window"))
        describe(self.delete_action, self.tr("&Delete board…"), self.tr("Delete the chosen board with its notes"))
        self.hint.setText(self.tr("A board opens in its own window, for the projector, participant mode and the dots."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    # --- the list ------------------------------------------------------------------------------------------

    def set_workshop(self, workshop_id: uuid.UUID | None) -> None:
        """Show another workshop's boards; the same one again needs no reading (changes keep it current)."""
        if workshop_id != self.model.workshop_id:
            self.model.workshop_id = workshop_id
            self.model.reload()
        if self.model.rowCount() and self.table.currentIndex().row() < 0:
            self.select(self.model.record(0).id)
        self._update_state()

    def _on_changes(self, changes: ChangeSet) -> None:
        """The list shows boards only (title, preset, round): notes, dots and pros and cons leave it alone.
        A workshop has a few boards, read in one query; a new round replaces its predecessor in the list."""
        if changes.touches(Kind.BOARD) and self.model.workshop_id is not None:
            self.model.reload()
            self._update_state()

    def current(self) -> BoardView | None:
        row = self.table.currentIndex().row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def select(self, board_id: uuid.UUID | None) -> None:
        row = self.model.row_of(board_id)
        self.table.setCurrentIndex(self.model.index(row, TITLE) if row >= 0 else QModelIndex())

    def _update_state(self) -> None:
        chosen = self.current() is not None
        writable = not self.workspace.store.read_only
        self.new_action.setEnabled(writable and self.model.workshop_id is not None)
        self.open_action.setEnabled(chosen)
        self.delete_action.setEnabled(writable and chosen)

    # --- new, open, delete ---------------------------------------------------------------------------------

    def ask_new_board(self) -> NewBoardDialog:
        """The new-board form, not blocking; the board is made (and opened) when it is accepted."""
        dialog = NewBoardDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.create_board(dialog.title.text().strip(), dialog.preset_key(), dialog.labels(), open_it=True)
        )
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def create_board(
        self, title: str, preset_key: str, labels: dict[str, str] | None = None, *, open_it: bool = False
    ) -> uuid.UUID | None:
        workshop_id = self.model.workshop_id
        if workshop_id is None:
            return None
        operation = CreateBoard(workshop_id, title, preset_key=preset_key or None, labels=labels or None)
        command = OperationCommand(self.workspace, self.tr("New board"), operation)
        if not self.workspace.apply(command) or command.created_id is None:
            return None
        self.select(command.created_id)
        if open_it:
            self.open_board(command.created_id)
        return command.created_id

    def open_current(self) -> None:
        board = self.current()
        if board is not None:
            self.open_board(board.id)

    def open_board(self, board_id: uuid.UUID) -> QWidget:
        from ui.board.board_window import open_board_window  # the board window is heavy; loaded when wanted

        window = open_board_window(self.workspace, board_id, self)
        self.opened = [w for w in self.opened if w.isVisible()] + [window]
        self.open_requested.emit(board_id)
        return window

    def ask_to_delete(self) -> QMessageBox | None:
        board = self.current()
        if board is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete board"),
            self.tr(
                "Delete the board “{title}” with its notes, dots, pros and cons? Actions made from it stay in "
                "the action plan. Edit ▸ Undo brings everything back."
            ).format(title=board.title),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.delete(board.id) if button is delete else None)
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
        return box

    def delete(self, board_id: uuid.UUID) -> bool:
        command = delete_command(self.workspace, self.tr("Delete a board"), Kind.BOARD, board_id)
        return self.workspace.apply(command)
