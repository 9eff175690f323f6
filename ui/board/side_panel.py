"""The column beside the board: its title, the tools, and tabs: the selected note in large type, and the rest.

The board takes the full height of the window (a 16:9 screen is short, the board is nearly square), so the
spare width holds what a facilitator needs; the selected note is repeated here in large type for the back of
the room. The other tabs (pros and cons, dots, spread, rounds, the room) are added by the window; the note
tab scrolls if a small screen cannot hold it.
"""

import math
import uuid

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.action_button import ActionButton
from ui.widgets.headings import body_text, muted_text, page_title, section_title

MIN_WIDTH = 250
MAX_WIDTH = 520
TITLE_SCALE = 0.7
"""Of a page title: the board's title wraps over two or three lines in a narrow column."""
TITLE_LINES = 3
"""A longer board title is written smaller rather than pushing the tools down the column."""
CARD_TEXT_SCALE = 1.6
ICON_SIZE = 24


def panel_button(action: QAction, parent: QWidget | None = None) -> ActionButton:
    """A flat button for ``action`` in the board's panels, the width of its column, icon and text from the left.

    Without the mnemonic: the board window's menus hold the same actions with the same letters."""
    button = ActionButton(action, parent, mnemonic=False)
    button.setAutoRaise(True)
    button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class BoardSidePanel(QWidget):
    """Title, tools, and tabs: the selected note, and what other parts add (pros and cons, dots, rounds...).

    ``author_chosen`` when another author for new notes is picked."""

    author_chosen = Signal(object)  # uuid.UUID | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardSidePanel")
        self.setFixedWidth(MIN_WIDTH)
        self.title = page_title(self)
        # Its size is fitted to the column here (see set_title): the style sheet's page-title size must not
        # override it, or a long title runs past the height it was fitted to.
        self.title.setProperty("role", "boardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        self.title.setFont(font)
        self._title_size = font.pointSizeF()
        self._body_size = max(8.0, self.font().pointSizeF())
        self.subtitle = muted_text(self)
        self.buttons = QGridLayout()
        self.buttons.setSpacing(0)
        self.view_buttons = QHBoxLayout()
        self.view_buttons.setSpacing(2)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        note_page = QScrollArea(self.tabs)
        note_page.setWidgetResizable(True)
        note_page.setFrameShape(QFrame.Shape.NoFrame)
        note_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(note_page)
        self.author_label = QLabel(inner)
        self.author = QComboBox(inner)
        self.author.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.author.setMinimumContentsLength(12)
        self.author_label.setBuddy(self.author)
        self.author.activated.connect(lambda _index: self.author_chosen.emit(self.author.currentData()))
        self.card_title = section_title(inner)
        self.card_text = body_text(inner, scale=CARD_TEXT_SCALE)
        self.card_details = muted_text(inner)
        self.note_buttons = QVBoxLayout()
        self.note_buttons.setSpacing(0)
        for label in (self.title, self.subtitle, self.card_title, self.card_text, self.card_details):
            label.setTextFormat(Qt.TextFormat.PlainText)  # note texts are people's words, never markup
        note_layout = QVBoxLayout(inner)
        note_layout.setContentsMargins(10, 10, 10, 10)
        note_layout.setSpacing(6)
        note_layout.addWidget(self.author_label)
        note_layout.addWidget(self.author)
        note_layout.addSpacing(8)
        note_layout.addWidget(self.card_title)
        note_layout.addWidget(self.card_text)
        note_layout.addWidget(self.card_details)
        note_layout.addLayout(self.note_buttons)
        note_layout.addStretch(1)
        note_page.setWidget(inner)
        self.note_page = note_page
        self.tabs.addTab(note_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addLayout(self.buttons)
        layout.addLayout(self.view_buttons)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)

    def set_title(self, text: str) -> None:
        """The board's title, in the largest size (down to the body text's) that fits :data:`TITLE_LINES` lines
        of the column with no word cut; it then takes the height it needs, so it never runs into the line
        below. The whole title is in the tooltip too."""
        self.title.setText(text)
        self.title.setToolTip(text)
        self._fit_title()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_title()  # the title was fitted to the column's width when it was set

    def _fit_title(self) -> None:
        label = self.title
        text = label.text()
        width = max(1, self.width() - 24)
        size = self._title_size
        font = label.font()
        while True:
            font.setPointSizeF(size)
            label.setFont(font)
            metrics = QFontMetricsF(font)
            widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)
            lines = _wrapped_height(metrics, text, width) / max(1.0, metrics.lineSpacing())
            if (widest <= width and lines <= TITLE_LINES + 0.5) or size <= self._body_size:
                break
            size = max(self._body_size, size - 1)
        # Measured here, not with QLabel.heightForWidth: the label keeps the height it measured for the width it
        # had when it was last laid out, and this runs as the column's width changes.
        label.setMinimumHeight(math.ceil(_wrapped_height(QFontMetricsF(label.font()), text, width)))

    def add_tools(self, actions: list[QAction], columns: int = 2) -> list[ActionButton]:
        """A button per action, in rows of ``columns``."""
        made = []
        for index, action in enumerate(actions):
            button = panel_button(action, self)
            self.buttons.addWidget(button, index // columns, index % columns)
            made.append(button)
        return made

    def add_note_tools(self, actions: list[QAction]) -> list[ActionButton]:
        """Buttons under the selected note (things done to it)."""
        made = []
        for action in actions:
            button = panel_button(action, self.note_page.widget())
            self.note_buttons.addWidget(button)
            made.append(button)
        return made

    def add_tab(self, page: QWidget) -> int:
        return self.tabs.addTab(page, "")

    def add_view_tools(self, actions: list[QAction]) -> list[QToolButton]:
        """A row of icon buttons (zoom and the like); their tooltips name them and their shortcuts."""
        made = []
        for action in actions:
            button = QToolButton(self)
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


def _wrapped_height(metrics: QFontMetricsF, text: str, width: int) -> float:
    """The height of ``text`` wrapped at word boundaries to ``width``."""
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt.TextFlag.TextWordWrap, text).height()
