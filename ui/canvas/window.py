"""The impact canvas window: the scene, and a row to add cards (typed, or picked from the method's starting
lists for the chosen column), link two selected cards, and delete. A card's text is edited in place
(double-click, F2 or Enter); a card is dragged to another place in its column or to another column, or moved
with Alt+Up/Down (within its column) and Alt+Left/Right (to the neighbouring column; links that no longer
join neighbouring columns go, and come back with the undo). The arrow keys go from card to card. Every edit
is one undo command, and says what the person saw, so a change made meanwhile elsewhere is refused."""

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.canvas.scene import CanvasScene, CardItem
from ui.commands import OperationCommand, update_command
from ui.widgets.key_actions import trigger_for_key
from ui.workspace import Workspace
from workshop_app.catalogue.tools import CANVAS_COLUMNS
from workshop_app.domain.method_tools import CanvasCardView
from workshop_app.operations.changes import Kind
from workshop_app.operations.method_tools import AddCanvasCard, LinkCards, MoveCard
from workshop_app.operations.records import Delete
from workshop_app.services import method_tools

MAX_SCALE = 1.6


class CanvasWindow(QMainWindow):
    """One canvas of a workshop, edited with the mouse or the keyboard."""

    def __init__(self, workspace: Workspace, canvas_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CanvasWindow")
        self.workspace = workspace
        self.canvas_id = canvas_id
        self.scene = CanvasScene(workspace, canvas_id)
        self.view = QGraphicsView(self.scene, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.column_label = QLabel(self)
        self.column = QComboBox(self)
        self.column_label.setBuddy(self.column)
        self.text = QLineEdit(self)
        self.text.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_typed)
        self.picks_button = QPushButton(self)
        self.picks = QMenu(self.picks_button)
        self.picks.aboutToShow.connect(self._fill_picks)
        self.picks_button.setMenu(self.picks)
        self.link_action = QAction(self)
        self.link_action.setShortcut(QKeySequence("Ctrl+L"))
        self.link_action.triggered.connect(self.link_selected)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addActions([self.link_action, self.delete_action])
        self._keys: dict[str, QAction] = {}
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.edit_action = self._view_action(["F2", "Return", "Enter"], self.edit_focused)
        self.up_action = self._view_action(["Alt+Up"], partial(self.move_focused, 0, -1))
        self.down_action = self._view_action(["Alt+Down"], partial(self.move_focused, 0, 1))
        self.left_action = self._view_action(["Alt+Left"], partial(self.move_focused, -1, 0))
        self.right_action = self._view_action(["Alt+Right"], partial(self.move_focused, 1, 0))
        for key, step in (("Up", (0, -1)), ("Down", (0, 1)), ("Left", (-1, 0)), ("Right", (1, 0))):
            self._view_action([key], partial(self.go, *step))
        self.scene.card_dropped.connect(self.move_card)
        self.scene.text_edited.connect(self.set_text)
        workspace.failed.connect(self._show_failure)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self.link_action.trigger)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.column_label)
        row.addWidget(self.column)
        row.addWidget(self.text, 1)
        for button in (self.add_button, self.picks_button, self.link_button, self.delete_button):
            row.addWidget(button)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.setCentralWidget(body)
        self.resize(1366, 768)
        self.retranslate()

    def _view_action(self, keys: list[str], slot: Callable[[], object]) -> QAction:
        """A key of the canvas itself: it acts while the canvas has the focus and no card is being edited,
        never while typing elsewhere (Enter in the new card's field adds that card, arrow keys move the
        editor's cursor). The view's event filter reads the keys, rather than shortcuts, which would also
        fire while a card's text is being edited on the canvas."""
        action = QAction(self.view)
        action.triggered.connect(slot)
        for key in keys:
            self._keys[QKeySequence(key).toString()] = action
        return action

    def _fit_width(self) -> None:
        """Scale the canvas to the window's width (never smaller than its own size, at most 1.6 times), so a
        wide screen or projector shows the cards larger instead of a blank strip on the right."""
        wanted = (self.view.viewport().width() - 8) / (self.scene.width_needed() + 16)
        scale = max(1.0, min(wanted, MAX_SCALE))
        if abs(self.view.transform().m11() - scale) > 0.01:
            self.view.resetTransform()
            self.view.scale(scale, scale)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_width)  # after the scroll bars have settled
        if watched is self.view and event.type() == QEvent.Type.KeyPress and self.scene.editor is None:
            assert isinstance(event, QKeyEvent)
            if trigger_for_key(event, self._keys):
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        canvas = next((c for c in method_tools.list_canvases(self.workspace.store) if c.id == self.canvas_id), None)
        self.setWindowTitle(self.tr("Impact canvas – {title}").format(title=canvas.title if canvas else ""))
        tools = method_tools.tools_of(self.workspace.store)
        chosen = self.column.currentIndex()
        self.column.clear()
        for column in tools.impact_canvas.columns:
            self.column.addItem(column.title.get(self.workspace.language), column.key)
        self.column.setCurrentIndex(max(chosen, 0))
        self.column_label.setText(self.tr("&Column:"))
        self.text.setPlaceholderText(self.tr("A new card's text"))
        self.text.setAccessibleName(self.tr("Text of the new card"))
        self.add_button.setText(self.tr("&Add card"))
        self.picks_button.setText(self.tr("From the &method"))
        self.picks_button.setAccessibleName(self.tr("Add a starting pick of the method to the column"))
        self.link_action.setText(self.tr("&Link the selected cards"))
        self.link_button.setText(self.tr("&Link (Ctrl+L)"))
        self.link_button.setAccessibleName(self.tr("Link the two selected cards"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected cards"))
        self.view.setAccessibleName(self.tr("The canvas: impacts, results, means and activities, resources"))
        self.view.setAccessibleDescription(
            self.tr(
                "Arrow keys go from card to card; F2 or Enter edits a card; Alt+Up and Alt+Down move it within "
                "its column, Alt+Left and Alt+Right to the next column; Delete removes it."
            )
        )
        self.edit_action.setText(self.tr("&Edit the card's text"))
        self.up_action.setText(self.tr("Move the card up"))
        self.down_action.setText(self.tr("Move the card down"))
        self.left_action.setText(self.tr("Move the card to the column on the left"))
        self.right_action.setText(self.tr("Move the card to the column on the right"))
        self.message.setText(
            self.tr(
                "Work from left to right: the impacts wanted, then what must be achieved, then how, then with "
                "what. Select a card and one in the column just before it, then Link: it serves that card. "
                "Double-click or F2 edits a card; drag it, or Alt+arrow keys, to move it."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.scene.editor is not None:
            self.scene.editor.finish(True)
        self.scene.detach()
        self.workspace.failed.disconnect(self._show_failure)
        super().closeEvent(event)

    def _show_failure(self, message: str) -> None:
        self.message.setText(message)

    def current_column(self) -> str:
        key = self.column.currentData()
        return key if isinstance(key, str) else CANVAS_COLUMNS[0]

    # --- edits -------------------------------------------------------------------------------------------

    def add_typed(self) -> bool:
        text = self.text.text().strip()
        if not text:
            return False
        if self.add_card(self.current_column(), text, origin="group"):
            self.text.clear()
            return True
        return False

    def add_card(self, column: str, text: str, *, origin: str) -> bool:
        command = OperationCommand(
            self.workspace,
            self.tr("Add the card “{text}”").format(text=text),
            AddCanvasCard(self.canvas_id, column, text, origin=origin),
        )
        return self.workspace.apply(command)

    def _fill_picks(self) -> None:
        self.picks.clear()
        column = self.current_column()
        lists = method_tools.tools_of(self.workspace.store).impact_canvas.starting_lists()
        for text in lists[column]:
            label = text.get(self.workspace.language)
            action = self.picks.addAction(label.replace("&", "&&"))
            action.triggered.connect(partial(self._pick, column, label))

    def _pick(self, column: str, text: str, _checked: bool = False) -> None:
        self.add_card(column, text, origin="method")

    def link_selected(self) -> bool:
        """Two selected cards in neighbouring columns: the right one serves the left one."""
        chosen = self.scene.selected_cards()
        if len(chosen) != 2:
            self.message.setText(self.tr("Select two cards in neighbouring columns to link them."))
            return False
        target, source = chosen
        command = OperationCommand(self.workspace, self.tr("Link two cards"), LinkCards(source.id, target.id))
        return self.workspace.apply(command)

    def delete_selected(self) -> bool:
        chosen = self.scene.selected_cards()
        if not chosen or self.scene.editor is not None:
            return False
        command = OperationCommand(
            self.workspace,
            self.tr("Delete %n card(s)", "", len(chosen)),
            Delete(Kind.CANVAS_CARD, tuple(card.id for card in chosen)),
        )
        return self.workspace.apply(command)

    def edit_focused(self) -> bool:
        """Open the in-place editor on the focused (or selected) card."""
        item = self.scene.focused_card()
        return item is not None and self.scene.edit(item.card.id) is not None

    def set_text(self, card: CanvasCardView, text: str) -> bool:
        """Keep a card's edited text: one undo step, refused if the card changed meanwhile elsewhere."""
        command = update_command(
            self.workspace,
            self.tr("Edit the card “{text}”").format(text=text),
            Kind.CANVAS_CARD,
            card.id,
            {"text": text},
            expected={"text": card.text},
        )
        return self.workspace.apply(command)

    def move_card(self, card: CanvasCardView, column: str, index: int) -> bool:
        """Move a card to ``index`` of ``column``: one undo step, refused if it moved meanwhile elsewhere."""
        command = OperationCommand(
            self.workspace,
            self.tr("Move the card “{text}”").format(text=card.text),
            MoveCard(card.id, column, index, expected=(card.column, card.position)),
        )
        moved = self.workspace.apply(command)
        item = self.scene.cards.get(card.id)
        if item is not None:
            self.scene.clearSelection()
            item.setSelected(True)
            item.setFocus()
            self.view.ensureVisible(item)
        return moved

    def move_focused(self, columns: int, rows: int) -> bool:
        """Alt+arrow: the focused card one place up or down its column, or into the next column (at the
        same height in its order)."""
        item = self.scene.focused_card()
        if item is None or self.scene.editor is not None:
            return False
        card = item.card
        at = CANVAS_COLUMNS.index(card.column) + columns
        if not 0 <= at < len(CANVAS_COLUMNS):
            return False
        index = card.position + rows
        if columns == 0 and not 0 <= index < len(self.scene.column_cards(card.column)):
            return False
        return self.move_card(card, CANVAS_COLUMNS[at], max(index, 0))

    def go(self, columns: int, rows: int) -> CardItem | None:
        """Arrow keys: focus the next card up or down the column, or the nearest in the next column."""
        item = self.scene.focused_card()
        if item is None:
            chosen = next(iter(self.scene.cards.values()), None)
        elif columns == 0:
            cards = self.scene.column_cards(item.card.column)
            index = cards.index(item) + rows
            chosen = cards[index] if 0 <= index < len(cards) else None
        else:
            at = CANVAS_COLUMNS.index(item.card.column) + columns
            cards = self.scene.column_cards(CANVAS_COLUMNS[at]) if 0 <= at < len(CANVAS_COLUMNS) else []
            chosen = min(cards, key=lambda c: abs(c.home.y() - item.home.y()), default=None)
        if chosen is not None:
            self.scene.clearSelection()
            chosen.setSelected(True)
            chosen.setFocus()
            self.view.ensureVisible(chosen)
        return chosen
