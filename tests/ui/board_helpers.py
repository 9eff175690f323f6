"""Shared helpers of the board tests (no tests here): the demo's VALUMA board, a participant by name."""

import uuid
from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from ui.board.board_window import BoardWindow
from ui.workspace import Workspace
from workshop_app.services import boards


def valuma_id(workspace: Workspace) -> uuid.UUID:
    return next(board.id for board in boards.list_boards(workspace.store) if board.preset_key == "valuma")


def person(workspace: Workspace, name_part: str) -> uuid.UUID:
    from workshop_app.services import participants

    return next(p.id for p in participants.list_participants(workspace.store) if name_part in p.display_name)


def shown(window: BoardWindow) -> None:
    """Let the window lay itself out."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def open_valuma_window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    """The demo's VALUMA board in its window at 1366x768, laid out; closed afterwards (for fixtures)."""
    board_window = BoardWindow(workspace, valuma_id(workspace))
    qtbot.addWidget(board_window)
    board_window.resize(1366, 768)
    board_window.show()
    qtbot.waitExposed(board_window)
    shown(board_window)
    yield board_window
    board_window.close()
