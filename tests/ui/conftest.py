"""Fixtures for GUI tests: a real demo programme file, its workspace, the main window on it, and the qasync
loop the app runs on."""

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

from tests.templates import DEMO_TODAY, demo_file
from ui.launch import make_application
from ui.main_window import MainWindow
from ui.workspace import Workspace
from workshop_app.i18n import install_translations
from workshop_app.storage.store import ProgrammeStore

TODAY = DEMO_TODAY


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[None]:
    """QSettings in a temporary folder, so tests never see (or change) a developer's settings."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    make_application()
    install_translations("en")
    yield
    install_translations("en")


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp: object) -> Iterator[None]:
    """Our windows, pages and dialogs still open after a test are closed and deleted in its teardown.

    Left to Python's garbage collector, a window would die at a random moment of a later test (or hear its
    language change with its programme closed); a crash or fault then shows up in the wrong test.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if type(widget).__module__.startswith(("ui.", "tests.")):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_qt_object_is_touched_off_its_thread(qtlog: _QtMessageCapture) -> Iterator[None]:
    """A test fails when Qt says one of its objects was destroyed or used on a thread it does not belong to.

    Such an object leaves its timers registered on its own thread (ui.gui_collector): the crash would come
    later, in another test, as a segfault naming neither.
    """
    yield
    wrong = [
        record.message
        for record in qtlog.records
        if "another thread" in record.message or "different thread" in record.message
    ]
    assert not wrong, wrong


@pytest.fixture
def demo_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English demo as of ``TODAY`` in this test's own folder: a copy of a file built once per process."""
    return demo_file(tmp_path, tmp_path_factory)


@pytest.fixture
def workspace(demo_path: Path) -> Iterator[Workspace]:
    space = Workspace(ProgrammeStore.open(demo_path))
    yield space
    space.close()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def loop(qapp: object) -> Iterator[asyncio.AbstractEventLoop]:
    """The qasync loop the app runs on (as in ui.launch), so awaits in dialogs, exports and the room's server
    really run; closed again after the test."""
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()
