"""The column people in the room use in participant mode: who you are, your note, how to place it, next person.

Everything is large (a touch screen, a projector, people standing): big type, big buttons, few words. A small
facilitator's corner at the bottom holds face-down writing, the reveal, and leaving the mode.
"""

import uuid
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.board import icons
from ui.board.colours import colour_names
from ui.widgets.headings import body_text, muted_text, page_title
from ui.workshop.look import scaled_font
from workshop_app import board_geometry as geo

BIG = 1.5
"""Controls and texts of the mode, relative to the interface font."""
NOTE_SCALE = 1.8
SWATCH = 52
MIN_WIDTH = 360
MAX_WIDTH = 560


class NoteEdit(QPlainTextEdit):
    """The note being written; Ctrl+Enter asks to place it with the keyboard (Enter alone starts a new line)."""

    place_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.place_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ParticipantBar(QFrame):
    """``author_chosen``/``colour_chosen`` when a person or colour is picked; ``next_person`` to start over."""

    author_chosen = Signal(object)  # uuid.UUID | None
    colour_chosen = Signal(str)
    next_person = Signal()
    leave_requested = Signal()

    def __init__(self, face_down: QAction, reveal: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.heading = page_title(self)
        self.who_label = QLabel(self)
        self.who_label.setFont(scaled_font(self.who_label, BIG, bold=True))
        self.who = QComboBox(self)
        self.who.setFont(scaled_font(self.who, BIG))
        self.who.setMinimumHeight(56)
        self.who_label.setBuddy(self.who)
        self.who.activated.connect(lambda _index: self.author_chosen.emit(self.who.currentData()))
        self.colour_label = QLabel(self)
        self.colours = QButtonGroup(self)
        self.colours.setExclusive(True)
        swatches = QHBoxLayout()
        swatches.setSpacing(8)
        self.swatches: dict[str, QToolButton] = {}
        for colour in geo.NOTE_PALETTE:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setIcon(icons.swatch(colour))
            button.setIconSize(QSize(SWATCH - 12, SWATCH - 12))
            button.setFixedSize(SWATCH, SWATCH)
            button.setAutoRaise(True)
            button.clicked.connect(partial(self._colour_clicked, colour))
            self.colours.addButton(button)
            self.swatches[colour] = button
            swatches.addWidget(button)
        swatches.addStretch(1)
        self.write_label = QLabel(self)
        self.write_label.setFont(scaled_font(self.write_label, BIG, bold=True))
        self.text = NoteEdit(self)
        self.text.setFont(scaled_font(self.text, NOTE_SCALE))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(int(self.text.fontMetrics().lineSpacing() * 3.6))
        self.text.setMaximumHeight(int(self.text.fontMetrics().lineSpacing() * 4.6))
        self.write_label.setBuddy(self.text)
        self.place_hint = body_text(self, scale=1.25)
        self.feedback = body_text(self, scale=1.25)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton(self)
        self.next_button.setFont(scaled_font(self.next_button, BIG, bold=True))
        self.next_button.setMinimumHeight(64)
        self.next_button.clicked.connect(self.next_person.emit)
        self.facilitator = muted_text(self)
        self.face_down = QCheckBox(self)
        self.face_down.toggled.connect(lambda on: face_down.setChecked(on) if face_down.isChecked() != on else None)
        face_down.toggled.connect(self.face_down.setChecked)
        self.face_down.setChecked(face_down.isChecked())
        self.reveal = QPushButton(self)
        self.reveal.clicked.connect(reveal.trigger)
        self._reveal_action = reveal
        reveal.changed.connect(self._mirror_reveal)
        self.leave = QPushButton(self)
        self.leave.clicked.connect(self.leave_requested.emit)
        corner = QHBoxLayout()
        corner.addWidget(self.reveal)
        corner.addWidget(self.leave)
        corner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addSpacing(6)
        layout.addWidget(self.who_label)
        layout.addWidget(self.who)
        layout.addWidget(self.colour_label)
        layout.addLayout(swatches)
        layout.addSpacing(6)
        layout.addWidget(self.write_label)
        layout.addWidget(self.text)
        layout.addWidget(self.place_hint)
        layout.addWidget(self.feedback)
        layout.addSpacing(6)
        layout.addWidget(self.next_button)
        layout.addStretch(1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.facilitator)
        layout.addWidget(self.face_down)
        layout.addLayout(corner)
        self.setTabOrder(self.who, self.text)
        self.setTabOrder(self.text, self.next_button)
        self.set_colour(geo.DEFAULT_NOTE_COLOUR)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Add your note"))
        self.who_label.setText(self.tr("1. &Who are you?"))
        self.who.setAccessibleName(self.tr("Who is writing"))
        self.colour_label.setText(self.tr("Your colour:"))
        for colour, name in colour_names().items():
            self.swatches[colour].setToolTip(name)
            self.swatches[colour].setAccessibleName(self.tr("Colour: {name}").format(name=name))
        self.write_label.setText(self.tr("2. &Write your note:"))
        self.text.setAccessibleName(self.tr("Your note"))
        self.text.setPlaceholderText(self.tr("One idea per note"))
        self.place_hint.setText(
            self.tr(
                "3. Tap the board where your note belongs. Or press Ctrl+Enter, move it with the arrow keys "
                "and press Enter."
            )
        )
        self.next_button.setText(self.tr("&Next person"))
        self.next_button.setToolTip(self.tr("Clear the name and the note for the next person (Ctrl+N)"))
        self.facilitator.setText(self.tr("For the facilitator"))
        self.face_down.setText(self.tr("Notes &face down until revealed"))
        self.leave.setText(self.tr("Leave participant mode (Esc)"))
        self._mirror_reveal()

    def _mirror_reveal(self) -> None:
        action = self._reveal_action
        self.reveal.setText(action.iconText())
        self.reveal.setToolTip(action.toolTip())
        self.reveal.setEnabled(action.isEnabled())

    def set_people(self, people: list[tuple[uuid.UUID, str]], current: uuid.UUID | None) -> None:
        self.who.clear()
        self.who.addItem(self.tr("Anonymous"), None)
        for person_id, name in people:
            self.who.addItem(name, person_id)
        row = next((r for r in range(self.who.count()) if self.who.itemData(r) == current), 0)
        self.who.setCurrentIndex(row)

    def person_name(self) -> str:
        return self.who.currentText() if self.who.currentData() is not None else ""

    def set_colour(self, colour: str) -> None:
        button = self.swatches.get(colour)
        if button is not None:
            button.setChecked(True)

    def _colour_clicked(self, colour: str) -> None:
        self.colour_chosen.emit(colour)

    def set_width(self, width: int) -> None:
        self.setFixedWidth(max(MIN_WIDTH, min(MAX_WIDTH, width)))
