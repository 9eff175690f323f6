"""The board window: the board as large as the screen allows, its tools beside it, and a status line.

Opened from the Workshops page (:func:`open_board_window`) or from the command line (:func:`ui.launch.run_board`). It
shares the programme's workspace, so its edits are on the same undo stack as the main window's and every
change is written to the file at once.
"""

import math
import uuid
import weakref
from functools import partial

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from ui import settings
from ui.board import describe, room_text
from ui.board.analysis_panels import RoundsPanel, SpreadPanel
from ui.board.banner import Banner
from ui.board.board_actions import BoardActions
from ui.board.colours import colour_name
from ui.board.commands import next_round_command
from ui.board.controller import BoardController
from ui.board.geometry import CANVAS
from ui.board.hybrids_panel import HybridsPanel
from ui.board.keyboard import BoardKeyboard
from ui.board.note_item import NoteItem
from ui.board.overlays import OverlayLayer, show_changes, show_spread
from ui.board.panel_refresh import PanelRefresh
from ui.board.participant_bar import ParticipantBar
from ui.board.participant_mode import ParticipantMode
from ui.board.procons_panel import ProConsPanel
from ui.board.prompts_panel import PromptsPanel
from ui.board.room import Room
from ui.board.room_panel import RoomPanel
from ui.board.room_phones import PhoneRoom
from ui.board.room_phones_panel import PhonesPanel
from ui.board.scene import BoardScene, Mirrored, Part
from ui.board.side_panel import BoardSidePanel
from ui.board.view import FIT_MARGIN, BoardView
from ui.board.votes import Result, Voting
from ui.board.votes_panel import VotesPanel
from ui.commands import OperationCommand
from ui.workspace import Workspace
from workshop_app.domain.enums import Quadrant
from workshop_app.errors import WorkshopError
from workshop_app.operations.changes import ChangeSet, Kind
from workshop_app.operations.programme import ActionsFrom
from workshop_app.services import board_view, participants, rounds, spread, workshops
from workshop_app.services.board_view import BoardNote

FAILURE_SECONDS = 12
OVERLAY_Z = 3
EDITING = ("add", "select_all", "colour", "by_author", "tidy")
"""Actions that change notes: off in voting mode, participant mode and on a frozen round (edit and delete
follow the selection as well, in ``_selection_changed``)."""


