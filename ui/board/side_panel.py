"""The column beside the board: its title, the tools, who new notes are by, and the selected note in large type.

The board takes the full height of the window (a 16:9 screen is short, the board is nearly square), so the
spare width holds what a facilitator needs; the selected note is repeated here in large type for the back of
the room. The column scrolls if a small screen cannot hold it.
"""

import uuid

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.headings import body_text, muted_text, page_title, section_title

MIN_WIDTH = 250
MAX_WIDTH = 520
TITLE_SCALE = 0.7
"""Of a page title: the board's title wraps over two or three lines in a narrow column."""
CARD_TEXT_SCALE = 1.6
ICON_SIZE = 24
BUTTON_STYLE = "QPushButton { text-align: left; padding: 5px 8px; }"


class ActionButton(QPushButton):
    """A flat, left-aligned button that mirrors a QAction (text, icon, tooltip, enabled and checked state)."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setFlat(True)
        self.setStyleSheet(BUTTON_STYLE)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setCheckable(action.isCheckable())
        menu = action.menu()
        if isinstance(menu, QMenu):
            self.setMenu(menu)
        else:
            self.clicked.connect(lambda _checked=False: action.trigger())
        action.changed.connect(self._mirror)
        self._mirror()

    def _mirror(self) -> None:
        action = self.action
        self.setText(action.iconText())  # the text without its menu mnemonic
        self.setIcon(action.icon())
        self.setToolTip(action.toolTip())
        self.setEnabled(action.isEnabled())
        if action.isCheckable():
            self.setChecked(action.isChecked())


class BoardSidePanel(QScrollArea):
    """Title, tools and the selected note; ``author_chosen`` when another author for new notes is picked."""

    author_chosen = Signal(object)  # uuid.UUID | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardSidePanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(MIN_WIDTH)
        inner = QWidget(self)
        self.title = page_title(inner)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        self.title.setFont(font)
        self.subtitle = muted_text(inner)
        self.buttons = QVBoxLayout()
        self.buttons.setSpacing(0)
        self.view_buttons = QHBoxLayout()
        self.view_buttons.setSpacing(2)
        self.author_label = QLabel(inner)
        self.author = QComboBox(inner)
        self.author.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.author.setMinimumContentsLength(12)
        self.author_label.setBuddy(self.author)
        self.author.activated.connect(lambda _index: self.author_chosen.emit(self.author.currentData()))
        self.card_title = section_title(inner)
        self.card_text = body_text(inner, scale=CARD_TEXT_SCALE)
        self.card_details = muted_text(inner)
        for label in (self.title, self.subtitle, self.card_title, self.card_text, self.card_details):
            label.setTextFormat(Qt.TextFormat.PlainText)  # note texts are people's words, never markup
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(18, 14, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(self.buttons)
        layout.addSpacing(4)
        layout.addLayout(self.view_buttons)
        layout.addSpacing(10)
        layout.addWidget(self.author_label)
        layout.addWidget(self.author)
        layout.addSpacing(8)
        layout.addWidget(self.card_title)
        layout.addWidget(self.card_text)
        layout.addWidget(self.card_details)
        layout.addStretch(1)
        self.setWidget(inner)

    def add_tools(self, actions: list[QAction]) -> list[ActionButton]:
        """A full-width button per action, in order."""
        made = []
        for action in actions:
            button = ActionButton(action, self.widget())
            self.buttons.addWidget(button)
            made.append(button)
        return made

    def add_view_tools(self, actions: list[QAction]) -> list[QToolButton]:
        """A row of icon buttons (zoom and the like); their tooltips name them and their shortcuts."""
        made = []
        for action in actions:
            button = QToolButton(self.widget())
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
            self.view_buttons.addWidget(button)
            made.append(button)
        self.view_buttons.addStretch(1)
        return made

    def set_authors(self, people: list[tuple[uuid.UUID, str]], current: uuid.UUID | None) -> None:
        self.author.clear()
        self.author.addItem(QCoreApplication.translate("BoardSidePanel", "Nobody in particular"), None)
        for person_id, name in people:
            self.author.addItem(name, person_id)
        index = next((row for row in range(self.author.count()) if self.author.itemData(row) == current), 0)
        self.author.setCurrentIndex(index)

    def show_note(self, title: str, text: str, details: str) -> None:
        self.card_title.setText(title)
        self.card_text.setText(text)
        self.card_text.setVisible(bool(text))
        self.card_details.setText(details)
        self.card_details.setVisible(bool(details))

    def set_width(self, width: int) -> None:
        self.setFixedWidth(max(MIN_WIDTH, min(MAX_WIDTH, width)))
