"""Pros and cons of a quadrant and of a note: added, edited in place, reordered by keyboard and by drag,
deleted, and every step undone; one of them made into an action in one step."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.board_helpers import shown, valuma_id
from ui.board.board_window import BoardWindow
from ui.board.procons_model import TEXT
from ui.workspace import Workspace
from workshop_app.domain.enums import Quadrant
from workshop_app.services import actions, boards


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[BoardWindow]:
    board_window = BoardWindow(workspace, valuma_id(workspace))
    qtbot.addWidget(board_window)
    board_window.resize(1366, 768)
    board_window.show()
    qtbot.waitExposed(board_window)
    board_window.panel.tabs.setCurrentWidget(board_window.procons)
    shown(board_window)
    yield board_window
    board_window.close()


def texts(window: BoardWindow, quadrant: str | None = None, note_id: object = None) -> list[str]:
    """The group's list in the file's order: its own, and the method's prompts it accepted (the others wait
    in the Prompts tab)."""
    items = boards.list_pro_cons(window.workspace.store, window.scene.board_id)
    listed = [i for i in items if i.origin != "method" or i.accepted]
    return [i.text for i in listed if i.quadrant == quadrant and i.note_id == note_id]


def test_quadrant_list_add_reorder_delete_and_undo(qtbot: QtBot, window: BoardWindow) -> None:
    panel = window.procons
    panel.show_quadrant(Quadrant.TOP_RIGHT)
    original = texts(window, "top_right")
    assert [panel.model.record(r).text for r in range(panel.model.rowCount())] == original
    qtbot.keyClicks(panel.new_text, "Residents own the result")
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.new_text, "Slow to start")
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    after_add = texts(window, "top_right")
    assert after_add == [*original, "Residents own the result", "Slow to start"]
    kinds = [i.kind for i in boards.list_pro_cons(window.workspace.store, window.scene.board_id)
             if i.text in ("Residents own the result", "Slow to start")]  # fmt: skip
    assert kinds == ["pro", "con"]
    assert panel.table.currentIndex().row() == len(after_add) - 1
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert texts(window, "top_right")[-2:] == ["Slow to start", "Residents own the result"]
    assert panel.table.currentIndex().row() == len(after_add) - 2
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "Slow to start" not in texts(window, "top_right")
    stack = window.workspace.undo_stack
    stack.undo()
    assert texts(window, "top_right")[-2:] == ["Slow to start", "Residents own the result"]
    stack.undo()
    assert texts(window, "top_right") == after_add
    stack.undo()
    stack.undo()
    assert texts(window, "top_right") == original


def test_note_list_edit_in_place_and_drag(window: BoardWindow) -> None:
    panel = window.procons
    store = window.workspace.store
    with_items = {i.note_id for i in boards.list_pro_cons(store, window.scene.board_id) if i.note_id}
    item = next(i for i in window.scene.note_items() if i.note_id in with_items)
    window.controller.select_note(item.note_id)
    panel.show_note_scope()
    assert "About the note" in panel.about.text()
    for text in ("Cheap", "Needs volunteers"):
        panel.new_text.setText(text)
        panel.add_pro.trigger()
    listed = texts(window, None, item.note_id)
    assert listed[-2:] == ["Cheap", "Needs volunteers"]
    model = panel.model
    last = model.rowCount() - 1
    assert model.setData(model.index(last, TEXT), "Needs a few volunteers")
    assert texts(window, None, item.note_id)[-1] == "Needs a few volunteers"
    data = model.mimeData([model.index(last, TEXT)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert texts(window, None, item.note_id)[0] == "Needs a few volunteers"
    window.workspace.undo_stack.undo()
    assert texts(window, None, item.note_id)[-1] == "Needs a few volunteers"
    window.workspace.undo_stack.undo()
    assert texts(window, None, item.note_id)[-1] == "Needs volunteers"


def test_a_pro_or_con_becomes_an_action(window: BoardWindow) -> None:
    panel = window.procons
    panel.show_quadrant(Quadrant.BOTTOM_LEFT)
    panel.table.setCurrentIndex(panel.model.index(0, TEXT))
    item = panel.model.record(0)
    before = len(actions.list_actions(window.workspace.store))
    panel.make_action.trigger()
    made = actions.list_actions(window.workspace.store)
    assert len(made) == before + 1
    action = next(a for a in made if a.what == item.text)
    assert action.board_id == window.scene.board_id


def test_a_note_becomes_an_action_and_shows_the_marker(qtbot: QtBot, window: BoardWindow) -> None:
    store, board_id = window.workspace.store, window.scene.board_id
    with_actions = actions.notes_with_actions(store, board_id)
    item = next(i for i in window.scene.note_items() if i.note_id not in with_actions)
    window.controller.select_note(item.note_id)
    assert window.tools.make_action.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    action = next(a for a in actions.list_actions(store) if a.note_id == item.note_id)
    assert (action.board_id, action.what) == (board_id, item.record.text)
    assert item.record.has_action and "in the action plan" in window.panel.card_details.text()
    window.workspace.undo_stack.undo()
    assert not item.record.has_action
    assert all(a.note_id != item.note_id for a in actions.list_actions(store))
