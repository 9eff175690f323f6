"""Starting the desktop app: QApplication on the qasync event loop, translations, windows, screenshot mode."""

import asyncio
import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ui import settings
from ui.main_window import MainWindow
from ui.workspace import Workspace
from workshop_app import APP_ID, APP_NAME, __version__
from workshop_app.errors import WorkshopError
from workshop_app.i18n import install_translations
from workshop_app.storage.fileformat import FILE_SUFFIX
from workshop_app.storage.store import ProgrammeStore

ORGANISATION = "workshop-app"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [APP_ID])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


class AppController(QObject):
    """Owns the windows: opens programmes into them, makes new ones, switches the interface language."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.windows: list[MainWindow] = []

    def show_window(self, store: ProgrammeStore | None) -> MainWindow:
        window = MainWindow(Workspace(store) if store is not None else None)
        window.open_requested.connect(self.open_file)
        window.open_dialog_requested.connect(lambda: self.choose_file(window))
        window.new_requested.connect(lambda: self.new_programme(window))
        window.demo_requested.connect(self.open_demo)
        window.language_requested.connect(self.set_language)
        window.destroyed.connect(lambda _=None, w=window: self.windows.remove(w) if w in self.windows else None)
        if not window.restoreGeometry(window.saveGeometry()) or window.size().width() < 400:
            window.resize(1366, 768)
        self.windows.append(window)
        window.show()
        return window

    def open_file(self, path: Path) -> MainWindow | None:
        try:
            store = ProgrammeStore.open(Path(path))
        except WorkshopError as error:
            QMessageBox.critical(self._parent_window(), APP_NAME, str(error))
            return None
        settings.remember_file(store.path)
        return self._replace_start_screen(store)

    def _replace_start_screen(self, store: ProgrammeStore) -> MainWindow:
        start = next((w for w in self.windows if w.workspace is None), None)
        window = self.show_window(store)
        if start is not None:
            window.setGeometry(start.geometry())
            start.close()
        return window

    def _parent_window(self) -> MainWindow | None:
        return self.windows[-1] if self.windows else None

    def choose_file(self, parent: MainWindow) -> None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Open programme"),
            settings.last_folder(),
            self.tr("Workshop App programmes (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if name:
            self.open_file(Path(name))

    def new_programme(self, parent: MainWindow) -> None:
        from ui.dialogs.new_programme import NewProgrammeDialog

        dialog = NewProgrammeDialog(parent)
        if dialog.exec() and dialog.store is not None:
            settings.remember_file(dialog.store.path)
            self._replace_start_screen(dialog.store)

    def open_demo(self) -> None:
        from workshop_app.cli import fresh_demo_path
        from workshop_app.demo.generator import build_demo

        language = settings.interface_language()
        path = fresh_demo_path(language)
        try:
            store = ProgrammeStore.open(path) if path.exists() else build_demo(path, language)
        except WorkshopError as error:
            QMessageBox.critical(self._parent_window(), APP_NAME, str(error))
            return
        self._replace_start_screen(store)

    def set_language(self, language: str) -> None:
        settings.set_interface_language(language)
        install_translations(language)  # Qt sends LanguageChange to every widget, which retranslates
        for window in self.windows:
            for code, action in window.language_actions.items():
                action.setChecked(code == language)


def run(*, file: Path | None, screenshot: Path | None, language: str | None) -> int:
    """Open the window (on ``file`` if given); with ``screenshot``, render it to PNG and exit."""
    app = make_application(sys.argv[:1])
    chosen = language or settings.interface_language()
    install_translations(chosen)
    controller = AppController(app)
    store: ProgrammeStore | None = None
    if file is not None:
        try:
            store = ProgrammeStore.open(file)
            settings.remember_file(store.path)
        except WorkshopError as error:
            if screenshot is not None:
                print(f"{APP_ID}: {error}", file=sys.stderr)
                return 1
            QMessageBox.critical(None, APP_NAME, str(error))
    window = controller.show_window(store)
    if screenshot is not None:
        window.resize(1366, 768)

        def capture() -> None:
            QCoreApplication.processEvents()
            window.grab().save(str(screenshot))
            app.closeAllWindows()
            app.quit()

        QTimer.singleShot(300, capture)
    return run_event_loop(app)


def run_event_loop(app: QApplication) -> int:
    """Qt's loop driven by qasync, so long operations can be awaited off the GUI thread."""
    import qasync

    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)

    async def until_closed() -> None:
        await closing.wait()

    with contextlib.suppress(RuntimeError):  # the loop stopped on app.quit() before the coroutine ended
        qasync.run(until_closed())
    return 0
