"""The impact canvas window: the scene, and a row to add cards (typed, or picked from the method's starting
lists for the chosen column), link two selected cards, and delete. Every edit is one undo command."""

import uuid
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter
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

from ui.canvas.scene import CanvasScene
from ui.commands import OperationCommand
from ui.workspace import Workspace
from workshop_app.catalogue.tools import CANVAS_COLUMNS
from workshop_app.operations.changes import Kind
from workshop_app.operations.method_tools import AddCanvasCard, LinkCards
from workshop_app.operations.records import Delete
from workshop_app.services import method_tools


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
        self.message.setText(
            self.tr(
                "Work from left to right: the impacts wanted, then what must be achieved, then how, then with "
                "what. Select a card and one in the column just before it, then Link: it serves that card."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.scene.detach()
        super().closeEvent(event)

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
        if not chosen:
            return False
        command = OperationCommand(
            self.workspace,
            self.tr("Delete %n card(s)", "", len(chosen)),
            Delete(Kind.CANVAS_CARD, tuple(card.id for card in chosen)),
        )
        return self.workspace.apply(command)
