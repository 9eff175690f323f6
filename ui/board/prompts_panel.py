"""The Prompts tab: the method's prompt cards that fit this board, revealed one at a time and accepted when the
group takes one up.

The facilitator picks a group (a scenario's pros and cons on the VALUMA board, or one of the method's prompt
sets, which fit any board), chooses a card and shows it to the room: it is written large on the presentation
window (and in this tab). When the group takes it up, Accept puts it into the group's own list in one undo
step: a scenario's pro or con joins its quadrant's pros and cons (:class:`AcceptPrompt`, so it stays marked as
the method's in the Pros and cons tab and in the minutes); a discussion prompt becomes a note on the board,
on the vertical axis for the group to move where it belongs. Showing a card is not an edit of the programme
and is not kept in the file: it lasts while the window is open.
"""

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.board import icons
from ui.board.presentation import PresentationWindow
from ui.board.procons_model import kind_text
from ui.board.prompts import PromptCard, PromptGroup, board_prompts
from ui.board.scene import BoardScene, Mirrored, Part
from ui.board.side_panel import panel_button
from ui.commands import OperationCommand
from ui.widgets.action_button import describe
from ui.widgets.headings import body_text, muted_text
from ui.workshop.look import scaled_font
from ui.workspace import Workspace
from workshop_app.domain.enums import Quadrant
from workshop_app.domain.models import ProConView
from workshop_app.errors import WorkshopError
from workshop_app.operations.changes import Kind
from workshop_app.operations.notes import AddNote
from workshop_app.operations.records_of_minutes import AcceptPrompt
from workshop_app.services import boards, method_tools

LIST_TEXT_SCALE = 1.15
CARD_TEXT_SCALE = 1.3
"""The card shown to the room, repeated in this tab: read from the room when the laptop's screen is on the wall."""
KEY_ROLE = Qt.ItemDataRole.UserRole
NOTE_X = 0.0
NOTE_TOP = 0.85
NOTE_STEP = 0.15
NOTE_SLOTS = 6
"""An accepted discussion prompt lands on the vertical axis, from the top down, so several do not cover each
other; the group then moves each one where it belongs."""


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's present width: a list view asks for row sizes with no
    width, and a long prompt then gets too few lines and ends in "…"."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        wrapped = QStyleOptionViewItem(option)
        rect = wrapped.rect
        rect.setWidth(max(40, self.view.viewport().width() - 2 * self.view.spacing()))
        wrapped.rect = rect
        return super().sizeHint(wrapped, index)


