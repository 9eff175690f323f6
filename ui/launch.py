"""Starting the desktop app: QApplication, translations, the first window, and the screenshot mode."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_app import APP_ID, APP_NAME, __version__
from workshop_app.errors import WorkshopError
from workshop_app.storage.store import ProgrammeStore


def run(*, file: Path | None, screenshot: Path | None, language: str | None) -> int:
    """Open the window (on ``file`` if given); with ``screenshot``, render it to PNG and exit."""
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    store: ProgrammeStore | None = None
    if file is not None:
        try:
            store = ProgrammeStore.open(file)
        except WorkshopError as error:
            if screenshot is not None:
                print(f"{APP_ID}: {error}", file=sys.stderr)
                return 1
            QMessageBox.critical(None, APP_NAME, str(error))
    window = MainWindow(store)
    window.resize(1366, 768)
    window.show()
    if screenshot is not None:

        def capture() -> None:
            window.grab().save(str(screenshot))
            window.close()
            app.quit()

        QTimer.singleShot(200, capture)
    code = app.exec()
    if store is not None:
        store.close()
    return code
