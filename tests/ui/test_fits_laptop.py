"""Every page of the main window, and the board window, fit a 1366x768 laptop screen in en, fi and nb: no
widget forces the window wider or taller than the screen (long labels wrap)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tests.templates import demo_file
from ui.board.board_window import BoardWindow
from ui.main_window import MainWindow
from ui.workspace import Workspace
from workshop_app.i18n import install_translations
from workshop_app.services import boards
from workshop_app.storage.store import ProgrammeStore

WIDTH, HEIGHT = 1366, 768


@pytest.fixture(params=["en", "fi", "nb"])
def demo(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workspace]:
    language: str = request.param
    install_translations(language)
    path = demo_file(tmp_path, tmp_path_factory, language, today=None)  # built once per process, as of today
    workspace = Workspace(ProgrammeStore.open(path))
    yield workspace
    workspace.close()
    install_translations("en")


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def test_every_page_fits_a_laptop_screen(qtbot: QtBot, demo: Workspace) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    too_big = []
    for key, _title, _factory in window._page_factories:
        window.show_page(key)
        _settle()
        window.resize(WIDTH, HEIGHT)
        _settle()
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        if window.width() > WIDTH or window.height() > HEIGHT or least.width() > WIDTH or least.height() > HEIGHT:
            too_big.append((key, window.width(), window.height(), least.width(), least.height()))
    assert too_big == []


def test_the_board_window_fits_a_laptop_screen(qtbot: QtBot, demo: Workspace) -> None:
    for board in boards.list_boards(demo.store):
        window = BoardWindow(demo, board.id)
        qtbot.addWidget(window)
        window.resize(WIDTH, HEIGHT)
        window.show()
        _settle()
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert window.width() <= WIDTH and window.height() <= HEIGHT, board.title
        assert least.width() <= WIDTH and least.height() <= HEIGHT, board.title
        window.close()
