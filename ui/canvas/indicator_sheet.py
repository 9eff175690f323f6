"""Phase 4's goal-and-indicator sheet (DAMVAD's goal hierarchy): the main goal, its sub-goals, and each
sub-goal's indicators, as an outline edited in place.

The sheet is a canvas of the programme file (see ``workshop_app.services.method_tools``), started from the
method's starting sheet. Every edit is one undo command and says what the person saw, so a change made
meanwhile elsewhere is refused: F2 or double-click edits a line; Alt+Up/Down moves a sub-goal, or an
indicator within its sub-goal and on into the next one; Delete removes a sub-goal with its indicators (the
main goal stays: it is edited). The outline follows the workspace's ``changes_applied``, but not in the
middle of an edit: then it re-reads once the edit is over.
"""

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.commands import OperationCommand, update_command
from ui.widgets.choices import distinct
from ui.widgets.headings import page_title
from ui.widgets.key_actions import trigger_for_key
from ui.workspace import Workspace
from workshop_app.domain.method_tools import CanvasCardView
from workshop_app.errors import WorkshopError
from workshop_app.operations.base import Batch, Operation
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.method_tools import AddCanvasCard, AttachCard, CreateGoalSheet, MoveCard
from workshop_app.operations.records import Delete
from workshop_app.services import method_tools, workshops

CARD_ROLE = Qt.ItemDataRole.UserRole
MAX_WIDTH = 1200
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # "Main goal", "Sub-goal", "Indicator" in the interface's language
SHEET_ACTIVITY = "p4.indicator_workshop"


