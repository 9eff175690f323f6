"""After a crash or a killed process, the next start reopens the programme where it was."""

import asyncio
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui import settings
from ui.launch import AppController, make_application, resume_session
from ui.main_window import MainWindow


def test_an_interrupted_session_reopens_its_programme_and_page(
    demo_path: Path, loop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> None:
    settings.remember_session(demo_path, "actions")  # as a window does while the programme is open
    controller = AppController(make_application())
    window = loop.run_until_complete(resume_session(controller))
    assert isinstance(window, MainWindow) and window.workspace is not None
    qtbot.addWidget(window)
    assert window.workspace.store.path == demo_path
    assert window.stack.currentWidget() is window.page("actions")
    window.close()  # a normal close: the next start shows the start screen
    assert settings.interrupted_session() is None
    assert loop.run_until_complete(resume_session(controller)) is None


def test_a_vanished_file_is_not_reopened(tmp_path: Path, loop: asyncio.AbstractEventLoop) -> None:
    gone = tmp_path / "gone.workshop"
    gone.write_bytes(b"")
    settings.remember_session(gone)
    gone.unlink()
    assert settings.interrupted_session() is None
