"""The Pros and cons tab: the ordered pros and cons of a quadrant or of the selected note, in large type.

Choose whose list it is (a quadrant, or the note selected on the board), type a text and press Enter (a pro)
or Ctrl+Enter (a con). Ctrl+Up/Down or a drag reorders, F2 edits in place, Delete removes, and "Make action"
puts the chosen one into the action plan. Each is one undo step.
"""

import uuid
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.board.procons_model import KIND, TEXT, ProConsModel, Scope
from ui.board.view import QUADRANTS
from ui.widgets.action_button import ActionButton, describe
from ui.widgets.headings import muted_text
from ui.workshop.look import scaled_font
from ui.workspace import Workspace
from workshop_app.domain.enums import ProConKind, Quadrant

LIST_TEXT_SCALE = 1.25
"""The list is read from the back of the room when the board is on the projector."""
NOTE_SCOPE = "note"


class ProConEdit(QLineEdit):
    """The text of a new pro or con: Enter adds it as a pro, Ctrl+Enter as a con."""

    pro = Signal()
    con = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.con.emit()
            else:
                self.pro.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ProConsPanel(QWidget):
    """Pros and cons of one scope. ``selected_note`` tells which note is selected on the board now."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = ProConsModel(workspace)
        self.scope_label = QLabel(self)
        self.scope = QComboBox(self)
        self.scope_label.setBuddy(self.scope)
        self.scope.activated.connect(lambda _index: self.reload())
        self.about = muted_text(self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setFont(scaled_font(self.table, LIST_TEXT_SCALE))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.new_label = QLabel(self)
        self.new_text = ProConEdit(self)
        self.new_label.setBuddy(self.new_text)
        self.add_pro = self._action("Return", lambda: self.add(ProConKind.PRO), on=None)
        self.add_con = self._action("Ctrl+Return", lambda: self.add(ProConKind.CON), on=None)
        self.move_up = self._action("Ctrl+Up", lambda: self._move(-1))
        self.move_down = self._action("Ctrl+Down", lambda: self._move(1))
        self.remove = self._action(QKeySequence.StandardKey.Delete, self._delete)
        self.make_action = self._action("Ctrl+Shift+P", self._make_action)
        self.new_text.pro.connect(self.add_pro.trigger)  # the keys belong to the field (see ProConEdit)
        self.new_text.con.connect(self.add_con.trigger)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        self.add_buttons = [ActionButton(action, self) for action in (self.add_pro, self.add_con)]
        for button in self.add_buttons:
            add_row.addWidget(button)
        row_buttons = QHBoxLayout()
        self.row_buttons: list[ActionButton] = [
            ActionButton(action, self) for action in (self.move_up, self.move_down, self.remove, self.make_action)
        ]
        for button in self.row_buttons:
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.scope)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.new_label)
        layout.addLayout(add_row)
        self.setTabOrder(self.scope, self.table)
        self.setTabOrder(self.table, self.new_text)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.layoutChanged,
        ):
            signal.connect(lambda *_: self._update_state())
        self._titles: dict[Quadrant, str] = {}
        self._note: tuple[uuid.UUID, str] | None = None
        self._frozen = False
        self._board: uuid.UUID | None = None
        self.retranslate()

    def _action(
        self, keys: str | QKeySequence.StandardKey, slot: Callable[[], object], *, on: QWidget | bool | None = True
    ) -> QAction:
        """An action whose shortcut works on ``on`` (the table by default; None: the keys are only named)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        if on is True:
            self.table.addAction(action)
        elif isinstance(on, QWidget):
            on.addAction(action)
        return action

    # --- texts ---------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.scope_label.setText(self.tr("&Pros and cons of:"))
        self.scope.setAccessibleName(self.tr("Whose pros and cons"))
        self.table.setAccessibleName(self.tr("Pros and cons"))
        self.new_label.setText(self.tr("&New pro or con:"))
        self.new_text.setPlaceholderText(self.tr("Type, then Enter for a pro or Ctrl+Enter for a con"))
        self.new_text.setAccessibleName(self.tr("Text of a new pro or con"))
        describe(self.add_pro, self.tr("Add &pro"), self.tr("Add the text as a pro"))
        describe(self.add_con, self.tr("Add &con"), self.tr("Add the text as a con"))
        describe(self.move_up, self.tr("Up"), self.tr("Move the chosen pro or con up"))
        describe(self.move_down, self.tr("Down"), self.tr("Move the chosen pro or con down"))
        describe(self.remove, self.tr("Delete"), self.tr("Delete the chosen pro or con"))
        describe(self.make_action, self.tr("Make action"), self.tr("Put the chosen pro or con into the action plan"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._fill_scopes()

    # --- scope ---------------------------------------------------------------------------------------------

    def set_board(self, board: uuid.UUID, titles: dict[Quadrant, str], *, frozen: bool) -> None:
        """The board shown (its id), its quadrant titles, and whether it is a frozen round."""
        self._board = board
        self._titles = dict(titles)
        self._frozen = frozen
        self._fill_scopes()

    def set_note(self, note: tuple[uuid.UUID, str] | None) -> None:
        """The note selected on the board (id, text), or None; its pros and cons show when it is chosen.
        The same note again changes nothing (the window tells after every refresh of the board)."""
        if note == self._note:
            return
        self._note = note
        self._fill_scopes()

    def show_note_scope(self) -> None:
        """Show the selected note's list (after a note was picked on the board for its pros and cons)."""
        row = self.scope.findData(NOTE_SCOPE)
        if row >= 0:
            self.scope.setCurrentIndex(row)
            self.reload()

    def show_quadrant(self, quadrant: Quadrant) -> None:
        row = self.scope.findData(quadrant.value)
        if row >= 0:
            self.scope.setCurrentIndex(row)
            self.reload()

    def _fill_scopes(self) -> None:
        current = self.scope.currentData()
        self.scope.clear()
        names = {
            Quadrant.TOP_LEFT: self.tr("Top left: {title}"),
            Quadrant.TOP_RIGHT: self.tr("Top right: {title}"),
            Quadrant.BOTTOM_LEFT: self.tr("Bottom left: {title}"),
            Quadrant.BOTTOM_RIGHT: self.tr("Bottom right: {title}"),
        }
        for quadrant in QUADRANTS:
            self.scope.addItem(
                names[quadrant].format(title=self._titles.get(quadrant, "")).rstrip(": "), quadrant.value
            )
        if self._note is not None:
            self.scope.addItem(self.tr("The selected note"), NOTE_SCOPE)
        row = self.scope.findData(current)
        self.scope.setCurrentIndex(row if row >= 0 else 0)
        self.reload()

    def reload(self) -> None:
        data = self.scope.currentData()
        board = self._board
        if board is None or data is None:
            self.model.set_scope(None)
            self.about.clear()
            return
        if data == NOTE_SCOPE and self._note is not None:
            note_id, text = self._note
            self.model.set_scope(Scope(board, note_id=note_id), frozen=self._frozen)
            self.about.setText(self.tr("About the note “{text}”").format(text=text))
        else:
            self.model.set_scope(Scope(board, quadrant=str(data)), frozen=self._frozen)
            self.about.setText(self.tr("About everything placed in this quadrant"))
        self._update_state()

    # --- edits ---------------------------------------------------------------------------------------------

    def add(self, kind: ProConKind) -> None:
        text = self.new_text.text().strip()
        if not text or not self.model.editable():
            return
        created = self.model.add(kind, text)
        if created is not None:
            self.new_text.clear()
            self._select(self.model.row_of(created))

    def _move(self, step: int) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        tracked = QPersistentModelIndex(self.model.index(row, TEXT))
        if self.model.move_row(row, row + step) and tracked.isValid():
            self._select(tracked.row())

    def _delete(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0 and self.model.remove_row(row):
            self._select(min(row, self.model.rowCount() - 1))

    def _make_action(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.make_action(row)

    def _select(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(row, TEXT)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def _update_state(self) -> None:
        editable = self.model.editable()
        row = self.table.currentIndex().row()
        count = self.model.rowCount()
        self.move_up.setEnabled(editable and row > 0)
        self.move_down.setEnabled(editable and 0 <= row < count - 1)
        self.remove.setEnabled(editable and 0 <= row < count)
        self.make_action.setEnabled(not self.workspace.store.read_only and 0 <= row < count)
        for action in (self.add_pro, self.add_con):
            action.setEnabled(editable)
        self.new_text.setEnabled(editable)
