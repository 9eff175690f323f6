"""The board window: the board as large as the screen allows, its tools beside it, and a status line.

Opened from the Workshops page (:func:`open_board_window`) or from the command line (:func:`run_board`). It
shares the programme's workspace, so its edits are on the same undo stack as the main window's and every
change is written to the file at once.
"""

import math
import sys
import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QSettings, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QCloseEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from ui.board import describe
from ui.board.board_actions import BoardActions
from ui.board.colours import colour_name
from ui.board.controller import BoardController
from ui.board.geometry import CANVAS
from ui.board.keyboard import BoardKeyboard
from ui.board.note_item import NoteItem
from ui.board.scene import BoardScene
from ui.board.side_panel import BoardSidePanel
from ui.board.view import FIT_MARGIN, BoardView
from ui.workspace import ACTIONS, BOARDS, PARTICIPANTS, WORKSHOPS, Workspace
from workshop_app import APP_ID
from workshop_app import board_geometry as geo
from workshop_app.errors import WorkshopError
from workshop_app.services import participants, workshops

SHOW_AUTHORS = "board/show_authors"
NOTE_COLOUR = "board/note_colour"
GEOMETRY = "board/geometry"
TOPICS = frozenset({BOARDS, ACTIONS, PARTICIPANTS, WORKSHOPS})
FAILURE_SECONDS = 12


class BoardWindow(QMainWindow):
    """One board of the open programme, for the facilitator at the laptop and the room at the projector."""

    def __init__(self, workspace: Workspace, board_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("BoardWindow")
        self.workspace = workspace
        self._stale = False
        settings = QSettings()
        self.scene = BoardScene(workspace, board_id, self)
        self.scene.set_show_authors(_bool(settings.value(SHOW_AUTHORS, True)))
        self.controller = BoardController(workspace, self.scene, self)
        colour = str(settings.value(NOTE_COLOUR, geo.DEFAULT_NOTE_COLOUR))
        self.controller.new_note_colour = colour if colour in geo.NOTE_PALETTE else geo.DEFAULT_NOTE_COLOUR
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
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.panel)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.position_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.setTabOrder(self.panel.author, self.view)
        self.panel.author_chosen.connect(self._author_chosen)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.focusItemChanged.connect(lambda *_args: self._selection_changed())
        self.scene.board_gone.connect(self.close)
        self.controller.created.connect(self.controller.select_note)
        self.view.zoom_changed.connect(lambda _zoom: self._show_zoom())
        workspace.changed.connect(self._on_changed)
        workspace.failed.connect(self._show_failure)
        self.retranslate()
        self.resize(1366, 768)
        geometry = settings.value(GEOMETRY)
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
        bind(tools.face_down, lambda: setattr(controller, "new_notes_hidden", tools.face_down.isChecked()))
        bind(tools.reveal, controller.reveal)
        bind(tools.zoom_in, view.zoom_in)
        bind(tools.zoom_out, view.zoom_out)
        bind(tools.fit, view.fit)
        bind(tools.full_screen, self._toggle_full_screen)
        for quadrant, action in tools.quadrants.items():
            bind(action, partial(view.zoom_to_quadrant, quadrant))
        bind(tools.close, self.close)
        tools.authors.setChecked(self.scene.show_authors)
        tools.show_colour(controller.new_note_colour)

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
        self.panel.title.setText(board.title)
        if workshop.date is not None:
            day = workshop.date
            when = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
            subtitle = self.tr("{workshop}, {date}").format(workshop=workshop.title, date=when)
        else:
            subtitle = workshop.title
        self.panel.subtitle.setText(subtitle)
        self.setWindowTitle(self.tr("{board} — {workshop}").format(board=board.title, workshop=workshop.title))

    def _fill_authors(self) -> None:
        people = [
            (person.id, person.display_name)
            for person in participants.list_participants(self.workspace.store, include_erased=False)
        ]
        self.panel.set_authors(people, self.controller.new_note_author)

    def _selection_changed(self) -> None:
        selected = self.scene.selected_notes()
        focus = self.scene.focusItem()
        current = focus if isinstance(focus, NoteItem) and focus in selected else (selected[0] if selected else None)
        editable = self.scene.editable
        self.tools.edit.setEnabled(editable and current is not None and not current.record.hidden)
        self.tools.delete.setEnabled(editable and bool(selected))
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

    def _on_changed(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        if not self.isVisible():
            self._stale = True
            return
        self.refresh()

    def refresh(self) -> None:
        """Show the board's title, the authors and the selection again (the scene mirrors the file itself)."""
        self._stale = False
        self._show_board()
        self._fill_authors()
        self._selection_changed()
        self.tools.show_hidden_count(self.scene.hidden_count(), self.scene.editable)

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
        QSettings().setValue(NOTE_COLOUR, colour)
        self.tools.show_colour(colour)

    def _toggle_authors(self) -> None:
        show = self.tools.authors.isChecked()
        self.scene.set_show_authors(show)
        QSettings().setValue(SHOW_AUTHORS, show)
        self._selection_changed()

    def _author_chosen(self, person_id: uuid.UUID | None) -> None:
        self.controller.new_note_author = person_id

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.menuBar().setVisible(not self.isFullScreen())  # every action keeps its shortcut
        self.tools.full_screen.setChecked(self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.scene.finish_editing()
        QSettings().setValue(GEOMETRY, self.saveGeometry())
        try:
            self.workspace.changed.disconnect(self._on_changed)
            self.workspace.failed.disconnect(self._show_failure)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)


def _bool(value: object) -> bool:
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


def open_board_window(workspace: Workspace, board_id: uuid.UUID, parent: QWidget | None = None) -> BoardWindow:
    """Show a board in its own window (closed with ``parent``); the Workshops page's "Open board"."""
    window = BoardWindow(workspace, board_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def run_board(
    file: Path, board_title: str, *, participant_mode: bool, screenshot: Path | None, language: str | None
) -> int:
    """``workshop-app board FILE TITLE``: the board window alone; with ``screenshot``, render it and exit.

    ``participant_mode`` is accepted for the mode that comes next and ignored for now.
    """
    from ui import settings
    from ui.launch import make_application, open_store, run_event_loop
    from workshop_app.i18n import install_translations
    from workshop_app.services import boards

    del participant_mode
    app = make_application(sys.argv[:1])
    install_translations(language or settings.interface_language())
    try:
        store = open_store(file)
    except WorkshopError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    workspace = Workspace(store)
    found = [board for board in boards.list_boards(store) if board.title == board_title]
    if not found:
        titles = ", ".join(f"“{board.title}”" for board in boards.list_boards(store))
        message = QCoreApplication.translate("BoardWindow", "There is no board called “{title}” in {file}.").format(
            title=board_title, file=file
        )
        listing = QCoreApplication.translate("BoardWindow", "The boards in this file are: {titles}.").format(
            titles=titles or "—"
        )
        print(f"{APP_ID}: {message} {listing}", file=sys.stderr)
        workspace.close()
        return 1
    window = BoardWindow(workspace, found[0].id)
    window.show()

    async def startup() -> None:
        if screenshot is None:
            return
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(screenshot))
        window.close()
        app.quit()

    app.lastWindowClosed.connect(app.quit)
    run_event_loop(app, startup)
    workspace.close()
    return 0