class GoalSheetWindow(QMainWindow):
    """One goal-and-indicator sheet of a workshop."""

    def __init__(self, workspace: Workspace, sheet_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GoalSheetWindow")
        self.workspace = workspace
        self.sheet_id = sheet_id
        self.cards: dict[uuid.UUID, CanvasCardView] = {}
        self.parents: dict[uuid.UUID, uuid.UUID | None] = {}
        self._stale = False
        self.heading = page_title(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)  # the levels show by indent and weight, and are read out with each line
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(28)
        self.tree.setStyleSheet("QTreeView::item { padding: 5px 2px; }")
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_args: self._enable())
        self.text_label = QLabel(self)
        self.text = QLineEdit(self)
        self.text_label.setBuddy(self.text)
        self.text.returnPressed.connect(self.add_indicator)
        self.add_goal_button = QPushButton(self)
        self.add_goal_button.clicked.connect(self.add_sub_goal)
        self.add_indicator_button = QPushButton(self)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self._keys: dict[str, QAction] = {}
        self.tree.installEventFilter(self)
        self.delete_action = self._tree_action(["Del"], self.delete_current)
        self.up_action = self._tree_action(["Alt+Up"], partial(self.move_current, -1))
        self.down_action = self._tree_action(["Alt+Down"], partial(self.move_current, 1))
        self.up_button = QPushButton(self)
        self.up_button.clicked.connect(self.up_action.trigger)
        self.down_button = QPushButton(self)
        self.down_button.clicked.connect(self.down_action.trigger)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.text_label)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_indicator_button)
        row.addWidget(self.add_goal_button)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addWidget(self.delete_button)
        moves.addStretch(1)
        body = QWidget(self)
        body.setMaximumWidth(MAX_WIDTH)  # lines of an outline are short: a wide screen keeps them together
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(moves)
        layout.addWidget(self.message)
        centring = QWidget(self)
        around = QHBoxLayout(centring)
        around.setContentsMargins(0, 0, 0, 0)
        around.addStretch(0)
        around.addWidget(body, 1)
        around.addStretch(0)
        self.setCentralWidget(centring)
        workspace.changes_applied.connect(self._on_changes)
        workspace.failed.connect(self.message.setText)
        self.resize(1100, 720)
        self.reload()
        self.retranslate()

    def _tree_action(self, keys: list[str], slot: Callable[[], object]) -> QAction:
        """A key of the outline itself, so Delete in the text field deletes a character, not a goal; read
        by the outline's event filter (a line being edited has an editor of its own, which gets the keys)."""
        action = QAction(self.tree)
        action.triggered.connect(slot)
        for key in keys:
            self._keys[QKeySequence(key).toString()] = action
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if trigger_for_key(event, self._keys):
                return True
        return super().eventFilter(watched, event)

    # --- showing the sheet --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        sheet = next(
            (s for s in method_tools.list_canvases(self.workspace.store, kind=None) if s.id == self.sheet_id), None
        )
        self.setWindowTitle(self.tr("Goals and indicators – {title}").format(title=sheet.title if sheet else ""))
        self.heading.setText(self.windowTitle())
        method = method_tools.tools_of(self.workspace.store).indicator_sheet
        language = self.workspace.language
        steps = "".join(f"<li>{step.get(language)}</li>" for step in method.steps)
        self.intro.setText(f"<p>{method.note.get(language)}</p><ol style='margin-top:0'>{steps}</ol>")
        self.tree.setAccessibleName(self.tr("The goal hierarchy: main goal, sub-goals and their indicators"))
        self.tree.setAccessibleDescription(
            self.tr(
                "F2 or typing edits a line; Alt+Up and Alt+Down move it; Delete removes a sub-goal with its "
                "indicators, or an indicator."
            )
        )
        self.text_label.setText(self.tr("&New:"))
        self.text.setPlaceholderText(self.tr("A new sub-goal or indicator"))
        self.text.setAccessibleName(self.tr("Text of the new sub-goal or indicator"))
        self.add_indicator_button.setText(self.tr("Add &indicator"))
        self.add_indicator_button.setAccessibleName(self.tr("Add an indicator to the chosen sub-goal"))
        self.add_goal_button.setText(self.tr("Add &sub-goal"))
        self.up_button.setText(self.tr("Move &up (Alt+Up)"))
        self.down_button.setText(self.tr("Move do&wn (Alt+Down)"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen sub-goal or indicator"))
        self.delete_action.setText(self.tr("Delete the chosen sub-goal or indicator"))
        self.up_action.setText(self.tr("Move up"))
        self.down_action.setText(self.tr("Move down"))
        self.message.setText(
            self.tr(
                "Keep the chain logical: each sub-goal serves the main goal, and two or three indicators "
                "show progress towards each sub-goal. Enter in the field adds an indicator to the chosen sub-goal."
            )
        )
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.workspace.changes_applied.disconnect(self._on_changes)
        self.workspace.failed.disconnect(self.message.setText)
        super().closeEvent(event)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.IMPACT_CANVAS, Kind.CANVAS_CARD, Kind.CANVAS_LINK):
            if self.tree.state() == QAbstractItemView.State.EditingState:
                self._stale = True  # re-read once the person has finished the line being typed
                return
            self.reload()

    def _level(self, column: str) -> str:
        if column == "main_goal":
            return self.tr("Main goal")
        if column == "sub_goals":
            return self.tr("Sub-goal")
        return self.tr("Indicator")

    def reload(self) -> None:
        """Re-read the sheet (a few dozen lines at most), keeping the line that had the focus."""
        self._stale = False
        current = self.current_card()
        try:
            main, outline = method_tools.sheet_outline(self.workspace.store, self.sheet_id)
        except WorkshopError:  # the sheet deleted meanwhile (an undo of its making): show nothing
            self.tree.clear()
            self.cards.clear()
            return
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            self.cards = {main.id: main}
            self.parents = {main.id: None}
            top = self._item(main, None)
            self.tree.addTopLevelItem(top)
            for goal, indicators in outline:
                under = top
                if goal is not None:
                    self.cards[goal.id] = goal
                    self.parents[goal.id] = main.id
                    under = self._item(goal, top)
                for indicator in indicators:
                    self.cards[indicator.id] = indicator
                    self.parents[indicator.id] = goal.id if goal is not None else None
                    self._item(indicator, under)
            self.tree.expandAll()
        finally:
            self.tree.blockSignals(False)
        self.select(current.id if current is not None else main.id)

    def _item(self, card: CanvasCardView, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem()
        level = self._level(card.column)
        item.setText(0, card.text)
        item.setData(0, CARD_ROLE, str(card.id))
        item.setData(0, LEVEL_ROLE, level)
        item.setData(
            0, Qt.ItemDataRole.AccessibleTextRole, self.tr("{level}: {text}").format(level=level, text=card.text)
        )
        item.setToolTip(0, self.tr("{level}: {text}").format(level=level, text=card.text))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if card.column != "indicators":
            font = item.font(0)
            font.setBold(True)
            if card.column == "main_goal":
                font.setPointSizeF(font.pointSizeF() * 1.2)
            item.setFont(0, font)
        return item

    def select(self, card_id: uuid.UUID) -> QTreeWidgetItem | None:
        """Make the line of ``card_id`` the current one (after a reload or an addition)."""
        for item in self._items():
            if item.data(0, CARD_ROLE) == str(card_id):
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return item
        self._enable()
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack: list[QTreeWidgetItem | None] = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is not None:
                found.append(item)
                stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def current_card(self) -> CanvasCardView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self.cards.get(uuid.UUID(str(item.data(0, CARD_ROLE))))

    def _enable(self) -> None:
        card = self.current_card()
        movable = card is not None and card.column != "main_goal"
        for widget in (self.up_button, self.down_button, self.delete_button):
            widget.setEnabled(movable)
        self.add_indicator_button.setEnabled(self._goal_for_indicator() is not None)

    # --- edits --------------------------------------------------------------------------------------------

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """A line edited in place: keep its text (QTreeWidget already shows it; the reload confirms it)."""
        card = self.cards.get(uuid.UUID(str(item.data(0, CARD_ROLE))))
        if card is None or column != 0:
            return
        text = item.text(0).strip()
        if not text or text == card.text:
            QTimer.singleShot(0, self, self.reload)  # an emptied line goes back to its text
            return
        QTimer.singleShot(0, self, partial(self.set_text, card, text))

    def set_text(self, card: CanvasCardView, text: str) -> bool:
        """One undo step, refused if the line was changed meanwhile elsewhere."""
        command = update_command(
            self.workspace,
            self.tr("Edit “{text}”").format(text=text),
            Kind.CANVAS_CARD,
            card.id,
            {"text": text},
            expected={"text": card.text},
        )
        done = self.workspace.apply(command)
        if not done or self._stale:
            self.reload()
        return done

    def _goal_for_indicator(self) -> CanvasCardView | None:
        """The sub-goal a new indicator goes under: the chosen one, or the chosen indicator's."""
        card = self.current_card()
        if card is None:
            return None
        if card.column == "indicators":
            parent = self.parents.get(card.id)
            return self.cards.get(parent) if parent is not None else None
        return card if card.column == "sub_goals" else None

    def add_sub_goal(self) -> bool:
        text = self.text.text().strip()
        if not text:
            self.message.setText(self.tr("Type the new sub-goal first."))
            self.text.setFocus()
            return False
        main = next(card for card in self.cards.values() if card.column == "main_goal")
        return self._add(AddCanvasCard(self.sheet_id, "sub_goals", text, serves=main.id), text)

    def add_indicator(self) -> bool:
        text = self.text.text().strip()
        goal = self._goal_for_indicator()
        if not text:
            return False
        if goal is None:
            self.message.setText(self.tr("Choose the sub-goal the indicator shows progress towards."))
            return False
        return self._add(AddCanvasCard(self.sheet_id, "indicators", text, serves=goal.id), text)

    def _add(self, operation: AddCanvasCard, text: str) -> bool:
        command = OperationCommand(self.workspace, self.tr("Add “{text}”").format(text=text), operation)
        if not self.workspace.apply(command):
            return False
        self.text.clear()
        if command.created_id is not None and operation.column == "sub_goals":
            self.select(command.created_id)  # the next Enter adds an indicator under the new sub-goal
        return True

    def delete_current(self) -> bool:
        """Delete the chosen sub-goal (with its indicators) or indicator, one undo step."""
        card = self.current_card()
        if card is None or card.column == "main_goal":
            return False
        ids = [card.id] + [other for other, parent in self.parents.items() if parent == card.id]
        current = self.tree.currentItem()
        near = (self.tree.itemBelow(current) or self.tree.itemAbove(current)) if current is not None else None
        near_id = str(near.data(0, CARD_ROLE)) if near is not None else None  # the items go with the reload
        command = OperationCommand(
            self.workspace,
            self.tr("Delete “{text}”").format(text=card.text),
            Delete(Kind.CANVAS_CARD, tuple(ids)),
        )
        if not self.workspace.apply(command):
            return False
        if near_id is not None and uuid.UUID(near_id) in self.cards:
            self.select(uuid.UUID(near_id))
        return True

    def move_current(self, step: int) -> bool:
        """Alt+Up/Down: a sub-goal among the sub-goals; an indicator among its sub-goal's, and past the first
        or last on into the sub-goal before or after (one undo step)."""
        card = self.current_card()
        if card is None or card.column == "main_goal" or self.tree.state() == QAbstractItemView.State.EditingState:
            return False
        operation = self._move(card, step)
        if operation is None:
            return False
        command = OperationCommand(self.workspace, self.tr("Move “{text}”").format(text=card.text), operation)
        done = self.workspace.apply(command)
        self.select(card.id)
        return done

    def _move(self, card: CanvasCardView, step: int) -> Operation[object] | None:
        where = (card.column, card.position)
        if card.column == "sub_goals":
            goals = self._goals()
            index = goals.index(card) + step
            return MoveCard(card.id, card.column, index, expected=where) if 0 <= index < len(goals) else None
        parent = self.parents.get(card.id)
        siblings = self._indicators(parent)
        index = siblings.index(card) + step
        if 0 <= index < len(siblings):
            return MoveCard(card.id, card.column, siblings[index].position, expected=where)
        goals = [goal for goal in self._goals()]
        at = next((i for i, goal in enumerate(goals) if goal.id == parent), None)
        if at is None or not 0 <= at + step < len(goals):
            return None
        goal = goals[at + step]
        attach: Operation[object] = AttachCard(card.id, goal.id)
        others = self._indicators(goal.id)
        if not others:
            return attach
        # Into the sub-goal before, as its last indicator; into the one after, as its first.
        edge = others[-1] if step < 0 else others[0]
        target = edge.position + (1 if step < 0 and edge.position < card.position else 0)
        if step > 0 and edge.position > card.position:
            target = edge.position - 1
        return Batch((attach, MoveCard(card.id, card.column, target)))

    def _goals(self) -> list[CanvasCardView]:
        return sorted((c for c in self.cards.values() if c.column == "sub_goals"), key=lambda c: c.position)

    def _indicators(self, goal_id: uuid.UUID | None) -> list[CanvasCardView]:
        return sorted(
            (c for c in self.cards.values() if c.column == "indicators" and self.parents.get(c.id) == goal_id),
            key=lambda c: c.position,
        )

    def edit_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item, 0)

    def index_of(self, card_id: uuid.UUID) -> QModelIndex:
        """The model index of a card's line (for tests and the keyboard)."""
        item = self.select(card_id)
        return self.tree.indexFromItem(item) if item is not None else QModelIndex()


# --- opening a sheet -------------------------------------------------------------------------------------


def open_goal_sheet(parent: QWidget, workspace: Workspace) -> GoalSheetWindow | None:
    """Ask which sheet to open (or which workshop gets a new one, phase 4's first) and open it."""
    every_workshop = workshops.list_workshops(workspace.store)
    phase = method_tools.tools_of(workspace.store).indicator_sheet.phase
    every_workshop.sort(key=lambda workshop: workshop.phase != phase)
    titles = {workshop.id: workshop.title for workshop in every_workshop}
    existing = distinct(
        (
            QCoreApplication.translate("GoalSheetChooser", "{sheet} – {workshop}").format(
                sheet=sheet.title, workshop=titles.get(sheet.workshop_id, "")
            ),
            sheet.id,
        )
        for sheet in method_tools.list_canvases(workspace.store, kind=method_tools.GOAL_SHEET)
    )
    new = distinct(
        (
            QCoreApplication.translate("GoalSheetChooser", "New sheet for “{workshop}”").format(
                workshop=workshop.title
            ),
            workshop.id,
        )
        for workshop in every_workshop
    )
    if not new:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("GoalSheetChooser", "Goals and indicators"),
            QCoreApplication.translate(
                "GoalSheetChooser", "A sheet belongs to a workshop: plan the indicator workshop first."
            ),
        )
        return None
    label, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("GoalSheetChooser", "Goals and indicators"),
        QCoreApplication.translate(
            "GoalSheetChooser", "Open a sheet, or start one from the method's sheet for a workshop:"
        ),
        [*existing, *new],
        0,
        False,
    )
    if not accepted:
        return None
    sheet_id = existing.get(label)
    if sheet_id is None:
        sheet_id = start_goal_sheet(workspace, new[label])
        if sheet_id is None:
            return None
    window = GoalSheetWindow(workspace, sheet_id, parent)
    window.show()
    return window


