"""Participant mode: a person picks their name, writes, taps the board, and the note is theirs, where they
tapped; private writing puts notes face down until the facilitator reveals them; Escape asks before leaving."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import person, shown, valuma_id
from ui.board.board_window import BoardWindow
from ui.board.geometry import clamped_normalised, scene_point
from ui.workspace import Workspace
from workshop_app import board_geometry as geo
from workshop_app.services import boards

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    board_window = BoardWindow(workspace, valuma_id(workspace))
    qtbot.addWidget(board_window)
    board_window.resize(1366, 768)
    board_window.show()
    qtbot.waitExposed(board_window)
    board_window.set_participant_mode(True)
    shown(board_window)
    yield board_window
    board_window.close()


def empty_point(window: BoardWindow) -> QPoint:
    """A point of the board no card covers (the room's enlarged cards cover most of a busy board)."""
    steps = [index / 20 for index in range(-19, 20)]
    for x, y in [(0.02, 0.9), (-0.1, -0.95), (0.45, -0.9), (0.1, 0.1)] + [(x, y) for y in steps for x in steps]:
        point = window.view.mapFromScene(scene_point(x, y))
        if window.scene.note_at(window.view.mapToScene(point)) is None:
            return point
    raise AssertionError("no free spot")


def test_no_admin_chrome_and_large_controls(window: BoardWindow) -> None:
    assert window.in_participant_mode
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.panel.isVisible() and window.participant_bar.isVisible()
    assert not window.tools.add.isEnabled() and not window.tools.delete.isEnabled()
    assert window.participant_bar.next_button.height() >= 56
    assert window.participant_bar.text.font().pointSizeF() > window.font().pointSizeF() * 1.5


def test_a_note_for_the_chosen_person_where_they_tapped(qtbot: QtBot, window: BoardWindow) -> None:
    bar = window.participant_bar
    anna = person(window.workspace, "Aino")
    bar.who.setCurrentIndex(next(row for row in range(bar.who.count()) if bar.who.itemData(row) == anna))
    qtbot.mouseClick(bar.swatches[geo.NOTE_PALETTE[1]], LEFT)
    qtbot.keyClicks(bar.text, "Open office hours in the village hall")
    before = {note.id for note in boards.list_notes(window.workspace.store, window.scene.board_id)}
    point = empty_point(window)
    expected = clamped_normalised(window.view.mapToScene(point))
    qtbot.mouseClick(window.view.viewport(), LEFT, pos=point)
    notes = {note.id: note for note in boards.list_notes(window.workspace.store, window.scene.board_id)}
    (new_id,) = set(notes) - before
    note = notes[new_id]
    assert (note.text, note.participant_id, note.colour, note.hidden) == (
        "Open office hours in the village hall",
        anna,
        geo.NOTE_PALETTE[1],
        False,
    )
    assert (note.x, note.y) == expected
    assert bar.text.toPlainText() == "" and "Aino" in bar.feedback.text()
    qtbot.mouseClick(bar.next_button, LEFT)
    assert bar.who.currentData() is None and window.participant.author is None
    window.workspace.undo_stack.undo()
    assert window.scene.note_item(new_id) is None


def test_a_tap_without_a_note_adds_nothing(qtbot: QtBot, window: BoardWindow) -> None:
    count = len(window.scene.note_items())
    qtbot.mouseClick(window.view.viewport(), LEFT, pos=empty_point(window))
    assert len(window.scene.note_items()) == count
    assert window.participant_bar.feedback.text() == "Write your note first."


def test_placed_with_the_keyboard_alone(qtbot: QtBot, window: BoardWindow) -> None:
    bar = window.participant_bar
    qtbot.keyClicks(bar.text, "Bench by the bus stop")
    qtbot.keyClick(bar.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.participant.placing
    for _ in range(4):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    note = next(
        n for n in boards.list_notes(window.workspace.store, window.scene.board_id) if n.text.startswith("Bench")
    )
    assert (note.x, note.y) == (0.2, -0.05)
    assert not window.participant.placing


def test_private_writing_then_reveal(qtbot: QtBot, window: BoardWindow) -> None:
    bar = window.participant_bar
    qtbot.mouseClick(bar.face_down, LEFT, pos=QPoint(8, bar.face_down.height() // 2))
    assert window.controller.new_notes_hidden and window.tools.face_down.isChecked()
    for text in ("Secret one", "Secret two"):
        bar.text.setPlainText(text)
        qtbot.mouseClick(window.view.viewport(), LEFT, pos=empty_point(window))
    store, board_id = window.workspace.store, window.scene.board_id
    secret = [n for n in boards.list_notes(store, board_id) if n.text.startswith("Secret")]
    assert len(secret) == 2 and all(n.hidden for n in secret)
    assert "face down" in bar.feedback.text()
    assert bar.reveal.isEnabled()
    qtbot.mouseClick(bar.reveal, LEFT)
    assert not any(boards.get_note(store, n.id).hidden for n in secret)
    window.workspace.undo_stack.undo()
    assert all(boards.get_note(store, n.id).hidden for n in secret)


def test_escape_asks_the_facilitator_before_leaving(qtbot: QtBot, window: BoardWindow) -> None:
    window.tools.leave.trigger()
    box = window.confirm_box
    assert box is not None and box.isVisible() and window.in_participant_mode
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.participant_bar.isVisible()
    window.tools.leave.trigger()
    box = window.confirm_box
    assert box is not None
    leave = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    leave.click()
    assert not window.participant_bar.isVisible() and window.panel.isVisible()
    assert window.menuBar().isVisible() and window.tools.add.isEnabled()
