"""Starting the desktop app: QApplication on the qasync event loop, translations, windows, screenshot mode.

Opening a programme runs off the GUI thread (``asyncio.to_thread`` on the qasync loop): the window is on
screen at once with a busy indicator while the file is checked, migrated if it is old, and read; the data
stack (SQLAlchemy, SQLModel) is imported there too, so it never holds up the first window. A file given at
start-up (or the session resumed) shows its overview at once instead, read through sqlite3 (:mod:`ui.first_view`),
until the store has opened. A programme is a
file or a ``postgresql://`` address (File > Open From Server…); both open through
:func:`workshop_app.storage.locations.open_programme`, and a server's address is shown and remembered without
its password.
"""

import contextlib
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui import gui_collector, settings
from ui.app_identity import DESKTOP_ID, app_icon
from ui.crash import install_crash_handler
from ui.main_window import MainWindow
from workshop_app import APP_ID, APP_NAME, __version__
from workshop_app.errors import WorkshopError
from workshop_app.i18n import install_translations
from workshop_app.paths import resources_dir
from workshop_app.storage.fileformat import FILE_SUFFIX
from workshop_app.storage.urls import Location, is_server_location, masked, without_password

if TYPE_CHECKING:  # asyncio (with qasync) is imported when the loop starts, after the first window is on screen
    import asyncio

    from ui.dialogs.open_server import OpenServerDialog
    from ui.first_view import FirstViewPane
    from ui.single_instance import SingleInstance
    from workshop_app.storage.store import ProgrammeStore

logger = logging.getLogger(__name__)

ORGANISATION = "workshop-app"
# Set by the start-up benchmark: print "shown <peak KiB>" when the first window is on screen and
# "ready <peak KiB>" when the programme is open in it, then quit.
EXIT_WHEN_SHOWN = "WORKSHOP_APP_EXIT_WHEN_SHOWN"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [APP_ID])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # matches the installed .desktop file (Wayland: icon, grouping)
    app.setWindowIcon(app_icon())
    gui_collector.install(app)  # Qt objects in reference cycles are freed on this thread only
    style = resources_dir() / "styles" / "app.qss"
    if style.exists() and not app.styleSheet():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def open_store(location: Location) -> "ProgrammeStore":
    """Open (and migrate) a programme, a file or a server URL, and read its catalogue; meant to run off the
    GUI thread."""
    from workshop_app.services.programme import catalogue_of
    from workshop_app.storage.locations import as_programme_store, open_programme

    store = as_programme_store(open_programme(location))
    try:
        catalogue_of(store)
    except BaseException:
        store.close()
        raise
    return store


def _shown_name(location: Location) -> str:
    """What the busy window says it is opening: a file's programme name (or its name), a server's address
    without the password."""
    if is_server_location(location):
        return masked(without_password(location))
    from workshop_app.storage.peek import programme_name

    return programme_name(Path(location)) or Path(location).stem


def _same_programme(store: "ProgrammeStore", location: Location) -> bool:
    """Whether ``store`` is the programme at ``location`` (a file by its resolved path, a server by its
    address without the password)."""
    if is_server_location(location):
        return isinstance(store.path, str) and without_password(store.path) == without_password(location)
    return isinstance(store.path, Path) and store.path.resolve() == Path(location).resolve()