def start_goal_sheet(workspace: Workspace, workshop_id: uuid.UUID) -> uuid.UUID | None:
    """A new sheet for the workshop from the method's starting sheet, one undo step; its id."""
    activity = workspace.catalogue.activity(SHEET_ACTIVITY)
    title = (
        activity.title.get(workspace.language)
        if activity
        else QCoreApplication.translate("GoalSheetChooser", "Goals and indicators")
    )
    main, goals = method_tools.starting_sheet(workspace.store)
    command = OperationCommand(
        workspace,
        QCoreApplication.translate("GoalSheetChooser", "Start a goal-and-indicator sheet"),
        CreateGoalSheet(workshop_id, title, main, tuple((goal, tuple(items)) for goal, items in goals)),
    )
    if not workspace.apply(command):
        return None
    return command.created_id


class GoalSheetButton(QPushButton):
    """Phase 4's entry point: opens a workshop's goal-and-indicator sheet, or starts one."""

    opened = Signal(object)  # the GoalSheetWindow

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("goalSheetButton")
        self.clicked.connect(self._open)
        self.retranslate()

    @classmethod
    def for_phase(cls, workspace: Workspace, number: int, parent: QWidget | None = None) -> "GoalSheetButton | None":
        """The button for the phase page of ``number``: only the phase where the method uses the sheet."""
        if method_tools.tools_of(workspace.store).indicator_sheet.phase != number:
            return None
        return cls(workspace, parent)

    def retranslate(self) -> None:
        self.setText(self.tr("Goals and indicators…"))
        self.setAccessibleName(self.tr("Open or start the goal-and-indicator sheet"))
        self.setToolTip(
            self.tr("A main goal, its sub-goals and their indicators, started from the method's sheet (DAMVAD).")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _open(self) -> None:
        window = open_goal_sheet(self.window(), self.workspace)
        if window is not None:
            self.opened.emit(window)