class BoardWindow(QMainWindow):
    """One board of the open programme, for the facilitator at the laptop and the room at the projector."""

    def __init__(self, workspace: Workspace, board_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("BoardWindow")
        self.workspace = workspace
        self._stale = False
        self._people_list: list[tuple[uuid.UUID, str]] | None = None  # read again when people change
        self._round_notes: dict[uuid.UUID, list[BoardNote]] = {}  # earlier rounds' notes, for comparing
        self.scene = BoardScene(workspace, board_id, self)
        self.scene.set_show_authors(settings.BOARD_SHOW_AUTHORS.get())
        self.controller = BoardController(workspace, self.scene, self)
        self.controller.new_note_colour = settings.BOARD_NOTE_COLOUR.get()
        self.view = BoardView(self.scene, self)
        self.keyboard = BoardKeyboard(self.controller, self.view.leave)
        self.view.key_handler = self.keyboard.handle
        self.view.entered = self.keyboard.enter
        self.panel = BoardSidePanel(self)
        self.position_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.undo_action = workspace.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = workspace.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.undo_action, self.redo_action])  # at hand in full screen too, without the menus
        self.tools = BoardActions(self, self.view)
        self.tools.build_menus(self.menuBar(), self.undo_action, self.redo_action)
        self._connect_actions()
        actions = self.tools
        self.panel.add_tools(
            [
                actions.add,
                actions.edit,
                actions.delete,
                actions.colour,
                actions.authors,
                actions.face_down,
                actions.reveal,
            ]
        )
        self.panel.add_view_tools([actions.zoom_out, actions.zoom_in, actions.fit, actions.full_screen])
        self.panel.add_note_tools([actions.make_action])
        self._build_part_two()
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.panel)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.participant_bar)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.position_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.setTabOrder(self.panel.author, self.view)
        self.panel.author_chosen.connect(self._author_chosen)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.focusItemChanged.connect(lambda *_args: self._selection_changed())
        self.scene.board_gone.connect(self._board_gone)
        self.controller.created.connect(self.controller.select_note)
        self.view.zoom_changed.connect(lambda _zoom: self._show_zoom())
        # While phones can write, the scene and the panels take in their changes in bursts. The scene keeps no
        # reference to the window (a scene without a parent must die with its last reference).
        phones = weakref.ref(self.phones)

        def phones_can_write() -> bool:
            room = phones()
            return room is not None and room.running

        self.panel_refresh = PanelRefresh(self._refresh_panels, phones_can_write, self)
        self.scene.arrivals.busy = phones_can_write
        self.scene.mirrored.connect(self._mirrored)
        workspace.failed.connect(self._show_failure)
        self.room.message.connect(self._show_failure)
        self.retranslate()
        self.resize(1366, 768)
        geometry = settings.BOARD_GEOMETRY.get()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._owner = parent.window() if parent is not None else None
        if self._owner is not None:
            self._owner.installEventFilter(self)  # close before the main window closes the programme file

    def _connect_actions(self) -> None:
        tools, controller, view = self.tools, self.controller, self.view
        bind = tools.bind
        bind(tools.add, self._add_note)
        bind(tools.edit, controller.edit_selected)
        bind(tools.delete, controller.delete_selected)
        bind(tools.select_all, lambda: self.scene.select_only(self.scene.note_items()))
        for colour, action in tools.colours.items():
            bind(action, partial(self._set_colour, colour))
        bind(tools.by_author, lambda: controller.colour_by_author(self.tr("Colour notes by author")))
        bind(tools.authors, self._toggle_authors)
        tools.face_down.toggled.connect(lambda on: setattr(controller, "new_notes_hidden", on))
        bind(tools.reveal, controller.reveal)
        bind(tools.tidy, controller.tidy)
        bind(tools.large_notes, self.update_room_view)
        bind(tools.zoom_in, view.zoom_in)
        bind(tools.zoom_out, view.zoom_out)
        bind(tools.fit, view.fit)
        bind(tools.full_screen, self._toggle_full_screen)
        for quadrant, action in tools.quadrants.items():
            bind(action, partial(view.zoom_to_quadrant, quadrant))
        bind(tools.close, self.close)
        tools.authors.setChecked(self.scene.show_authors)
        tools.show_colour(controller.new_note_colour)

    def _build_part_two(self) -> None:
        """Voting, pros and cons, spread, rounds, the room, participant mode; tabs beside the board."""
        tools, workspace = self.tools, self.workspace
        self.voting = Voting(workspace, self.scene, self)
        self.procons = ProConsPanel(workspace, self)
        self.votes_panel = VotesPanel(self.voting, tools.voting, self)
        self.spread_panel = SpreadPanel(tools.spread, self)
        self.rounds_panel = RoundsPanel(tools.freeze, tools.compare, self)
        self.room = Room(workspace, self.scene, self.view, tools, self)
        self.room.views_changed.connect(self.update_room_view)
        self.view.visible_changed.connect(self._participant_view_changed)
        self._authors_outside_room: bool | None = None
        self.room_panel = RoomPanel(
            self.room.timer,
            tools.participant,
            tools.present,
            tools.follow,
            [tools.timer_toggle, tools.timer_reset],
            self,
        )
        self.phones = PhoneRoom(workspace, lambda: self.scene.board_id, self.room.timer, tools.face_down, self)
        self.phones_panel = PhonesPanel(self.phones, self)
        self.phones.changed.connect(lambda: self.room.set_join(self.phones.qr_pixmap(12), self.phones.url or ""))
        self.prompts = PromptsPanel(
            workspace, self.scene, lambda: self.room.presentation, lambda: self.controller.new_note_colour, self
        )
        self.room.views_changed.connect(self.prompts.push_to_room)  # a presentation opened shows the revealed card
        self.hybrids = HybridsPanel(workspace, self)
        for page in (
            self.procons,
            self.prompts,
            self.hybrids,
            self.votes_panel,
            self.spread_panel,
            self.rounds_panel,
            self.room_panel,
            self.phones_panel,
        ):
            self.panel.add_tab(page)
        self.banner = Banner(self)
        self.banner.button.clicked.connect(self.show_latest_round)
        self.participant_bar = ParticipantBar(tools.face_down, tools.reveal, self)
        self.participant_bar.hide()
        self.participant = ParticipantMode(self.controller, self.participant_bar, self)
        self.participant_bar.leave_requested.connect(self.ask_to_leave_participant_mode)
        self.participant_bar.colour_chosen.connect(lambda colour: None)
        self.confirm_box: QMessageBox | None = None
        self._previous_round: uuid.UUID | None = None
        self.spread_layer = OverlayLayer(OVERLAY_Z)
        self.compare_layer = OverlayLayer(OVERLAY_Z)
        self.scene.addItem(self.spread_layer)
        self.scene.addItem(self.compare_layer)
        self.view.click_handler = self._board_clicked
        self.view.key_handler = self._board_key
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.votes_panel.voter_chosen.connect(lambda _voter: self._selection_changed())
        self.rounds_panel.round_chosen.connect(self.show_round)
        self.spread_panel.table.selectionModel().currentRowChanged.connect(lambda *_: self._spread_chosen())
        self.scene.board_changed.connect(self._board_changed)
        bind = tools.bind
        bind(tools.make_action, self.make_action_from_selected)
        bind(tools.voting, lambda: self.set_voting(tools.voting.isChecked()))
        bind(tools.spread, self._show_overlays)
        bind(tools.compare, self._show_overlays)
        bind(tools.freeze, self.ask_to_freeze)
        bind(tools.participant, lambda: self.set_participant_mode(tools.participant.isChecked()))
        bind(tools.leave, self._escape_in_participant_mode)
        bind(tools.next_person, self.participant.next_person)
        self.show_prompts = self._tab_action("Ctrl+Shift+M", self.prompts, self.prompts.list)
        self.show_hybrids = self._tab_action("Ctrl+Shift+B", self.hybrids, self.hybrids.models_view)
        tools.view_menu.addSeparator()
        tools.view_menu.addActions([self.show_prompts, self.show_hybrids])

    def _tab_action(self, keys: str, page: QWidget, focus: QWidget) -> QAction:
        """A window-wide shortcut (and View menu item) that opens a tab beside the board and focuses it."""
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))

        def show() -> None:
            if self.panel.tabs.isTabVisible(self.panel.tabs.indexOf(page)):
                self.panel.tabs.setCurrentWidget(page)
                focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

        action.triggered.connect(lambda _checked=False: show())
        self.addAction(action)
        return action

    # --- modes --------------------------------------------------------------------------------------------

    @property
    def in_participant_mode(self) -> bool:
        return self.participant_bar.isVisible() or self.tools.leave.isEnabled()

    def _board_clicked(self, event: QMouseEvent, point: QPointF) -> bool:
        """Participant mode and voting mode take the board's clicks; a right-click selects the note under it."""
        if self.tools.leave.isEnabled():
            return self.participant.handle_click(event, point)
        note = self.scene.note_at(point)
        if self.voting.active:
            if note is None or event.type() not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                return True
            self.scene.select_only([note])
            if event.button() == Qt.MouseButton.LeftButton:
                self.voting.add_dot(note.note_id)
            elif event.button() == Qt.MouseButton.RightButton:
                self.voting.remove_dot(note.note_id)
            return True
        if event.button() == Qt.MouseButton.RightButton and note is not None and not note.isSelected():
            self.scene.select_only([note])
        return False

    def _board_key(self, event: QKeyEvent) -> bool:
        if self.tools.leave.isEnabled():
            return self.participant.handle_key(event)
        if self.voting.active:
            selected = self.scene.selected_notes()
            key = event.key()
            if selected and key in (Qt.Key.Key_Space, Qt.Key.Key_Plus):
                return self.voting.add_dot(selected[0].note_id) or True
            if selected and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Minus):
                return self.voting.remove_dot(selected[0].note_id) or True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return True  # no editing while voting
        return self.keyboard.handle(event)

    def _update_editing(self) -> None:
        """Editing actions only where editing makes sense (not voting, not for the room, not a frozen round)."""
        editable = self.scene.editable and not self.voting.active and not self.tools.leave.isEnabled()
        for name in EDITING:
            getattr(self.tools, name).setEnabled(editable)
        for colour in self.tools.colours.values():
            colour.setEnabled(editable)
        frozen_free = self.scene.editable
        self.tools.voting.setEnabled(frozen_free)
        self.tools.face_down.setEnabled(frozen_free)
        self.tools.freeze.setEnabled(frozen_free)
        self.tools.show_hidden_count(self.scene.hidden_count(), self.scene.editable)
        self.view.setContextMenuPolicy(
            Qt.ContextMenuPolicy.ActionsContextMenu if editable else Qt.ContextMenuPolicy.NoContextMenu
        )
        self._selection_changed()

    def set_voting(self, on: bool) -> None:
        """Voting mode: clicks give dots instead of selecting and dragging; notes stay where they are."""
        self.voting.active = on and self.scene.editable
        self.tools.voting.setChecked(self.voting.active)
        for item in self.scene.note_items():
            item.set_movable(self.scene.editable and not self.voting.active)
        if self.voting.active:
            self.panel.tabs.setCurrentWidget(self.votes_panel)
            self.view.setDragMode(self.view.DragMode.NoDrag)
        else:
            self.view.setDragMode(self.view.DragMode.RubberBandDrag)
        self._update_editing()

    def set_participant_mode(self, on: bool) -> None:
        """The room's full-screen view (no menus, no editing tools, big controls), or back to the facilitator's."""
        tools = self.tools
        if on and not self.scene.editable:
            tools.participant.setChecked(False)
            self._show_failure(self.tr("Participant mode is for the latest round; this round is frozen."))
            return
        if on:
            self.set_voting(False)
            self._was_full_screen = self.isFullScreen()
            self.scene.clearSelection()
            self.participant.cancel_placement()
            self.participant_bar.set_people(self._people(), None)
            self.participant_bar.set_colour(self.controller.new_note_colour)
            self.participant.colour = self.controller.new_note_colour
        tools.leave.setEnabled(on)
        tools.next_person.setEnabled(on)
        tools.participant.setChecked(on)
        self.menuBar().setVisible(not on and not self.isFullScreen())
        self.statusBar().setVisible(not on)
        self.panel.setVisible(not on)
        self.participant_bar.setVisible(on)
        for item in self.scene.note_items():
            item.set_movable(self.scene.editable and not on)
        self.view.setDragMode(self.view.DragMode.NoDrag if on else self.view.DragMode.RubberBandDrag)
        if on:
            self.showFullScreen()
            self.participant_bar.text.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.participant.cancel_placement()
            if not getattr(self, "_was_full_screen", False):
                self.showNormal()
            self.menuBar().setVisible(not self.isFullScreen())
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        tools.full_screen.setChecked(self.isFullScreen())
        self._show_banner()
        self._update_editing()
        self._share_width()
        self.update_room_view()

    def _participant_view_changed(self) -> None:
        if self.in_participant_mode:
            self.update_room_view()  # full screen reached: the wall's scale is known now

    def update_room_view(self) -> None:
        """While a room view shows the board (participant mode, the presentation window) every note's whole text
        is fitted to its card and the cards are enlarged as far as the wall needs and the board's layout allows
        (no two cards come to overlap: :mod:`ui.board.room_text`), and authors are hidden unless the facilitator
        shows them; afterwards the board is as it was."""
        scales = []
        if self.in_participant_mode:
            scales.append(self.view.fit_scale())
        presentation = self.room.presentation
        if presentation is not None and presentation.isVisible():
            scales.append(presentation.view.fit_scale())
        if scales:
            if self._authors_outside_room is None:
                self._authors_outside_room = self.scene.show_authors
                self.tools.authors.setChecked(False)
                self.scene.set_show_authors(False)
            large = self.tools.large_notes.isChecked()
            scale = 1.0
            if large:
                centres = [(item.x(), item.y()) for item in self.scene.note_items()]
                scale = room_text.spread_limit(centres, room_text.card_scale(min(scales)))
            self.scene.set_room(self.workspace.language, scale)
        else:
            self.scene.set_room(None)
            if self._authors_outside_room is not None:
                self.tools.authors.setChecked(self._authors_outside_room)
                self.scene.set_show_authors(self._authors_outside_room)
                self._authors_outside_room = None

    def _escape_in_participant_mode(self) -> None:
        if not self.participant.escape():
            self.ask_to_leave_participant_mode()

    def ask_to_leave_participant_mode(self) -> QMessageBox:
        """The facilitator confirms (a participant pressing Escape by chance does not end the mode)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Leave participant mode"),
            self.tr("Leave participant mode and show the facilitator's tools again?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        leave = box.addButton(self.tr("Leave"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.set_participant_mode(False) if button is leave else None)
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
        return box

    # --- actions from the board ---------------------------------------------------------------------------

    def make_action_from_selected(self) -> uuid.UUID | None:
        """The selected note into the action plan, in one undoable step (its card then shows a flag)."""
        selected = self.scene.selected_notes()
        if not selected or self.workspace.store.read_only:
            return None
        command = OperationCommand(
            self.workspace, self.tr("Make an action from a note"), ActionsFrom(notes=(selected[0].note_id,))
        )
        if not self.workspace.apply(command):
            return None
        self._show_failure(self.tr("The note is in the action plan now."))
        return command.created_id

    # --- rounds -------------------------------------------------------------------------------------------

    def ask_to_freeze(self) -> QMessageBox | None:
        board = self.scene.board
        if board is None or not self.scene.editable:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Freeze this round"),
            self.tr(
                "Freeze round {number} as it stands and continue in round {next}? The frozen round is kept "
                "read-only for comparison; the new round starts with the same notes and no dots."
            ).format(number=board.round, next=board.round + 1),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        freeze = box.addButton(self.tr("Freeze and continue"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(freeze)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.freeze_and_continue() if button is freeze else None)
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
        return box

    def freeze_and_continue(self) -> uuid.UUID | None:
        command = next_round_command(self.workspace, self.scene.board_id)
        if not self.workspace.apply(command) or command.created_id is None:
            return None
        self.show_round(command.created_id)
        return command.created_id

    def show_round(self, board_id: object) -> None:
        if isinstance(board_id, uuid.UUID) and board_id != self.scene.board_id:
            self.scene.set_board(board_id)

    def show_latest_round(self) -> None:
        if self.scene.rounds:
            self.show_round(self.scene.rounds[-1].id)

    def _board_gone(self) -> None:
        """The round shown was deleted (Ctrl+Z of "freeze and continue", or elsewhere): show the round before
        it if there is one, else close."""
        previous = self._previous_round
        if previous is not None:
            try:
                rounds.list_rounds(self.workspace.store, previous)
            except WorkshopError:
                previous = None
        if previous is None:
            self.close()
            return
        self.scene.set_board(previous)

    def _board_changed(self) -> None:
        """Another round is shown (the scene's full read has refreshed the window already)."""
        if self.voting.active and not self.scene.editable:
            self.set_voting(False)

    def _show_banner(self) -> None:
        board = self.scene.board
        frozen = board is not None and board.frozen_at is not None
        if frozen and board is not None and not self.tools.leave.isEnabled():
            self.banner.text.setText(
                self.tr("Round {number} is frozen: it shows what the room decided then and cannot be changed.").format(
                    number=board.round
                )
            )
            self.banner.button.setText(self.tr("Go to the latest round"))
            self.banner.show()
        else:
            self.banner.hide()

    # --- overlays -----------------------------------------------------------------------------------------

    def _spread_chosen(self) -> None:
        """Show the spread of the idea chosen in the list, and select its notes on the board."""
        row = self._chosen_spread()
        if row is None:
            return
        if not self.tools.spread.isChecked():
            self.tools.spread.setChecked(True)
        chosen = self.spread_panel.model.spread(row)
        items = [self.scene.note_item(note_id) for note_id in chosen.note_ids]
        self.scene.select_only([item for item in items if item is not None])
        self._show_overlays()

    def _chosen_spread(self) -> int | None:
        """The idea chosen in the Spread tab's list (its row in the model, as the board numbers them)."""
        current = self.spread_panel.table.currentIndex()
        return self.spread_panel.proxy.mapToSource(current).row() if current.isValid() else None

    def _show_overlays(self) -> None:
        """Spread and the comparison with the previous round, computed from the notes the scene holds (and
        the previous round's notes, read once per round: a frozen round does not change)."""
        notes = self.scene.notes() if self.scene.board is not None else []
        spreads = spread.spreads_of(notes)
        self.spread_panel.model.set_spreads(spreads)
        if self.tools.spread.isChecked():
            show_spread(self.spread_layer, spreads, self._chosen_spread())
        else:
            self.spread_layer.clear()
        board = self.scene.board
        previous = board.previous_id if board is not None else None
        self.tools.compare.setEnabled(previous is not None)
        earlier = self._notes_of_round(previous) if previous is not None else None
        shifts = rounds.compare_notes(earlier, notes) if earlier is not None else []
        self.rounds_panel.model.set_shifts(shifts)
        if self.tools.compare.isChecked() and previous is not None:
            show_changes(self.compare_layer, shifts)
        else:
            self.compare_layer.clear()

    def _notes_of_round(self, board_id: uuid.UUID) -> list[BoardNote] | None:
        """An earlier round's notes (None if it is gone), kept per round id."""
        if board_id not in self._round_notes:
            if not any(board.id == board_id for board in self.scene.rounds):
                return None
            self._round_notes[board_id] = board_view.board_notes(self.workspace.store, board_id)
        return self._round_notes[board_id]

    def _forget_rounds(self, changes: ChangeSet) -> None:
        """Drop kept rounds a change set may have altered (their row, their notes, their authors)."""
        boards_changed, notes_changed = changes.ids(Kind.BOARD), changes.ids(Kind.NOTE)
        for board_id, notes in list(self._round_notes.items()):
            if (
                board_id in boards_changed
                or changes.touches(Kind.PARTICIPANT)
                or (notes_changed and notes_changed & {note.id for note in notes})
            ):
                del self._round_notes[board_id]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._owner and event.type() == QEvent.Type.Close:
            self.close()
        return super().eventFilter(watched, event)

    # --- texts ------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tools.retranslate()
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.panel.author_label.setText(self.tr("New notes &by:"))
        self.panel.author.setAccessibleName(self.tr("Author of new notes"))
        self.view.setAccessibleName(self.tr("Quadrant board"))
        self.position_label.setAccessibleName(self.tr("Position of the selected note"))
        tabs = self.panel.tabs
        for page, text in (
            (self.panel.note_page, self.tr("Note")),
            (self.prompts, self.tr("Prompts")),
            (self.hybrids, self.tr("Hybrids A–D")),
            (self.procons, self.tr("Pros and cons")),
            (self.votes_panel, self.tr("Dots")),
            (self.spread_panel, self.tr("Spread")),
            (self.rounds_panel, self.tr("Rounds")),
            (self.room_panel, self.tr("Room")),
            (self.phones_panel, self.tr("Phones")),
        ):
            tabs.setTabText(tabs.indexOf(page), text)
        self.show_prompts.setText(self.tr("Method &Prompts"))
        self.show_hybrids.setText(self.tr("&Hybrid Models A–D"))
        for panel in (
            self.procons,
            self.votes_panel,
            self.spread_panel,
            self.rounds_panel,
            self.room_panel,
            self.prompts,
            self.hybrids,
        ):
            panel.retranslate()
        self.participant_bar.retranslate()
        self.room._timer_text()
        self.refresh()
        self._show_zoom()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.tools.apply_icons()  # they are drawn in the palette's colours
            self.tools.show_colour(self.controller.new_note_colour)
        super().changeEvent(event)

    # --- showing the board ------------------------------------------------------------------------------------

    def _show_board(self) -> None:
        board = self.scene.board
        if board is None:
            return
        try:
            workshop = workshops.get_workshop(self.workspace.store, board.workshop_id)
        except WorkshopError:
            return
        self.panel.set_title(board.title)
        if self.room.presentation is not None:
            self.room.presentation.set_question(board.title)
        if workshop.date is not None:
            day = workshop.date
            when = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
            subtitle = self.tr("{workshop}, {date}").format(workshop=workshop.title, date=when)
        else:
            subtitle = workshop.title
        self.panel.subtitle.setText(subtitle)
        self.setWindowTitle(self.tr("{board} — {workshop}").format(board=board.title, workshop=workshop.title))

    def _people(self) -> list[tuple[uuid.UUID, str]]:
        """The people who can write and vote (not erased), read again only after people changed."""
        if self._people_list is None:
            self._people_list = [
                (person.id, person.display_name)
                for person in participants.list_participants(self.workspace.store, include_erased=False)
            ]
        return self._people_list

    def _fill_authors(self) -> None:
        self.panel.set_authors(self._people(), self.controller.new_note_author)

    def _selection_changed(self) -> None:
        selected = self.scene.selected_notes()
        focus = self.scene.focusItem()
        current = focus if isinstance(focus, NoteItem) and focus in selected else (selected[0] if selected else None)
        editable = self.scene.editable and not self.voting.active and not self.tools.leave.isEnabled()
        self.tools.edit.setEnabled(editable and current is not None and not current.record.hidden)
        self.tools.delete.setEnabled(editable and bool(selected))
        self.tools.make_action.setEnabled(
            current is not None and not current.record.hidden and not self.workspace.store.read_only
        )
        shown = current is not None and not current.record.hidden
        self.procons.set_note((current.note_id, current.record.text) if shown and current is not None else None)
        if current is None:
            hint = self.tr(
                "Double-click the board to add a note, or press N. Tab goes from note to note, the arrow keys "
                "move the selected notes (with Alt or Shift in small steps), Enter edits, Delete removes."
            )
            self.panel.show_note(self.tr("No note selected"), "", hint)
            self.position_label.setText(self.tr("Select a note to see where it is."))
            self.view.setAccessibleDescription("")
            return
        x, y = current.normalised()
        self.position_label.setText(describe.status_line(x, y))
        self.view.setAccessibleDescription(self.scene.describe(current))
        if QAccessible.isActive():  # a screen reader hears the note it is now on
            QAccessible.updateAccessibility(QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged))
        if len(selected) > 1:
            title = self.tr("{count} notes selected").format(count=len(selected))
        else:
            title = self.tr("Selected note")
        data = current.record
        details = [describe.quadrant_sentence(x, y), describe.leaning(self.scene.labels, x, y)]
        if current.author_shown:
            details.insert(0, describe.written_by(data.author))
        if data.votes and not data.hidden:
            details.append(describe.vote_count(data.votes))
        if data.has_action:
            details.append(describe.in_action_plan())
        details.append(self.tr("Colour: {name}").format(name=colour_name(data.colour)))
        text = self.tr("Face down until the notes are revealed.") if data.hidden else data.text
        self.panel.show_note(title, text, "\n".join(details))

    def _show_zoom(self) -> None:
        percent = QLocale().toString(round(self.view.zoom() * 100))
        self.zoom_label.setText(self.tr("Zoom: {percent} %").format(percent=percent))

    # --- reacting ---------------------------------------------------------------------------------------------

    def _mirrored(self, mirrored: Mirrored) -> None:
        """The scene has taken in a change set: forget what it made stale at once, and have the panels it
        touched updated (at once, or merged with the next ones while phones write: see ``PanelRefresh``)."""
        changes, parts = mirrored.changes, mirrored.parts
        self._forget_rounds(changes)
        if self.scene.room_language is not None and parts & {Part.NOTES, Part.BOARD}:
            self.update_room_view()  # notes moved, came or went: how far the cards may grow on the wall
        if changes.touches(Kind.PARTICIPANT):
            self._people_list = None
        self.panel_refresh.push(mirrored)

    def _refresh_panels(self, mirrored: Mirrored) -> None:
        """Update only the panels beside the board that ``mirrored`` (one change set, or several merged)
        touched."""
        changes, parts = mirrored.changes, mirrored.parts
        if not self.isVisible():
            self._stale = True
            return
        board = self.scene.board
        if Part.BOARD in parts or board is None:
            self.refresh()
            return
        if board.workshop_id in changes.ids(Kind.WORKSHOP):
            self._show_board()
        people = None
        if changes.touches(Kind.PARTICIPANT):
            people = self._people()
            self._fill_authors()
            if self.tools.leave.isEnabled():
                self.participant_bar.set_people(people, self.participant.author)
        if Part.VOTES in parts and people is None:
            people = self._people()  # the voters' dots left
        if parts & {Part.NOTES, Part.VOTES} or people is not None:
            self.votes_panel.refresh(self._results(), people)
        if Part.NOTES in parts:
            self._show_overlays()
        if parts:
            self._update_editing()  # the hidden count, and the selected note's details

    def _results(self) -> list[Result]:
        return [Result(note.id, note.text, note.votes) for note in self.scene.notes() if not note.hidden]

    def refresh(self) -> None:
        """Show everything beside the board again from the scene's mirror (the board's title, authors, dots,
        pros and cons, rounds, overlays): after another round is shown, or the board's own row changed."""
        self._stale = False
        self._show_board()
        self._fill_authors()
        self._update_editing()
        board = self.scene.board
        if board is None:
            return
        self._previous_round = board.previous_id
        titles = {quadrant: self.scene.labels.get(f"title_{quadrant.value}", "") for quadrant in Quadrant}
        self.procons.set_board(board.id, titles, frozen=not self.scene.editable)
        self.prompts.set_board(board.id, titles, editable=self.scene.editable)
        self.hybrids.set_board(board.workshop_id, titles, writable=not self.workspace.store.read_only)
        valuma = board.preset_key == "valuma"  # the models A-D are the result of the VALUMA scenarios
        self.panel.tabs.setTabVisible(self.panel.tabs.indexOf(self.hybrids), valuma)
        self.show_hybrids.setEnabled(valuma)
        people = self._people()
        self.votes_panel.refresh(self._results(), people)
        if self.tools.leave.isEnabled():
            self.participant_bar.set_people(people, self.participant.author)
        self.rounds_panel.set_rounds(self.scene.rounds, board)
        self._show_overlays()
        self._show_banner()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)
        self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """The board takes the width its fitted height needs; the column beside it gets the rest."""
        central = self.centralWidget()
        height = central.height() if central is not None else self.height()
        canvas = CANVAS.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        board_width = math.ceil(canvas.width() * height / canvas.height())
        self.panel.set_width(self.width() - board_width)
        self.participant_bar.set_width(self.width() - board_width)

    def _show_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, FAILURE_SECONDS * 1000)

    # --- actions ----------------------------------------------------------------------------------------------

    def _add_note(self) -> None:
        """At the pointer if it is over the board, else in the centre (pressing N with the keyboard alone)."""
        point = self.view.mapFromGlobal(self.cursor().pos())
        inside = self.view.viewport().rect().contains(point) and self.view.underMouse()
        self.controller.start_new_note(self.view.mapToScene(point) if inside else None)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_colour(self, colour: str) -> None:
        self.controller.set_colour(colour)
        settings.BOARD_NOTE_COLOUR.set(colour)
        self.tools.show_colour(colour)

    def _toggle_authors(self) -> None:
        show = self.tools.authors.isChecked()
        self.scene.set_show_authors(show)
        settings.BOARD_SHOW_AUTHORS.set(show)
        self._selection_changed()

    def _author_chosen(self, person_id: uuid.UUID | None) -> None:
        self.controller.new_note_author = person_id

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.menuBar().setVisible(not self.isFullScreen() and not self.tools.leave.isEnabled())  # shortcuts stay
        self.tools.full_screen.setChecked(self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.scene.finish_editing()
        self.phones.stop()  # the link dies with the window
        self.panel_refresh.stop()
        self.scene.arrivals.stop()
        self.room.close_presentation()
        settings.BOARD_GEOMETRY.set(self.saveGeometry())
        try:
            self.scene.mirrored.disconnect(self._mirrored)
            self.workspace.failed.disconnect(self._show_failure)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)


def open_board_window(workspace: Workspace, board_id: uuid.UUID, parent: QWidget | None = None) -> BoardWindow:
    """Show a board in its own window (closed with ``parent``); the Workshops page's "Open board"."""
    window = BoardWindow(workspace, board_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