def show_error(parent: QWidget | None, message: str) -> None:
    """A non-blocking error box: safe to show from async code (no nested event loop)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class AppController(QObject):
    """Owns the windows: opens programmes into them, makes new ones, switches the interface language."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.windows: list[MainWindow] = []
        self.tasks: set[asyncio.Task[None]] = set()
        self._instances: SingleInstance | None = None
        self.server_dialog: OpenServerDialog | None = None  # the Open From Server dialog shown last

    @property
    def instances(self) -> "SingleInstance":
        """What answers a second start on an open file; made (with its hashing and JSON) when a file is first
        open in a window, not before the first window is on screen."""
        if self._instances is None:
            from ui.single_instance import SingleInstance

            self._instances = SingleInstance(self)
        return self._instances

    def _add_window(self, window: MainWindow) -> MainWindow:
        window.open_requested.connect(self.open_file)
        window.open_dialog_requested.connect(lambda: self.choose_file(window))
        window.open_server_requested.connect(lambda: self.choose_server(window))
        window.new_requested.connect(lambda: self.new_programme(window))
        window.demo_requested.connect(self.open_demo)
        window.plan_one_requested.connect(lambda: self.plan_one_workshop(window))
        window.language_requested.connect(self.set_language)
        window.destroyed.connect(lambda _=None, w=window: self.windows.remove(w) if w in self.windows else None)
        window.resize(1366, 768)
        self.windows.append(window)
        window.show()
        return window

    def show_start(self) -> MainWindow:
        return self._add_window(MainWindow(None))

    def show_store(self, store: "ProgrammeStore") -> MainWindow:
        from ui.workspace import Workspace

        return self._add_window(MainWindow(Workspace(store)))

    def start(self, job: Awaitable[None]) -> None:
        """Run ``job`` on the event loop, keeping a reference so it is not collected half-way."""
        import asyncio

        task = asyncio.ensure_future(job)
        self.tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: "asyncio.Task[None]") -> None:
        """Forget a finished job; a failure reaches the crash handler now, not when the task is collected."""
        self.tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            sys.excepthook(type(error), error, error.__traceback__)

    async def open_into(self, window: MainWindow, path: Location, *, remember: bool = True) -> bool:
        """Open ``path`` (a file, or a server address) off the GUI thread and show it in ``window`` (which
        shows a busy indicator); with ``remember``, among the recent programmes. A server address without a
        password gets the one the keyring keeps; if the server still asks for one, the Open From Server
        dialog asks, saying why."""
        import asyncio

        server = is_server_location(path)
        try:
            if server:
                from workshop_app.storage.locations import with_saved_password

                store = await asyncio.to_thread(open_store, with_saved_password(str(path)))
            else:
                store = await asyncio.to_thread(open_store, path)
        except WorkshopError as error:
            if server and getattr(error, "kind", "") == "credentials":
                # Asked again, in the dialog; over the start screen, since this busy window now closes.
                start = next((w for w in self.windows if w.workspace is None and not w.is_opening()), None)
                self.choose_server(start, location=str(path), message=str(error))
            else:
                show_error(window, str(error))
            return False
        self.show_opened(window, store, remember=remember)
        return True

    def show_opened(self, window: MainWindow, store: "ProgrammeStore", *, remember: bool = True) -> None:
        """Show the opened ``store`` in ``window``; a file also answers a second start on it."""
        from ui.workspace import Workspace

        if isinstance(store.path, str):  # a server: the address (without password) in the recent list
            if remember:
                settings.remember_server(store.path)
            window.attach(Workspace(store))
            return
        if remember:
            settings.remember_file(store.path)
        window.attach(Workspace(store))

        def bring_forward(_path: Path) -> None:
            from ui.single_instance import raise_window

            raise_window(window)

        # A second start on this file (a double-click on it) brings this window forward instead.
        self.instances.listen(store.path, bring_forward)
        window.destroyed.connect(lambda _=None, p=store.path: self.instances.stop(p))

    def open_file(self, path: Location) -> None:
        """Open a programme (a file, or a server address from the recent list) in a window of its own, or
        bring forward the window that has it."""
        location: Location = str(path) if is_server_location(path) else Path(path)
        already = next((w for w in self.windows if w.workspace and _same_programme(w.workspace.store, location)), None)
        if already is not None:
            from ui.single_instance import raise_window

            raise_window(already)
            return
        start = next((w for w in self.windows if w.workspace is None), None)
        name = masked(without_password(location)) if isinstance(location, str) else location.stem
        window = self._add_window(MainWindow(None, opening=name))
        if start is not None:
            window.setGeometry(start.geometry())

        async def job() -> None:
            if await self.open_into(window, location):
                if start is not None:
                    start.close()
            else:
                window.close()

        self.start(job())

    def _replace_start_screen(self, store: "ProgrammeStore") -> MainWindow:
        start = next((w for w in self.windows if w.workspace is None), None)
        window = self.show_store(store)
        if start is not None:
            window.setGeometry(start.geometry())
            start.close()
        return window

    def choose_file(self, parent: MainWindow) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Open programme"),
            settings.last_folder(),
            self.tr("Workshop App programmes (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if name:
            self.open_file(Path(name))

    def choose_server(
        self, parent: MainWindow | None, *, location: str | None = None, message: str | None = None
    ) -> None:
        """File > Open From Server…: the dialog tests and opens the programme itself (off the GUI thread), so
        a refusal is said in it and can be corrected; once open, it replaces the start screen or gets a
        window of its own."""
        from ui.dialogs.open_server import OpenServerDialog

        dialog = OpenServerDialog(open_store, parent, location=location, message=message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.server_dialog = dialog

        def opened() -> None:
            if dialog.store is None:
                return
            already = next(
                (w for w in self.windows if w.workspace and _same_programme(w.workspace.store, dialog.location)),
                None,
            )
            if already is not None:
                from ui.single_instance import raise_window

                dialog.store.close()
                raise_window(already)
                return
            start = next((w for w in self.windows if w.workspace is None and not w.is_opening()), None)
            window = self._add_window(MainWindow(None, opening=masked(dialog.location)))
            if start is not None:
                window.setGeometry(start.geometry())
                start.close()
            self.show_opened(window, dialog.store)

        dialog.accepted.connect(opened)
        dialog.open()

    def new_programme(self, parent: MainWindow) -> None:
        from ui.dialogs.new_programme import NewProgrammeDialog

        dialog = NewProgrammeDialog(parent)
        if dialog.exec() and dialog.store is not None:
            settings.remember_file(dialog.store.path)
            self._replace_start_screen(dialog.store)

    def plan_one_workshop(self, parent: MainWindow) -> MainWindow | None:
        """Ask the workshop's title, make a programme around it (the app's data folder, named after it) and
        open it at the Workshops page, the new workshop with its agenda and board selected."""
        from PySide6.QtWidgets import QInputDialog

        from ui.dialogs.new_programme import unused_file_name
        from ui.pages.navigation import Destination, PageKey
        from workshop_app.services.quick_start import plan_one_workshop

        title, accepted = QInputDialog.getText(
            parent, self.tr("Plan one workshop"), self.tr("What is the workshop called?"), text=self.tr("Focus group")
        )
        if not accepted or not title.strip():
            return None
        path = unused_file_name(Path(settings.last_folder()), title.strip())
        try:
            store, workshop_id = plan_one_workshop(path, title.strip(), settings.interface_language(), date.today())
        except WorkshopError as error:
            show_error(parent, str(error))
            return None
        settings.remember_file(store.path)
        window = self._replace_start_screen(store)
        window.navigate(Destination(PageKey.WORKSHOPS, workshop_id))
        return window

    def open_demo(self) -> None:
        from workshop_app.cli import fresh_demo_path
        from workshop_app.demo.generator import build_demo

        language = settings.interface_language()
        path = fresh_demo_path(language)
        try:
            if not path.exists():
                build_demo(path, language).close()
        except WorkshopError as error:
            show_error(self.windows[-1] if self.windows else None, str(error))
            return
        self.open_file(path)

    def set_language(self, language: str) -> None:
        settings.set_interface_language(language)
        install_translations(language)  # Qt sends LanguageChange to every widget, which retranslates
        for window in self.windows:
            for code, action in window.language_actions.items():
                action.setChecked(code == language)


def opening_window(
    controller: AppController, location: Location, *, first_view: bool
) -> tuple[MainWindow, "FirstViewPane | None"]:
    """A window of ``controller`` that is opening ``location``, on screen. With ``first_view``, and a file
    that has one, it shows the file's overview (read through sqlite3 while the rest loads) and the window is
    shown only then: laid out and painted once, its name from that read; otherwise the busy indicator."""
    view = None
    if first_view:
        from ui.first_view import first_view as read_view

        view = read_view(location, date.today())
    name = (view.name or Path(location).stem) if view is not None else _shown_name(location)
    window = MainWindow(None, opening=name)
    pane = None
    if view is not None:
        from ui.first_view import show_view

        pane = show_view(window, view, Path(location))
    controller._add_window(window)
    return window, pane


async def resume_session(controller: AppController) -> MainWindow | None:
    """Reopen the programme (and page) that was open when the app last stopped without closing it."""
    resumed = settings.interrupted_session()
    if resumed is None:
        return None
    path, page = resumed
    window, first = opening_window(controller, path, first_view=page in (None, "overview"))
    if not await controller.open_into(window, path):
        settings.remember_session(None)
        window.close()
        return None
    page = first.wanted if first is not None else page  # maybe chosen in the first view meanwhile
    if page is not None:
        with contextlib.suppress(KeyError, ValueError):
            window.show_page(page)
    return window


def start_log() -> None:
    """Send the log to its file (``WORKSHOP_APP_LOG_LEVEL`` sets the level; the log holds ids and kinds, never
    personal data). The main window's start does it once its first window is painted: the logging handlers
    (which load the socket module) and the description of the platform (which runs ``uname``) took a tenth
    of the time to the first view, and nothing before then logs; an error meanwhile still reaches stderr and
    the crash dialog."""
    from workshop_app.logs import setup_logging

    setup_logging()


def _peak_kib() -> int:
    """Peak resident memory of this process. VmHWM, not ru_maxrss: on Linux ru_maxrss keeps the peak of
    the parent it was forked from, so a benchmark started from a large process would measure that."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run(*, file: Location | None, screenshot: Path | None, language: str | None, page: str | None = None) -> int:
    """Open the window (on ``file`` if given, at ``page``); with ``screenshot``, render it to PNG and exit.

    A file's window and its first view are painted before the log is set up and the event loop starts: the
    logging handlers, asyncio and qasync are imported only then, so a person sees the programme that much
    sooner.
    A screenshot or benchmark run leaves the recent programmes as they were: it is a script, not the user."""
    app = make_application(sys.argv[:1])
    install_crash_handler(app)
    install_translations(language or settings.interface_language())
    benchmark = bool(os.environ.get(EXIT_WHEN_SHOWN))
    forwardable = isinstance(file, Path) and screenshot is None and not benchmark
    if forwardable and isinstance(file, Path):
        from ui.single_instance import SingleInstance

        if SingleInstance(app).try_forward(file):
            start_log()  # said here: try_forward said it before there was a log
            logger.info("a second start handed its file to the window that has it open")
            return 0  # the window that has this file came forward
    controller = AppController(app)
    exit_code = 0
    first: FirstViewPane | None = None
    opened: MainWindow | None = None
    if file is not None:
        opened, first = opening_window(controller, file, first_view=True)
        app.processEvents()  # painted now, before the log and the event loop's imports
        if benchmark:
            print(f"shown {_peak_kib()}", flush=True)
            if first is not None:
                print(f"ready {_peak_kib()}", flush=True)  # the overview is filled with the programme's data
    start_log()

    async def startup() -> None:
        nonlocal exit_code
        if opened is None:
            if screenshot is None and not benchmark and await resume_session(controller):
                return
            window = controller.show_start()
            if benchmark:
                app.processEvents()
                print(f"shown {_peak_kib()}", flush=True)
        else:
            window = opened
        scripted = screenshot is not None or benchmark
        if file is not None and not await controller.open_into(window, file, remember=not scripted):
            exit_code = 1
            if screenshot is not None or benchmark:
                print(f"{APP_ID}: could not open {_shown_name(file)}", file=sys.stderr)
                app.quit()
                return
        shown = page if page is not None or first is None else first.wanted  # maybe chosen in the first view
        if shown is not None and file is not None and window.workspace is not None:
            window.show_page(shown)
        if benchmark:
            app.processEvents()
            if first is None:
                print(f"ready {_peak_kib()}", flush=True)
            print(f"complete {_peak_kib()}", flush=True)  # the programme open through the store
            app.closeAllWindows()
            app.quit()
        elif screenshot is not None:
            import asyncio

            await asyncio.sleep(0.3)
            app.processEvents()
            window.grab().save(str(screenshot))
            app.closeAllWindows()
            app.quit()

    run_event_loop(app, startup)
    return exit_code


def run_board(
    file: Location, board_title: str, *, participant_mode: bool, screenshot: Path | None, language: str | None
) -> int:
    """``workshop-app open FILE --board TITLE``: the board window alone, in participant mode if asked;
    with ``screenshot``, render it to that PNG and exit. Here rather than beside the board window, so the
    board never imports the launcher back."""
    from ui.board.board_window import BoardWindow
    from ui.workspace import Workspace
    from workshop_app.cli import find_board, printable

    app = make_application(sys.argv[:1])
    install_translations(language or settings.interface_language())
    try:
        store = open_store(file)
    except WorkshopError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return 1
    workspace = Workspace(store)
    try:
        found = find_board(store, board_title)
    except WorkshopError as error:
        print(f"{APP_ID}: {printable(str(error))}", file=sys.stderr)
        workspace.close()
        return 1
    window = BoardWindow(workspace, found.id)
    window.show()
    if participant_mode:
        window.set_participant_mode(True)

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


def run_event_loop(app: QApplication, startup: Callable[[], Awaitable[None]] | None = None) -> int:
    """Qt's loop driven by qasync, so long operations can be awaited off the GUI thread."""
    import asyncio

    import qasync

    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)

    async def main() -> None:
        install_crash_handler(app).install_on_loop(asyncio.get_running_loop())
        if startup is not None:
            await startup()
        await closing.wait()

    with contextlib.suppress(RuntimeError):  # the loop stopped on app.quit() before the coroutine ended
        qasync.run(main())
    QCoreApplication.processEvents()
    return 0