class PromptsPanel(QWidget):
    """Prompt cards of one board. ``presentation`` gives the room's window while it is open; ``note_colour``
    the colour new notes get."""

    def __init__(
        self,
        workspace: Workspace,
        scene: BoardScene,
        presentation: Callable[[], PresentationWindow | None],
        note_colour: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PromptsPanel")
        self.workspace = workspace
        self.scene = scene
        self._presentation = presentation
        self._note_colour = note_colour
        self._groups: list[PromptGroup] = []
        self._board: uuid.UUID | None = None
        self._titles: dict[Quadrant, str] = {}
        self._editable = False
        self._pro_cons: list[ProConView] = []
        self._texts: frozenset[str] = frozenset()
        self._prompts: frozenset[str] = frozenset()
        self.revealed: str | None = None  # the key of the card shown to the room
        self.group_label = QLabel(self)
        self.group = QComboBox(self)
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(14)
        self.group_label.setBuddy(self.group)
        self.group.activated.connect(lambda _index: self._fill_cards())
        self.about = muted_text(self)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setFont(scaled_font(self.list, LIST_TEXT_SCALE))
        self.list.setSpacing(2)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.currentRowChanged.connect(lambda _row: self._show_chosen())
        self.card = body_text(self, scale=CARD_TEXT_SCALE)
        self.card.setTextFormat(Qt.TextFormat.PlainText)
        self.state = muted_text(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.reveal = self._action("Ctrl+Shift+Return", self.toggle_reveal, checkable=True)
        self.accept = self._action("Ctrl+Return", self.accept_chosen)
        self.take_back = self._action("Ctrl+Backspace", self.take_back_chosen)
        self._icons = ((self.reveal, icons.present), (self.accept, icons.add_note), (self.take_back, icons.delete))
        self.apply_icons()
        self.buttons = [panel_button(action, self) for action in (self.reveal, self.accept, self.take_back)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.group_label)
        layout.addWidget(self.group)
        layout.addWidget(self.about)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.card)
        layout.addWidget(self.state)
        buttons = QGridLayout()  # two to a row: the list keeps the height on a 768-pixel screen
        buttons.setSpacing(0)
        for index, button in enumerate(self.buttons):
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)
        self.setTabOrder(self.group, self.list)
        self.setTabOrder(self.list, self.buttons[0])
        scene.mirrored.connect(self._mirrored)
        self.retranslate()

    def _action(self, keys: str, slot: Callable[[], object], *, checkable: bool = False) -> QAction:
        """An action whose shortcut works anywhere in this tab (the list, the buttons)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def apply_icons(self) -> None:
        """Draw the buttons' icons (again) in the palette's colours, as the board's own tools are."""
        for action, icon in self._icons:
            action.setIcon(icon())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_icons()
        super().changeEvent(event)

    # --- texts ---------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("&Prompts of the method:"))
        self.group.setAccessibleName(self.tr("Which prompts of the method"))
        self.list.setAccessibleName(self.tr("Prompt cards"))
        self.card.setAccessibleName(self.tr("The chosen prompt"))
        describe(self.reveal, self.tr("&Show to the room"), self.tr("Show the chosen prompt large to the room"))
        describe(
            self.accept,
            self.tr("&Accept into the group's list"),
            self.tr("The group takes the prompt up: add it to the group's own list"),
        )
        describe(self.take_back, self.tr("&Take back"), self.tr("Take the accepted prompt out of the group's list"))
        self._fill_groups()

    def _group_title(self, group: PromptGroup) -> str:
        if group.quadrant is None:
            return group.title
        if group.title:
            return self.tr("Pros and cons: {scenario}").format(scenario=group.title)
        return self.tr("Pros and cons of a scenario")

    def _card_text(self, card: PromptCard) -> str:
        if card.kind is None:
            return card.text
        return self.tr("{kind}: {text}").format(kind=kind_text(card.kind), text=card.text)

    def _state_text(self, card: PromptCard) -> str:
        if card.accepted:
            if card.becomes_note:
                return self.tr("Accepted: a note on the board says it.")
            return self.tr("Accepted into the quadrant's pros and cons, marked as the method's prompt.")
        if card.key == self.revealed:
            return self.tr("Shown to the room; not accepted yet.")
        return self.tr("Not shown to the room yet.")

    # --- contents ------------------------------------------------------------------------------------------

    def set_board(self, board: uuid.UUID, titles: dict[Quadrant, str], *, editable: bool) -> None:
        """The board shown (its id), its quadrant titles and whether its lists can change (not a frozen round)."""
        if board != self._board:
            self.hide_from_room()
        self._board = board
        self._titles = dict(titles)
        self._editable = editable
        self.reload()
        self._show_chosen()  # what may be done to the chosen card follows ``editable`` even if no card changed

    def _mirrored(self, mirrored: Mirrored) -> None:
        """Read again only what can change a card: the board's pros and cons, or the texts of its notes (a
        drag changes neither, and costs nothing here)."""
        if mirrored.changes.touches(Kind.PRO_CON):
            self.reload()
        elif Part.NOTES in mirrored.parts and self._note_texts() != self._texts:
            self.reload(pro_cons=False)

    def _note_texts(self) -> frozenset[str]:
        """The face-up notes' texts that say a prompt's words: only these can change a card (a phone's own
        note, the usual change while the room writes, leaves the cards as they are)."""
        return frozenset(
            text for note in self.scene.notes() if not note.hidden and (text := note.text.strip()) in self._prompts
        )

    def reload(self, *, pro_cons: bool = True) -> None:
        """Read the board's prompts again (accepted or not) and show them, keeping the chosen group and card;
        ``pro_cons`` False keeps the pros and cons last read (only the notes' texts changed)."""
        board = self._board
        if board is None:
            groups: list[PromptGroup] = []
        else:
            if pro_cons:
                try:
                    self._pro_cons = boards.list_pro_cons(self.workspace.store, board)
                except WorkshopError:
                    self._pro_cons = []
            texts = [note.text for note in self.scene.notes() if not note.hidden]
            tools = method_tools.tools_of(self.workspace.store)
            groups = board_prompts(tools, self.workspace.language, self._pro_cons, texts, self._titles)
        self._prompts = frozenset(card.text.strip() for group in groups for card in group.cards)
        self._texts = self._note_texts()
        if groups != self._groups or self.group.count() != len(groups):
            self._groups = groups
            self._fill_groups()

    def _fill_groups(self) -> None:
        current = self.group.currentData()
        self.group.clear()
        for group in self._groups:
            self.group.addItem(self._group_title(group), group.key)
        row = self.group.findData(current)
        self.group.setCurrentIndex(row if row >= 0 else 0)
        self._fill_cards()

    def current_group(self) -> PromptGroup | None:
        key = self.group.currentData()
        return next((group for group in self._groups if group.key == key), None)

    def _fill_cards(self) -> None:
        chosen = self.list.currentItem()
        chosen_key = chosen.data(KEY_ROLE) if chosen is not None else None
        group = self.current_group()
        self.list.blockSignals(True)
        self.list.clear()
        accepted_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for card in group.cards if group is not None else ():
            item = QListWidgetItem(self._card_text(card))
            item.setData(KEY_ROLE, card.key)
            item.setToolTip(self._state_text(card))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self._state_text(card))
            if card.accepted:
                item.setIcon(accepted_icon)
            if card.key == self.revealed:
                font = self.list.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = [card.key for card in group.cards] if group is not None else []
        row = keys.index(chosen_key) if chosen_key in keys else (0 if keys else -1)
        self.list.setCurrentRow(row)
        if group is None:
            self.about.clear()
        elif group.quadrant is not None:
            self.about.setText(
                self.tr(
                    "The method's pros and cons of this scenario: prompts, not what the group said. "
                    "Show one to the room; accept it when the group takes it up."
                )
            )
        else:
            self.about.setText(
                self.tr(
                    "Questions of the method for any workshop. Show one to the room; an accepted question "
                    "becomes a note on the board."
                )
            )
        self._show_chosen()

    def chosen(self) -> PromptCard | None:
        item = self.list.currentItem()
        group = self.current_group()
        if item is None or group is None:
            return None
        key = item.data(KEY_ROLE)
        return next((card for card in group.cards if card.key == key), None)

    def _find(self, key: str) -> tuple[PromptGroup, PromptCard] | None:
        for group in self._groups:
            for card in group.cards:
                if card.key == key:
                    return group, card
        return None

    def _show_chosen(self) -> None:
        card = self.chosen()
        # Large here only while the room sees it (a laptop screen on the wall); otherwise the list has the room.
        self.card.setText(card.text if card is not None else "")
        self.card.setVisible(card is not None and card.key == self.revealed)
        self.state.setText(self._state_text(card) if card is not None else "")
        writable = self._board is not None and self._editable
        self.reveal.setEnabled(card is not None)
        self.reveal.setChecked(card is not None and card.key == self.revealed)
        self.accept.setEnabled(writable and card is not None and not card.accepted)
        self.take_back.setEnabled(writable and card is not None and card.accepted and not card.becomes_note)
        self.push_to_room()

    # --- the room ------------------------------------------------------------------------------------------

    def toggle_reveal(self) -> None:
        """Show the chosen card to the room, or stop showing it."""
        card = self.chosen()
        if card is None:
            return
        self.revealed = None if card.key == self.revealed else card.key
        self._fill_cards()

    def hide_from_room(self) -> None:
        self.revealed = None
        self.push_to_room()

    def revealed_card(self) -> tuple[PromptGroup, PromptCard] | None:
        return self._find(self.revealed) if self.revealed is not None else None

    def push_to_room(self) -> None:
        """The presentation window shows the revealed card (call again when it opens)."""
        window = self._presentation()
        if window is None:
            return
        found = self.revealed_card()
        if found is None:
            window.hide_prompt()
            return
        group, card = found
        heading = self._group_title(group)
        if card.kind is not None:
            heading = self.tr("{kind} · {group}").format(kind=kind_text(card.kind), group=group.title)
        window.show_prompt(heading, card.text, self.workspace.language)

    # --- the group's list ----------------------------------------------------------------------------------

    def accept_chosen(self) -> bool:
        """Into the group's list, one undo step: the scenario's pro or con accepted, or the question as a note."""
        card = self.chosen()
        board = self._board
        if card is None or card.accepted or board is None or not self.accept.isEnabled():
            return False
        if card.pro_con_id is not None:
            text = self.tr("Accept a prompt of the method")
            operation: AcceptPrompt | AddNote = AcceptPrompt(card.pro_con_id)
        else:
            text = self.tr("Accept a prompt of the method as a note")
            taken = sum(1 for group in self._groups for other in group.cards if other.accepted and other.becomes_note)
            y = NOTE_TOP - NOTE_STEP * (taken % NOTE_SLOTS)
            operation = AddNote(board, card.text, NOTE_X, y, colour=self._note_colour())
        return self.workspace.apply(OperationCommand(self.workspace, text, operation))

    def take_back_chosen(self) -> bool:
        """Out of the group's list again (a scenario's pro or con; a note is deleted on the board)."""
        card = self.chosen()
        if card is None or card.pro_con_id is None or not card.accepted or not self.take_back.isEnabled():
            return False
        text = self.tr("Take back a prompt of the method")
        return self.workspace.apply(OperationCommand(self.workspace, text, AcceptPrompt(card.pro_con_id, False)))
