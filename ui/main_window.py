"""The main window: a navigator of the programme's pages, menus with every action and its shortcut."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.help_pages import help_actions, retranslate_help
from workshop_app import APP_NAME
from workshop_app.storage.urls import masked

if TYPE_CHECKING:  # the data stack is imported only once a programme is opened, off the start-up path
    from ui.pages.base import Page
    from ui.pages.navigation import Destination
    from ui.workspace import Workspace
    from workshop_app.operations.changes import ChangeSet

LANGUAGE_NAMES = {"en": "English", "fi": "Suomi", "nb": "Norsk bokmål"}  # each in its own language


class MainWindow(QMainWindow):
    """One programme per window. Without a programme it shows the start screen."""

    open_requested = Signal(object)  # a file's Path, or a server address (str) from the recent list
    open_server_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()
    plan_one_requested = Signal()
    open_dialog_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, workspace: "Workspace | None", *, opening: str | None = None) -> None:
        """A window on ``workspace``; without one, the start screen, or (with ``opening``, the programme's
        name) a placeholder shown while that programme is being opened off the GUI thread."""
        super().__init__()
        self.workspace: Workspace | None = None
        self.navigator: QListWidget | None = None
        self.setObjectName("MainWindow")
        self._pages: dict[str, Page] = {}
        self._page_factories: list[tuple[str, Callable[[], str], Callable[[], Page]]] = []
        self._opening = opening
        self._build_actions()
        self._build_menus()
        if workspace is not None:
            self.attach(workspace)
        elif opening is not None:
            self.setCentralWidget(self._opening_placeholder())
        else:
            from ui.start_screen import StartScreen

            start = StartScreen(self)
            start.open_requested.connect(self.open_requested)
            start.new_requested.connect(self.new_requested)
            start.demo_requested.connect(self.demo_requested)
            start.plan_one_requested.connect(self.plan_one_requested)
            start.open_dialog_requested.connect(self.open_dialog_requested)
            start.open_server_requested.connect(self.open_server_requested)
            self.setCentralWidget(start)
        self.retranslate()
        geometry = settings.WINDOW_GEOMETRY.get()
        if geometry is not None:
            self.restoreGeometry(geometry)

    # --- building ----------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[[], object]) -> QAction:
            made = QAction(self)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.triggered.connect(slot)
            return made

        self.new_action = action(QKeySequence.StandardKey.New, self.new_requested.emit)
        self.open_action = action(QKeySequence.StandardKey.Open, self.open_dialog_requested.emit)
        self.open_server_action = action(None, self.open_server_requested.emit)
        self.demo_action = action(None, self.demo_requested.emit)
        self.close_action = action(QKeySequence.StandardKey.Close, self.close)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self._quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.method_action = action(QKeySequence.StandardKey.HelpContents, self._method_help)  # F1
        self.canvas_action = action(None, self._impact_canvas)
        self.canvas_action.setVisible(False)  # with a programme only
        self.lifecycle_action = action(None, lambda: self._method_tool("lifecycle"))
        self.hybrid_action = action(None, lambda: self._method_tool("hybrid"))
        for tool in (self.lifecycle_action, self.hybrid_action):
            tool.setVisible(False)
        self.about_action = action(None, self._about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = settings.interface_language()
        for code, name in LANGUAGE_NAMES.items():
            language_action = QAction(name, self.language_group)
            language_action.setCheckable(True)
            language_action.setChecked(code == current)
            language_action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            self.language_actions[code] = language_action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.open_action, self.open_server_action, self.demo_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.menuAction().setVisible(False)  # filled when exporting is available
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])
        self.edit_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.view_menu.addActions([self.canvas_action, self.lifecycle_action, self.hybrid_action])
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_extra = help_actions(self)  # first steps, shortcuts, glossary (ui.help_pages)
        self.help_menu.addActions([self.method_action, *self.help_extra, self.about_action])

    def add_page(self, key: str, title: Callable[[], str], factory: "Callable[[], Page]") -> None:
        """Register a page; it is built the first time it is shown, so start-up stays quick."""
        self._page_factories.append((key, title, factory))

    def _opening_placeholder(self) -> QWidget:
        placeholder = QWidget(self)
        self._opening_label = QLabel(placeholder)
        self._opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar(placeholder)
        busy.setRange(0, 0)
        busy.setMaximumWidth(320)
        busy.setAccessibleName(self.tr("Opening the programme"))
        layout = QVBoxLayout(placeholder)
        layout.addStretch(1)
        layout.addWidget(self._opening_label)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return placeholder

    def show_first_view(self, pane: QWidget) -> None:
        """While the programme opens: ``pane`` (:mod:`ui.first_view`, its overview already filled) in place of
        the busy indicator, until :meth:`attach`."""
        if hasattr(self, "_opening_label"):
            del self._opening_label  # goes with the placeholder
        self.setCentralWidget(pane)

    def is_opening(self) -> bool:
        """Whether the window is the busy placeholder of a programme being opened."""
        return self.workspace is None and self._opening is not None

    def attach(self, workspace: "Workspace") -> None:
        """Show ``workspace``: undo actions, the navigator and its pages."""
        from ui.pages.registry import register_pages

        self.workspace = workspace
        self._opening = None
        for tool in (self.canvas_action, self.lifecycle_action, self.hybrid_action):
            tool.setVisible(True)
        self.undo_action = workspace.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = workspace.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        from ui.export_menu import ExportMenu

        self.export = ExportMenu(self)
        from ui.dialogs.merge import MergeMenu

        self.merge = MergeMenu(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.navigator = QListWidget(splitter)
        self.navigator.setObjectName("navigator")
        self.navigator.setMinimumWidth(220)
        self.navigator.setMaximumWidth(360)
        self.stack = QStackedWidget(splitter)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        register_pages(self, workspace)
        for key, _title, _factory in self._page_factories:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigator.addItem(item)
            placeholder = QLabel(self.stack)
            self.stack.addWidget(placeholder)
        self.navigator.currentRowChanged.connect(self._show_row)
        for index, (key, _title, _factory) in enumerate(self._page_factories[:9]):
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            go.triggered.connect(
                lambda _=False, row=index: self.navigator.setCurrentRow(row) if self.navigator else None
            )
            go.setData(key)
            self.go_menu.addAction(go)
        workspace.changes_applied.connect(self._on_changes)
        workspace.failed.connect(self._show_failure)
        workspace.undo_stack.cleanChanged.connect(lambda _clean: self._update_status())
        self.navigator.setCurrentRow(0)
        self.retranslate()

    def _method_help(self) -> None:
        """Help > Method (F1): the method in the programme's language, opened at the current page's part."""
        from ui.dialogs.method_help import show_method_help

        item = self.navigator.currentItem() if self.navigator is not None else None
        part = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if self.workspace is None:
            show_method_help(self, None, settings.interface_language(), part)
        else:
            show_method_help(self, self.workspace.catalogue, self.workspace.language, part)

    def _impact_canvas(self) -> None:
        from ui.canvas.chooser import choose_canvas

        if self.workspace is not None:
            choose_canvas(self, self.workspace)

    def _method_tool(self, which: str) -> None:
        if which == "lifecycle" and self.workspace is not None:  # the drawn curve, in its window on a workshop
            from ui.lifecycle.chooser import choose_lifecycle

            choose_lifecycle(self, self.workspace)
            return
        from ui.dialogs.method_tools_dialogs import HybridDialog, choose_workshop

        workshop_id = choose_workshop(self, self.workspace) if self.workspace is not None else None
        if self.workspace is None or workshop_id is None:
            return
        dialog = HybridDialog(self.workspace, workshop_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _go_to(self, row: int) -> None:
        if self.navigator is not None:
            self.navigator.setCurrentRow(row)

    def page(self, key: str) -> "Page":
        """The page for ``key``, built on first use."""
        if key not in self._pages:
            for index, (known, _title, factory) in enumerate(self._page_factories):
                if known == key:
                    page = factory()
                    page.navigate_requested.connect(self.navigate)
                    page.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
                    old = self.stack.widget(index)
                    self.stack.insertWidget(index, page)
                    if old is not None:
                        self.stack.removeWidget(old)
                        old.deleteLater()
                    self._pages[key] = page
                    break
            else:
                raise KeyError(key)
        return self._pages[key]

    def show_page(self, key: str) -> "Page":
        assert self.navigator is not None
        keys = [known for known, _title, _factory in self._page_factories]
        self.navigator.setCurrentRow(keys.index(key))
        return self.page(key)

    def navigate(self, destination: "Destination") -> None:
        """Go where a page asked (pages ask by signal: they never reach up to the window)."""
        page = self.show_page(destination.page)
        if destination.record_id is not None:
            page.show_record(destination.record_id)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._page_factories[row][0]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if self.workspace is not None:
            settings.remember_session(self.workspace.store.path, key)

    # --- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.export_menu.setTitle(self.tr("&Export"))
        if getattr(self, "export", None) is not None:
            self.export.retranslate()
        if getattr(self, "merge", None) is not None:
            self.merge.retranslate()
        self.new_action.setText(self.tr("&New Programme…"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_server_action.setText(self.tr("Open From &Server…"))
        self.demo_action.setText(self.tr("Open the &Demo Programme"))
        self.close_action.setText(self.tr("&Close"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Workshop App"))
        self.method_action.setText(self.tr("The &Method"))
        retranslate_help(self.help_extra)
        self.canvas_action.setText(self.tr("&Impact Canvases…"))
        self.lifecycle_action.setText(self.tr("&Lifecycle Diagnosis…"))
        self.hybrid_action.setText(self.tr("Record a &Hybrid Model…"))
        if self.workspace is not None:
            self.undo_action.setText(self.tr("&Undo"))
            self.redo_action.setText(self.tr("&Redo"))
        if self._opening is not None and hasattr(self, "_opening_label"):
            self._opening_label.setText(self.tr("Opening {name}…").format(name=self._opening))
        for go in self.go_menu.actions():
            key = go.data()
            title = next((title for known, title, _f in self._page_factories if known == key), None)
            if title is not None:
                go.setText(title())
        self._update_navigator()
        self._update_title()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        if self.workspace is None:
            self.setWindowTitle(self._opening or APP_NAME)
            return
        from workshop_app.services.programme import get_programme

        programme = get_programme(self.workspace.store)
        store = self.workspace.store
        if isinstance(store.path, str):  # a server: its address (never with the password) says which one
            read_only = self.tr("{name} — {location} (read-only)")  # whole titles: a translation may reorder
            title = read_only if store.read_only else self.tr("{name} — {location}")
            self.setWindowTitle(title.format(name=programme.name, location=masked(store.path)))
            return
        suffix = self.tr(" (read-only)") if store.read_only else ""
        self.setWindowTitle(f"{programme.name}{suffix}")
        self.setWindowFilePath(str(store.path))

    def _update_navigator(self) -> None:
        if self.navigator is None or self.workspace is None:
            return
        from ui.pages.navigation import navigator_text
        from workshop_app.services.overview import current_overview

        # The overview page shows the same read (current_overview): at start-up and after a change, one query set.
        overview = current_overview(self.workspace.store, self.workspace.today())
        progress = {p.number: (p.tasks_done, p.tasks_total) for p in overview.phases}
        for row, (key, title, _factory) in enumerate(self._page_factories):
            item = self.navigator.item(row)
            number = int(key.split("-")[1]) if key.startswith("phase-") else None
            text = navigator_text(title(), progress[number] if number is not None else None)
            item.setText(text)
            item.setToolTip(text)

    def _update_status(self) -> None:
        if self.workspace is None:
            return
        on_server = isinstance(self.workspace.store.path, str)
        if self.workspace.store.read_only and on_server:
            message = self.tr("Read-only: your user on the server may read this programme but not change it.")
        elif self.workspace.store.read_only:
            message = self.tr("Read-only: changes cannot be saved to this file.")
        elif on_server:
            message = self.tr("Every change is saved on the server {location} as you make it.").format(
                location=masked(self.workspace.store.path)
            )
        else:
            message = self.tr("Every change is saved to {path} as you make it.").format(path=self.workspace.store.path)
        self.statusBar().showMessage(message)

    def _on_changes(self, changes: "ChangeSet") -> None:
        """Reload only what a change can alter: the navigator shows phase titles (in the programme's
        language) and task counts, the title the programme's name."""
        from workshop_app.operations.changes import Kind

        if changes.touches(Kind.PROGRAMME, Kind.PHASE_STATE, Kind.TASK_CHECK):
            self._update_navigator()
        if changes.touches(Kind.PROGRAMME):
            self._update_title()

    def _show_failure(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, APP_NAME, message)

    # --- file menu ---------------------------------------------------------------------------------------

    def _fill_recent(self) -> None:
        from workshop_app.storage.peek import programme_name

        self.recent_menu.clear()
        files = settings.recent_programmes()
        for path in files:
            if isinstance(path, Path):
                entry = self.recent_menu.addAction(programme_name(path) or path.stem)
            else:  # a server: its address, without any password
                entry = self.recent_menu.addAction(masked(path))
            entry.setToolTip(masked(path))
            entry.setStatusTip(masked(path))
            entry.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent programmes"))
            empty.setEnabled(False)

    def _about(self) -> None:
        from ui.about import show_about

        sources = list(self.workspace.catalogue.sources) if self.workspace is not None else None
        show_about(self, sources=sources)

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.closeAllWindows()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is self:
            focused.clearFocus()  # fields commit on focus-out: let them write before the file closes
        if self.workspace is not None:
            settings.remember_session(None)  # closed normally: the next start shows the start screen
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)
