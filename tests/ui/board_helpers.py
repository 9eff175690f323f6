"""Shared helpers of the board tests (no tests here): the demo's VALUMA board, a participant by name, a note
to grab and a drag with the mouse."""

import uuid
from collections.abc import Iterator

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ui.board.board_window import BoardWindow
from ui.board.note_item import NoteItem
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


def topmost_note(window: BoardWindow) -> NoteItem:
    """A note whose centre is not covered by another one, so a click there lands on it."""
    for item in window.scene.note_items():
        if window.scene.note_at(item.pos()) is item:
            return item
    raise AssertionError("every note is covered")


def inwards(item: NoteItem, distance: int = 40) -> QPoint:
    """A step towards the board's centre from ``item`` (so the board's edge never stops a drag short)."""
    return QPoint(distance if item.pos().x() < 0 else -distance, distance if item.pos().y() < 0 else -distance)


def press_and_pull(window: BoardWindow, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press the left button at ``start`` and move to ``end`` in ``steps``, without releasing."""
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * step / steps)


def release(window: BoardWindow, end: QPoint) -> None:
    QTest.mouseRelease(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def drag(window: BoardWindow, item: NoteItem, by: QPoint) -> None:
    """Drag ``item`` by ``by`` viewport pixels with the mouse, released."""
    start = window.view.mapFromScene(item.pos())
    press_and_pull(window, start, start + by)
    release(window, start + by)
