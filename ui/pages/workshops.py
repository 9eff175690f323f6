"""The Workshops page: the list of workshops on the left, the editor of the chosen one on the right, and
the running agenda (F5) that takes over the page while a workshop is under way."""

import uuid
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QStyle, QVBoxLayout, QWidget

from ui.pages.base import Page
from ui.widgets.action_button import ActionButton, describe
from ui.workshop.agenda_clock import ClockItem
from ui.workshop.editor import WorkshopEditor
from ui.workshop.list_panel import WorkshopListPanel
from ui.workshop.look import MUTED, set_role
from ui.workshop.running_agenda import RunningAgendaView
from ui.workspace import Workspace
from workshop_app.operations.changes import ChangeSet, Kind


class WorkshopsPage(Page):
    """List and editor side by side; F5 swaps them for the running agenda until Esc.

    The list and every tab's model follow the change sets themselves (the chosen workshop's record, its
    agenda, attendance, decisions and boards); the page itself reloads only for the programme's language,
    which names the phases and the method's activities.
    """

    def concerns(self, changes: ChangeSet) -> bool:
        return changes.touches(Kind.PROGRAMME) and self.workspace.language != self._language

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self._language = workspace.language
        self.list = WorkshopListPanel(workspace)
        self.run_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay), "", self)
        self.run_action.setShortcut(QKeySequence("F5"))
        self.run_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
        self.run_action.triggered.connect(self.run_workshop)
        self.addAction(self.run_action)
        self.run_button = ActionButton(self.run_action, self)
        self.run_button.setMinimumHeight(36)
        self.editor = WorkshopEditor(workspace, self.run_button)
        self.empty = QLabel()
        set_role(self.empty, MUTED)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(16)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([380, 950])
        self.running = RunningAgendaView()
        self.running.exit_requested.connect(self.stop_running)
        self.modes = QStackedWidget(self)
        self.modes.addWidget(self.splitter)
        self.modes.addWidget(self.running)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.addWidget(self.modes)
        self.list.current_changed.connect(self._show_current)
        self.list.board_requested.connect(self.open_board_of)
        self.list.before_change = self.editor.flush
        self.list.created.connect(self._edit_new_title)
        agenda = self.editor.agenda.model
        for signal in (agenda.modelReset, agenda.rowsInserted, agenda.rowsRemoved):
            signal.connect(lambda *_: self._update_run_action())
        chain = (self.list.search, self.list.view, self.list.new_button, self.list.delete_button, self.run_button)
        for first, second in pairwise((*chain, self.editor.tabs)):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # --- loading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        language = self.workspace.language
        if language != self._language:  # method texts (phase titles, activities) follow the programme
            self._language = language
            self.editor.retranslate()
        self.list.reload()
        self._show_current()

    def show_workshop(self, workshop_id: uuid.UUID) -> None:
        """Choose a workshop from elsewhere (the overview's next workshops, a phase page)."""
        if self._stale:
            self.refresh()
            self._stale = False
        self.list.select(workshop_id)

    def show_record(self, record_id: uuid.UUID) -> None:
        """A destination on this page names a workshop."""
        self.show_workshop(record_id)

    def current_workshop_id(self) -> uuid.UUID | None:
        """The workshop shown in the editor (the Export menu offers its minutes first)."""
        workshop = self.list.current()
        return workshop.id if workshop is not None else None

    def _show_current(self) -> None:
        workshop = self.list.current()
        self.editor.load(workshop)
        self.right.setCurrentWidget(self.editor if workshop is not None else self.empty)
        self._update_run_action()

    def _update_run_action(self) -> None:
        has_items = self.editor.workshop is not None and self.editor.agenda.model.rowCount() > 0
        self.run_action.setEnabled(has_items and not self.is_running())

    # --- new workshop ----------------------------------------------------------------------------------------

    def _edit_new_title(self) -> None:
        """Put the cursor in a new workshop's title, ready to type over "New workshop"."""
        self.editor.tabs.setCurrentIndex(0)
        self.editor.details.title_edit.setFocus()
        self.editor.details.title_edit.selectAll()

    def open_board_of(self, workshop_id: uuid.UUID) -> QWidget | None:
        """The workshop's latest open board in its own window, from the list in one step; without a board,
        its Boards tab, where one is made from a preset."""
        from workshop_app.services import boards

        self.list.select(workshop_id)
        every = [board for board in boards.list_boards(self.workspace.store, workshop_id) if board.frozen_at is None]
        if not every:
            holder = self.editor.boards.parentWidget()  # the tab that holds the panel
            if holder is not None:
                self.editor.tabs.setCurrentWidget(holder)
            return None
        return self.editor.boards.open_board(every[-1].id)

    # --- running agenda ----------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.running.isVisible() and self.running.isWindow()

    def _show_on_the_wall(self) -> None:
        """The running agenda alone, full screen: on the second screen when there is one (the page stays
        with the facilitator), else on this one, so a mirrored projector shows no navigator, menu or file path."""
        self.modes.removeWidget(self.running)
        self.running.setParent(None)
        self.running.setWindowFlag(Qt.WindowType.Window, True)
        own = self.screen()
        others = [screen for screen in QGuiApplication.screens() if screen is not own]
        target = others[0] if others else own
        self.running.setScreen(target)
        self.running.setGeometry(target.geometry())
        self.running.showFullScreen()
        self.running.activateWindow()

    def _back_from_the_wall(self) -> None:
        self.running.hide()
        self.running.setWindowFlag(Qt.WindowType.Window, False)
        self.modes.addWidget(self.running)

    def run_workshop(self) -> None:
        workshop = self.editor.workshop
        items = self.editor.agenda.model.records()
        if workshop is None or not items or self.is_running():
            return
        self.editor.flush()
        self.running.start(workshop.title, [ClockItem(item.title, item.planned_minutes) for item in items])
        self.running.setWindowTitle(workshop.title)
        self._show_on_the_wall()
        self.running.setFocus()
        self._update_run_action()

    def stop_running(self) -> None:
        self.running.stop()
        self._back_from_the_wall()
        self.modes.setCurrentWidget(self.splitter)
        self.editor.tabs.setFocus()
        self._update_run_action()

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        describe(
            self.run_action,
            self.tr("&Run workshop"),
            self.tr("Show the agenda item by item with a countdown, large enough for a projector"),
        )
        self.empty.setText(self.tr("Choose a workshop on the left, or add one with New workshop."))
        self.list.retranslate()
        self.editor.retranslate()
        self.running.retranslate()
