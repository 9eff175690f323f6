"""Every action of the board window with its shortcut, icon, menu text and tooltip, and the menus holding them.

Single keys (N, Insert, F2, Delete) act only while the board has the focus, so they never fire while someone
types into the author list. Every tooltip names its shortcut; the menus name them too. Icons are drawn in the
palette's colours and drawn again when the palette changes.
"""

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from ui.board import icons
from ui.board.colours import colour_names
from ui.board.view import QUADRANTS
from workshop_app import board_geometry as geo
from workshop_app.domain.enums import Quadrant

Key = QKeySequence


class BoardActions(QObject):
    """The actions, owned by ``window``; ``board`` is the widget single-key shortcuts are bound to."""

    def __init__(self, window: QWidget, board: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._board = board
        self._icons: list[tuple[QAction, Callable[[], QIcon]]] = []
        self.add = self._make(icons.add_note, [Key(Qt.Key.Key_N), Key(Qt.Key.Key_Insert)], on_board=True)
        self.edit = self._make(icons.edit, [Key(Qt.Key.Key_F2)], on_board=True)
        self.delete = self._make(icons.delete, [Key(Key.StandardKey.Delete)], on_board=True)
        self.select_all = self._make(None, [Key(Key.StandardKey.SelectAll)], on_board=True)
        self.colour_group = QActionGroup(self)
        self.colours: dict[str, QAction] = {}
        for index, colour in enumerate(geo.NOTE_PALETTE):
            action = self._make(partial(icons.swatch, colour), [Key(f"Ctrl+{index + 1}")])
            action.setCheckable(True)
            self.colour_group.addAction(action)
            self.colours[colour] = action
        self.by_author = self._make(None)
        self.colour = QAction(self)  # opens the colour menu
        self.authors = self._make(icons.authors, [Key("Ctrl+Shift+A")], checkable=True)
        self.face_down = self._make(icons.face_down, [Key("Ctrl+Shift+H")], checkable=True)
        self.reveal = self._make(icons.reveal, [Key("Ctrl+R")])
        self.tidy = self._make(None, [Key("Ctrl+Shift+L")])
        self.zoom_in = self._make(icons.zoom_in, [Key(Key.StandardKey.ZoomIn), Key("Ctrl+=")])
        self.zoom_out = self._make(icons.zoom_out, [Key(Key.StandardKey.ZoomOut)])
        self.fit = self._make(icons.fit, [Key("Ctrl+0")])
        self.full_screen = self._make(icons.full_screen, [Key(Qt.Key.Key_F11)], checkable=True)
        self.quadrants = {quadrant: self._make(None, [Key(f"Alt+{n + 1}")]) for n, quadrant in enumerate(QUADRANTS)}
        self.close = self._make(None, [Key(Key.StandardKey.Close)])
        # part 2: making actions, voting, analysis, rounds, the room, export
        self.make_action = self._make(icons.to_plan, [Key("Ctrl+Shift+P")], on_board=True)
        self.voting = self._make(icons.dot, [Key("Ctrl+Shift+V")], checkable=True)
        self.spread = self._make(icons.spread, [Key("Ctrl+Shift+S")], checkable=True)
        self.compare = self._make(icons.compare, [Key("Ctrl+Shift+C")], checkable=True)
        self.freeze = self._make(icons.freeze, [Key("Ctrl+Shift+F")])
        self.participant = self._make(icons.authors, [Key(Qt.Key.Key_F6)], checkable=True)
        self.present = self._make(icons.present, [Key(Qt.Key.Key_F5)], checkable=True)
        self.follow = self._make(None, [Key("Ctrl+Shift+W")], checkable=True)
        self.large_notes = self._make(None, [Key("Ctrl+Shift+G")], checkable=True)
        self.large_notes.setChecked(True)
        self.follow.setChecked(True)
        self.timer_toggle = self._make(None, [Key("Ctrl+T")])
        self.timer_reset = self._make(None, [Key("Ctrl+Shift+T")])
        self.export_png = self._make(None, [Key("Ctrl+E")])
        self.export_svg = self._make(None, [Key("Ctrl+Shift+E")])
        self.leave = self._make(None, [Key(Qt.Key.Key_Escape)])
        self.leave.setEnabled(False)  # only in participant mode, where Escape asks to leave it
        self.next_person = self._make(None, [Key("Ctrl+N")])
        self.next_person.setEnabled(False)

    def _make(
        self,
        icon: Callable[[], QIcon] | None,
        shortcuts: list[QKeySequence] | None = None,
        *,
        on_board: bool = False,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self)
        if icon is not None:
            self._icons.append((action, icon))
            action.setIcon(icon())
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.setCheckable(checkable)
        if on_board:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._board.addAction(action)
        else:
            self._window.addAction(action)  # its shortcut works in full screen too, with the menu bar hidden
        return action

    def bind(self, action: QAction, slot: Callable[[], object]) -> None:
        """Run ``slot`` when ``action`` is triggered (from a menu, a button or its shortcut)."""
        action.triggered.connect(lambda _checked=False: slot())

    def build_menus(self, bar: QMenuBar, undo: QAction, redo: QAction) -> None:
        self.board_menu = bar.addMenu("")
        self.board_menu.addActions([self.add, self.edit, self.delete])
        self.board_menu.addSeparator()
        self.colour_menu = self.board_menu.addMenu("")
        self.colour_menu.addActions(list(self.colours.values()))
        self.colour_menu.addSeparator()
        self.colour_menu.addAction(self.by_author)
        self.colour.setMenu(self.colour_menu)
        self.board_menu.addActions([self.face_down, self.reveal, self.tidy])
        self.board_menu.addSeparator()
        self.board_menu.addActions([self.make_action, self.voting])
        self.board_menu.addSeparator()
        self.board_menu.addActions([self.freeze, self.compare, self.spread])
        self.board_menu.addSeparator()
        self.board_menu.addActions([self.export_png, self.export_svg])
        self.board_menu.addSeparator()
        self.board_menu.addAction(self.close)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([undo, redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.select_all)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.authors)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in, self.zoom_out, self.fit])
        self.quadrant_menu = self.view_menu.addMenu("")
        self.quadrant_menu.addActions(list(self.quadrants.values()))
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen)
        self.room_menu = bar.addMenu("")
        self.room_menu.addActions([self.participant, self.present, self.follow, self.large_notes])
        self.room_menu.addSeparator()
        self.room_menu.addActions([self.timer_toggle, self.timer_reset])

    def retranslate(self) -> None:
        self.board_menu.setTitle(self.tr("&Board"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.colour_menu.setTitle(self.tr("&Colour"))
        self.quadrant_menu.setTitle(self.tr("Zoom to a &quadrant"))
        self.room_menu.setTitle(self.tr("&Room"))
        texts = [
            (self.add, self.tr("&Add note"), self.tr("Add a note at the pointer or in the centre")),
            (self.edit, self.tr("&Edit note"), self.tr("Edit the selected note's text in place")),
            (self.delete, self.tr("&Delete"), self.tr("Delete the selected notes")),
            (self.select_all, self.tr("Select &all notes"), self.tr("Select every note")),
            (self.colour, self.tr("&Colour"), self.tr("Colour the selected notes and new ones")),
            (self.by_author, self.tr("Colour by &author"), self.tr("Give each author's notes their own colour")),
            (self.authors, self.tr("Show &authors"), self.tr("Show who wrote each note")),
            (
                self.face_down,
                self.tr("New notes &face down"),
                self.tr("Add new notes face down, to be revealed together"),
            ),
            (self.reveal, self.tr("&Reveal hidden notes"), self.tr("Turn every face-down note over")),
            (
                self.tidy,
                self.tr("&Tidy the notes"),
                self.tr("Move notes that cover each other apart, each staying in its quadrant"),
            ),
            (self.zoom_in, self.tr("Zoom &in"), self.tr("Zoom in")),
            (self.zoom_out, self.tr("Zoom &out"), self.tr("Zoom out")),
            (self.fit, self.tr("&Fit to window"), self.tr("Show the whole board")),
            (self.full_screen, self.tr("F&ull screen"), self.tr("Use the whole screen for the board")),
            (self.close, self.tr("C&lose board"), self.tr("Close this board")),
            (
                self.make_action,
                self.tr("&Make an action"),
                self.tr("Put the selected note into the action plan"),
            ),
            (self.voting, self.tr("&Voting with dots"), self.tr("Clicking a note gives it one of the voter's dots")),
            (self.spread, self.tr("Show &spread"), self.tr("Show where several people placed the same idea")),
            (
                self.compare,
                self.tr("Compare with the &previous round"),
                self.tr("Arrows from where each idea stood in the previous round"),
            ),
            (
                self.freeze,
                self.tr("&Freeze this round and start the next…"),
                self.tr("Keep this round as it stands and continue in a new round"),
            ),
            (self.participant, self.tr("&Participant mode"), self.tr("A full-screen view for people to add notes")),
            (
                self.present,
                self.tr("P&resentation window"),
                self.tr("Show the board on the projector or a second screen"),
            ),
            (
                self.follow,
                self.tr("Presentation &follows my view"),
                self.tr("The presentation shows what you zoom to; off: the whole board"),
            ),
            (
                self.large_notes,
                self.tr("&Large notes for the room"),
                self.tr(
                    "In room views, enlarge the notes as far as the board's layout allows and write each text as "
                    "large as its note holds"
                ),
            ),
            (self.timer_toggle, self.tr("&Start timer"), self.tr("Start or pause the round timer")),
            (self.timer_reset, self.tr("Reset ti&mer"), self.tr("Set the round timer back to its full time")),
            (self.export_png, self.tr("Export as P&NG…"), self.tr("Save the board as a picture for print")),
            (self.export_svg, self.tr("Export as S&VG…"), self.tr("Save the board as a vector drawing")),
            (self.leave, self.tr("Leave participant mode"), self.tr("Back to the facilitator's view")),
            (self.next_person, self.tr("Next person"), self.tr("Clear the name and the note for the next person")),
            (self.quadrants[Quadrant.TOP_LEFT], self.tr("&Top left"), self.tr("Zoom to the top left quadrant")),
            (self.quadrants[Quadrant.TOP_RIGHT], self.tr("Top &right"), self.tr("Zoom to the top right quadrant")),
            (
                self.quadrants[Quadrant.BOTTOM_LEFT],
                self.tr("&Bottom left"),
                self.tr("Zoom to the bottom left quadrant"),
            ),
            (
                self.quadrants[Quadrant.BOTTOM_RIGHT],
                self.tr("B&ottom right"),
                self.tr("Zoom to the bottom right quadrant"),
            ),
        ]
        for colour, name in colour_names().items():
            texts.append((self.colours[colour], name, self.tr("Colour: {name}").format(name=name)))
        for action, text, tip in texts:
            self._describe(action, text, tip)

    def _describe(self, action: QAction, text: str, tip: str) -> None:
        """Menu text, and a tooltip that names the shortcut (the buttons beside the board show no menu)."""
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{tip} ({shortcut})").format(tip=tip, shortcut=shortcut) if shortcut else tip)
        action.setStatusTip(tip)

    def show_hidden_count(self, hidden: int, editable: bool) -> None:
        """Reveal says how many notes are face down, and is off when there are none."""
        self.reveal.setEnabled(editable and hidden > 0)
        if hidden:
            self.reveal.setText(self.tr("&Reveal hidden notes ({count})").format(count=hidden))
        else:
            self.reveal.setText(self.tr("&Reveal hidden notes"))

    def show_colour(self, colour: str) -> None:
        """The colour button shows the colour new notes get; the menu ticks it."""
        self.colour.setIcon(icons.swatch(colour))
        for known, action in self.colours.items():
            action.setChecked(known == colour)

    def apply_icons(self) -> None:
        """Draw the icons again in the current palette's colours."""
        for action, icon in self._icons:
            action.setIcon(icon())
